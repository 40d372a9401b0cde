#!/usr/bin/env node
// npm run lighthouse: runs Lighthouse against the demo page (demo/index.html) and prints the
// category scores and the failing accessibility and best-practices audits. Run by hand, not part of
// npm test. It does not build: run `npm run build` first so dist/ exists.
//
// The demo is served by scripts/serve.mjs (spawned with PORT set to a free port). Chrome is the
// system Chromium (CHROME_PATH, default /usr/bin/chromium); Lighthouse never downloads a browser.
// The full JSON report is written to .lighthouse/report.json. Exits non-zero when accessibility or
// best-practices scores below 100, or when Lighthouse or the server fails.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';
import {CHROME_FLAGS, CHROME_PATH} from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));
const reportPath = fileURLToPath(new URL('../.lighthouse/report.json', import.meta.url));
const chromePath = CHROME_PATH;
const chromeFlags = CHROME_FLAGS;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Categories that must score 100; their failing audits are listed. */
const gated = ['accessibility', 'best-practices'];
const SERVER_START_TIMEOUT_MS = 30_000;
const SERVER_STOP_TIMEOUT_MS = 5_000;

/** A free TCP port on 127.0.0.1 (LIGHTHOUSE_PORT overrides). */
async function freePort() {
  if (process.env.LIGHTHOUSE_PORT) return Number(process.env.LIGHTHOUSE_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** Spawns scripts/serve.mjs and resolves once it prints the demo URL. */
function startServer(port) {
  const url = `http://127.0.0.1:${port}/demo/index.html`;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: {...process.env, PORT: String(port)},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(
        new Error(`demo server did not start within ${SERVER_START_TIMEOUT_MS} ms:\n${output}`),
      );
    }, SERVER_START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(url)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`demo server exited early (${signal ?? code}):\n${output}`));
    });
  });
  return {child, url, ready};
}

/** Stops the server (SIGINT, which serve.mjs handles), then SIGKILL if it lingers. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Runs the Lighthouse CLI; resolves with its exit code. */
function runLighthouse(url) {
  const args = [
    lighthouseBin,
    url,
    '--output=json',
    `--output-path=${reportPath}`,
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--quiet',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {...process.env, CHROME_PATH: chromePath},
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** An audit fails when it is scored and below 1, or when it errored. */
function isFailing(audit) {
  if (audit.scoreDisplayMode === 'error') return true;
  if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) return false;
  return audit.score !== null && audit.score < 1;
}

/** One-line descriptions of an audit's failing items (selector, snippet, explanation). */
function describeItems(audit) {
  const items = audit.details?.items ?? [];
  return items.map((item) => {
    const node = item.node ?? (item.source?.type === 'node' ? item.source : undefined);
    if (node) {
      const explanation = node.explanation?.replace(/\s+/g, ' ');
      return [node.selector, node.snippet, explanation].filter(Boolean).join(' | ');
    }
    const text = item.description ?? item.url ?? item.source?.url ?? item.value;
    const location = item.sourceLocation?.url;
    if (typeof text !== 'string') return JSON.stringify(item);
    return location && location !== text ? `${text} (${location})` : text;
  });
}

function printReport(report) {
  console.log(`\nLighthouse ${report.lighthouseVersion}: ${report.finalDisplayedUrl}`);
  if (report.runtimeError) console.log(`runtime error: ${report.runtimeError.message}`);
  for (const id of categories) {
    const category = report.categories[id];
    const score = category?.score == null ? 'n/a' : Math.round(category.score * 100);
    console.log(`  ${(category?.title ?? id).padEnd(16)} ${score}`);
  }
  for (const id of gated) {
    const category = report.categories[id];
    if (!category) continue;
    const failing = category.auditRefs
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && isFailing(audit));
    console.log(`\n${category.title}: ${failing.length} failing audit(s)`);
    for (const audit of failing) {
      const score = audit.score == null ? audit.scoreDisplayMode : audit.score;
      console.log(`  - ${audit.title} [${audit.id}, score ${score}]`);
      if (audit.errorMessage) console.log(`      error: ${audit.errorMessage}`);
      for (const line of describeItems(audit)) console.log(`      ${line}`);
    }
  }
}

async function main() {
  if (!existsSync(new URL('../dist/alliance-assistant.js', import.meta.url))) {
    console.error('dist/ is missing: run `npm run build` first.');
    return 1;
  }
  if (!existsSync(chromePath)) {
    console.error(`Chrome not found at ${chromePath}; set CHROME_PATH.`);
    return 1;
  }
  await mkdir(new URL('../.lighthouse/', import.meta.url), {recursive: true});
  const server = startServer(await freePort());
  let code;
  try {
    await server.ready;
    console.log(`Running Lighthouse against ${server.url}`);
    code = await runLighthouse(server.url);
  } finally {
    await stopServer(server.child);
  }
  if (code !== 0) {
    console.error(`Lighthouse exited with code ${code}.`);
    return 1;
  }
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  printReport(report);
  console.log(`\nJSON report: ${reportPath}`);
  const belowFull = gated.filter((id) => (report.categories[id]?.score ?? 0) < 1);
  if (report.runtimeError || belowFull.length > 0) {
    console.error(
      `\nBelow 100: ${belowFull.join(', ') || 'none'}${report.runtimeError ? ' (runtime error)' : ''}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
