#!/usr/bin/env node
// npm run content:train-urgency: trains the urgency model (src/lib/urgency-model.ts) on the
// labelled tuning sets and writes content/urgency-model/<locale>.json. It reads the built engine
// (`npm run build` first, and again after) so that features are computed by the very code the
// widget runs. Deterministic: the same sets give the same files. DEBUG=1 lists the out-of-fold
// mistakes (tuning lines only).
//
// Which data trains what (test/eval/README.md):
// - the word model: the tuning sets. Never dev.jsonl (it stays a measure) nor a holdout set.
// - the combiner: urgency-tune3 to -tune11, with out-of-fold word probabilities, because
//   the cue phrases were never tuned on them: there a cue kind is as (un)reliable as on new
//   messages. Tuning cues on them would break that; widen cues from other sets. Plus tune2's
//   and tune3's questions to the FAQ, so it learns how rare urgency is among them.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadBuilt, readJsonLines, root} from './engine-harness.mjs';

const WORD_SETS = ['urgency-tune', 'urgency-tune2'];
/** Urgent and hard calm lines the cues were never tuned on. */
const COMBINER_SETS = [
  'urgency-tune3',
  'urgency-tune4',
  'urgency-tune5',
  'urgency-tune6',
  'urgency-tune7',
  'urgency-tune8',
  'urgency-tune9',
  'urgency-tune10',
  'urgency-tune11',
];
/**
 * Questions to the FAQ (most everyday, a few urgent), so that the combiner learns how rare
 * urgency is among them.
 */
const EVERYDAY_SETS = ['tune2', 'tune3'];
const FOLDS = 5;
/**
 * The decision threshold is chosen here, from out-of-fold figures: the lowest of these that keeps
 * false alarms on everyday questions (EVERYDAY_SETS) at or under MAX_EVERYDAY_FALSE_ALARMS.
 * Recall matters most, so the lowest that is acceptable. THRESHOLD=… forces one, to compare.
 */
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const MAX_EVERYDAY_FALSE_ALARMS = 0.02;
const WORDS_ALONE_THRESHOLD = Number(process.env.WORDS_ALONE ?? 0.5);
/**
 * Weights smaller than this are left out of the shipped files. 0.15 gives the same out-of-fold
 * figures as 0.1 within half a point either way, in 17 instead of 21 kB gzip per language.
 */
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? 0.15);
const SHARED_FEATURES = new Set(['!!', '?$']);

const {engineModule: E, reference, urgentCues} = await loadBuilt();
const languageDetector = new E.LanguageDetector(reference.languages);
const readers = new Map();
const detectors = new Map();
for (const profile of reference.languages) {
  readers.set(profile.locale, new E.LanguageReader(profile));
  // Cue signals only: the model in the built chunk plays no part in them.
  detectors.set(profile.locale, new E.UrgencyDetector(urgentCues[profile.locale]));
}

/** A labelled line as the engine reads it: its language, word features and cue kinds. */
function example(line) {
  const text = E.truncateMessage(line.q).text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const lang = languageDetector.detect(E.foldWords(text), line.lang);
  const words = readers.get(lang).words(text);
  const signals = detectors.get(lang).signals(words, text);
  const features = E.urgencyFeatures(words, text).map((feature) =>
    SHARED_FEATURES.has(feature) ? feature : `${lang}:${feature}`,
  );
  const kinds = E.cueKinds(signals, E.isUrgentSignal(signals));
  return {
    features,
    kinds,
    signals,
    rule: E.isUrgentSignal(signals),
    y: line.urgent ? 1 : 0,
    q: line.q,
  };
}
const load = (name) => readJsonLines(join(root, 'test/eval', `${name}.jsonl`)).map(example);

let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const round = (w) => Math.round(w * 100) / 100;
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const logit = (p) =>
  Math.log(Math.min(Math.max(p, 1e-4), 1 - 1e-4) / (1 - Math.min(Math.max(p, 1e-4), 1 - 1e-4)));

/** Sparse logistic regression by stochastic gradient descent with L2 shrinkage. */
function trainWordModel(examples, {epochs = 30, rate = 0.2, l2 = 1e-3} = {}) {
  seed = 1;
  const weights = new Map();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const {features, y} of shuffled(examples)) {
      let z = bias;
      for (const feature of features) z += weights.get(feature) ?? 0;
      const gradient = sigmoid(z) - y;
      bias -= rate * gradient;
      for (const feature of features) {
        const w = weights.get(feature) ?? 0;
        weights.set(feature, w - rate * (gradient + l2 * w));
      }
    }
  }
  return prune({weights, bias});
}
/** The model as shipped: small weights left out, the rest rounded. */
function prune({weights, bias}) {
  const kept = [...weights]
    .filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)
    .map(([f, w]) => [f, round(w)]);
  return {weights: new Map(kept), bias: round(bias)};
}
function wordProbability({weights, bias}, features) {
  let z = bias;
  for (const feature of features) z += weights.get(feature) ?? 0;
  return sigmoid(z);
}

