import Fuse from 'fuse.js/basic';

/** A dictionary word that a typed word may stand for, with how alike they are (0..1]. */
export interface WordMatch {
  readonly term: string;
  readonly similarity: number;
}

/** Tuning of the fuzzy word matcher; defaults were measured on the knowledge base (see scripts/eval.mjs). */
export interface WordMatcherOptions {
  /** Smallest bigram Dice coefficient for a dictionary word to be compared at all. */
  readonly minDice: number;
  /** Largest number of dictionary words compared with fuse.js per typed word. */
  readonly shortlistSize: number;
  /** Smallest similarity kept. */
  readonly minSimilarity: number;
  /** Most matches kept per typed word. */
  readonly maxMatches: number;
}

const DEFAULT_OPTIONS: WordMatcherOptions = {
  minDice: 0.35,
  shortlistSize: 20,
  minSimilarity: 0.4,
  maxMatches: 8,
};

// Bitap on single words: location 0 with a short distance prefers words that start alike.
const PREFIX_MATCH = {threshold: 0.4, location: 0, distance: 12, isCaseSensitive: true} as const;
// Compound parts ("versicherung" in "krankenversicherung") match anywhere, more strictly.
const INFIX_MATCH = {threshold: 0.25, ignoreLocation: true, isCaseSensitive: true} as const;
const INFIX_DISCOUNT = 0.6;
const CACHE_LIMIT = 2000;
const NUMBER = /^\d+$/;

function bigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  return [...grams];
}

/** Shortest shared beginning for two words to count as forms of one word. */
const MIN_SHARED_STEM = 5;
/** Most letters the shorter word may have after the shared beginning. */
const MAX_ENDING = 2;
/**
 * How much another form of a word counts when the typed form is in the dictionary too
 * ("tiktoku" is, but the topic about platforms says "tiktok"). Measured on the tuning sets:
 * 0.8 to 0.9 gave the same figures; 1 lost an off-topic decline.
 */
const OTHER_FORM_SHARE = 0.9;

/**
 * How alike two forms of one word are ("robloxie" and "roblox", "szkoly" and "szkola"): the
 * shared beginning over the longer length, or 0 when they differ by more than an ending. Bitap
 * scores a typed word longer than the dictionary word poorly, which inflected languages meet often.
 */
export function stemSimilarity(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  if (shared < MIN_SHARED_STEM || shorter - shared > MAX_ENDING) return 0;
  return shared / Math.max(a.length, b.length);
}

/**
 * Maps a typed word to the dictionary words it may stand for. fuse.js (Bitap) makes every fuzzy
 * decision; a character-bigram index only chooses which few dictionary words it compares, so the
 * cost does not grow with the number of entries.
 */
export class WordMatcher {
  private readonly terms: readonly string[];
  private readonly termSet: ReadonlySet<string>;
  private readonly termGramCount: Uint16Array;
  private readonly gramPostings = new Map<string, number[]>();
  /** Dictionary words by their first MIN_SHARED_STEM letters: the only candidates for other forms. */
  private readonly stems = new Map<string, string[]>();
  private readonly cache = new Map<string, readonly WordMatch[]>();
  private sharedGrams?: Uint16Array;
  private readonly options: WordMatcherOptions;

  constructor(terms: Iterable<string>, options: Partial<WordMatcherOptions> = {}) {
    this.options = {...DEFAULT_OPTIONS, ...options};
    this.terms = [...new Set(terms)];
    this.termSet = new Set(this.terms);
    this.termGramCount = new Uint16Array(this.terms.length);
    this.terms.forEach((term, index) => {
      const grams = bigramsOf(term);
      this.termGramCount[index] = grams.length;
      for (const gram of grams) {
        let list = this.gramPostings.get(gram);
        if (!list) this.gramPostings.set(gram, (list = []));
        list.push(index);
      }
      if (term.length >= MIN_SHARED_STEM && !NUMBER.test(term)) {
        const stem = term.slice(0, MIN_SHARED_STEM);
        const forms = this.stems.get(stem);
        if (forms) forms.push(term);
        else this.stems.set(stem, [term]);
      }
    });
  }

  /** Whether the dictionary holds this exact word. */
  has(word: string): boolean {
    return this.termSet.has(word);
  }

  /** The dictionary words this typed word may stand for, best first. */
  match(word: string): readonly WordMatch[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const matches = this.computeMatches(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, matches);
    return matches;
  }

