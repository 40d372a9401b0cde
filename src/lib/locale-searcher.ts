import {expandSpellings, foldWords} from './normalize.js';
import {
  SearchIndex,
  type ScoringOptions,
  type ScoredDocument,
  type SerializedIndex,
  type WeightedField,
} from './search-index.js';
import type {KnowledgeEntry, LanguageProfile, LocaleKnowledge} from './types.js';
import {ParentVoice} from './voice.js';

/** How much a word counts by the field it was found in (0 leaves the field out). */
export interface FieldWeights {
  readonly title: number;
  readonly phrasings: number;
  readonly keywords: number;
  /** The answer texts (adult and child): many words, so a low weight. */
  readonly answers: number;
}

/** Measured with `npm run eval -- --sweep`. */
export const DEFAULT_FIELD_WEIGHTS: FieldWeights = {
  title: 1,
  phrasings: 0.9,
  keywords: 0.8,
  answers: 0,
};

/**
 * How much a topic written to children counts when a parent writes about their own child.
 * Measured on the tuning sets: top-1 on dev 95.8 -> 96.4 and on tune2 89.0 -> 89.5 for any
 * weight from 0.6 down to 0.3 (1 leaves the ranking as it was).
 */
export const CHILD_TOPIC_WEIGHT_FOR_PARENTS = 0.5;

/** Reads messages in one language: folding, chat spellings, stop words. */
export class LanguageReader {
  readonly profile: LanguageProfile;
  private readonly stopwords: ReadonlySet<string>;

  constructor(profile: LanguageProfile) {
    this.profile = profile;
    this.stopwords = new Set(profile.stopwords.flatMap((word) => foldWords(word)));
  }

  /** All folded words of a text, chat spellings expanded. */
  words(text: string): string[] {
    return expandSpellings(foldWords(text), this.profile.spellings);
  }

  /** The words that carry meaning; all words if every one is a stop word ("who are you"). */
  contentWords(words: readonly string[]): string[] {
    const content = words.filter((word) => !this.stopwords.has(word));
    return content.length > 0 ? content : [...words];
  }

  /** Whether a folded word is a stop word of this language. */
  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }
}

function entryFields(
  entry: KnowledgeEntry,
  reader: LanguageReader,
  weights: FieldWeights,
): WeightedField[] {
  const wordsOf = (texts: readonly string[]) =>
    texts.flatMap((text) => reader.words(text)).filter((word) => !reader.isStopword(word));
  return [
    {words: wordsOf([entry.title]), weight: weights.title},
    {words: wordsOf(entry.phrasings), weight: weights.phrasings},
    {words: wordsOf(entry.keywords), weight: weights.keywords},
    {
      words: weights.answers > 0 ? wordsOf([entry.answer, entry.childAnswer ?? '']) : [],
      weight: weights.answers,
    },
  ].filter((field) => field.weight > 0);
}

/** The search over one locale's knowledge. */
export class LocaleSearcher {
  readonly knowledge: LocaleKnowledge;
  readonly reader: LanguageReader;
  private readonly index: SearchIndex;
  private readonly entriesById: ReadonlyMap<string, KnowledgeEntry>;
  private readonly parentVoice: ParentVoice;

  constructor(
    knowledge: LocaleKnowledge,
    profile: LanguageProfile,
    scoring?: ScoringOptions,
    fieldWeights: FieldWeights = DEFAULT_FIELD_WEIGHTS,
  ) {
    this.knowledge = knowledge;
    this.reader = new LanguageReader(profile);
    const prebuilt = knowledge.index;
    const usable =
      prebuilt !== undefined &&
      prebuilt.ids.length === knowledge.entries.length &&
      prebuilt.ids.every((id, i) => id === knowledge.entries[i].id);
    this.index = new SearchIndex(
      usable
        ? prebuilt
        : knowledge.entries.map((entry) => ({
            id: entry.id,
            fields: entryFields(entry, this.reader, fieldWeights),
          })),
      scoring,
    );
    this.entriesById = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
    this.parentVoice = new ParentVoice(profile.parentPhrases);
  }

  /** The search index as plain data (ship it as LocaleKnowledge.index to skip rebuilding it). */
  indexJSON(): SerializedIndex {
    return this.index.toJSON();
  }

  /**
   * Entries matching a message, best first. A parent writing about their own child ("my
   * daughter…") gets the topics written to children ranked lower (see CHILD_TOPIC_WEIGHT_FOR_PARENTS).
   */
  search(message: string, limit = 5): ScoredDocument[] {
    const words = this.reader.words(message);
    const ranked = this.index.search(this.reader.contentWords(words), limit);
    if (!this.parentVoice.speaksIn(words)) return ranked;
    return ranked
      .map((document) =>
        this.entriesById.get(document.id)?.audience === 'child'
          ? {
              ...document,
              score: document.score * CHILD_TOPIC_WEIGHT_FOR_PARENTS,
              confidence: document.confidence * CHILD_TOPIC_WEIGHT_FOR_PARENTS,
              evidence: document.evidence * CHILD_TOPIC_WEIGHT_FOR_PARENTS,
            }
          : document,
      )
      .sort((a, b) => b.score - a.score);
  }

  /** The dictionary words a message's words were matched to (folded), for highlighting. */
  matchedWords(message: string): Set<string> {
    return this.index.matchedWords(this.reader.contentWords(this.reader.words(message)));
  }

  /** Whether a folded word is a word of this knowledge base. */
  knowsWord(word: string): boolean {
    return this.index.hasWord(word);
  }

  /** The entry with this topic id, if the locale has it. */
  entry(id: string): KnowledgeEntry | undefined {
    return this.entriesById.get(id);
  }
}
