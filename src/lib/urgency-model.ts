import type {UrgencySignals} from './urgency.js';

/**
 * A learned urgency score for one language, trained by scripts/train-urgency.mjs on the labelled
 * tuning sets. Two stacked logistic regressions:
 * 1. a word model over the message's words (see urgencyFeatures): "he" + "outside" + "now" reads
 *    differently from "what should" + "a child", which phrase cues alone cannot weigh;
 * 2. a combiner of that word score with the kinds of cue found (acute, danger, past…), fitted on
 *    messages the cues were never tuned on, so it learns how far each cue kind can be trusted.
 */
export interface UrgencyModel {
  /** Weight of each word feature; features not listed weigh 0. */
  readonly words: Readonly<Record<string, number>>;
  readonly wordBias: number;
  readonly combine: {
    readonly bias: number;
    /** Weight of the word model's log-odds. */
    readonly wordLogit: number;
    /** Weight of each cue kind present (UrgencySignals keys, "rule" and "acutePast"). */
    readonly cues: Readonly<Record<string, number>>;
  };
  /** The combined probability at or above which a message is urgent. */
  readonly threshold: number;
  /** Without any cue, the word probability needed as well (a guard for unknown or empty text). */
  readonly wordsAloneThreshold: number;
}

/** Length of the word-start features: they let inflections and typos share a weight. */
export const WORD_START_LENGTH = 4;

/** The features of a message for the word model: words, word starts, word pairs, punctuation. */
export function urgencyFeatures(words: readonly string[], rawText: string): string[] {
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(word);
    if (word.length > WORD_START_LENGTH) features.add(`${word.slice(0, WORD_START_LENGTH)}*`);
    if (i + 1 < words.length) features.add(`${word}_${words[i + 1]}`);
  });
  if (/!{2,}/.test(rawText)) features.add('!!');
  if (/\?\s*$/.test(rawText)) features.add('?$');
  return [...features];
}

/** The cue kinds present, as the combiner names them. */
export function cueKinds(signals: UrgencySignals, rule: boolean): string[] {
  const kinds = (['acute', 'danger', 'now', 'distress', 'past', 'repeatedDanger'] as const).filter(
    (kind) => signals[kind],
  ) as string[];
  if (rule) kinds.push('rule');
  if (signals.acute && signals.past) kinds.push('acutePast');
  return kinds;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
// Clamped so that a word probability of exactly 0 or 1 stays a finite log-odds.
const logit = (p: number) => {
  const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q));
};

/** The word model's probability that a message is urgent. */
export function wordProbability(model: UrgencyModel, features: readonly string[]): number {
  let z = model.wordBias;
  for (const feature of features) {
    // Own keys only: a typed "constructor" must not read Object.prototype.
    if (Object.prototype.hasOwnProperty.call(model.words, feature)) z += model.words[feature];
  }
  return sigmoid(z);
}

/** The combined probability, from the word probability and the cue kinds present. */
export function combinedProbability(
  model: Pick<UrgencyModel, 'combine'>,
  wordP: number,
  kinds: readonly string[],
): number {
  const {bias, wordLogit, cues} = model.combine;
  let z = bias + wordLogit * logit(wordP);
  for (const kind of kinds) z += cues[kind] ?? 0;
  return sigmoid(z);
}

/**
 * The decision, given the word probability: an acute cue decides alone; without any cue the words
 * must be confident on their own; otherwise the combined probability must reach the threshold.
 */
export function decideUrgency(
  model: Omit<UrgencyModel, 'words' | 'wordBias'>,
  wordP: number,
  signals: UrgencySignals,
  rule: boolean,
): boolean {
  // An acute cue ("nobody would notice if I was gone") is never overruled by the words around it:
  // missing it costs far more than showing the helpline to someone asking for a friend.
  if (signals.acute && !signals.past) return true;
  const anyCue = signals.danger || signals.now || signals.distress;
  if (!anyCue && !signals.acute && wordP < model.wordsAloneThreshold) return false;
  return combinedProbability(model, wordP, cueKinds(signals, rule)) >= model.threshold;
}

/** Whether the model reads these words as urgent, given the cue signals found in them. */
export function modelSaysUrgent(
  model: UrgencyModel,
  words: readonly string[],
  rawText: string,
  signals: UrgencySignals,
  rule: boolean,
): boolean {
  return decideUrgency(
    model,
    wordProbability(model, urgencyFeatures(words, rawText)),
    signals,
    rule,
  );
}
