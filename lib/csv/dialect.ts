import type { Locale } from '../i18n/locales';
import type { CellRead, ColumnInfo } from '../model/schema';
import { rawText } from '../model/values';
import { neutraliseFormula } from './formula';

/** The two ways Forankra writes CSV. */
export const CSV_DIALECT_IDS = ['excel-nordic', 'standard'] as const;
export type CsvDialectId = (typeof CSV_DIALECT_IDS)[number];

/** How a dialect writes a file: separator, byte-order mark, line end, decimal mark, dates, booleans. */
export interface CsvDialect {
  id: CsvDialectId;
  separator: ';' | ',';
  /** A UTF-8 byte-order mark first: Excel shows æøå right only with one. */
  bom: boolean;
  newline: '\r\n';
  decimalMark: ',' | '.';
  /** `locale`: as the user's language writes dates (see `formatCsvDate`); `iso`: `2027-03-17`. */
  dates: 'locale' | 'iso';
  /** `words`: the user's language's yes and no; `english`: `true` and `false`. */
  booleans: 'words' | 'english';
}

/** "Excel (Nordic)" and "Standard CSV" (RFC 4180, UTF-8). */
export const CSV_DIALECTS: Readonly<Record<CsvDialectId, CsvDialect>> = {
  'excel-nordic': {
    id: 'excel-nordic',
    separator: ';',
    bom: true,
    newline: '\r\n',
    decimalMark: ',',
    dates: 'locale',
    booleans: 'words',
  },
  // RFC 4180 asks for CRLF too. Booleans as `true`/`false`: the file is language-free like its
  // ISO dates and decimal points, and every tool that reads CSV understands them.
  standard: {
    id: 'standard',
    separator: ',',
    bom: false,
    newline: '\r\n',
    decimalMark: '.',
    dates: 'iso',
    booleans: 'english',
  },
};

/** Whether a stored value names a dialect. */
export function isCsvDialectId(value: unknown): value is CsvDialectId {
  return typeof value === 'string' && (CSV_DIALECT_IDS as readonly string[]).includes(value);
}

// Yes and no as people write them; lib/grid/cell-input.ts and lib/model/values.ts read all of
// them back.
const YES_NO: Record<Locale, readonly [string, string]> = {
  nb: ['ja', 'nei'],
  da: ['ja', 'nej'],
  sv: ['ja', 'nej'],
  en: ['yes', 'no'],
};

// `1.5e-7` → `0.00000015`, `1e+21` → `1000000000000000000000`: the same digits, moved.
function withoutExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number in the dialect's form: shortest exact digits, never an exponent, no grouping, ASCII
 * minus, the dialect's decimal mark.
 */
export function formatCsvNumber(n: number, dialect: CsvDialect): string {
  if (!Number.isFinite(n)) return '';
  // `String` gives the shortest text that reads back to the same number, but switches to an
  // exponent below 1e-6 and from 1e21, which Excel under a Nordic locale reads as text.
  const text = withoutExponent(Object.is(n, -0) ? '0' : String(n));
  return dialect.decimalMark === '.' ? text : text.replace('.', dialect.decimalMark);
}

/**
 * An ISO date in the dialect's form. Excel (Nordic): nb and da `17.03.2027`, sv `2027-03-17`,
 * en `2027-03-17` — an English-speaking user's Excel may run under any locale, and ISO is the
 * one form every Excel reads as a date and nobody reads as another day.
 */
export function formatCsvDate(iso: string, dialect: CsvDialect, locale: Locale): string {
  if (dialect.dates === 'iso' || locale === 'sv' || locale === 'en') return iso;
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** A checkbox value in the dialect's form: `ja`/`nei` (per language) or `true`/`false`. */
export function formatCsvBoolean(value: boolean, dialect: CsvDialect, locale: Locale): string {
  if (dialect.booleans === 'english') return value ? 'true' : 'false';
  const [yes, no] = YES_NO[locale];
  return value ? yes : no;
}

/**
 * A cell as the dialect writes it, before quoting: numbers and progress as numbers, dates per
 * dialect, a choice and a person by the text people see, a checkbox as a word, text (and an
 * invalid value's raw text) neutralised so a spreadsheet does not run it as a formula.
 */
export function formatCsvCell(
  read: CellRead,
  column: ColumnInfo,
  dialect: CsvDialect,
  locale: Locale,
): string {
  if (read.state === 'empty') return '';
  if (read.state === 'invalid') return neutraliseFormula(read.raw);
  const value = read.value;
  switch (column.type) {
    case 'number':
    case 'progress':
      if (typeof value === 'number') return formatCsvNumber(value, dialect);
      break;
    case 'date':
      if (typeof value === 'string') return formatCsvDate(value, dialect, locale);
      break;
    case 'checkbox':
      if (typeof value === 'boolean') return formatCsvBoolean(value, dialect, locale);
      break;
    case 'choice': {
      const label = column.options.find((o) => o.id === value)?.label;
      if (label !== undefined) return neutraliseFormula(label);
      break;
    }
    case 'text':
    case 'longText':
    case 'person':
      break;
  }
  return neutraliseFormula(rawText(value));
}

/** A column's name as a header field: neutralised like text, since users name columns freely. */
export function neutraliseHeader(column: ColumnInfo): string {
  return neutraliseFormula(column.name);
}

/** A field quoted as RFC 4180 asks when it holds the separator, a quote or a line break; else as is. */
export function quoteCsvField(field: string, dialect: CsvDialect): string {
  const needsQuotes =
    field.includes(dialect.separator) ||
    field.includes('"') ||
    field.includes('\n') ||
    field.includes('\r');
  return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One record: the fields quoted, joined by the separator, ended by the dialect's line end. */
export function csvRecord(fields: readonly string[], dialect: CsvDialect): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += dialect.separator;
    line += quoteCsvField(fields[i] ?? '', dialect);
  }
  return line + dialect.newline;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** A CSV text as the bytes of a file in the dialect: UTF-8, with a byte-order mark where the dialect has one. */
export function encodeCsv(text: string, dialect: CsvDialect): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!dialect.bom) return body;
  const bytes = new Uint8Array(UTF8_BOM.length + body.byteLength);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
