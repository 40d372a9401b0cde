#!/usr/bin/env node
// npm run content:check — validates content/ and prints every problem with its file, entry and field.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {checkContent, loadContent, LOCALES} from './content-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const content = loadContent(root);
const errors = checkContent(content);
if (errors.length > 0) {
  for (const error of errors) console.error(`✗ ${error}`);
  console.error(`content:check: ${errors.length} problem(s) found.`);
  process.exit(1);
}
const topics = content.topics.topics.length;
console.log(
  `content:check: ${topics} topics × ${LOCALES.length} locales, reference data for ${content.countries.covered.length} countries: OK`,
);
