import type {HotlineContact, ReferenceData} from './help-contacts.js';
import {SUPPORTED_LOCALES, type KnowledgeEntry, type LinkKind, type Locale} from './types.js';

/**
 * An NGO's own questions and answers, and hotline corrections, loaded from its site:
 *
 * ```json
 * {"entries": {"fr": [{"id": "local.permanence", "category": "help", "title": "…", "phrasings": ["…"],
 *   "answer": "…", "sources": [{"title": "…", "publisher": "…", "date": "2026-11-01", "url": "https://…"}],
 *   "reviewed": "2026-11-27"}]},
 *  "hotlines": [{"country_code": "BE", "hotline_name": "…", "organisation": "…", "report_url": "https://…",
 *   "source": "https://…", "confidence": "high"}]}
 * ```
 */
export interface LocalContent {
  readonly entries: Partial<Record<Locale, readonly KnowledgeEntry[]>>;
  readonly hotlines: readonly (HotlineContact & {readonly country_code: string})[];
}

/** The outcome of checking a local content file: the content, or every problem found. */
export type LocalContentResult =
  | {readonly ok: true; readonly content: LocalContent}
  | {readonly ok: false; readonly errors: readonly string[]};

const CATEGORIES = ['alliance', 'grooming', 'images', 'reporting', 'help', 'about'];
const LINK_KINDS: readonly LinkKind[] = ['report', 'helpline', 'info'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, min = 1): value is string =>
  typeof value === 'string' && value.trim().length >= min;
const isHttps = (value: unknown): value is string =>
  typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value);

function checkEntry(raw: unknown, at: string, errors: string[]): KnowledgeEntry | undefined {
  if (!isObject(raw)) {
    errors.push(`${at}: must be an object`);
    return undefined;
  }
  const before = errors.length;
  const id = raw.id;
  if (typeof id !== 'string' || !/^local\.[a-z0-9_.-]+$/.test(id)) {
    errors.push(`${at}: id: must start with "local." (e.g. "local.opening-hours")`);
  }
  const where = `${at} (${String(id)})`;
  if (!CATEGORIES.includes(String(raw.category))) {
    errors.push(`${where}: category: must be one of ${CATEGORIES.join(', ')}`);
  }
  if (!isText(raw.title, 2)) errors.push(`${where}: title: required text`);
  if (
    !Array.isArray(raw.phrasings) ||
    raw.phrasings.length < 3 ||
    !raw.phrasings.every((p) => isText(p, 2))
  ) {
    errors.push(`${where}: phrasings: at least 3 texts`);
  }
  if (
    raw.keywords !== undefined &&
    (!Array.isArray(raw.keywords) || !raw.keywords.every((k) => isText(k)))
  ) {
    errors.push(`${where}: keywords: a list of texts`);
  }
  if (!isText(raw.answer, 20))
    errors.push(`${where}: answer: required text (20 characters or more)`);
  if (raw.childAnswer !== undefined && !isText(raw.childAnswer, 10)) {
    errors.push(`${where}: childAnswer: text (10 characters or more)`);
  }
  const links = Array.isArray(raw.links) ? raw.links : raw.links === undefined ? [] : null;
  if (!links) errors.push(`${where}: links: a list`);
  (links ?? []).forEach((link: unknown, index) => {
    if (
      !isObject(link) ||
      !isText(link.label) ||
      !isHttps(link.url) ||
      !LINK_KINDS.includes(link.kind as LinkKind)
    ) {
      errors.push(
        `${where}: links[${index}]: needs a label, an https url and a kind (${LINK_KINDS.join(', ')})`,
      );
    }
  });
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) {
    errors.push(`${where}: sources: at least one source`);
  } else {
    raw.sources.forEach((source: unknown, index) => {
      if (
        !isObject(source) ||
        !isText(source.title) ||
        !isText(source.publisher) ||
        !DATE.test(String(source.date)) ||
        (source.url !== undefined && !isHttps(source.url))
      ) {
        errors.push(
          `${where}: sources[${index}]: needs title, publisher, date (YYYY-MM-DD) and an optional https url`,
        );
      }
    });
  }
  if (!DATE.test(String(raw.reviewed))) errors.push(`${where}: reviewed: a date (YYYY-MM-DD)`);
  if (errors.length > before) return undefined;
  return {
    id: id as string,
    category: raw.category as string,
    audience: 'all',
    title: raw.title as string,
    phrasings: raw.phrasings as string[],
    keywords: (raw.keywords as string[] | undefined) ?? [],
    answer: raw.answer as string,
    ...(raw.childAnswer ? {childAnswer: raw.childAnswer as string} : {}),
    links: (links as Json[]).map((link, index) => ({
      id: `${id as string}-link-${index}`,
      kind: link.kind as LinkKind,
      url: link.url as string,
      label: link.label as string,
    })),
    related: [],
    sources: (raw.sources as Json[]).map((source) => ({
      title: source.title as string,
      publisher: source.publisher as string,
      date: source.date as string,
      ...(source.url ? {url: source.url as string} : {}),
    })),
    reviewed: raw.reviewed as string,
    status: 'source',
  };
}

