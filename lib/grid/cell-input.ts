import { formatIsoDate } from '../i18n/format';
import { localeTag, type Locale } from '../i18n/locales';
import type { CellRead, CellValue, ColumnInfo, NumberRange } from '../model/schema';
import { fitsRange, rawText } from '../model/values';
import type { InputContext } from './types';

/** Typed or pasted text read for a column: the value to write (null clears), or a refusal. */
export type CellInput = { ok: true; value: CellValue | null } | { ok: false };

const REFUSED: CellInput = { ok: false };

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (!isRealDate(year, month, day)) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first with one separator used throughout: 17.3 · 17.03.2027 · 17-03-2027 · 17/03/27.
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;

/**
 * Reads a date as people in the four locales type it, into ISO form, or null.
 *
 * Day first (`17.3`, `17.03.2027`, `17-03-2027`, `17/03/2027` — en is British), or year first
 * (`2027-03-17`, `2027-3-7`, as Swedes write). A trailing dot (`17.3.`) is allowed, as
 * Norwegians write it. Without a year the date falls in today's year. A two-digit year is taken
 * in the century that puts it within 50 years of today (`17.3.27` is 2027, `1.1.80` is 1980 in
 * 2027), like the 1930–2029 window of spreadsheets but centred on now, since a plan's dates lie
 * near today. Month-first US dates are not read: `03/17/2027` is refused, never misread.
 */
export function parseDateInput(text: string, todayIso: string): string | null {
  const s = text.trim().replace(/(\d)\.$/, '$1');
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) return iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const dayFirst = DAY_FIRST.exec(s);
  if (!dayFirst) return null;
  const thisYear = Number(todayIso.slice(0, 4)) || new Date().getUTCFullYear();
  const written = dayFirst[4];
  let year = thisYear;
  if (written?.length === 4) year = Number(written);
  else if (written?.length === 2) {
    const from = thisYear - 50;
    year = from + ((((Number(written) - from) % 100) + 100) % 100);
  }
  return iso(year, Number(dayFirst[3]), Number(dayFirst[1]));
}

// The grouping separator each locale's spreadsheets write besides spaces: en 1,234.5 and
// da 1.234,5; nb and sv group with (no-break) spaces only.
const GROUPING: Record<Locale, string | null> = { nb: null, da: '.', sv: null, en: ',' };

/**
 * Reads a number with a decimal comma or point, or null.
 *
 * Spaces, no-break spaces and thin spaces group digits (`1 234,5`), U+2212 is a minus, an
 * exponent is allowed (`1,5E+10`, as Excel shows big numbers). When both `,` and `.` appear,
 * the last one is the decimal mark and the other must group by threes (`1.234,5`, `1,234.5`).
 * One mark alone is a decimal mark, except the locale's own grouping mark before exactly three
 * digits (`1,234` is 1234 in en, `1.234` is 1234 in da, as their spreadsheets copy them).
 */
export function parseNumberInput(text: string, locale: Locale): number | null {
  const s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  const m = /^([-+]?)([\d.,]+)([eE][-+]?\d+)?$/.exec(s);
  if (!m) return null;
  const sign = m[1] ?? '';
  let body = m[2] ?? '';
  const exponent = m[3] ?? '';
  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const cut = Math.max(lastComma, lastPoint);
    const whole = body.slice(0, cut);
    if (!groupedByThrees(whole, group)) return null;
    body = `${whole.split(group).join('')}.${body.slice(cut + 1)}`;
  } else {
    const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
    const count = mark ? body.split(mark).length - 1 : 0;
    if (mark && (count > 1 || (mark === GROUPING[locale] && /^\d{1,3}[.,]\d{3}$/.test(body)))) {
      if (!groupedByThrees(body, mark)) return null;
      body = body.split(mark).join('');
    } else if (mark === ',') {
      body = body.replace(',', '.');
    }
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(body)) return null;
  const n = Number(`${sign}${body}${exponent}`);
  return Number.isFinite(n) ? n : null;
}

function groupedByThrees(whole: string, group: string): boolean {
  const parts = whole.split(group);
  if (parts.length === 1) return /^\d*$/.test(whole);
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
}

// Words for yes and no in nb, da, sv and en, and the booleans as Excel copies them in each
// (TRUE/FALSE, SANN/USANN, SAND/FALSK, SANT/FALSKT), plus marks people use for a tick.
const TRUE_WORDS = new Set('true yes y on 1 x ✓ ✔ ☑ ja j sann sand sant'.split(' '));
const FALSE_WORDS = new Set('false no n off 0 ☐ ✗ nei nej usann falsk falskt'.split(' '));

