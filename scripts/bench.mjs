#!/usr/bin/env node
// npm run bench: per-query latency (median, p95) and index load time, on the real knowledge base
// and on synthetic ones of 1,000 and 10,000 entries, for this engine, fuse.js with default options
// and MiniSearch with the same normalisation, side by side. Compare the ratios, not the milliseconds.
import {join} from 'node:path';
import {
  createEngine,
  createFuseBaseline,
  createMiniSearchBaseline,
  loadBuilt,
  readJsonLines,
  root,
} from './engine-harness.mjs';

const built = await loadBuilt();
const {engineModule, reference, knowledge} = built;
const locale = 'en';
const profile = reference.languages.find((language) => language.locale === locale);
const devLines = readJsonLines(join(root, 'test/eval/dev.jsonl'));
const queries = devLines.map((line) => line.q);
const warmupLines = readJsonLines(join(root, 'test/eval/holdout.jsonl'));
const warmup = warmupLines.map((line) => line.q);

/** Variations of the real entries: each copy gets a made-up place and programme word. */
function synthetic(entries, size) {
  const places = [
    'north',
    'harbour',
    'valley',
    'river',
    'lake',
    'garden',
    'forest',
    'market',
    'bridge',
    'castle',
  ];
  const out = [];
  for (let i = 0; out.length < size; i++) {
    const base = entries[i % entries.length];
    const tag = `${places[i % places.length]}${Math.floor(i / entries.length)}`;
    out.push({
      ...base,
      id: `${base.id}#${i}`,
      title: `${base.title} (${tag})`,
      phrasings: base.phrasings.filter((_, n) => (n + i) % 3 !== 0).map((p) => `${p} ${tag}`),
      keywords: [...base.keywords, tag],
    });
  }
  return out;
}

function time(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, value};
}

/** Warms the JIT on other messages (so the measured ones are not already cached), then times each once. */
function latency(search, sample, warmupCount = 20) {
  for (const query of warmup.slice(0, warmupCount)) search(query);
  const times = sample.map((query) => time(() => search(query)).ms).sort((a, b) => a - b);
  return {median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)]};
}