/**
 * Checks a parsed local content file. Any problem rejects the whole file (with every problem
 * listed), so a half-valid file never changes what the widget says.
 */
export function checkLocalContent(data: unknown): LocalContentResult {
  const errors: string[] = [];
  if (!isObject(data)) return {ok: false, errors: ['the file must hold a JSON object']};
  const entries: Partial<Record<Locale, KnowledgeEntry[]>> = {};
  if (data.entries !== undefined && !isObject(data.entries)) {
    errors.push('entries: must map a locale ("fr") to a list of entries');
  }
  const ids = new Set<string>();
  for (const [locale, list] of Object.entries(isObject(data.entries) ? data.entries : {})) {
    if (!SUPPORTED_LOCALES.includes(locale as Locale)) {
      errors.push(`entries.${locale}: unknown locale (use ${SUPPORTED_LOCALES.join(', ')})`);
      continue;
    }
    if (!Array.isArray(list)) {
      errors.push(`entries.${locale}: must be a list`);
      continue;
    }
    entries[locale as Locale] = list
      .map((raw, index) => checkEntry(raw, `entries.${locale}[${index}]`, errors))
      .filter((entry): entry is KnowledgeEntry => {
        if (!entry) return false;
        if (ids.has(`${locale}:${entry.id}`))
          errors.push(`entries.${locale}: id "${entry.id}" is used twice`);
        ids.add(`${locale}:${entry.id}`);
        return true;
      });
  }
  const hotlines: Array<HotlineContact & {country_code: string}> = [];
  const rawHotlines = data.hotlines === undefined ? [] : data.hotlines;
  if (!Array.isArray(rawHotlines)) errors.push('hotlines: must be a list');
  (Array.isArray(rawHotlines) ? rawHotlines : []).forEach((row: unknown, index) => {
    const at = `hotlines[${index}]`;
    if (!isObject(row)) return void errors.push(`${at}: must be an object`);
    const before = errors.length;
    if (typeof row.country_code !== 'string' || !/^[A-Z]{2}$/.test(row.country_code))
      errors.push(`${at}: country_code: two capital letters (ISO 3166)`);
    if (!isText(row.hotline_name) || !isText(row.organisation))
      errors.push(`${at}: hotline_name and organisation: required`);
    if (!isHttps(row.report_url) && !isHttps(row.website))
      errors.push(`${at}: report_url or website: an https URL`);
    if (!isText(row.source, 5))
      errors.push(`${at}: source: where this was read (a URL or a document)`);
    if (row.confidence !== 'high' && row.confidence !== 'medium')
      errors.push(`${at}: confidence: "high" or "medium"`);
    if (errors.length > before) return;
    hotlines.push({
      country_code: row.country_code as string,
      hotline_name: row.hotline_name as string,
      organisation: row.organisation as string,
      ...(isHttps(row.report_url) ? {report_url: row.report_url} : {}),
      ...(isHttps(row.website) ? {website: row.website} : {}),
      inhopeMember: row.inhope_member === true,
      confidence: row.confidence as 'high' | 'medium',
      source: row.source as string,
    });
  });
  return errors.length ? {ok: false, errors} : {ok: true, content: {entries, hotlines}};
}

/** Reference data with the local hotlines first for their countries (they override). */
export function withLocalHotlines(reference: ReferenceData, content: LocalContent): ReferenceData {
  if (content.hotlines.length === 0) return reference;
  const countries = {...reference.countries};
  for (const {country_code: code, ...hotline} of content.hotlines) {
    const country = countries[code] ?? {
      alliance2012: false,
      hotlines: [],
      fallback: true,
      emergency: null,
      helplines: [],
    };
    countries[code] = {...country, hotlines: [hotline, ...country.hotlines], fallback: false};
  }
  return {...reference, countries};
}
