import type {Locale, LanguageProfile, Source} from './types.js';

/** A hotline row of the compiled reference data. */
export interface HotlineContact {
  readonly organisation: string;
  readonly hotline_name: string;
  readonly website?: string;
  readonly report_url?: string;
  readonly anonymous_reports?: boolean;
  readonly inhopeMember: boolean;
  readonly confidence: 'high' | 'medium';
  readonly source: string;
}

/** A child helpline (or child-protection line) row of the compiled reference data. */
export interface HelplineContact {
  readonly name: string;
  readonly kind: string;
  readonly phone: readonly string[];
  readonly website?: string;
  readonly hours?: string;
  readonly confidence: 'high' | 'medium';
  readonly source: string;
}

/** An emergency number row of the compiled reference data. */
export interface EmergencyContact {
  readonly dial_first: string;
  readonly police?: string;
  readonly confidence: 'high' | 'medium';
  readonly source: string;
}

/** Everything the widget can show about one country. */
export interface CountryContacts {
  readonly alliance2012: boolean;
  readonly hotlines: readonly HotlineContact[];
  /** True when no hotline is confirmed: show emergency, police and the INHOPE directory instead. */
  readonly fallback: boolean;
  readonly emergency: EmergencyContact | null;
  readonly helplines: readonly HelplineContact[];
}

/** The shared reference chunk (dist/content/reference.json). */
export interface ReferenceData {
  readonly directory: {readonly name: string; readonly url: string};
  readonly countries: Readonly<Record<string, CountryContacts>>;
  readonly languages: readonly LanguageProfile[];
  /** Every source of the knowledge base by id (locale chunks name them by id). */
  readonly sources: Readonly<Record<string, Source>>;
}

/** The contacts to show for a country, or undefined if the data does not cover it. */
export function contactsFor(
  reference: ReferenceData,
  country: string | undefined | null,
): CountryContacts | undefined {
  if (!country) return undefined;
  return reference.countries[country.toUpperCase()];
}

/** The region of a BCP 47 tag ("fr-BE" → "BE"), if it names one. */
export function regionOfLanguageTag(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  try {
    return new Intl.Locale(tag).region?.toUpperCase();
  } catch {
    return undefined;
  }
}

/** A phone number as a tel: URL ("116 111" → "tel:116111", "#163" → "tel:%23163"). */
export function telUrl(phone: string): string {
  return `tel:${encodeURIComponent(phone.replace(/[\s-]/g, ''))}`;
}

/** The two-letter language of a tag, if it is a supported locale. */
export function supportedLocaleOf(
  tag: string | undefined | null,
  supported: readonly Locale[],
): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supported.find((locale) => locale === language);
}
