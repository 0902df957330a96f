import { LOCALES } from '../i18n/locales';
import type { CellRead, ColumnInfo, ColumnType, SheetInfo } from '../model/schema';
import { SHEET_WORDS, type SheetWords } from './sheet-words';

/** What the sheet panels read from a plan: PlanModel and the reactive PlanView both fit. */
export interface SheetSource {
  sheets(): SheetInfo[];
  columns(sheetId: string): ColumnInfo[];
  rowIds(sheetId: string): readonly string[];
  row(sheetId: string, rowId: string): { editedAt: number | null } | undefined;
  cell(sheetId: string, rowId: string, column: ColumnInfo): CellRead;
}

/** A column name compared as people see it: composed, trimmed, any case. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The names a template gives one column in the four languages. */
export function namesFor(pick: (words: SheetWords) => string): Set<string> {
  return new Set(LOCALES.map((locale) => normaliseName(pick(SHEET_WORDS[locale]))));
}

/**
 * The column a template named with one of `names` (a plan made in Danish keeps its Danish
 * names when a Swede opens it), else, as users rename columns, the first of the right type.
 */
export function findColumn(
  columns: readonly ColumnInfo[],
  names: Set<string>,
  types: readonly ColumnType[],
  fallback: 'first' | 'last' | 'none' = 'first',
): ColumnInfo | undefined {
  const named = columns.find((c) => names.has(normaliseName(c.name)) && types.includes(c.type));
  if (named || fallback === 'none') return named;
  const typed = columns.filter((c) => types.includes(c.type));
  return fallback === 'first' ? typed[0] : typed.at(-1);
}

/** A cell as plain text: a value's text, an invalid value's raw text, or ''. */
export function cellText(read: CellRead): string {
  if (read.state === 'empty') return '';
  if (read.state === 'invalid') return read.raw.trim();
  return String(read.value).trim();
}

/** A cell's raw content for a check of its own: a value, an invalid value's raw text, or null. */
export function cellRaw(read: CellRead): unknown {
  if (read.state === 'empty') return null;
  return read.state === 'invalid' ? read.raw : read.value;
}

/** A date cell's ISO date, or null. */
export function cellDate(read: CellRead): string | null {
  return read.state === 'ok' &&
    typeof read.value === 'string' &&
    /^\d{4}-\d\d-\d\d$/.test(read.value)
    ? read.value
    : null;
}
