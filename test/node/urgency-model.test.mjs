import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';

// Runs after `npm run build` (as in npm test): the trainer reads the built engine and cues.
test('the shipped urgency model is what the tuning sets train today', () => {
  const run = spawnSync(process.execPath, ['scripts/train-urgency.mjs', '--check'], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
  assert.match(run.stdout, /Threshold [0-9.]+\. Out of fold:\n {2}urgency-tune3/);
});
