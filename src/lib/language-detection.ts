import {foldWords} from './normalize.js';
import type {LanguageProfile, Locale} from './types.js';

/** How many more recognised words another language needs before it wins over the UI locale. */
const MIN_LEAD = 2;

/** Marker words of a language: its markers, stop words and the chat spellings people type in it. */
function markerWords(profile: LanguageProfile): Set<string> {
  const markers = new Set<string>(profile.markers ?? []);
  for (const word of profile.stopwords) for (const folded of foldWords(word)) markers.add(folded);
  for (const spelling of Object.keys(profile.spellings)) {
    for (const folded of foldWords(spelling)) markers.add(folded);
  }
  return markers;
}

/**
 * Guesses which supported language a message is written in, from the function words it uses.
 * It only leaves the UI locale when another language is clearly ahead, so short or mixed
 * messages ("grooming?", "ok merci") stay in the language the person chose.
 */
export class LanguageDetector {
  private readonly markers: ReadonlyMap<Locale, ReadonlySet<string>>;

  constructor(profiles: readonly LanguageProfile[]) {
    this.markers = new Map(profiles.map((profile) => [profile.locale, markerWords(profile)]));
  }

  /** Recognised marker words per language. */
  scores(words: readonly string[]): Map<Locale, number> {
    const scores = new Map<Locale, number>();
    for (const [locale, markers] of this.markers) {
      scores.set(locale, words.filter((word) => markers.has(word)).length);
    }
    return scores;
  }

  /** The language to answer in: the UI locale unless another one is clearly ahead. */
  detect(words: readonly string[], uiLocale: Locale): Locale {
    const scores = this.scores(words);
    const uiScore = scores.get(uiLocale) ?? 0;
    let best: Locale = uiLocale;
    let bestScore = uiScore;
    for (const [locale, score] of scores) {
      if (score > bestScore) {
        best = locale;
        bestScore = score;
      }
    }
    return bestScore >= uiScore + MIN_LEAD && bestScore >= 2 * uiScore ? best : uiLocale;
  }
}
