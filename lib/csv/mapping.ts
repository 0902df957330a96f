import { SHEET_WORDS } from '../domain/sheet-words';
import { LOCALES } from '../i18n/locales';
import type { ColumnInfo, ColumnType } from '../model/schema';
import { inferColumnType, type InferredType } from './infer';

/** Where one file column goes: an existing column, a new column of a type, or nowhere. */
export type ColumnTarget =
  | { kind: 'skip' }
  | { kind: 'existing'; columnId: string }
  | { kind: 'new'; name: string; type: ColumnType };

/** A column name folded for matching: case, diacritics (also æ, ø), spacing and punctuation ignored. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SHEET_GROUPS = ['plan', 'meetings', 'indicators', 'readiness', 'people', 'coding'] as const;

/** Each standard column's names in all four languages, folded; one set per column. */
const TEMPLATE_NAMES: Set<string>[] = SHEET_GROUPS.flatMap((group) =>
  Object.keys(SHEET_WORDS.en[group]).map(
    (field) =>
      new Set(
        LOCALES.map((locale) =>
          foldName((SHEET_WORDS[locale][group] as Record<string, string>)[field] ?? ''),
        ).filter((n) => n !== ''),
      ),
  ),
);

/** The folded names a column answers to: its own, and for a template column its names in every language. */
function namesOf(column: ColumnInfo): Set<string> {
  const own = foldName(column.name);
  const names = new Set([own]);
  for (const set of TEMPLATE_NAMES) if (set.has(own)) for (const n of set) names.add(n);
  return names;
}

/** A spreadsheet's letter name for a 0-based column index: A, B, …, Z, AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The values of file column `index` in the data rows, as a lazy sequence. */
function* columnValues(rows: readonly (readonly string[])[], index: number, limit: number) {
  const end = Math.min(rows.length, limit);
  for (let r = 0; r < end; r++) yield rows[r]?.[index] ?? '';
}

// Type inference looks at this many rows; validation still checks every row.
const INFER_ROWS = 5000;

/** The type proposed for a new column made from file column `index`, read from its first rows. */
export function inferFileColumnType(
  dataRows: readonly (readonly string[])[],
  index: number,
): InferredType {
  return inferColumnType(columnValues(dataRows, index, INFER_ROWS));
}

/**
 * Proposes a target for each file column: an existing column whose name (or template name in
 * any language) matches the header, else a new column of the inferred type. Without a header,
 * file columns go to the sheet's columns by position, the rest to new columns.
 */
export function autoMap(
  header: readonly string[] | null,
  dataRows: readonly (readonly string[])[],
  width: number,
  columns: readonly ColumnInfo[],
  newName: (index: number) => string,
): ColumnTarget[] {
  const used = new Set<string>();
  const targets: ColumnTarget[] = [];
  const names = columns.map((c) => ({ column: c, own: foldName(c.name), all: namesOf(c) }));
  for (let i = 0; i < width; i++) {
    let match: ColumnInfo | undefined;
    if (header) {
      const folded = foldName(header[i] ?? '');
      if (folded !== '') {
        match =
          names.find((n) => !used.has(n.column.id) && n.own === folded)?.column ??
          names.find((n) => !used.has(n.column.id) && n.all.has(folded))?.column;
      }
    } else {
      match = columns[i];
    }
    if (match) {
      used.add(match.id);
      targets.push({ kind: 'existing', columnId: match.id });
    } else {
      const name = header?.[i]?.trim() || newName(i);
      // Inferred only for the columns that need it: a 10,000-row file took tens of ms per column.
      targets.push({ kind: 'new', name, type: inferFileColumnType(dataRows, i) });
    }
  }
  return targets;
}
