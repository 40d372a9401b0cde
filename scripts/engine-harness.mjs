// Shared by eval and bench: loads the built engine and compiled content, and builds the two
// baselines (fuse.js with default options over titles and phrasings; MiniSearch with the
// engine's own normalisation) on the same content.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadBuilt() {
  const enginePath = join(root, 'dist/node/engine.js');
  if (!existsSync(enginePath) || !existsSync(join(root, 'dist/content/reference.json'))) {
    console.error('Run `npm run build` first.');
    process.exit(3);
  }
  const engineModule = await import(pathToFileURL(enginePath).href);
  const reference = JSON.parse(readFileSync(join(root, 'dist/content/reference.json'), 'utf8'));
  const urgentCues = Object.fromEntries(
    engineModule.SUPPORTED_LOCALES.map((locale) => [
      locale,
      JSON.parse(readFileSync(join(root, `dist/content/urgent.${locale}.json`), 'utf8')),
    ]),
  );
  const knowledge = Object.fromEntries(
    engineModule.SUPPORTED_LOCALES.map((locale) => [
      locale,
      JSON.parse(readFileSync(join(root, `dist/content/kb.${locale}.json`), 'utf8')),
    ]),
  );
  return {engineModule, reference, knowledge, urgentCues};
}

export function createEngine({engineModule, reference, knowledge, urgentCues}, ...options) {
  const engine = new engineModule.AnswerEngine(reference.languages, ...options);
  for (const locale of Object.keys(knowledge)) {
    engine.addKnowledge(knowledge[locale]);
    engine.addUrgentCues(locale, urgentCues[locale]);
  }
  return engine;
}

/** fuse.js as usually wired: whole entries, whole message, default options. */
export function createFuseBaseline(entries) {
  const fuse = new Fuse(entries, {keys: ['title', 'phrasings'], includeScore: true});
  return (message) => fuse.search(message, {limit: 3}).map((result) => result.item.id);
}

/** MiniSearch with the engine's folding, chat spellings and stop words. */
export function createMiniSearchBaseline(engineModule, entries, profile) {
  const reader = new engineModule.LanguageReader(profile);
  const miniSearch = new MiniSearch({
    fields: ['title', 'phrasings', 'keywords'],
    storeFields: ['id'],
    tokenize: (text) => reader.words(text),
    processTerm: (term) => (reader.isStopword(term) ? null : term),
    searchOptions: {boost: {title: 3, phrasings: 2, keywords: 1}, fuzzy: 0.2, prefix: true},
  });
  miniSearch.addAll(
    entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      phrasings: entry.phrasings.join(' \n '),
      keywords: entry.keywords.join(' \n '),
    })),
  );
  return (message) =>
    miniSearch
      .search(message)
      .slice(0, 3)
      .map((result) => result.id);
}

export function readJsonLines(file) {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}
