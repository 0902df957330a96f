import type { CellRead, CellValue, ChoiceOption, ColumnType, NumberRange } from './schema';

type Coerced = { ok: true; value: CellValue | null } | { ok: false };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORDIC_DATE = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic, not a Date: every stored date is checked on each read, and a Date per check was a
// measurable share of reading and importing large sheets.
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day <= last;
}

/** Whether `value` is already an ISO date of a real day, exactly as `parseDate` would write it. */
function isIsoDate(value: string): boolean {
  const iso = ISO_DATE.exec(value);
  return iso !== null && isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Parses an ISO (`2027-03-17`) or Nordic (`17.03.2027`, `17.3.2027`) date into ISO form, or null. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  const iso = ISO_DATE.exec(s);
  const nordic = iso ? null : NORDIC_DATE.exec(s);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : nordic
      ? [Number(nordic[3]), Number(nordic[2]), Number(nordic[1])]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts as [number, number, number];
  if (!isRealDate(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const PLAIN_NUMBER = /^-?\d{1,15}(?:[.,]\d{1,15})?$/;

/** Parses a number written with a decimal comma or point (spaces as grouping allowed), or null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  // Most numbers are plain (`12`, `-3,5`): read those without building the cleaned copies.
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const s = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const TRUE_WORDS = new Set(['true', 'yes', 'ja', 'x', '1', '✓', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'nei', 'nej', '0', '', 'off']);

/** Whether a number fits a column's range (any finite number when there is none). */
export function fitsRange(n: number, range: NumberRange | undefined): boolean {
  if (!Number.isFinite(n)) return false;
  if (!range) return true;
  if (range.whole && !Number.isInteger(n)) return false;
  if (range.min !== null && n < range.min) return false;
  return range.max === null || n <= range.max;
}

/** Whether `value` already is what its column stores, exactly as `coerceValue` would write it. */
export function isCanonical(
  value: unknown,
  type: ColumnType,
  options: readonly ChoiceOption[],
  range?: NumberRange,
): boolean {
  switch (type) {
    case 'text':
    case 'longText':
    case 'person':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && fitsRange(value, range);
    case 'progress':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'checkbox':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && options.some((o) => o.id === value);
  }
}

/** Renders any stored value as text, for display of invalid values and for retyping to text. */
export function rawText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '[?]';
  }
}

/** Whether two reads of a cell show the same: same state and the same value or raw text. */
export function sameCellRead(a: CellRead, b: CellRead): boolean {
  if (a === b) return true;
  if (a.state === 'ok') return b.state === 'ok' && a.value === b.value;
  if (a.state === 'invalid') return b.state === 'invalid' && a.raw === b.raw;
  return b.state === 'empty';
}

/** Validates a stored value against its column; never throws, whatever a peer or file sent. */
export function readValue(
  value: unknown,
  type: ColumnType,
  options: readonly ChoiceOption[],
  range?: NumberRange,
): CellRead {
  if (value === null || value === undefined || value === '') return { state: 'empty' };
  if (isCanonical(value, type, options, range)) return { state: 'ok', value: value as CellValue };
  return { state: 'invalid', raw: rawText(value) };
}

/**
 * Converts user input or a value of another type into the canonical value of `type`:
 * `{ok: true, value: null}` clears the cell, `{ok: false}` means it does not fit.
 */
export function coerceValue(
  input: unknown,
  type: ColumnType,
  options: readonly ChoiceOption[],
  range?: NumberRange,
): Coerced {
  if (input === null || input === undefined || input === '') return { ok: true, value: null };
  if (isCanonical(input, type, options, range)) return { ok: true, value: input as CellValue };
  const text = rawText(input).trim();
  if (text === '') return { ok: true, value: null };
  switch (type) {
    case 'text':
    case 'longText':
    case 'person':
      return { ok: true, value: rawText(input) };
    case 'number': {
      const n = typeof input === 'boolean' ? (input ? 1 : 0) : parseNumber(text);
      return n === null || !fitsRange(n, range) ? { ok: false } : { ok: true, value: n };
    }
    case 'progress': {
      const n = parseNumber(text.replace(/\s*%$/, ''));
      return n === null || n < 0 || n > 100 ? { ok: false } : { ok: true, value: n };
    }
    case 'date': {
      const d = parseDate(text);
      return d === null ? { ok: false } : { ok: true, value: d };
    }
    case 'checkbox': {
      const lower = text.toLowerCase();
      if (TRUE_WORDS.has(lower)) return { ok: true, value: true };
      if (FALSE_WORDS.has(lower)) return { ok: true, value: false };
      return { ok: false };
    }
    case 'choice': {
      const lower = text.toLowerCase();
      const match = options.find((o) => o.id === text || o.label.toLowerCase() === lower);
      return match ? { ok: true, value: match.id } : { ok: false };
    }
  }
}
