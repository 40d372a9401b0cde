import {withinOneEdit} from './edit-distance.js';
import {foldWords} from './normalize.js';
import type {UrgentCues} from './types.js';

interface CueWord {
  readonly text: string;
  readonly prefix: boolean;
}
type CuePhrase = readonly CueWord[];

/** Which kinds of cue a message holds. */
export interface UrgencySignals {
  readonly acute: boolean;
  readonly danger: boolean;
  readonly now: boolean;
  readonly distress: boolean;
}

/** Words this long or longer may carry one typo and still count as a cue. */
const TYPO_TOLERANT_LENGTH = 5;

function compilePhrases(phrases: readonly string[]): CuePhrase[] {
  return phrases
    .map((phrase) =>
      phrase
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => {
          const prefix = word.endsWith('*');
          const [text = ''] = foldWords(prefix ? word.slice(0, -1) : word);
          return {text, prefix};
        })
        .filter((cue) => cue.text.length > 0),
    )
    .filter((phrase) => phrase.length > 0);
}

function wordMatches(cue: CueWord, word: string): boolean {
  if (cue.prefix) {
    if (word.startsWith(cue.text)) return true;
    return (
      cue.text.length >= TYPO_TOLERANT_LENGTH &&
      word.length >= cue.text.length &&
      withinOneEdit(cue.text, word.slice(0, cue.text.length))
    );
  }
  if (word === cue.text) return true;
  return cue.text.length >= TYPO_TOLERANT_LENGTH && withinOneEdit(cue.text, word);
}

function containsPhrase(words: readonly string[], phrase: CuePhrase): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((cue, offset) => wordMatches(cue, words[start + offset]))) return true;
  }
  return false;
}

/**
 * Detects messages that signal a child in immediate danger or acute distress, from per-language
 * cue phrases: an acute cue alone, or a danger or distress cue together with a sign of "now".
 * A danger cue with distress also counts ("he threatens me, I'm scared").
 */
export class UrgencyDetector {
  private readonly acute: CuePhrase[];
  private readonly danger: CuePhrase[];
  private readonly now: CuePhrase[];
  private readonly distress: CuePhrase[];

  constructor(cues: UrgentCues) {
    this.acute = compilePhrases(cues.acute);
    this.danger = compilePhrases(cues.danger);
    this.now = compilePhrases(cues.now);
    this.distress = compilePhrases(cues.distress);
  }

  /** The kinds of cue found in these (folded) words. */
  signals(words: readonly string[]): UrgencySignals {
    const has = (phrases: CuePhrase[]) => phrases.some((phrase) => containsPhrase(words, phrase));
    return {
      acute: has(this.acute),
      danger: has(this.danger),
      now: has(this.now),
      distress: has(this.distress),
    };
  }

  /** Whether these (folded) words signal urgency. */
  isUrgent(words: readonly string[]): boolean {
    return isUrgentSignal(this.signals(words));
  }
}

/** The decision rule over cue kinds. */
export function isUrgentSignal(signals: UrgencySignals): boolean {
  return (
    signals.acute ||
    (signals.danger && (signals.now || signals.distress)) ||
    (signals.distress && signals.now)
  );
}
