// End to end, in Debian's Chromium: the embed works on a page served under a strict
// Content-Security-Policy with Trusted Types, asks nothing of other origins and stores nothing.
/* global document, window -- code run inside the page */
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {dirname, join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 8000 + Math.floor(Math.random() * 900) + 100;
let server;
let browser;

before(async () => {
  server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: {...process.env, PORT: String(PORT)},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('http://') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('the widget answers under a strict CSP with Trusted Types, without violations or foreign requests', async () => {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`http://127.0.0.1:${PORT}/demo/csp.html`, {
    waitUntil: 'networkidle0',
  });
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);

  const textarea = await page.waitForSelector('alliance-assistant >>> textarea');
  await textarea.type("quelqu'un me demande des photos");
  await page.keyboard.press('Enter');
  const title = await page.waitForSelector('alliance-assistant >>> .card h3', {timeout: 10000});
  assert.ok((await title.evaluate((node) => node.textContent)).length > 3);

  const storage = await page.evaluate(() => [
    localStorage.length,
    sessionStorage.length,
    document.cookie,
  ]);
  assert.deepEqual(storage, [0, 0, '']);
  const origins = new Set(requests.map((url) => new URL(url).origin));
  assert.deepEqual([...origins], [`http://127.0.0.1:${PORT}`]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the classic-script bundle works too', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`http://127.0.0.1:${PORT}/demo/index.html`, {waitUntil: 'networkidle0'});
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/dist/alliance-assistant.iife.js';
    document.head.append(script);
    return new Promise((resolve) => script.addEventListener('load', resolve));
  });
  assert.ok(await page.evaluate(() => typeof window.AllianceAssistant === 'object'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the demo page shows all three elements and a local answer', async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/demo/index.html`, {waitUntil: 'networkidle0'});
  const localQuestion = await page.waitForSelector('alliance-faq >>> [id="q-local.demo-ngo"]', {
    timeout: 10000,
  });
  assert.match(await localQuestion.evaluate((node) => node.textContent), /demo site/);
  assert.ok(await page.$('alliance-hotlines >>> select'));
  assert.ok(await page.$('alliance-assistant >>> textarea'));
  await page.close();
});