  /**
   * Every dictionary word close to this one, even when the word itself is in the dictionary (for
   * highlighting: "groming" should also mark "grooming").
   */
  similar(word: string, minSimilarity = 0.6): readonly WordMatch[] {
    return this.fuzzyMatches(word).filter((match) => match.similarity >= minSimilarity);
  }

  private computeMatches(word: string): readonly WordMatch[] {
    // A word the dictionary holds is taken as typed: a fuzzy match to a rarer word would
    // otherwise outscore it by IDF ("what" must not become "whatsapp"). Only its other forms
    // (same stem, another ending) count as well, a little less.
    if (this.termSet.has(word)) return [{term: word, similarity: 1}, ...this.otherForms(word)];
    // A number is the same number or another one: "120" is not "12", "116112" not "116111".
    if (NUMBER.test(word)) return [];
    return this.fuzzyMatches(word);
  }

  private otherForms(word: string): WordMatch[] {
    if (word.length < MIN_SHARED_STEM || NUMBER.test(word)) return [];
    const forms: WordMatch[] = [];
    for (const term of this.stems.get(word.slice(0, MIN_SHARED_STEM)) ?? []) {
      const similarity = term === word ? 0 : OTHER_FORM_SHARE * stemSimilarity(word, term);
      if (similarity >= this.options.minSimilarity) forms.push({term, similarity});
    }
    return forms.sort((a, b) => b.similarity - a.similarity).slice(0, this.options.maxMatches - 1);
  }

  private fuzzyMatches(word: string): readonly WordMatch[] {
    const best = new Map<string, number>();
    if (this.termSet.has(word)) best.set(word, 1);
    if (word.length >= 3) {
      for (const {term, similarity} of this.fuzzyCandidates(word)) {
        if (similarity > (best.get(term) ?? 0)) best.set(term, similarity);
      }
    }
    return [...best]
      .map(([term, similarity]) => ({term, similarity}))
      .filter((match) => match.similarity >= this.options.minSimilarity)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, this.options.maxMatches);
  }

  /** The dictionary words sharing enough letter pairs with a word to be compared at all. */
  private shortlist(word: string): Array<{index: number; dice: number; containment: number}> {
    const grams = bigramsOf(word);
    // Shared-pair counts live in one reused array: a Map per typed word cost a third of a query.
    const counts = (this.sharedGrams ??= new Uint16Array(this.terms.length));
    const touched: number[] = [];
    for (const gram of grams) {
      for (const index of this.gramPostings.get(gram) ?? []) {
        if (counts[index]++ === 0) touched.push(index);
      }
    }
    const shortlist: Array<{index: number; dice: number; containment: number}> = [];
    for (const index of touched) {
      const count = counts[index];
      counts[index] = 0;
      const dice = (2 * count) / (grams.length + this.termGramCount[index]);
      const containment = count / grams.length;
      if (dice >= this.options.minDice || (word.length >= 4 && containment >= 0.75)) {
        shortlist.push({index, dice, containment});
      }
    }
    shortlist.sort((a, b) => b.dice - a.dice || b.containment - a.containment);
    return shortlist.slice(0, this.options.shortlistSize);
  }

  private *fuzzyCandidates(word: string): Generator<WordMatch> {
    for (const {index} of this.shortlist(word)) {
      const term = this.terms[index];
      if (term === word) continue;
      // Bitap scores a typed word longer than the dictionary word poorly ("robloxie", "roblox").
      const stem = stemSimilarity(word, term);
      if (stem > 0) yield {term, similarity: stem};
      let best = stem;
      const prefix = Fuse.match(word, term, PREFIX_MATCH);
      if (prefix.isMatch) {
        const extra = Math.max(0, term.length - word.length);
        const similarity = (1 - prefix.score) ** 2 * (1 - (0.5 * extra) / term.length);
        best = Math.max(best, similarity);
        yield {term, similarity};
      }
      // An infix match never scores above INFIX_DISCOUNT: not worth a second Bitap run then.
      if (best < INFIX_DISCOUNT && word.length >= 4 && term.length > word.length + 2) {
        const infix = Fuse.match(word, term, INFIX_MATCH);
        if (infix.isMatch) yield {term, similarity: (1 - infix.score) ** 2 * INFIX_DISCOUNT};
      }
    }
  }
}
