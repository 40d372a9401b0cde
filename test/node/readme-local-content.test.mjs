// The local-content example in README.md is what an NGO copies: it must be a valid file.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

test('the README local-content example passes the widget check', async () => {
  const {checkLocalContent} = await import(pathToFileURL(join(root, 'dist/node/engine.js')).href);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) =>
    JSON.parse(match[1]),
  );
  const example = blocks.find((block) => block.entries);
  assert.ok(example, 'README.md has no local-content example');
  const result = checkLocalContent(example);
  assert.deepEqual(result.ok ? [] : result.errors, []);
});
