import type { MessageKey } from '../i18n/en';
import { localeTag, type Locale } from '../i18n/locales';
import type { NumberRange } from '../model/schema';
import { MITI_THRESHOLDS, type MitiSummaryKey } from './miti';

function format(n: number, locale: Locale, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeTag(locale), options).format(n).replace(/\u2212/g, '-');
}

/**
 * A summary score as the locale writes it: % complex reflections as a per cent with at most
 * one decimal (39.9 % must not read as the 40 % it falls short of), the ratio with at most two
 * decimals, the globals with one, the totals whole.
 */
export function formatMitiValue(key: MitiSummaryKey, value: number, locale: Locale): string {
  switch (key) {
    case 'complexReflections':
      return format(value, locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'reflectionToQuestion':
      return format(value, locale, { maximumFractionDigits: 2 });
    case 'technical':
    case 'relational':
      return format(value, locale, { maximumFractionDigits: 1 });
    case 'adherent':
    case 'nonAdherent':
      return format(value, locale, { maximumFractionDigits: 0 });
  }
}

/** A score's fair and good thresholds written as its values are, or null where the manual has none. */
export function formatThresholds(
  key: MitiSummaryKey,
  locale: Locale,
): { fair: string; good: string } | null {
  const t = MITI_THRESHOLDS[key];
  return t
    ? { fair: formatMitiValue(key, t.fair, locale), good: formatMitiValue(key, t.good, locale) }
    : null;
}

/** A mean score (readiness, 1–6) with at most one decimal. */
export function formatMean(n: number, locale: Locale): string {
  return format(n, locale, { maximumFractionDigits: 1 });
}

/** The message that describes a range, with its parameters: "a whole number from 1 to 5". */
export function rangeWords(range: NumberRange): {
  key: MessageKey;
  params: Record<string, number>;
} {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  if (range.max !== null)
    return {
      key: range.whole ? 'rangeWholeBetween' : 'rangeBetween',
      params: { min, max: range.max },
    };
  return { key: range.whole ? 'rangeWholeAtLeast' : 'rangeAtLeast', params: { min } };
}
