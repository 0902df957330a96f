import { parseDate } from '../../model/values';

/** A distance from a plan's start date: whole months, then whole weeks and days. */
export interface When {
  months?: number;
  weeks?: number;
  days?: number;
}

function parts(iso: string): [number, number, number] {
  const valid = parseDate(iso);
  if (valid !== iso) {
    throw new Error(`A template needs its start date as YYYY-MM-DD, but received "${iso}".`);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Moves an ISO date by whole months, keeping the day of the month where the target month has
 * it and taking the month's last day where it does not (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/** Moves an ISO date by whole days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return isoOf(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The ISO date `when` after `start`: months first (clamped to the month's end), then days. */
export function dateAt(start: string, when: When): string {
  const days = (when.weeks ?? 0) * 7 + (when.days ?? 0);
  return addDays(addMonths(start, when.months ?? 0), days);
}

/** How many times something held every `everyMonths` months for `forMonths` months happens. */
export function timesHeld(everyMonths: number, forMonths: number): number {
  return everyMonths > 0 && forMonths > 0 ? Math.ceil(forMonths / everyMonths) : 1;
}

/**
 * The dates of something held every `every` months for `forMonths` months, the first `first`
 * after `start`: every 3 months for 18 months gives six. Each is counted from `start`, not from
 * the one before, so that a month's end clamped once (31 Jan → 30 Apr) does not stay clamped.
 */
export function seriesDates(
  start: string,
  first: When,
  every: number,
  forMonths: number,
): string[] {
  return Array.from({ length: timesHeld(every, forMonths) }, (_, k) =>
    dateAt(start, { ...first, months: (first.months ?? 0) + k * every }),
  );
}

/** The ISO date of a moment in the browser's own time zone: "today" as the user sees it. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
