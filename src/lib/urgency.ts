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
  // A prefix already stands for many words; letting it also absorb a typo matched too much.
  if (cue.prefix) return word.startsWith(cue.text);
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
  private readonly nowWords: ReadonlySet<string>;

  constructor(cues: UrgentCues) {
    this.acute = compilePhrases(cues.acute);
    this.danger = compilePhrases(cues.danger);
    this.now = compilePhrases(cues.now);
    this.distress = compilePhrases(cues.distress);
    this.nowWords = new Set(
      this.now
        .filter((phrase) => phrase.length === 1 && !phrase[0].prefix)
        .map(([cue]) => cue.text),
    );
  }

  /** The kinds of cue found in these (folded) words; a "now" shouted in the raw text counts as distress. */
  signals(words: readonly string[], rawText = ''): UrgencySignals {
    const has = (phrases: CuePhrase[]) => phrases.some((phrase) => containsPhrase(words, phrase));
    return {
      acute: has(this.acute),
      danger: has(this.danger),
      now: has(this.now),
      distress: has(this.distress) || isShouting(rawText, this.nowWords),
    };
  }

  /** Whether these (folded) words, typed as rawText, signal urgency. */
  isUrgent(words: readonly string[], rawText = ''): boolean {
    return isUrgentSignal(this.signals(words, rawText));
  }
}

/** Shouting: a run of exclamation marks, or one of these cue words typed in capitals ("NOW"). */
export function isShouting(text: string, shoutedWords: ReadonlySet<string>): boolean {
  if (/!{2,}/.test(text)) return true;
  for (const word of text.match(/\p{Lu}{2,}/gu) ?? []) {
    if (shoutedWords.has(foldWords(word)[0] ?? '')) return true;
  }
  return false;
}

/** The decision rule over cue kinds. */
export function isUrgentSignal(signals: UrgencySignals): boolean {
  return (
    signals.acute ||
    (signals.danger && (signals.now || signals.distress)) ||
    (signals.distress && signals.now)
  );
}