/** The combiner: logistic regression over the word log-odds and the cue kinds. */
function trainCombiner(examples, {epochs = 200, rate = 0.05, l2 = 1e-2} = {}) {
  const cues = new Map();
  let bias = 0;
  let wordLogit = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const {wordLogOdds, kinds, y} of examples) {
      let z = bias + wordLogit * wordLogOdds;
      for (const kind of kinds) z += cues.get(kind) ?? 0;
      const gradient = sigmoid(z) - y;
      bias -= rate * gradient;
      wordLogit -= rate * (gradient * wordLogOdds + l2 * wordLogit);
      for (const kind of kinds) {
        const w = cues.get(kind) ?? 0;
        cues.set(kind, w - rate * (gradient + l2 * w));
      }
    }
  }
  return {bias, wordLogit, cues};
}
/** The engine's own decision (src/lib/urgency-model.ts), with this combiner's weights. */
const decides = ({bias, wordLogit, cues}, threshold, x) =>
  E.decideUrgency(
    {
      combine: {bias, wordLogit, cues: Object.fromEntries(cues)},
      threshold,
      wordsAloneThreshold: WORDS_ALONE_THRESHOLD,
    },
    sigmoid(x.wordLogOdds),
    x.signals,
    x.rule,
  );

const wordSets = WORD_SETS.flatMap(load);
const combinerSet = COMBINER_SETS.flatMap((set) => load(set).map((x) => ({...x, set})));
const everyday = EVERYDAY_SETS.flatMap((set) => load(set).map((x) => ({...x, set})));
combinerSet.push(...everyday);

// Out-of-fold word probabilities on the combiner set: each line scored by a word model that never saw it.
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (_, i) => i % FOLDS === fold;
  const model = trainWordModel(wordSets.concat(combinerSet.filter((x, i) => !inFold(x, i))));
  combinerSet.forEach((x, i) => {
    if (inFold(x, i)) x.wordLogOdds = logit(wordProbability(model, x.features));
  });
}

// An honest estimate: the combiner, too, scored out of fold.
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (_, i) => (i * 7) % FOLDS === fold;
  const combiner = trainCombiner(combinerSet.filter((x, i) => !inFold(x, i)));
  combinerSet.forEach((x, i) => {
    if (inFold(x, i)) x.combiner = combiner;
  });
}
const pct = (n, d) => ((100 * n) / d).toFixed(1);
/** Recall and false alarms per set at one threshold, with the cue rule's for comparison. */
function estimate(threshold) {
  const bySet = {};
  for (const x of combinerSet) {
    const urgent = decides(x.combiner, threshold, x);
    const set = (bySet[x.set] ??= {
      urgent: 0,
      caught: 0,
      calm: 0,
      alarms: 0,
      ruleCaught: 0,
      ruleAlarms: 0,
    });
    if (x.y) {
      set.urgent++;
      set.caught += urgent;
      set.ruleCaught += x.rule;
    } else {
      set.calm++;
      set.alarms += urgent;
      set.ruleAlarms += x.rule;
    }
  }
  return bySet;
}
const forced = process.env.THRESHOLD;
const threshold = forced
  ? Number(forced)
  : (THRESHOLDS.find((t) => {
      const bySet = estimate(t);
      const alarms = EVERYDAY_SETS.reduce((sum, set) => sum + bySet[set].alarms, 0);
      const calm = EVERYDAY_SETS.reduce((sum, set) => sum + bySet[set].calm, 0);
      return alarms / calm <= MAX_EVERYDAY_FALSE_ALARMS;
    }) ?? THRESHOLDS.at(-1));
console.log(`Threshold ${threshold}${forced ? ' (forced)' : ''}. Out of fold:`);
for (const [set, e] of Object.entries(estimate(threshold))) {
  const rule = `recall ${pct(e.ruleCaught, e.urgent)}%, false alarms ${pct(e.ruleAlarms, e.calm)}%`;
  const model = `recall ${pct(e.caught, e.urgent)}%, false alarms ${pct(e.alarms, e.calm)}%`;
  console.log(`  ${set} (${e.urgent} urgent, ${e.calm} calm): cue rule ${rule}; model ${model}`);
}
if (process.env.DEBUG) {
  for (const x of combinerSet) {
    const urgent = decides(x.combiner, threshold, x);
    if (urgent === !!x.y) continue;
    const p = sigmoid(x.wordLogOdds).toFixed(2);
    console.log(x.y ? 'MISS' : 'FA  ', x.set, p, x.kinds.join(','), '|', x.q);
  }
}

// The shipped model: the word model on every tuning line, the combiner on the out-of-fold scores.
const wordModel = trainWordModel(wordSets.concat(combinerSet));
const combiner = trainCombiner(combinerSet);
const outDir = join(root, 'content/urgency-model');
// --check: retrain and compare, so a test catches a model left stale after cues or sets changed.
const check = process.argv.includes('--check');
const stale = [];
if (!check) mkdirSync(outDir, {recursive: true});
for (const {locale} of reference.languages) {
  const words = {};
  const kept = [...wordModel.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [feature, w] of kept) {
    if (SHARED_FEATURES.has(feature)) words[feature] = w;
    else if (feature.startsWith(`${locale}:`)) words[feature.slice(locale.length + 1)] = w;
  }
  const model = {
    wordBias: round(wordModel.bias),
    combine: {
      bias: round(combiner.bias),
      wordLogit: round(combiner.wordLogit),
      cues: Object.fromEntries([...combiner.cues].sort().map(([kind, w]) => [kind, round(w)])),
    },
    threshold,
    wordsAloneThreshold: WORDS_ALONE_THRESHOLD,
    words,
  };
  const file = join(outDir, `${locale}.json`);
  const text = `${JSON.stringify(model, null, 1)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text)
      stale.push(`content/urgency-model/${locale}.json`);
    continue;
  }
  writeFileSync(file, text);
  console.log(`content/urgency-model/${locale}.json: ${Object.keys(words).length} weights`);
}
if (stale.length) {
  console.error(
    `Out of date (run npm run content:train-urgency, then npm run build): ${stale.join(', ')}`,
  );
  process.exit(1);
}
