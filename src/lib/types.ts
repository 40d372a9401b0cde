import type {SerializedIndex} from './search-index.js';
import type {UrgencyModel} from './urgency-model.js';

/** Locales the widget ships with. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt'] as const;

/** One of the shipped locales. */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Who an answer is written for. */
export type Audience = 'child' | 'adult';

/** What a link in an answer leads to. */
export type LinkKind = 'report' | 'helpline' | 'info';

/** A link shown under an answer: always https. */
export interface AnswerLink {
  readonly id: string;
  readonly kind: LinkKind;
  readonly url: string;
  readonly label: string;
}

/** Where a fact in an answer comes from. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url?: string;
}

/** One topic of the knowledge base in one locale, as compiled for the browser and the CLI. */
export interface KnowledgeEntry {
  readonly id: string;
  readonly category: string;
  readonly audience: 'all' | 'adult' | 'child';
  readonly title: string;
  readonly phrasings: readonly string[];
  readonly keywords: readonly string[];
  readonly answer: string;
  readonly childAnswer?: string;
  readonly links: readonly AnswerLink[];
  readonly related: readonly string[];
  readonly sources: readonly Source[];
  readonly reviewed: string;
  readonly status: 'source' | 'translated' | 'reviewed';
}

/** Cue phrases that mark a message as urgent, folded (see normalize.ts). */
export interface UrgentCues {
  readonly acute: readonly string[];
  readonly danger: readonly string[];
  readonly now: readonly string[];
  readonly distress: readonly string[];
  /** Marks of a story told as over ("last year") or hypothetical ("imagine someone…"); optional. */
  readonly past?: readonly string[];
  /** A learned score over the message's words and these cues; without it the cue rule decides. */
  readonly model?: UrgencyModel;
}

/** What the engine needs to know about a language to read messages in it. */
export interface LanguageProfile {
  readonly locale: Locale;
  readonly name: string;
  readonly stopwords: readonly string[];
  readonly spellings: Readonly<Record<string, string>>;
  /**
   * Frequent short words that mark the language (pronouns, articles, negation, auxiliaries), for
   * language detection only; unlike stop words they do not change the search.
   */
  readonly markers?: readonly string[];
  /**
   * Phrases in which a parent or carer names their own child ("my daughter", "notre fils"), so
   * that their message gets the adults' advice rather than the topic written to the child.
   */
  readonly parentPhrases?: readonly string[];
  /**
   * Urgency cues; the browser loads them with the locale's knowledge (AnswerEngine.addUrgentCues),
   * so the shared reference chunk stays small.
   */
  readonly urgent?: UrgentCues;
}

/** The compiled knowledge of one locale: one lazily loaded chunk. */
/**
 * A locale chunk as shipped: each entry names its sources by id (content/sources.json); the
 * sources themselves are in the reference chunk. See resolveSources.
 */
export interface CompiledLocaleKnowledge extends Omit<LocaleKnowledge, 'entries'> {
  readonly entries: ReadonlyArray<
    Omit<KnowledgeEntry, 'sources'> & {readonly sources: readonly string[]}
  >;
}

export interface LocaleKnowledge {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly entries: readonly KnowledgeEntry[];
  /**
   * A prebuilt search index for these entries (LocaleSearcher.indexJSON), used when its ids match
   * the entries; worth shipping for large knowledge bases.
   */
  readonly index?: SerializedIndex;
}
