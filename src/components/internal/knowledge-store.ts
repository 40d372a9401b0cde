import type {AnswerEngine} from '../../lib/answer-engine.js';
import type {ReferenceData} from '../../lib/help-contacts.js';
import type {Locale, LocaleKnowledge} from '../../lib/types.js';

// Captured while the script runs: later, document.currentScript is gone (classic-script bundle).
const SCRIPT_URL = import.meta.url;

/** Where the content chunks are by default: the content/ folder beside the script. */
export function defaultContentBase(): string {
  return new URL('./content/', SCRIPT_URL).href;
}

async function fetchJson<T>(url: string): Promise<T> {
  // No credentials: the widget never sends cookies, even to its own origin.
  const response = await fetch(url, {credentials: 'omit'});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Loads the shared reference chunk and the locale chunks from one base URL, once per page, and
 * keeps one engine for them: several widgets on a page share it.
 */
export class KnowledgeStore {
  private static readonly stores = new Map<string, KnowledgeStore>();
  private readonly base: string;
  private referencePromise?: Promise<ReferenceData>;
  private enginePromise?: Promise<AnswerEngine>;
  private readonly localePromises = new Map<Locale, Promise<LocaleKnowledge>>();

  private constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  /** The store for a base URL (shared by every widget that uses it). */
  static for(base: string): KnowledgeStore {
    const absolute = new URL(base, document.baseURI).href;
    let store = KnowledgeStore.stores.get(absolute);
    if (!store) KnowledgeStore.stores.set(absolute, (store = new KnowledgeStore(absolute)));
    return store;
  }

  /** Per-country contacts and language profiles. */
  reference(): Promise<ReferenceData> {
    this.referencePromise ??= fetchJson<ReferenceData>(`${this.base}reference.json`);
    this.referencePromise.catch(() => (this.referencePromise = undefined));
    return this.referencePromise;
  }

  /** The engine with the given locale's knowledge loaded. */
  async engineFor(locale: Locale): Promise<AnswerEngine> {
    // The engine (with fuse.js) is a lazy chunk: the page pays for it only once someone asks.
    this.enginePromise ??= Promise.all([
      this.reference(),
      import('../../lib/answer-engine.js'),
    ]).then(([data, {AnswerEngine}]) => new AnswerEngine(data.languages));
    this.enginePromise.catch(() => (this.enginePromise = undefined));
    const engine = await this.enginePromise;
    if (!engine.searcher(locale)) engine.addKnowledge(await this.locale(locale));
    return engine;
  }

  private locale(locale: Locale): Promise<LocaleKnowledge> {
    let promise = this.localePromises.get(locale);
    if (!promise) {
      promise = fetchJson<LocaleKnowledge>(`${this.base}kb.${locale}.json`);
      promise.catch(() => this.localePromises.delete(locale));
      this.localePromises.set(locale, promise);
    }
    return promise;
  }
}
