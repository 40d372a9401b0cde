#!/usr/bin/env node
// npm start: serves the demo (demo/index.html) and the built files on localhost. demo/csp.html is
// served under a strict Content-Security-Policy with Trusted Types.
import {startDevServer} from '@web/dev-server';

export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    middleware: [
      async (context, next) => {
        await next();
        if (context.path === '/demo/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
      },
    ],
  },
  logStartMessage: false,
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`alliance-assistant demo: http://127.0.0.1:${port}/demo/index.html`);
console.log(`strict CSP page:         http://127.0.0.1:${port}/demo/csp.html`);
process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
