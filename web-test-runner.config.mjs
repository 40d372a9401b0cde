// Browser tests run in real headless Chromium (Debian's package; CHROME_PATH overrides the path).
// No test tool downloads a browser.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_FLAGS, CHROME_PATH} from './scripts/chromium.mjs';

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_FLAGS,
      },
    }),
  ],
  // One page at a time: on 2 cores it is faster (20 s against 34 s), and a test page left in the
  // background has its timers throttled, which made a two-widget test time out.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
