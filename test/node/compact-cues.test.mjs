import assert from 'node:assert/strict';
import {test} from 'node:test';
import {compactPhrases, expandPhrases} from '../../scripts/compact-cues.mjs';

test('compaction folds phrases that differ in one word, and keeps exactly the same phrases', () => {
  const phrases = [
    'he is outside',
    'he is downstairs',
    'someone is outside',
    'someone is downstairs',
    'she is here now',
    'take my pills',
  ];
  const compacted = compactPhrases(phrases);
  assert.ok(compacted.includes('he|someone is outside|downstairs'), compacted.join('; '));
  assert.ok(compacted.length < phrases.length);
  assert.deepEqual([...expandPhrases(compacted)].sort(), [...new Set(phrases)].sort());
});

test('compaction leaves phrases of different lengths apart and drops duplicates', () => {
  const compacted = compactPhrases(['he is here', 'he is here', 'he is right here']);
  assert.deepEqual(compacted.sort(), ['he is here', 'he is right here']);
});
