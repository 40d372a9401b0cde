import {WordMatcher} from './word-matcher.js';

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

/** The documents a word occurs in, with its weight in each. */
interface Posting {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

/** A ranked document with its score and how much of the query it explains (0..1). */
export interface ScoredDocument {
  readonly id: string;
  readonly score: number;
  readonly confidence: number;
  /**
   * How much the match rests on, in words as rare as the rarest in the index (score ÷ largest
   * IDF): an everyday word ("tell", "tonight") adds little, a topic word ("hotline") about one.
   */
  readonly evidence: number;
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
  private readonly postings = new Map<string, Posting>();
  private scoreBuffer?: Float64Array;
  private wordBuffer?: Float64Array;
  private seenBuffer?: Uint8Array;
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
      const building = new Map<string, Map<number, number>>();
      documents.forEach((document, index) => this.addDocument(building, document, index));
      for (const [term, posting] of building) {
        this.postings.set(term, {
          docs: Int32Array.from(posting.keys()),
          weights: Float64Array.from(posting.values()),
        });
      }
    } else {
      this.ids = documents.ids;
      documents.terms.forEach((term, t) => {
        const pairs = documents.postings[t];
        const docs = new Int32Array(pairs.length / 2);
        const weights = new Float64Array(pairs.length / 2);
        for (let i = 0; i < docs.length; i++) {
          docs[i] = pairs[2 * i];
          weights[i] = pairs[2 * i + 1] / WEIGHT_SCALE;
        }
        this.postings.set(term, {docs, weights});
      });
    }
    this.size = this.ids.length;
    let maxIdf = 0;
    for (const [term, posting] of this.postings) {
      const value = Math.log(1 + this.size / posting.docs.length);
      this.idf.set(term, value);
      maxIdf = Math.max(maxIdf, value);
    }
    this.maxIdf = maxIdf;
    this.matcher = new WordMatcher(this.postings.keys());
  }

  private addDocument(
    building: Map<string, Map<number, number>>,
    document: IndexedDocument,
    index: number,
  ): void {
    const uses = new Map<string, number>();
    for (const field of document.fields) {
      for (const word of field.words) {
        uses.set(word, (uses.get(word) ?? 0) + 1);
        let posting = building.get(word);
        if (!posting) building.set(word, (posting = new Map<number, number>()));
        if ((posting.get(index) ?? 0) < field.weight) posting.set(index, field.weight);
      }
    }
    const {frequencyBoost} = this.scoring;
    for (const [word, count] of uses) {
      const posting = building.get(word);
      const weight = posting?.get(index) ?? 0;
      const boosted = weight * (1 + (frequencyBoost * Math.min(count - 1, 5)) / 5);
      // Kept at the precision toJSON ships, so a prebuilt index scores exactly like this one.
      posting?.set(index, Math.round(boosted * WEIGHT_SCALE) / WEIGHT_SCALE);
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
      postings: terms.map((term) => {
        const {docs, weights} = this.postings.get(term)!;
        return [...docs].flatMap((doc, i) => [doc, Math.round(weights[i] * WEIGHT_SCALE)]);
      }),
    };
  }

  /** Documents that match the query words, best first. */
  search(queryWords: readonly string[], limit = 5): ScoredDocument[] {
    // Scores live in reused typed arrays: at 10,000 documents, Maps and a full sort per query
    // cost more than the matching itself.
    const scores = (this.scoreBuffer ??= new Float64Array(this.size));
    const wordBest = (this.wordBuffer ??= new Float64Array(this.size));
    const touched: number[] = [];
    const seen = (this.seenBuffer ??= new Uint8Array(this.size));
    let attainable = 0;
    const {unmatchedWordShare, inexactWordShare} = this.scoring;
    for (const word of new Set(queryWords)) {
      const matches = this.matcher.match(word);
      if (matches.length === 0) {
        attainable += unmatchedWordShare * this.maxIdf;
        continue;
      }
      attainable += Math.max(...matches.map((match) => match.similarity * this.idfOf(match.term)));
      attainable += inexactWordShare * (1 - matches[0].similarity) * this.maxIdf;
      const wordTouched: number[] = [];
      for (const {term, similarity} of matches) {
        const posting = this.postings.get(term);
        if (!posting) continue;
        const factor = similarity * this.idfOf(term);
        const {docs, weights} = posting;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          const value = factor * weights[i];
          if (wordBest[doc] === 0) wordTouched.push(doc);
          if (value > wordBest[doc]) wordBest[doc] = value;
        }
      }
      for (const doc of wordTouched) {
        if (!seen[doc]) {
          seen[doc] = 1;
          touched.push(doc);
        }
        scores[doc] += wordBest[doc];
        wordBest[doc] = 0;
      }
    }
    const best: Array<{index: number; score: number}> = [];
    const before = (a: {index: number; score: number}, b: {index: number; score: number}) =>
      a.score > b.score || (a.score === b.score && this.ids[a.index] < this.ids[b.index]);
    for (const index of touched) {
      const candidate = {index, score: scores[index]};
      scores[index] = 0;
      seen[index] = 0;
      if (best.length === limit && !before(candidate, best[best.length - 1])) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1])) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    return best.map(({index, score}) => ({
      id: this.ids[index],
      score,
      confidence: attainable > 0 ? score / attainable : 0,
      evidence: this.maxIdf > 0 ? score / this.maxIdf : 0,
    }));
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
}
