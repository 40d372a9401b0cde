import {configureLocalization, type LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {SUPPORTED_LOCALES, type Locale} from './lib/types.js';

// @lit/localize keeps one locale per page and reports status on window; configure it once, here.
// Spelled out so that the bundler makes one lazily loaded chunk per locale.
const LOADERS: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  pt: () => import('./generated/locales/pt.js'),
};

const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => LOADERS[locale](),
});

let pending: Promise<void> = Promise.resolve();

/** Switches the UI strings to a locale; concurrent calls run one after the other. */
export function useLocale(locale: Locale): Promise<void> {
  pending = pending.then(() => (getLocale() === locale ? undefined : setLocale(locale)));
  return pending;
}

/**
 * The UI locale of an element: its own `lang`, else the closest `[lang]` ancestor (across shadow
 * roots), else `<html lang>`, else English. Only the language part counts ("fr-BE" → "fr").
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const language = node.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
      const match = SUPPORTED_LOCALES.find((locale) => locale === language);
      if (match) return match;
      if (language) break;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The full language tag in force for an element (for the country region), or undefined. */
export function resolveLanguageTag(element: Element): string | undefined {
  const owner = element.closest('[lang]');
  return owner?.getAttribute('lang') ?? document.documentElement.lang ?? undefined;
}
