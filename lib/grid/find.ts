import type { Locale } from '../i18n/locales';
import type { ColumnInfo } from '../model/schema';
import { formatCellText } from './cell-input';
import type { CellPos, CellReader } from './types';

/**
 * Text as find and the "contains" filter compare it: lower-cased, and composed (NFC) so an `å`
 * pasted from a Mac as `a` + combining ring matches a typed `å`. Diacritics are deliberately
 * NOT folded: æ, ø, å, ä and ö are letters of their own in Norwegian, Danish and Swedish, not
 * accented a and o ("får" is sheep, "far" is father), so a search for "a" must not find "å".
 */
export function searchText(text: string, _locale: Locale): string {
  // Plain toLowerCase: it lower-cases nb, da, sv and en exactly as their locales do (only
  // Turkish, Azeri and Lithuanian differ), and toLocaleLowerCase costs ~100× as much per call,
  // which a find over 10,000 × 12 cells feels.
  return text.normalize('NFC').toLowerCase();
}

/** The cells whose shown text contains the query (case-insensitive), in reading order. */
export function findMatches(
  query: string,
  rowIds: readonly string[],
  columns: readonly ColumnInfo[],
  read: CellReader,
  locale: Locale,
): CellPos[] {
  const needle = searchText(query, locale);
  if (needle === '') return [];
  const matches: CellPos[] = [];
  for (let row = 0; row < rowIds.length; row++) {
    const rowId = rowIds[row];
    if (rowId === undefined) continue;
    for (let col = 0; col < columns.length; col++) {
      const column = columns[col];
      if (!column) continue;
      const text = formatCellText(read(rowId, column), column, locale);
      if (text !== '' && searchText(text, locale).includes(needle)) matches.push({ row, col });
    }
  }
  return matches;
}

function before(a: CellPos, b: CellPos): boolean {
  return a.row < b.row || (a.row === b.row && a.col < b.col);
}

/**
 * The match after `from` in reading order (or before it, backwards), wrapping round at the end
 * of the sheet; null when there are no matches. `from` need not be a match itself.
 */
export function nextMatch(
  matches: readonly CellPos[],
  from: CellPos,
  backwards: boolean,
): CellPos | null {
  if (matches.length === 0) return null;
  // Binary search for the first match not before `from`; matches are in reading order.
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (m && before(m, from)) lo = mid + 1;
    else hi = mid;
  }
  if (backwards) return matches[(lo - 1 + matches.length) % matches.length] ?? null;
  const at = matches[lo];
  const index = at && at.row === from.row && at.col === from.col ? lo + 1 : lo;
  return matches[index % matches.length] ?? null;
}
