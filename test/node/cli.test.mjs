// The bin/ask.mjs contract (other tools read it), on the built engine and content.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ask = (...args) =>
  spawnSync(process.execPath, [join(root, 'bin/ask.mjs'), ...args], {encoding: 'utf8'});

test('a message prints the answer a person would see', () => {
  const result = ask('--lang', 'en', 'can I report anonymously?');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /anonym/i);
  assert.match(result.stdout, /Sources \(reviewed \d{4}-\d{2}-\d{2}\)/);
});

test('an urgent message prints the country help block first', () => {
  const result = ask(
    '--lang',
    'fr',
    '--country',
    'BE',
    "il menace de publier mes photos ce soir, j'ai peur",
  );
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.match(lines[0], /danger/i);
  assert.match(result.stdout, /Emergency: 112/);
  assert.match(result.stdout, /childfocus\.be/);
});

test('--json prints one object with the decision', () => {
  const result = ask('--lang', 'de', '--json', 'Was ist Grooming?');
  assert.equal(result.status, 0, result.stderr);
  const response = JSON.parse(result.stdout);
  assert.equal(response.kind, 'answer');
  assert.equal(response.ids[0], 'grooming.what');
  assert.equal(response.urgent, false);
  assert.equal(response.lang, 'de');
});

test('--batch prints one line per input line, in order, and survives bad lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ask-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({q: 'what is grooming', lang: 'en', extra: 1}),
      '{not json',
      JSON.stringify({q: 'quel temps fera-t-il demain à Marseille ?', lang: 'fr'}),
      JSON.stringify({q: 'hola', lang: 'xx'}),
      JSON.stringify({lang: 'en'}),
    ].join('\n') + '\n',
  );
  const result = ask('--batch', file);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 5);
  assert.deepEqual(Object.keys(lines[0]), ['kind', 'ids', 'urgent', 'lang']);
  assert.equal(lines[0].ids[0], 'grooming.what');
  assert.match(lines[1].error, /line 2: not JSON/);
  assert.equal(lines[2].kind, 'decline');
  assert.deepEqual(lines[2].ids, []);
  assert.match(lines[3].error, /unknown locale "xx"/);
  assert.match(lines[4].error, /needs a string "q"/);
});

test('--topics lists the topic ids of a locale', () => {
  const result = ask('--topics', '--lang', 'pl');
  assert.equal(result.status, 0, result.stderr);
  const ids = result.stdout.trim().split('\n');
  assert.equal(ids.length, 43);
  assert.ok(ids.includes('report.where'));
});

test('errors: unknown locale, unreadable file, missing message', () => {
  const unknown = ask('--lang', 'xx', 'hello');
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /unknown locale "xx"/);
  const missing = ask('--batch', join(root, 'no-such-file.jsonl'));
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /cannot read/);
  const empty = ask('--lang', 'en');
  assert.notEqual(empty.status, 0);
  assert.match(empty.stderr, /message is required/);
});

test('odd input returns quickly with a response', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ask-'));
  const file = join(dir, 'odd.jsonl');
  const odd = ['🙂🙂🙂', '\u0000\u0007\u202e\u200f', 'x'.repeat(100000), '', '   '];
  writeFileSync(file, odd.map((q) => JSON.stringify({q, lang: 'en'})).join('\n'));
  const started = Date.now();
  const result = ask('--batch', file);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim().split('\n').length, odd.length);
  assert.ok(Date.now() - started < 10000);
});
