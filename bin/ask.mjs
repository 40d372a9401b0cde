#!/usr/bin/env node
// Asks the alliance-assistant engine from the command line, on the compiled content in dist/.
// Contract (other tools read it): see `node bin/ask.mjs --help` and README.md.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const USAGE = `Usage:
  node bin/ask.mjs --lang L [--country CC] [--audience child|adult] [--json] "message"
  node bin/ask.mjs --batch FILE.jsonl      (one {"q": ..., "lang": ...} per line)
  node bin/ask.mjs --topics --lang L
Locales: en fr de es it nl pl pt.`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message, code = 2) {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = {json: false, topics: false, rest: []};
  const valueFlags = new Set(['--lang', '--country', '--audience', '--batch']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--topics') options.topics = true;
    else if (valueFlags.has(arg)) {
      if (i + 1 >= argv.length) fail(`${arg} needs a value.\n${USAGE}`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}.\n${USAGE}`);
    else options.rest.push(arg);
  }
  return options;
}

async function loadEngine() {
  const enginePath = join(root, 'dist/node/engine.js');
  const contentDir = join(root, 'dist/content');
  if (!existsSync(enginePath) || !existsSync(join(contentDir, 'reference.json'))) {
    fail('the engine or the compiled content is missing: run `npm run build` first.', 3);
  }
  const engineModule = await import(pathToFileURL(enginePath).href);
  const reference = JSON.parse(readFileSync(join(contentDir, 'reference.json'), 'utf8'));
  const engine = new engineModule.AnswerEngine(reference.languages);
  for (const locale of engineModule.SUPPORTED_LOCALES) {
    const chunk = (name) =>
      JSON.parse(readFileSync(join(contentDir, `${name}.${locale}.json`), 'utf8'));
    engine.addKnowledge(engineModule.resolveSources(chunk('kb'), reference.sources));
    engine.addUrgentCues(locale, chunk('urgent'));
  }
  return {engineModule, engine, reference};
}

function checkLocale(engineModule, locale, where = '--lang') {
  if (!engineModule.SUPPORTED_LOCALES.includes(locale)) {
    return `unknown locale "${locale}" (${where}); use one of: ${engineModule.SUPPORTED_LOCALES.join(', ')}`;
  }
  return undefined;
}

function runBatch({engineModule, engine}, file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`);
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let record;
    try {
      record = JSON.parse(line);
    } catch (error) {
      out.push(JSON.stringify({error: `line ${index + 1}: not JSON (${error.message})`}));
      return;
    }
    if (!record || typeof record !== 'object' || typeof record.q !== 'string') {
      out.push(JSON.stringify({error: `line ${index + 1}: needs a string "q"`}));
      return;
    }
    const localeError = checkLocale(engineModule, record.lang, `"lang" on line ${index + 1}`);
    if (localeError) {
      out.push(JSON.stringify({error: `line ${index + 1}: ${localeError}`}));
      return;
    }
    const response = engine.ask(record.q, {locale: record.lang});
    out.push(
      JSON.stringify({
        kind: response.kind,
        ids: response.ids,
        urgent: response.urgent,
        lang: response.lang,
      }),
    );
  });
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
}

function helpBlock({engineModule, reference}, country) {
  const contacts = engineModule.contactsFor(reference, country);
  const lines = [];
  const emergency = contacts?.emergency?.dial_first;
  lines.push(`  Emergency: ${emergency ?? 'call your local emergency number (112 in Europe)'}`);
  const helpline = contacts?.helplines?.[0];
  lines.push(
    `  Child helpline: ${helpline ? `${helpline.name}, ${helpline.phone.join(' / ')}` : '116 111 in most of Europe'}`,
  );
  const hotline = contacts?.hotlines?.[0];
  lines.push(
    `  Report abuse images: ${hotline ? `${hotline.hotline_name} ${hotline.report_url ?? hotline.website}` : `police, or ${reference.directory.url}`}`,
  );
  return lines;
}

function printHuman(loaded, response, options) {
  const {engine} = loaded;
  const searcher = engine.searcher(response.lang);
  const lines = [];
  if (response.urgent) {
    lines.push(
      '!! If you are in danger now, get help right away:',
      ...helpBlock(loaded, options.country),
      '',
    );
  }
  if (response.truncated)
    lines.push('(Your message was long; only its first 500 characters were read.)');
  if (response.lang !== options.lang) lines.push(`(Answer in ${response.lang}.)`);
  if (response.kind === 'decline') {
    lines.push(
      "Sorry, I don't have an answer to that. These people can help:",
      ...helpBlock(loaded, options.country),
    );
  } else if (response.kind === 'clarify') {
    lines.push('Did you mean:');
    for (const id of response.ids) lines.push(`  - ${searcher.entry(id)?.title ?? id}`);
  } else {
    const entry = searcher.entry(response.ids[0]);
    const text =
      options.audience === 'child' && entry.childAnswer ? entry.childAnswer : entry.answer;
    lines.push(entry.title, '', text);
    if (entry.links.length)
      lines.push('', ...entry.links.map((link) => `  ${link.label}: ${link.url}`));
    lines.push(
      '',
      `Sources (reviewed ${entry.reviewed}): ${entry.sources.map((s) => s.publisher).join('; ')}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.audience && !['child', 'adult'].includes(options.audience)) {
    fail(`unknown audience "${options.audience}"; use child or adult.`);
  }
  const loaded = await loadEngine();
  if (options.batch) {
    runBatch(loaded, options.batch);
    return;
  }
  if (!options.lang) fail(`--lang is required.\n${USAGE}`);
  const localeError = checkLocale(loaded.engineModule, options.lang);
  if (localeError) fail(localeError);
  if (options.topics) {
    const searcher = loaded.engine.searcher(options.lang);
    process.stdout.write(searcher.knowledge.entries.map((entry) => entry.id).join('\n') + '\n');
    return;
  }
  const message = options.rest.join(' ');
  if (!message.trim()) fail(`a message is required.\n${USAGE}`);
  const response = loaded.engine.ask(message, {locale: options.lang, audience: options.audience});
  if (options.json) {
    const entry = loaded.engine.searcher(response.lang)?.entry(response.ids[0]);
    const contacts = loaded.engineModule.contactsFor(loaded.reference, options.country) ?? null;
    process.stdout.write(
      JSON.stringify({
        ...response,
        answer: response.kind === 'answer' ? entry : undefined,
        contacts,
      }) + '\n',
    );
    return;
  }
  printHuman(loaded, response, options);
}

main().catch((error) => fail(error?.stack ?? String(error), 1));
