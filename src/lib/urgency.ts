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
  /** Enough alone (self-harm, "he is at my door"). */
  readonly acute: boolean;
  /** A threat or a dangerous situation. */
  readonly danger: boolean;
  /** Two different danger cues ("he knows where I live" and "wants more videos or else"). */
  readonly repeatedDanger: boolean;
  /** Happening now: a time word, a countdown ("in 10 min") or a run of "!!". */
  readonly now: boolean;
  /** Fear or panic, also a cue word typed in capitals ("HELP"). */
  readonly distress: boolean;
  /** Told as over ("last year", "it's over"): only an acute cue still counts. */
  readonly past: boolean;
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

/** Where a phrase first occurs: [start, end) in words, or undefined. */
function findPhrase(words: readonly string[], phrase: CuePhrase): [number, number] | undefined {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((cue, offset) => wordMatches(cue, words[start + offset]))) {
      return [start, start + phrase.length];
    }
  }
  return undefined;
}

function containsPhrase(words: readonly string[], phrase: CuePhrase): boolean {
  return findPhrase(words, phrase) !== undefined;
}

/** Whether two of these spans do not overlap (two cues, not one cue written two ways). */
function hasDisjointPair(spans: ReadonlyArray<[number, number]>): boolean {
  const sorted = [...spans].sort((a, b) => a[1] - b[1]);
  return sorted.some(([start]) => start >= sorted[0][1]);
}

/**
 * Detects messages that signal a child in immediate danger or acute distress, from per-language
 * cue phrases: an acute cue alone; or a danger or distress cue together with a sign of "now"; or
 * danger with distress ("he threatens me, I'm scared"); or two different danger cues. A message
 * told as past ("last year") needs an acute cue.
 */
export class UrgencyDetector {
  private readonly acute: CuePhrase[];
  private readonly danger: CuePhrase[];
  private readonly now: CuePhrase[];
  private readonly distress: CuePhrase[];
  private readonly past: CuePhrase[];
  private readonly shoutedWords: ReadonlySet<string>;

  constructor(cues: UrgentCues) {
    this.acute = compilePhrases(cues.acute);
    this.danger = compilePhrases(cues.danger);
    this.now = compilePhrases(cues.now);
    this.distress = compilePhrases(cues.distress);
    this.past = compilePhrases(cues.past ?? []);
    this.shoutedWords = new Set(
      [...this.now, ...this.distress, ...this.acute]
        .filter((phrase) => phrase.length === 1 && !phrase[0].prefix)
        .map(([cue]) => cue.text),
    );
  }

  /** The kinds of cue found in these (folded) words, typed as rawText. */
  signals(words: readonly string[], rawText = ''): UrgencySignals {
    const has = (phrases: CuePhrase[]) => phrases.some((phrase) => containsPhrase(words, phrase));
    const dangerSpans = this.danger
      .map((phrase) => findPhrase(words, phrase))
      .filter((span): span is [number, number] => span !== undefined);
    return {
      acute: has(this.acute),
      danger: dangerSpans.length > 0,
      repeatedDanger: hasDisjointPair(dangerSpans),
      now: has(this.now) || COUNTDOWN.test(rawText) || EXCLAMATIONS.test(rawText),
      distress: has(this.distress) || shoutsCueWord(rawText, this.shoutedWords),
      past: has(this.past),
    };
  }

  /** Whether these (folded) words, typed as rawText, signal urgency. */
  isUrgent(words: readonly string[], rawText = ''): boolean {
    return isUrgentSignal(this.signals(words, rawText));
  }
}

// A number of minutes reads as a countdown in every supported language ("5 min", "10 minutes").
const COUNTDOWN = /(?:^|[^\p{L}\p{N}])\d{1,3}\s?min/u;
const EXCLAMATIONS = /!{2,}/;

/** Whether one of these cue words is typed in capitals ("HELP", "NOW"). */
export function shoutsCueWord(text: string, cueWords: ReadonlySet<string>): boolean {
  for (const word of text.match(/\p{Lu}{2,}/gu) ?? []) {
    if (cueWords.has(foldWords(word)[0] ?? '')) return true;
  }
  return false;
}

/** The decision rule over cue kinds. */
export function isUrgentSignal(signals: UrgencySignals): boolean {
  if (signals.acute) return true;
  if (signals.past) return false;
  return (
    (signals.danger && (signals.now || signals.distress)) ||
    signals.repeatedDanger ||
    (signals.distress && signals.now)
  );
}
