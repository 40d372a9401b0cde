import type {AnswerEngine} from '../../lib/answer-engine.js';
import type {ReferenceData} from '../../lib/help-contacts.js';
import type {LocalContent} from '../../lib/local-content.js';
import {resolveSources} from '../../lib/knowledge-chunk.js';
import type {
  CompiledLocaleKnowledge,
  Locale,
  LocaleKnowledge,
  UrgentCues,
} from '../../lib/types.js';

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

/** A local content file that could not be used, with every reason. */
export class LocalContentError extends Error {
  readonly problems: readonly string[];
  constructor(url: string, problems: readonly string[]) {
    super(`Local content ${url} was not used:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/**
 * Loads the shared reference chunk, the locale chunks and an optional local content file, once
 * per page, and keeps one engine for them: several widgets with the same sources share it.
 */
export class KnowledgeStore {
  private static readonly stores = new Map<string, KnowledgeStore>();
  private readonly base: string;
  private readonly localUrl: string;
  private referencePromise?: Promise<ReferenceData>;
  private localPromise?: Promise<LocalContent | undefined>;
  private enginePromise?: Promise<AnswerEngine>;
  private readonly localePromises = new Map<Locale, Promise<LocaleKnowledge>>();

  private constructor(base: string, localUrl: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.localUrl = localUrl;
  }

  /** The store for an element's `content-base` and `local-content` attributes. */
  static forElement(element: {contentBase: string; localContent: string}): KnowledgeStore {
    return KnowledgeStore.for(element.contentBase || defaultContentBase(), element.localContent);
  }

  /** The store for a base URL and local content URL (shared by every widget that uses them). */
  static for(base: string, localContent = ''): KnowledgeStore {
    const absolute = new URL(base, document.baseURI).href;
    const local = localContent ? new URL(localContent, document.baseURI).href : '';
    const key = `${absolute} ${local}`;
    let store = KnowledgeStore.stores.get(key);
    if (!store) KnowledgeStore.stores.set(key, (store = new KnowledgeStore(absolute, local)));
    return store;
  }

  /**
   * The local content, checked; undefined when none is set. A file that cannot be loaded or is
   * invalid rejects with a LocalContentError, and the widget goes on without it.
   */
  localContent(): Promise<LocalContent | undefined> {
    // The checker is a lazy chunk too: most sites add no local content.
    this.localPromise ??= this.localUrl
      ? Promise.all([fetchJson<unknown>(this.localUrl), import('../../lib/local-content.js')]).then(
          ([data, {checkLocalContent}]) => {
            const result = checkLocalContent(data);
            if (!result.ok) throw new LocalContentError(this.localUrl, result.errors);
            return result.content;
          },
          (error: unknown) => {
            throw new LocalContentError(this.localUrl, [String(error)]);
          },
        )
      : Promise.resolve(undefined);
    // Tell the site's developers once what is wrong with their file.
    this.localPromise.catch((error: unknown) => console.warn(String((error as Error).message)));
    return this.localPromise;
  }

  /** Per-country contacts (with local hotline corrections) and language profiles. */
  reference(): Promise<ReferenceData> {
    this.referencePromise ??= Promise.all([
      fetchJson<ReferenceData>(`${this.base}reference.json`),
      this.localContent().catch(() => undefined),
    ]).then(async ([reference, local]) => {
      if (!local) return reference;
      const {withLocalHotlines} = await import('../../lib/local-content.js');
      return withLocalHotlines(reference, local);
    });
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
    if (!engine.searcher(locale)) {
      // Without its urgency cues a locale is not usable: an urgent message must be recognised.
      const [knowledge, cues] = await Promise.all([
        this.locale(locale),
        fetchJson<UrgentCues>(`${this.base}urgent.${locale}.json`),
      ]);
      engine.addUrgentCues(locale, cues);
      engine.addKnowledge(knowledge);
    }
    return engine;
  }

  private locale(locale: Locale): Promise<LocaleKnowledge> {
    let promise = this.localePromises.get(locale);
    if (!promise) {
      promise = Promise.all([
        fetchJson<CompiledLocaleKnowledge>(`${this.base}kb.${locale}.json`),
        this.reference(),
        this.localContent().catch(() => undefined),
      ]).then(([chunk, reference, local]) => {
        const knowledge = resolveSources(chunk, reference.sources);
        const extra = local?.entries[locale] ?? [];
        return extra.length ? {...knowledge, entries: [...knowledge.entries, ...extra]} : knowledge;
      });
      promise.catch(() => this.localePromises.delete(locale));
      this.localePromises.set(locale, promise);
    }
    return promise;
  }
}
