import {withinOneEdit} from './edit-distance.js';
import {foldWords} from './normalize.js';
import type {UrgentCues} from './types.js';
import {modelSaysUrgent, type UrgencyModel} from './urgency-model.js';

interface CueWord {
  readonly text: string;
  readonly prefix: boolean;
}
/**
 * A cue phrase as slots of cue word ids (see CueWords): a slot matches a word that stands for any
 * of its ids. A slot is written "he|she|someone" in the content, so a family of phrases stays one
 * line instead of every combination.
 */
type CuePhrase = ReadonlyArray<readonly number[]>;

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
  /** Told as over ("last year") or hypothetical ("imagine someone…"): only an acute cue counts. */
  readonly past: boolean;
}

/** Words this long or longer may carry one typo and still count as a cue. */
const TYPO_TOLERANT_LENGTH = 5;
const WORD_CACHE_LIMIT = 5000;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Every distinct cue word of a language, and which of them a typed word stands for: the same
 * word, a word starting with a prefix cue ("suicid*"), or one typo away from a long cue. Typo
 * candidates come from a one-deletion index (symmetric delete), so a message costs a few map
 * lookups per word instead of a comparison with every cue.
 */
class CueWords {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  private readonly byDeletion = new Map<string, number[]>();
  private readonly texts: string[] = [];
  private readonly cache = new Map<string, readonly number[]>();

  /** The id of a cue word, added on first sight. */
  add(cue: CueWord): number {
    const key = cue.prefix ? `${cue.text}*` : cue.text;
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.texts.length;
    this.ids.set(key, id);
    this.texts.push(cue.text);
    if (cue.prefix) {
      this.prefixes.set(cue.text, id);
    } else {
      this.exact.set(cue.text, id);
      // A prefix already stands for many words; letting it also absorb a typo matched too much.
      if (cue.text.length >= TYPO_TOLERANT_LENGTH) {
        for (const variant of [cue.text, ...deletions(cue.text)]) {
          let list = this.byDeletion.get(variant);
          if (!list) this.byDeletion.set(variant, (list = []));
          list.push(id);
        }
      }
    }
    return id;
  }

  /** The ids of the cue words this (folded) word stands for. */
  matching(word: string): readonly number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = new Set<number>();
    const exact = this.exact.get(word);
    if (exact !== undefined) found.add(exact);
    for (let length = 1; length <= word.length; length++) {
      const id = this.prefixes.get(word.slice(0, length));
      if (id !== undefined) found.add(id);
    }
    for (const variant of [word, ...deletions(word)]) {
      for (const id of this.byDeletion.get(variant) ?? []) {
        if (!found.has(id) && withinOneEdit(this.texts[id], word)) found.add(id);
      }
    }
    const ids = [...found];
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, ids);
    return ids;
  }
}

/**
 * Filler words allowed between two words of a cue phrase ("to my whole family" for "to my
 * family"). One raised recall on the tuning sets without false alarms; two added false alarms.
 */
const PHRASE_GAP = 1;

/** Where a phrase starting at `start` ends, letting a few filler words sit between its words. */
function phraseEnd(
  phrase: CuePhrase,
  matched: ReadonlyArray<readonly number[]>,
  start: number,
): number | undefined {
  let at = start;
  for (let i = 1; i < phrase.length; i++) {
    let next = at + 1;
    const last = Math.min(at + 1 + PHRASE_GAP, matched.length - 1);
    while (next <= last && !phrase[i].some((id) => matched[next].includes(id))) next++;
    if (next > last) return undefined;
    at = next;
  }
  return at + 1;
}

/** Cue phrases of one kind, found by their first cue word. */
class PhraseSet {
  private readonly byFirstWord = new Map<number, CuePhrase[]>();

  constructor(phrases: readonly string[], cueWords: CueWords) {
    for (const phrase of phrases) {
      const slots = phrase
        .split(/\s+/)
        .filter(Boolean)
        .map((slot) =>
          slot.split('|').flatMap((word) => {
            const prefix = word.endsWith('*');
            const [text = ''] = foldWords(prefix ? word.slice(0, -1) : word);
            return text ? [cueWords.add({text, prefix})] : [];
          }),
        )
        .filter((slot) => slot.length > 0);
      if (slots.length === 0) continue;
      for (const id of new Set(slots[0])) {
        let list = this.byFirstWord.get(id);
        if (!list) this.byFirstWord.set(id, (list = []));
        list.push(slots);
      }
    }
  }

