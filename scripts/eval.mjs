#!/usr/bin/env node
// npm run eval [FILE] [-- --sweep]: answer quality and urgency detection on a labelled JSONL set
// (default: test/eval/dev.jsonl), for this engine and two baselines on the same content.
import {join} from 'node:path';
import {
  createEngine,
  createFuseBaseline,
  createMiniSearchBaseline,
  loadBuilt,
  readJsonLines,
  root,
} from './engine-harness.mjs';

const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const file = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'test/eval/dev.jsonl');
const lines = readJsonLines(file);
const built = await loadBuilt();
const {engineModule, reference, knowledge} = built;

function emptyCounts() {
  return {
    on: 0,
    top1: 0,
    top3: 0,
    off: 0,
    declined: 0,
    urgent: 0,
    urgentHit: 0,
    calm: 0,
    falseAlarm: 0,
  };
}
function tally(counts, label, result) {
  const {kind, ids, urgent} = result;
  // Lines without "expect" (urgency-only sets) count for the urgency figures alone.
  if (label.expect === undefined) {
    // nothing to rank
  } else if (label.expect.length) {
    counts.on++;
    counts.top1 += kind !== 'decline' && label.expect.includes(ids[0]);
    counts.top3 += kind !== 'decline' && ids.slice(0, 3).some((id) => label.expect.includes(id));
  } else {
    counts.off++;
    counts.declined += kind === 'decline';
  }
  if (urgent !== undefined) {
    if (label.urgent) {
      counts.urgent++;
      counts.urgentHit += urgent;
    } else {
      counts.calm++;
      counts.falseAlarm += urgent;
    }
  }
}
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '  – ').padStart(6);

function evaluate(answer) {
  const byLang = new Map();
  for (const label of lines) {
    const result = answer(label);
    for (const key of [label.lang, 'all']) {
      if (!byLang.has(key)) byLang.set(key, emptyCounts());
      tally(byLang.get(key), label, result);
    }
  }
  return byLang;
}

function printTable(name, byLang, withUrgency) {
  console.log(`\n${name}`);
  console.log(`lang   top-1  top-3  declined${withUrgency ? '  urgent-recall  false-alarms' : ''}`);
  const keys = [...byLang.keys()]
    .filter((key) => key !== 'all')
    .sort()
    .concat('all');
  for (const key of keys) {
    const c = byLang.get(key);
    console.log(
      `${key.padEnd(4)} ${pct(c.top1, c.on)} ${pct(c.top3, c.on)} ${pct(c.declined, c.off)}   ` +
        (withUrgency ? `${pct(c.urgentHit, c.urgent)}        ${pct(c.falseAlarm, c.calm)}` : ''),
    );
  }
}

if (sweep) {
  // The answer / decline trade-off: answer confidence × evidence needed below it × hard floor.
  for (const answer of [0.45, 0.5, 0.55, 0.6]) {
    for (const decline of [0.15, 0.25]) {
      const cells = [];
      for (const minEvidence of [1.25, 1.5, 1.75, 2, 2.25]) {
        const engine = createEngine(built, {
          thresholds: {...engineModule.DEFAULT_THRESHOLDS, answer, decline, minEvidence},
        });
        const all = evaluate((label) => engine.ask(label.q, {locale: label.lang})).get('all');
        cells.push(
          `evidence ≥ ${minEvidence}: top-1 ${pct(all.top1, all.on)} declined ${pct(all.declined, all.off)}`,
        );
      }
      console.log(`answer ≥ ${answer}, decline < ${decline} | ${cells.join(' | ')}`);
    }
  }
  // How much repeated use of a word in a topic's phrasings should count.
  for (const frequencyBoost of [0, 0.25, 0.5, 0.75, 1]) {
    const engine = createEngine(built, {
      scoring: {...engineModule.DEFAULT_SCORING_OPTIONS, frequencyBoost},
    });
    const all = evaluate((label) => engine.ask(label.q, {locale: label.lang})).get('all');
    console.log(
      `frequency boost ${frequencyBoost}: top-1 ${pct(all.top1, all.on)} top-3 ${pct(all.top3, all.on)} declined ${pct(all.declined, all.off)}`,
    );
  }
  process.exit(0);
}

console.log(`${lines.length} labelled messages from ${file}`);
const engine = createEngine(built);
const ours = evaluate((label) => engine.ask(label.q, {locale: label.lang}));
printTable('alliance-assistant engine', ours, true);
// The same engine with the cue rule alone, to show what the urgency model adds.
const cuesOnly = Object.fromEntries(
  Object.entries(built.urgentCues).map(([locale, cues]) => [locale, {...cues, model: undefined}]),
);
const ruleEngine = createEngine({...built, urgentCues: cuesOnly});
const rule = evaluate((label) => ruleEngine.ask(label.q, {locale: label.lang})).get('all');
console.log(
  `urgency by the cue rule alone (no model): recall ${pct(rule.urgentHit, rule.urgent)}, false alarms ${pct(rule.falseAlarm, rule.calm)}`,
);

const fuseByLang = {};
const miniByLang = {};
for (const [locale, chunk] of Object.entries(knowledge)) {
  fuseByLang[locale] = createFuseBaseline(chunk.entries);
  const profile = reference.languages.find((language) => language.locale === locale);
  miniByLang[locale] = createMiniSearchBaseline(engineModule, chunk.entries, profile);
}
const asBaseline = (search) => (label) => {
  const ids = search[label.lang](label.q.slice(0, 500));
  return {kind: ids.length ? 'answer' : 'decline', ids, urgent: undefined};
};
const fuse = evaluate(asBaseline(fuseByLang));
const mini = evaluate(asBaseline(miniByLang));
printTable(
  'baseline: fuse.js defaults over titles and phrasings (no urgency detection)',
  fuse,
  false,
);
printTable('baseline: MiniSearch with the same normalisation (no urgency detection)', mini, false);

const all = ours.get('all');
const ratio = (a, b) => (b.top1 ? (a.top1 / a.on / (b.top1 / b.on)).toFixed(2) : '∞');
console.log(
  `\ntop-1 ratio: engine / fuse defaults = ${ratio(all, fuse.get('all'))}, engine / MiniSearch = ${ratio(all, mini.get('all'))}`,
);
const targets = [
  ['top-1 ≥ 92%', all.top1 / all.on >= 0.92],
  ['top-3 ≥ 98%', all.top3 / all.on >= 0.98],
  ['off-topic declined ≥ 90%', all.declined / all.off >= 0.9],
  ['urgent recall ≥ 98%', all.urgentHit / all.urgent >= 0.98],
  ['false alarms ≤ 2%', all.falseAlarm / all.calm <= 0.02],
  ['top-1 ≥ MiniSearch', all.top1 >= mini.get('all').top1],
];
console.log(`targets: ${targets.map(([name, met]) => `${met ? '✓' : '✗'} ${name}`).join('; ')}`);
