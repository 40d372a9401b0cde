// Loads, checks and compiles the knowledge base in content/. Used by content:check, content:build
// and their tests; plain Node so that editors can run it without a TypeScript build.
import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import Ajv from 'ajv';

export const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt'];
export const ADULT_ANSWER_WORDS = {min: 60, max: 150};
export const CHILD_SENTENCE_MAX_WORDS = 20;

/** Reads every content file; a file that cannot be read or parsed becomes an error, not a crash. */
export function loadContent(root) {
  const errors = [];
  const read = (path) => {
    const file = join(root, path);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${path}: cannot be read as JSON (${error.message})`);
      return undefined;
    }
  };
  const content = {
    root,
    topics: read('content/topics.json'),
    links: read('content/links.json'),
    sources: read('content/sources.json'),
    countries: read('content/reference/countries.json'),
    hotlines: read('content/reference/hotlines.json'),
    emergency: read('content/reference/emergency.json'),
    helplines: read('content/reference/helplines.json'),
    kb: {},
    lang: {},
    urgencyModel: {},
    loadErrors: errors,
  };
  for (const locale of LOCALES) {
    content.kb[locale] = read(`content/kb/${locale}.json`);
    content.lang[locale] = read(`content/lang/${locale}.json`);
    // Optional: without a trained model the cue rule alone decides (scripts/train-urgency.mjs).
    const model = `content/urgency-model/${locale}.json`;
    if (existsSync(join(root, model))) content.urgencyModel[locale] = read(model);
  }
  return content;
}

const SCHEMAS = ['kb', 'lang', 'topics', 'links', 'sources', 'reference'];

function validators(root) {
  const ajv = new Ajv({allErrors: true, strict: false});
  const compiled = {};
  for (const name of SCHEMAS) {
    const schema = JSON.parse(
      readFileSync(join(root, `content/schema/${name}.schema.json`), 'utf8'),
    );
    compiled[name] = ajv.compile(schema);
  }
  return compiled;
}

/** "entries/3/phrasings" → "entries[3] (alliance.goals): phrasings" so editors find the place. */
function describePath(data, instancePath) {
  const parts = instancePath.split('/').filter(Boolean);
  let node = data;
  let label = '';
  for (const part of parts) {
    node = node?.[part];
    if (/^\d+$/.test(part)) {
      const id = node?.id ?? node?.country_code;
      label += `[${part}]${id ? ` (${id})` : ''}`;
    } else {
      label += label ? `: ${part}` : part;
    }
  }
  return label || '(top level)';
}

function schemaErrors(validate, data, file) {
  if (data === undefined || validate(data)) return [];
  return validate.errors.map(
    (error) => `${file}: ${describePath(data, error.instancePath)}: ${error.message}`,
  );
}

/** Folds like the engine does (src/lib/normalize.ts), for duplicate checks. */
export function foldText(text) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function countWords(text) {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Sentences of a text: split after . ! ? … followed by a space (or the end). */
export function sentencesOf(text) {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Every problem in the content, each naming the file, the entry and the field. */
export function checkContent(content) {
  const errors = [...content.loadErrors];
  const validate = validators(content.root);
  errors.push(...schemaErrors(validate.topics, content.topics, 'content/topics.json'));
  errors.push(...schemaErrors(validate.links, content.links, 'content/links.json'));
  errors.push(...schemaErrors(validate.sources, content.sources, 'content/sources.json'));
  for (const name of ['hotlines', 'emergency', 'helplines']) {
    errors.push(
      ...schemaErrors(validate.reference, content[name], `content/reference/${name}.json`),
    );
  }
  const topics = content.topics?.topics ?? [];
  const topicIds = new Set();
  const linkIds = new Set((content.links?.links ?? []).map((link) => link.id));
  const sourceIds = new Set();
  for (const source of content.sources?.sources ?? []) {
    if (sourceIds.has(source.id))
      errors.push(`content/sources.json: source "${source.id}" is defined twice`);
    sourceIds.add(source.id);
    if (source.file && !existsSync(join(content.root, source.file))) {
      errors.push(`content/sources.json: [${source.id}]: file: "${source.file}" does not exist`);
    }
  }
  for (const topic of topics) {
    if (topicIds.has(topic.id))
      errors.push(`content/topics.json: topic "${topic.id}" is defined twice`);
    topicIds.add(topic.id);
  }
  for (const topic of topics) {
    const at = `content/topics.json: [${topic.id}]`;
    for (const related of topic.related ?? []) {
      if (!topicIds.has(related)) errors.push(`${at}: related: "${related}" is not a topic id`);
      if (related === topic.id) errors.push(`${at}: related: a topic cannot be related to itself`);
    }
    for (const link of topic.links ?? []) {
      if (!linkIds.has(link)) errors.push(`${at}: links: "${link}" is not in content/links.json`);
    }
    for (const source of topic.sources ?? []) {
      if (!sourceIds.has(source))
        errors.push(`${at}: sources: "${source}" is not in content/sources.json`);
    }
  }
  for (const locale of LOCALES) {
    errors.push(...checkLocale(content, locale, validate, topics, linkIds));
  }
  errors.push(...checkReference(content));
  return errors;
}

function checkLocale(content, locale, validate, topics, linkIds) {
  const file = `content/kb/${locale}.json`;
  const kb = content.kb[locale];
  const lang = content.lang[locale];
  const errors = [
    ...schemaErrors(validate.kb, kb, file),
    ...schemaErrors(validate.lang, lang, `content/lang/${locale}.json`),
  ];
  if (!kb) return errors;
  if (kb.locale !== locale) errors.push(`${file}: locale: is "${kb.locale}", expected "${locale}"`);
  if (lang && lang.locale !== locale) {
    errors.push(`content/lang/${locale}.json: locale: is "${lang.locale}", expected "${locale}"`);
  }
  const entries = Array.isArray(kb.entries) ? kb.entries : [];
  const byId = new Map();
  entries.forEach((entry, index) => {
    if (byId.has(entry.id))
      errors.push(`${file}: entries[${index}] (${entry.id}): id: defined twice`);
    byId.set(entry.id, entry);
  });
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
  for (const topic of topics) {
    if (!byId.has(topic.id)) errors.push(`${file}: topic "${topic.id}" is missing`);
  }
  const phrasingOwner = new Map();
  entries.forEach((entry, index) => {
    const at = `${file}: entries[${index}] (${entry.id})`;
    const topic = topicsById.get(entry.id);
    if (!topic) {
      errors.push(`${at}: id: "${entry.id}" is not a topic of content/topics.json`);
      return;
    }
    const words = countWords(entry.answer ?? '');
    if (words < ADULT_ANSWER_WORDS.min || words > ADULT_ANSWER_WORDS.max) {
      errors.push(
        `${at}: answer: has ${words} words, expected ${ADULT_ANSWER_WORDS.min} to ${ADULT_ANSWER_WORDS.max}`,
      );
    }
    if (topic.audience !== 'adult' && !entry.childAnswer) {
      errors.push(`${at}: childAnswer: required for a topic whose audience is "${topic.audience}"`);
    }
    sentencesOf(entry.childAnswer ?? '').forEach((sentence, n) => {
      const count = countWords(sentence);
      if (count > CHILD_SENTENCE_MAX_WORDS) {
        errors.push(
          `${at}: childAnswer: sentence ${n + 1} has ${count} words, at most ${CHILD_SENTENCE_MAX_WORDS} ("${sentence.slice(0, 50)}…")`,
        );
      }
    });
    for (const link of topic.links ?? []) {
      if (linkIds.has(link) && !kb.linkLabels?.[link]) {
        errors.push(`${file}: linkLabels: "${link}" (used by ${entry.id}) has no label`);
      }
    }
    for (const phrasing of entry.phrasings ?? []) {
      const key = foldText(phrasing);
      const owner = phrasingOwner.get(key);
      if (owner && owner !== entry.id) {
        errors.push(`${at}: phrasings: "${phrasing}" is also a phrasing of ${owner}`);
      } else {
        phrasingOwner.set(key, entry.id);
      }
    }
  });
  return errors;
}

function checkReference(content) {
  const errors = [];
  const covered = content.countries?.covered ?? [];
  const fallback = new Set(content.hotlines?.fallback?.countries ?? []);
  const routed = new Set(routedHotlines(content).map((row) => row.country_code));
  for (const code of covered) {
    if (!routed.has(code) && !fallback.has(code)) {
      errors.push(
        `content/reference/hotlines.json: country ${code} has no shown hotline and is not in fallback.countries`,
      );
    }
    if (routed.has(code) && fallback.has(code)) {
      errors.push(
        `content/reference/hotlines.json: fallback.countries: ${code} has a hotline; remove it from the fallback list`,
      );
    }
  }
  const emergency = new Set((content.emergency?.emergency ?? []).map((row) => row.country_code));
  const unverified = new Set(content.countries?.emergency_number_not_verified ?? []);
  for (const code of covered) {
    if (!emergency.has(code) && !unverified.has(code)) {
      errors.push(
        `content/reference/countries.json: country ${code} has no row in emergency.json and is not in emergency_number_not_verified`,
      );
    }
  }
  for (const code of content.countries?.alliance_2012 ?? []) {
    if (!covered.includes(code))
      errors.push(`content/reference/countries.json: alliance country ${code} is not covered`);
  }
  return errors;
}

/** Hotline rows the widget may show: not low confidence and with an https address. */
export function routedHotlines(content) {
  return (content.hotlines?.hotlines ?? []).filter(
    (row) => row.confidence !== 'low' && (row.report_url || row.website),
  );
}

/** The compiled chunk of one locale: everything the browser needs to search and answer. */
export function compileLocale(content, locale) {
  const kb = content.kb[locale];
  const links = new Map(content.links.links.map((link) => [link.id, link]));
  const byId = new Map(kb.entries.map((entry) => [entry.id, entry]));
  const entries = content.topics.topics.map((topic) => {
    const entry = byId.get(topic.id);
    return {
      id: topic.id,
      category: topic.category,
      audience: topic.audience,
      title: entry.title,
      phrasings: entry.phrasings,
      keywords: entry.keywords,
      answer: entry.answer,
      ...(entry.childAnswer ? {childAnswer: entry.childAnswer} : {}),
      links: topic.links.map((id) => ({...links.get(id), label: kb.linkLabels[id]})),
      related: topic.related,
      // Source ids: the sources themselves are language-independent and travel once, in the
      // reference chunk (resolveSources joins them on load).
      sources: topic.sources,
      reviewed: topic.reviewed,
      status: entry.status,
    };
  });
  return {locale, dir: kb.dir ?? 'ltr', entries};
}

function pick(row, fields) {
  return Object.fromEntries(
    fields.filter((field) => row[field] != null).map((field) => [field, row[field]]),
  );
}

/** The shared chunk: per-country contacts, the fallback, and every language's search profile. */
export function compileReference(content) {
  const countries = {};
  const hotlines = routedHotlines(content);
  const fallback = new Set(content.hotlines.fallback.countries);
  for (const code of content.countries.covered) {
    const emergency = content.emergency.emergency.find((row) => row.country_code === code);
    countries[code] = {
      alliance2012: content.countries.alliance_2012.includes(code),
      hotlines: hotlines
        .filter((row) => row.country_code === code)
        .map((row) => ({
          ...pick(row, [
            'organisation',
            'hotline_name',
            'website',
            'report_url',
            'anonymous_reports',
            'confidence',
          ]),
          inhopeMember: row.inhope_member === 'yes',
          source: row.sources[0],
        })),
      fallback: fallback.has(code),
      emergency: emergency
        ? {
            ...pick(emergency, ['dial_first', 'police', 'confidence']),
            source: emergency.sources[0],
          }
        : null,
      helplines: content.helplines.helplines
        .filter((row) => row.country_code === code && row.phone?.length)
        .map((row) => ({
          ...pick(row, ['name', 'kind', 'phone', 'website', 'hours', 'languages', 'confidence']),
          source: row.sources[0],
        })),
    };
  }
  return {
    directory: content.hotlines.directory,
    countries,
    sources: Object.fromEntries(content.sources.sources.map(({id, ...source}) => [id, source])),
    languages: LOCALES.map((locale) => {
      // Urgency cues travel in their own chunk per locale (urgent.<locale>.json).
      const profile = {...content.lang[locale]};
      delete profile.$schema;
      delete profile.urgent;
      return profile;
    }),
  };
}

/** A locale's urgency cues, loaded with its knowledge. */
export function compileUrgentCues(content, locale) {
  const model = content.urgencyModel[locale];
  return model ? {...content.lang[locale].urgent, model} : content.lang[locale].urgent;
}

export function relativeToRoot(content, path) {
  return relative(content.root, path);
}