  /** Where each phrase first occurs in a message ([start, end) in words). */
  spans(matched: ReadonlyArray<readonly number[]>): Array<[number, number]> {
    const found = new Map<CuePhrase, [number, number]>();
    matched.forEach((ids, start) => {
      for (const id of ids) {
        for (const phrase of this.byFirstWord.get(id) ?? []) {
          if (found.has(phrase) || start + phrase.length > matched.length) continue;
          const end = phraseEnd(phrase, matched, start);
          if (end !== undefined) found.set(phrase, [start, end]);
        }
      }
    });
    return [...found.values()];
  }

  /** Whether any phrase occurs. */
  occursIn(matched: ReadonlyArray<readonly number[]>): boolean {
    return this.spans(matched).length > 0;
  }
}

/** Whether two of these spans do not overlap (two cues, not one cue written two ways). */
function hasDisjointPair(spans: ReadonlyArray<[number, number]>): boolean {
  if (spans.length < 2) return false;
  const sorted = [...spans].sort((a, b) => a[1] - b[1]);
  return sorted.some(([start]) => start >= sorted[0][1]);
}

/**
 * Detects messages that signal a child in immediate danger or acute distress, from per-language
 * cue phrases: an acute cue alone; or a danger or distress cue together with a sign of "now"; or
 * danger with distress ("he threatens me, I'm scared"); or two different danger cues. A message
 * told as past ("last year") needs an acute cue. When the cues come with a trained model
 * (urgency-model.ts), the model weighs these cue kinds with the message's words instead; an
 * acute cue not told as past still decides alone.
 */
export class UrgencyDetector {
  private readonly cueWords = new CueWords();
  private readonly acute: PhraseSet;
  private readonly danger: PhraseSet;
  private readonly now: PhraseSet;
  private readonly distress: PhraseSet;
  private readonly past: PhraseSet;
  private readonly shoutedWords: ReadonlySet<string>;
  private readonly model?: UrgencyModel;

  constructor(cues: UrgentCues) {
    this.model = cues.model;
    this.acute = new PhraseSet(cues.acute, this.cueWords);
    this.danger = new PhraseSet(cues.danger, this.cueWords);
    this.now = new PhraseSet(cues.now, this.cueWords);
    this.distress = new PhraseSet(cues.distress, this.cueWords);
    this.past = new PhraseSet(cues.past ?? [], this.cueWords);
    // Single cue words typed in capitals ("HELP", "NOW") count as distress.
    this.shoutedWords = new Set(
      [...cues.now, ...cues.distress, ...cues.acute]
        .map((phrase) => phrase.trim())
        .filter((phrase) => !/\s/.test(phrase))
        .flatMap((phrase) => phrase.split('|'))
        .filter((word) => word && !word.endsWith('*'))
        .flatMap((word) => foldWords(word).slice(0, 1)),
    );
  }

  /** The kinds of cue found in these (folded) words, typed as rawText. */
  signals(words: readonly string[], rawText = ''): UrgencySignals {
    const matched = words.map((word) => this.cueWords.matching(word));
    const dangerSpans = this.danger.spans(matched);
    return {
      acute: this.acute.occursIn(matched),
      danger: dangerSpans.length > 0,
      repeatedDanger: hasDisjointPair(dangerSpans),
      now: this.now.occursIn(matched) || COUNTDOWN.test(rawText) || EXCLAMATIONS.test(rawText),
      distress: this.distress.occursIn(matched) || shoutsCueWord(rawText, this.shoutedWords),
      past: this.past.occursIn(matched),
    };
  }

  /** Whether these (folded) words, typed as rawText, signal urgency. */
  isUrgent(words: readonly string[], rawText = ''): boolean {
    const signals = this.signals(words, rawText);
    const rule = isUrgentSignal(signals);
    return this.model ? modelSaysUrgent(this.model, words, rawText, signals, rule) : rule;
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
