import {WordMatcher, type WordMatch} from './word-matcher.js';

/** One searchable text of a document and how much a word found in it counts. */
export interface WeightedField {
  readonly words: readonly string[];
  readonly weight: number;
}

/** A document as the index sees it: already folded into words. */
export interface IndexedDocument {
  readonly id: string;
  readonly fields: readonly WeightedField[];
}

/** An index as plain JSON: document ids, dictionary words, and per word [doc, weight × 1000, …]. */
export interface SerializedIndex {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  readonly postings: readonly (readonly number[])[];
}

const WEIGHT_SCALE = 1000;

/** A ranked document with its score and how much of the query it explains (0..1). */
export interface ScoredDocument {
  readonly id: string;
  readonly score: number;
  readonly confidence: number;
}

/** How scores and confidence are computed; measured with `npm run eval -- --sweep`. */
export interface ScoringOptions {
  /**
   * How much more a word counts in a document that uses it often (in several phrasings): the
   * field weight grows by up to this share, saturating at six uses.
   */
  readonly frequencyBoost: number;
  /** Share of the largest IDF that a word with no match adds to what was attainable. */
  readonly unmatchedWordShare: number;
  /** Share of the largest IDF times (1 − similarity) that an inexact match adds as well. */
  readonly inexactWordShare: number;
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  frequencyBoost: 0.5,
  unmatchedWordShare: 0.75,
  inexactWordShare: 1,
};

/**
 * A word-level inverted index: each query word is matched to dictionary words (fuzzily), and each
 * document scores, per query word, its best matching word's similarity × field weight × IDF.
 * Taking the best per word (not a product over phrasings) keeps documents with many phrasings
 * from winning by sheer number.
 */
export class SearchIndex {
  readonly size: number;
  private readonly ids: readonly string[];
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  readonly matcher: WordMatcher;
  private readonly scoring: ScoringOptions;

  /** Builds the index from documents, or takes one built earlier (see toJSON). */
  constructor(
    documents: readonly IndexedDocument[] | SerializedIndex,
    scoring: ScoringOptions = DEFAULT_SCORING_OPTIONS,
  ) {
    this.scoring = scoring;
    if (!('terms' in documents)) {
      this.ids = documents.map((document) => document.id);
      documents.forEach((document, index) => this.addDocument(document, index));
    } else {
      const serialized = documents;
      this.ids = serialized.ids;
      serialized.terms.forEach((term, t) => {
        const pairs = serialized.postings[t];
        const posting = new Map<number, number>();
        for (let i = 0; i < pairs.length; i += 2)
          posting.set(pairs[i], pairs[i + 1] / WEIGHT_SCALE);
        this.postings.set(term, posting);
      });
    }
    this.size = this.ids.length;
    let maxIdf = 0;
    for (const [term, posting] of this.postings) {
      const value = Math.log(1 + this.size / posting.size);
      this.idf.set(term, value);
      maxIdf = Math.max(maxIdf, value);
    }
    this.maxIdf = maxIdf;
    this.matcher = new WordMatcher(this.postings.keys());
  }

  private addDocument(document: IndexedDocument, index: number): void {
    const uses = new Map<string, number>();
    for (const field of document.fields) {
      for (const word of field.words) {
        uses.set(word, (uses.get(word) ?? 0) + 1);
        let posting = this.postings.get(word);
        if (!posting) this.postings.set(word, (posting = new Map<number, number>()));
        if ((posting.get(index) ?? 0) < field.weight) posting.set(index, field.weight);
      }
    }
    const {frequencyBoost} = this.scoring;
    for (const [word, count] of uses) {
      const posting = this.postings.get(word);
      const weight = posting?.get(index) ?? 0;
      posting?.set(index, weight * (1 + (frequencyBoost * Math.min(count - 1, 5)) / 5));
    }
  }

  /**
   * The index as plain data, for a build step to ship instead of rebuilding it in the browser
   * (folding every phrasing is what makes loading a large knowledge base slow).
   */
  toJSON(): SerializedIndex {
    const terms = [...this.postings.keys()];
    return {
      ids: [...this.ids],
      terms,
      postings: terms.map((term) =>
        [...(this.postings.get(term) ?? [])].flatMap(([doc, weight]) => [
          doc,
          Math.round(weight * WEIGHT_SCALE),
        ]),
      ),
    };
  }

  /** Documents that match the query words, best first. */
  search(queryWords: readonly string[], limit = 5): ScoredDocument[] {
    const scores = new Map<number, number>();
    let attainable = 0;
    for (const word of new Set(queryWords)) {
      const matches = this.matcher.match(word);
      const {unmatchedWordShare, inexactWordShare} = this.scoring;
      if (matches.length === 0) {
        attainable += unmatchedWordShare * this.maxIdf;
        continue;
      }
      attainable += Math.max(...matches.map((match) => match.similarity * this.idfOf(match.term)));
      attainable += inexactWordShare * (1 - matches[0].similarity) * this.maxIdf;
      for (const [index, contribution] of this.contributions(matches)) {
        scores.set(index, (scores.get(index) ?? 0) + contribution);
      }
    }
    return [...scores]
      .map(([index, score]) => ({
        id: this.ids[index],
        score,
        confidence: attainable > 0 ? score / attainable : 0,
      }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  /** The dictionary words these query words match. */
  matchedWords(queryWords: readonly string[]): Set<string> {
    const words = new Set<string>();
    for (const word of queryWords) for (const {term} of this.matcher.similar(word)) words.add(term);
    return words;
  }

  /** Whether the dictionary holds this exact word. */
  hasWord(word: string): boolean {
    return this.matcher.has(word);
  }

  private idfOf(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  private contributions(matches: readonly WordMatch[]): Map<number, number> {
    const best = new Map<number, number>();
    for (const {term, similarity} of matches) {
      const idf = this.idfOf(term);
      for (const [index, weight] of this.postings.get(term) ?? []) {
        const value = similarity * weight * idf;
        if (value > (best.get(index) ?? 0)) best.set(index, value);
      }
    }
    return best;
  }
}
