import {foldWords} from './normalize.js';

/**
 * Whether a parent or carer is writing about their own child: the message names "my daughter",
 * "notre fils", "unsere Tochter"… (per-language phrases, LanguageProfile.parentPhrases). Such a
 * message wants the adults' advice, not the topic written to the child.
 */
export class ParentVoice {
  private readonly phrases: ReadonlyArray<readonly string[]>;

  constructor(phrases: readonly string[] = []) {
    this.phrases = phrases.map((phrase) => foldWords(phrase)).filter((words) => words.length > 0);
  }

  /** Whether these (folded) words contain one of the phrases, word for word. */
  speaksIn(words: readonly string[]): boolean {
    return this.phrases.some((phrase) =>
      words.some((_, start) => phrase.every((word, i) => words[start + i] === word)),
    );
  }
}