const sizes = [
  ['real KB', knowledge[locale].entries],
  ['1,000', synthetic(knowledge[locale].entries, 1000)],
  ['10,000', synthetic(knowledge[locale].entries, 10000)],
];
const fmt = (n) => n.toFixed(3).padStart(9);
console.log(
  `Latency per query in ms on this machine (${queries.length} dev-set messages; fuse.js defaults on fewer at larger sizes).`,
);
console.log(
  'size      engine median/p95  load (build / prebuilt)  | fuse.js defaults      load  | MiniSearch+norm       load  | engine vs fuse p95, vs MiniSearch p95',
);
// As the widget runs: every locale's knowledge and cues loaded, each message asked in its own
// locale (language detection and urgency included). Load is the mean per locale.
{
  const byLocale = (make) =>
    Object.fromEntries(Object.entries(knowledge).map(([l, chunk]) => [l, make(l, chunk)]));
  const engineLoad = time(() => createEngine(built));
  const engine = engineLoad.value;
  const fuseLoad = time(() => byLocale((l, chunk) => createFuseBaseline(chunk.entries)));
  const miniLoad = time(() =>
    byLocale((l, chunk) =>
      createMiniSearchBaseline(
        engineModule,
        chunk.entries,
        reference.languages.find((language) => language.locale === l),
      ),
    ),
  );
  const perLocale = (searchers) => (line) => searchers[line.lang](line.q);
  const sample = (search, lines) => {
    for (const line of warmupLines) search(line);
    const times = lines.map((line) => time(() => search(line)).ms).sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.floor(times.length * 0.95)],
    };
  };
  // One run's p95 hangs on a few garbage collections: take the median of five runs, each on a
  // fresh engine and baseline (so every run starts cold).
  const RUNS = 5;
  const medianOf = (runs) => {
    const pick = (key) =>
      runs.map((run) => run[key]).sort((x, y) => x - y)[Math.floor(runs.length / 2)];
    return {median: pick('median'), p95: pick('p95')};
  };
  const ours = medianOf(
    Array.from({length: RUNS}, (_, run) => {
      const fresh = run === 0 ? engine : createEngine(built);
      return sample((line) => fresh.ask(line.q, {locale: line.lang}), devLines);
    }),
  );
  const fuse = sample(perLocale(fuseLoad.value), devLines);
  const mini = medianOf(
    Array.from({length: RUNS}, (_, run) => {
      const fresh =
        run === 0
          ? miniLoad.value
          : byLocale((l, chunk) =>
              createMiniSearchBaseline(
                engineModule,
                chunk.entries,
                reference.languages.find((language) => language.locale === l),
              ),
            );
      return sample(perLocale(fresh), devLines);
    }),
  );
  const locales = Object.keys(knowledge).length;
  console.log(
    `${'real, 8×'.padEnd(8)} ${fmt(ours.median)}/${fmt(ours.p95)} ${fmt(engineLoad.ms / locales)} ${'–'.padStart(9)} | ${fmt(fuse.median)}/${fmt(fuse.p95)} ${fmt(fuseLoad.ms / locales)} | ${fmt(mini.median)}/${fmt(mini.p95)} ${fmt(miniLoad.ms / locales)} | ` +
      `${(fuse.p95 / ours.p95).toFixed(1)}× faster, ${(mini.p95 / ours.p95).toFixed(2)}×`,
  );
}
for (const [name, entries] of sizes) {
  const chunk = {locale, dir: 'ltr', entries};
  const engineLoad = time(() => {
    const engine = new engineModule.AnswerEngine(reference.languages);
    engine.addKnowledge(chunk);
    return engine;
  });
  const engine = engineLoad.value;
  // The same knowledge with its index built at build time: parsing the shipped index and
  // constructing the engine from it (the entries' own text is parsed either way).
  const shippedIndex = JSON.stringify(engine.searcher(locale).indexJSON());
  const prebuiltLoad = time(() => {
    const loaded = new engineModule.AnswerEngine(reference.languages);
    loaded.addKnowledge({...chunk, index: JSON.parse(shippedIndex)});
    return loaded;
  });
  const fuseLoad = time(() => createFuseBaseline(entries));
  const miniLoad = time(() => createMiniSearchBaseline(engineModule, entries, profile));
  const ours = latency((q) => engine.ask(q, {locale}), queries);
  const fuseSample =
    entries.length > 1000
      ? queries.filter((_, i) => i % 40 === 0)
      : entries.length > 100
        ? queries.filter((_, i) => i % 4 === 0)
        : queries;
  const fuse = latency(fuseLoad.value, fuseSample, entries.length > 1000 ? 2 : 20);
  const mini = latency(miniLoad.value, queries);
  console.log(
    `${name.padEnd(8)} ${fmt(ours.median)}/${fmt(ours.p95)} ${fmt(engineLoad.ms)} ${fmt(prebuiltLoad.ms)} | ${fmt(fuse.median)}/${fmt(fuse.p95)} ${fmt(fuseLoad.ms)} | ${fmt(mini.median)}/${fmt(mini.p95)} ${fmt(miniLoad.ms)} | ` +
      `${(fuse.p95 / ours.p95).toFixed(1)}× faster, ${(mini.p95 / ours.p95).toFixed(2)}×`,
  );
}
console.log(
  '"real, 8×": all 8 locales loaded, each dev message asked in its own locale (as the widget runs); median of 5 cold runs for the engine and MiniSearch. The other rows: English entries only, every dev message asked with locale en (messages in other languages stress the fuzzy matcher).',
);
console.log(
  'Engine load: "build" indexes the compiled entries (what the browser does today); "prebuilt" parses a shipped index (JSON.parse of the index included) and builds from it.',
);
