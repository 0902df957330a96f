import { localeTag, type Locale } from '../i18n/locales';

/** A share 0–100 as the locale writes a whole per cent: `45 %` in nb, da and sv, `45%` in en. */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTag(locale), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(percent / 100);
}

/** A figure with at most one decimal, in the locale's way, for averages and indicator values. */
export function formatFigure(n: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTag(locale), {
    maximumFractionDigits: 1,
    useGrouping: true,
  })
    .format(n)
    .replace(/\u2212/g, '-');
}

/** An ISO date written out as the locale writes a date in a letter: `17. mars 2027`, `17 March 2027`. */
export function formatLongDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** How wide a bar is drawn, 0–100, for a share that may be missing or beyond the target. */
export function barPercent(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.max(0, Math.min(100, share * 100));
}
