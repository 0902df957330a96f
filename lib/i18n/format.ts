import { localeTag, type Locale } from './locales';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, f);
  }
  return f;
}

/** An ISO date (`2027-03-17`) as the locale writes it: `17.03.2027` in nb and da, `2027-03-17` in sv. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return iso;
  return dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment as a local date and time in the locale's form. */
export function formatDateTime(ms: number, locale: Locale): string {
  let f = dateTimeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'short', timeStyle: 'short' });
    dateTimeFormats.set(locale, f);
  }
  return f.format(new Date(ms));
}

/** A number as the locale writes it (decimal comma in nb, da, sv), without grouping. */
export function formatNumber(n: number, locale: Locale): string {
  return n.toLocaleString(localeTag(locale), { maximumFractionDigits: 10, useGrouping: false });
}

/** The ISO 8601 week number of an ISO date, as Scandinavians plan by. */
export function isoWeek(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** "5 minutes ago", "yesterday", "in 3 days", in the locale's words. */
export function formatRelative(ms: number, now: number, locale: Locale): string {
  const rtf = new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' });
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}
