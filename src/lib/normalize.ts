/**
 * Text folding shared by the index builder and the query side, so that both see the same words:
 * lower case, no diacritics, a few letters that NFD does not decompose, runs of one letter
 * shortened (people type "pleeease"), and words split on anything that is not a letter or digit.
 */

const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ı: 'i',
};
const EXTRA_FOLD_PATTERN = /[łßøæœđı]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LETTER_RUNS = /(\p{L})\1{2,}/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower-cases and strips diacritics: "Ça m'ÉNERVE, Łódź" → "ca m'enerve, lodz". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter] ?? letter)
    .replace(LETTER_RUNS, '$1$1');
}

/** Splits folded text into words; apostrophes and hyphens separate words ("j'ai" → j, ai). */
export function tokenize(folded: string): string[] {
  return folded.split(WORD_SEPARATORS).filter((word) => word.length > 0);
}

// Split before folding keeps combining marks with their letters; each distinct word is folded
// once (indexing repeats the same few thousand words many times).
const RAW_WORD_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const foldedWords = new Map<string, readonly string[]>();
const FOLD_CACHE_LIMIT = 50000;

/** Folds and tokenizes in one step; the same words as tokenize(fold(text)). */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().split(RAW_WORD_SEPARATORS)) {
    if (!raw) continue;
    let folded = foldedWords.get(raw);
    if (!folded) {
      folded = tokenize(fold(raw));
      if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear();
      foldedWords.set(raw, folded);
    }
    words.push(...folded);
  }
  return words;
}

/**
 * Replaces chat spellings ("u", "pls", "jsuis") by the words they stand for.
 * Values may hold several words ("jsuis" → "je suis").
 */
export function expandSpellings(
  words: readonly string[],
  spellings: Readonly<Record<string, string>>,
): string[] {
  const expanded: string[] = [];
  for (const word of words) {
    const replacement = Object.prototype.hasOwnProperty.call(spellings, word)
      ? spellings[word]
      : undefined;
    if (replacement === undefined) expanded.push(word);
    else expanded.push(...foldWords(replacement));
  }
  return expanded;
}