/** Reads what a person types or pastes into a cell into the value for the model's setCell. */
export function parseCellInput(text: string, column: ColumnInfo, ctx: InputContext): CellInput {
  if (text.trim() === '') return { ok: true, value: null };
  switch (column.type) {
    case 'text':
    case 'longText':
    case 'person':
      // Kept as typed, leading and trailing spaces too; only Windows line ends are unified.
      return { ok: true, value: text.replace(/\r\n?/g, '\n') };
    case 'number': {
      const n = parseNumberInput(text, ctx.locale);
      return n === null || !fitsRange(n, column.range) ? REFUSED : { ok: true, value: n };
    }
    case 'progress': {
      const n = parseNumberInput(text.trim().replace(/[\s\u00a0\u202f]*%$/, ''), ctx.locale);
      return n === null || n < 0 || n > 100 ? REFUSED : { ok: true, value: n };
    }
    case 'date': {
      const d = parseDateInput(text, ctx.today);
      return d === null ? REFUSED : { ok: true, value: d };
    }
    case 'checkbox': {
      const word = text.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return REFUSED;
    }
    case 'choice': {
      const t = text.trim().normalize('NFC');
      const lower = t.toLowerCase();
      const option =
        column.options.find((o) => o.id === t) ??
        column.options.find((o) => o.label.normalize('NFC').toLowerCase() === lower);
      return option ? { ok: true, value: option.id } : REFUSED;
    }
  }
}

/** The column's range when `text` is a number it refuses only for being outside it, else null. */
export function refusedRange(text: string, column: ColumnInfo, locale: Locale): NumberRange | null {
  if (column.type !== 'number' || !column.range) return null;
  const n = parseNumberInput(text, locale);
  return n !== null && !fitsRange(n, column.range) ? column.range : null;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number as `formatNumber` of lib/i18n/format.ts writes it (decimal comma in nb, da, sv; no
 * grouping), with its Intl.NumberFormat kept: `toLocaleString` with options builds one per
 * call, some 25 µs, which a find or filter over a large sheet pays per cell. ASCII minus, as
 * `formatCellText` explains.
 */
export function formatCellNumber(n: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), {
      maximumFractionDigits: 10,
      useGrouping: false,
    });
    numberFormats.set(locale, format);
  }
  return format.format(n).replace(/\u2212/g, '-');
}

const dateTexts = new Map<string, string>();

/** `formatIsoDate`, remembered: a sheet holds few distinct dates, and Intl formats slowly. */
function formatCellDate(iso: string, locale: Locale): string {
  const key = `${locale}:${iso}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size >= 20_000) dateTexts.clear();
    text = formatIsoDate(iso, locale);
    dateTexts.set(key, text);
  }
  return text;
}

/** The mark a ticked checkbox copies as; an unticked one copies as nothing. */
export const CHECK_MARK = '✓';

/**
 * The text a cell shows, finds and copies, in the locale's way of writing.
 *
 * Dates as the locale writes them (nb/da `17.03.2027`, sv `2027-03-17`, en `17/03/2027`);
 * numbers and progress with the locale's decimal mark, no grouping and an ASCII minus (the
 * typographic minus Intl writes for nb and sv is text to Excel); a choice by its label; a
 * ticked checkbox as ✓ and an unticked one as nothing — language-free, pasted back it reads the
 * same, and it does not make every unticked row match a search for "false"; an invalid value
 * as its raw text. `parseCellInput` reads each back to the same value (an unticked box to an
 * empty one, which shows the same).
 */
export function formatCellText(read: CellRead, column: ColumnInfo, locale: Locale): string {
  if (read.state === 'empty') return '';
  if (read.state === 'invalid') return read.raw;
  const value = read.value;
  switch (column.type) {
    case 'date':
      return typeof value === 'string' ? formatCellDate(value, locale) : rawText(value);
    case 'number':
    case 'progress':
      return typeof value === 'number' ? formatCellNumber(value, locale) : rawText(value);
    case 'choice':
      return column.options.find((o) => o.id === value)?.label ?? rawText(value);
    case 'checkbox':
      return value === true ? CHECK_MARK : value === false ? '' : rawText(value);
    case 'text':
    case 'longText':
    case 'person':
      return rawText(value);
  }
}
