/** The languages Forankra speaks. */
export const LOCALES = ['nb', 'da', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const BCP47: Record<Locale, string> = { nb: 'nb-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

/** The BCP 47 tag used for dates and numbers in a locale. */
export function localeTag(locale: Locale): string {
  return BCP47[locale];
}

/** Picks our locale for a browser language tag such as `nb-NO`, `no`, `da`, `sv-FI`; English otherwise. */
export function matchLocale(tag: string | undefined | null): Locale {
  const lower = (tag ?? '').toLowerCase();
  const primary = lower.split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  if (primary === 'da') return 'da';
  if (primary === 'sv') return 'sv';
  return 'en';
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** Each language's name in itself, for the language picker: a reader finds their own. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nb: 'Norsk bokmål',
  da: 'Dansk',
  sv: 'Svenska',
  en: 'English',
};
