import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, type CsvDialectId } from '@/lib/csv/dialect';
import { csvText } from '@/lib/csv/export';
import { restoreFormula } from '@/lib/csv/formula';
import { parseCellInput } from '@/lib/grid/cell-input';
import type { CellReader } from '@/lib/grid/types';
import type { Locale } from '@/lib/i18n/locales';
import type { ColumnInfo, ColumnType } from '@/lib/model/schema';
import { readValue } from '@/lib/model/values';
import { col, STATUS } from '../grid/builders';

// Export random sheets, read the file back with papaparse and Forankra's own cell parsing (as
// a paste or an import reads text), and expect every value unchanged. Not the importer itself
// (lib/csv/import*, another piece of work): the dialect's promise that what it writes reads back.

function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  "'",
  ';',
  ',',
  '"',
  '\n',
  '\r\n',
  ' ',
  'æøå',
  'Kari',
  '1,5',
  'x',
];
const COLUMNS: ColumnInfo[] = (
  [
    ['text', 'text'],
    ['long', 'longText'],
    ['who', 'person'],
    ['n', 'number'],
    ['p', 'progress'],
    ['d', 'date'],
    ['c', 'choice'],
    ['b', 'checkbox'],
  ] as [string, ColumnType][]
).map(([id, type]) => col(id, type, type === 'choice' ? STATUS : []));

function randomValue(random: () => number, column: ColumnInfo): unknown {
  if (random() < 0.15) return null;
  const int = (n: number) => Math.floor(random() * n);
  switch (column.type) {
    case 'text':
    case 'longText':
    case 'person': {
      let s = '';
      for (let i = int(5) + 1; i > 0; i--) s += PIECES[int(PIECES.length)];
      // Forankra keeps typed text as typed but unifies Windows line ends; so does a paste.
      return s.replace(/\r\n?/g, '\n').trim() === '' ? 'x' : s.replace(/\r\n?/g, '\n');
    }
    case 'number':
      return [0, -1, 1234567.25, -0.001, 1e-7, 42, (random() - 0.5) * 1e6][int(7)];
    case 'progress':
      return int(201) / 2;
    case 'date':
      return `20${String(10 + int(20))}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    case 'choice':
      return STATUS[int(STATUS.length)]?.id;
    case 'checkbox':
      return random() < 0.5;
  }
}

function roundTrip(dialectId: CsvDialectId, locale: Locale, seed: number) {
  const random = seeded(seed);
  const dialect = CSV_DIALECTS[dialectId];
  const rows = Array.from({ length: 40 }, (_, i) => `r${i}`);
  const stored = new Map(
    rows.map((r) => [r, new Map(COLUMNS.map((c) => [c.id, randomValue(random, c)]))]),
  );
  const read: CellReader = (rowId, column) =>
    readValue(stored.get(rowId)?.get(column.id), column.type, column.options);
  const text = csvText(COLUMNS, rows, read, dialect, locale);
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect.separator, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const records = parsed.data.filter((r) => !(r.length === 1 && r[0] === ''));
  expect(records).toHaveLength(rows.length + 1);
  // The dialect, not the reader's language, says which mark is decimal: Standard CSV reads as
  // English (point), Excel (Nordic) as Norwegian (comma) — also for an English-speaking user,
  // whose reader would otherwise take `-0,001` for minus one thousand with a grouping comma.
  const readLocale: Locale = dialectId === 'standard' ? 'en' : locale === 'en' ? 'nb' : locale;
  rows.forEach((rowId, i) => {
    COLUMNS.forEach((column, j) => {
      const field = records[i + 1]?.[j] ?? '';
      const isText =
        column.type === 'text' || column.type === 'longText' || column.type === 'person';
      const got = parseCellInput(isText ? restoreFormula(field) : field, column, {
        locale: readLocale,
        today: '2027-01-01',
      });
      const want = stored.get(rowId)?.get(column.id) ?? null;
      // An unticked box reads back as false, which shows as the same unticked box.
      expect(
        got,
        `${dialectId} ${locale} row ${i} ${column.type} ${JSON.stringify(field)}`,
      ).toEqual({
        ok: true,
        value: want,
      });
    });
  });
}

describe('export, then read back', () => {
  for (const [dialect, locale] of [
    ['excel-nordic', 'nb'],
    ['excel-nordic', 'da'],
    ['excel-nordic', 'sv'],
    ['excel-nordic', 'en'],
    ['standard', 'nb'],
    ['standard', 'en'],
  ] as [CsvDialectId, Locale][]) {
    it(`gives every value back in ${dialect} (${locale}), 20 random sheets`, () => {
      for (let seed = 1; seed <= 20; seed++) roundTrip(dialect, locale, seed);
    });
  }
});
