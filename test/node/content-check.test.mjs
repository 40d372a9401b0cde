// content:check rules: the real content passes, and one broken fixture per rule fails with a
// message that names the file, the entry and the field.
import assert from 'node:assert/strict';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {checkContent, loadContent} from '../../scripts/content-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function broken(mutate) {
  const content = structuredClone(loadContent(root));
  mutate(content);
  return checkContent(content);
}

function assertError(errors, pattern) {
  assert.ok(
    errors.some((error) => pattern.test(error)),
    `expected an error matching ${pattern}, got:\n${errors.join('\n')}`,
  );
}

test('the real content passes every rule', () => {
  assert.deepEqual(checkContent(loadContent(root)), []);
});

test('schema: too few phrasings names file, entry and field', () => {
  const errors = broken((c) => (c.kb.fr.entries[4].phrasings = ['a b', 'c d']));
  assertError(
    errors,
    /^content\/kb\/fr\.json: entries\[4\] \(alliance\.goals\): phrasings: must NOT have fewer than 10 items/,
  );
});

test('unique ids: a topic defined twice', () => {
  const errors = broken((c) => c.topics.topics.push({...c.topics.topics[0]}));
  assertError(errors, /content\/topics\.json: topic "alliance\.what" is defined twice/);
});

test('every topic in every locale', () => {
  const errors = broken((c) => c.kb.de.entries.splice(10, 1));
  assertError(errors, /content\/kb\/de\.json: topic "alliance\.why" is missing/);
});

test('related ids exist', () => {
  const errors = broken((c) => (c.topics.topics[0].related[0] = 'alliance.nope'));
  assertError(
    errors,
    /content\/topics\.json: \[alliance\.what\]: related: "alliance\.nope" is not a topic id/,
  );
});

test('only https links', () => {
  const errors = broken((c) => (c.links.links[0].url = 'http://www.inhope.org/'));
  assertError(
    errors,
    /content\/links\.json: links\[0\] \(inhope-members\): url: must match pattern "\^https:\/\/"/,
  );
});

test('no phrasing shared by two topics in one locale', () => {
  const errors = broken((c) => c.kb.es.entries[1].phrasings.push(c.kb.es.entries[0].phrasings[0]));
  assertError(
    errors,
    /content\/kb\/es\.json: entries\[1\] \(alliance\.launch\): phrasings: ".*" is also a phrasing of alliance\.what/,
  );
});

test('every hotline row has a source and a confidence', () => {
  const errors = broken((c) => {
    delete c.hotlines.hotlines[0].confidence;
    c.helplines.helplines[0].sources = [];
  });
  assertError(
    errors,
    /content\/reference\/hotlines\.json: hotlines\[0\] \(AT\): must have required property 'confidence'/,
  );
  assertError(
    errors,
    /content\/reference\/helplines\.json: helplines\[0\] \(AT\): sources: must NOT have fewer than 1 items/,
  );
});

test('phone numbers are dialable', () => {
  const errors = broken((c) => (c.emergency.emergency[0].dial_first = 'call 112'));
  assertError(
    errors,
    /content\/reference\/emergency\.json: emergency\[0\] \(AL\): dial_first: must match pattern/,
  );
});

test('child answers keep sentences short', () => {
  const long =
    'This sentence is written to be far too long for a child to read comfortably because it keeps going on and on without a stop.';
  const errors = broken((c) => (c.kb.en.entries[0].childAnswer = long));
  assertError(
    errors,
    /content\/kb\/en\.json: entries\[0\] \(alliance\.what\): childAnswer: sentence 1 has 2\d words, at most 20/,
  );
});

test('adult answers are 60 to 150 words', () => {
  const errors = broken(
    (c) => (c.kb.it.entries[2].answer = 'Troppo breve per essere utile a qualcuno.'),
  );
  assertError(
    errors,
    /content\/kb\/it\.json: entries\[2\] \(alliance\.members\): answer: has 7 words, expected 60 to 150/,
  );
});

test('a country without a hotline must be an explicit fallback', () => {
  const errors = broken(
    (c) =>
      (c.hotlines.fallback.countries = c.hotlines.fallback.countries.filter(
        (code) => code !== 'NO',
      )),
  );
  assertError(errors, /country NO has no shown hotline and is not in fallback\.countries/);
});

test('unreadable JSON is reported, not a crash', () => {
  const content = structuredClone(loadContent(root));
  content.kb.nl = undefined;
  content.loadErrors.push('content/kb/nl.json: cannot be read as JSON (Unexpected token)');
  assertError(checkContent(content), /content\/kb\/nl\.json: cannot be read as JSON/);
});
