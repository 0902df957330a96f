import { localeTag, type Locale } from '../i18n/locales';
import type { CellRead, ColumnInfo } from '../model/schema';
import { formatCellText } from './cell-input';
import { searchText } from './find';
import type { CellReader, DisplayLine, FilterSpec, SheetViewSpec, SortSpec } from './types';

/** Reads each (row, column) cell at most once per call, however many filters and sorts use it. */
function makeCellCache(rowIds: readonly string[], read: CellReader) {
  const columns = new Map<string, (CellRead | undefined)[]>();
  return (index: number, column: ColumnInfo): CellRead => {
    let cells = columns.get(column.id);
    if (!cells) {
      cells = new Array<CellRead | undefined>(rowIds.length);
      columns.set(column.id, cells);
    }
    let cell = cells[index];
    if (cell === undefined) {
      cell = read(rowIds[index] ?? '', column);
      cells[index] = cell;
    }
    return cell;
  };
}

type RowTest = (cell: CellRead) => boolean;

/** A filter as a test on one cell of its column. */
function filterTest(filter: FilterSpec, column: ColumnInfo, locale: Locale): RowTest {
  switch (filter.op) {
    case 'contains': {
      const needle = searchText(filter.text, locale);
      if (needle === '') return () => true;
      return (cell) => searchText(formatCellText(cell, column, locale), locale).includes(needle);
    }
    case 'is': {
      // No option chosen yet is a filter not yet set, not a filter that hides every row.
      if (filter.optionIds.length === 0) return () => true;
      const ids = new Set(filter.optionIds);
      return (cell) => cell.state === 'ok' && typeof cell.value === 'string' && ids.has(cell.value);
    }
    case 'before':
    case 'after': {
      const after = filter.op === 'after';
      // ISO dates compare as strings; an empty or invalid date never matches either way.
      return (cell) =>
        column.type === 'date' &&
        cell.state === 'ok' &&
        typeof cell.value === 'string' &&
        (after ? cell.value > filter.date : cell.value < filter.date);
    }
    case 'empty':
    case 'notEmpty': {
      // Empty means nothing shows: an unticked box and a blank text count as empty.
      const wanted = filter.op === 'empty';
      return (cell) => (formatCellText(cell, column, locale).trim() === '') === wanted;
    }
  }
}

const RANK_VALID = 0;
const RANK_INVALID = 1;
const RANK_EMPTY = 2;

/** One sort spec with every row's key read once: a rank (valid, invalid, empty) and a value. */
interface SortKey {
  direction: 1 | -1;
  rank: Uint8Array;
  /** Numbers, option indices for choices, 0/1 for checkboxes; null when the key is text. */
  numbers: Float64Array | null;
  strings: string[];
  collate: boolean;
}

function sortKey(
  spec: SortSpec,
  column: ColumnInfo,
  rows: readonly number[],
  cell: (index: number, column: ColumnInfo) => CellRead,
  size: number,
): SortKey {
  const rank = new Uint8Array(size);
  const numeric =
    column.type === 'number' ||
    column.type === 'progress' ||
    column.type === 'choice' ||
    column.type === 'checkbox';
  const numbers = numeric ? new Float64Array(size) : null;
  const strings = new Array<string>(size);
  const optionIndex = new Map(column.options.map((o, i) => [o.id, i]));
  for (const index of rows) {
    const read = cell(index, column);
    if (read.state === 'empty') {
      rank[index] = RANK_EMPTY;
    } else if (read.state === 'invalid') {
      rank[index] = RANK_INVALID;
      strings[index] = read.raw;
    } else {
      rank[index] = RANK_VALID;
      const v = read.value;
      if (numbers) {
        numbers[index] =
          column.type === 'choice'
            ? (optionIndex.get(String(v)) ?? column.options.length)
            : typeof v === 'number'
              ? v
              : v === true
                ? 1
                : 0;
      } else {
        strings[index] = String(v);
      }
    }
  }
  return {
    direction: spec.direction === 'desc' ? -1 : 1,
    rank,
    numbers,
    strings,
    // Dates are ISO strings, which sort chronologically as they are; text goes by the locale.
    collate: column.type !== 'date',
  };
}

/**
 * The lines of a sheet as one member sees it: rows filtered (all filters must hold), sorted
 * (stable, by each sort in turn), and grouped by a choice column in option order with the
 * empty group last; a collapsed group shows only its header. Filters and sorts on columns
 * that no longer exist are ignored, so a column deleted by another member breaks no view.
 */
export function displayLines(
  rowIds: readonly string[],
  columns: readonly ColumnInfo[],
  read: CellReader,
  spec: SheetViewSpec,
  locale: Locale,
): DisplayLine[] {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const cell = makeCellCache(rowIds, read);

  const tests = spec.filters.flatMap((filter) => {
    const column = byId.get(filter.columnId);
    return column ? [{ column, test: filterTest(filter, column, locale) }] : [];
  });
  const rows: number[] = [];
  for (let i = 0; i < rowIds.length; i++) {
    if (tests.every(({ column, test }) => test(cell(i, column)))) rows.push(i);
  }

  const keys = spec.sort.flatMap((s) => {
    const column = byId.get(s.columnId);
    return column ? [sortKey(s, column, rows, cell, rowIds.length)] : [];
  });
  if (keys.length > 0) {
    // numeric: "Møte 9" before "Møte 10", as people number their steps.
    const collator = new Intl.Collator(localeTag(locale), { numeric: true });
    const compareText = (x: string, y: string, collate: boolean) =>
      collate ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
    rows.sort((a, b) => {
      for (const key of keys) {
        const ra = key.rank[a] ?? RANK_EMPTY;
        const rb = key.rank[b] ?? RANK_EMPTY;
        // Empty cells last and invalid ones just before them, whichever the direction.
        if (ra !== rb) return ra - rb;
        if (ra === RANK_EMPTY) continue;
        const c =
          ra === RANK_VALID && key.numbers
            ? (key.numbers[a] ?? 0) - (key.numbers[b] ?? 0)
            : compareText(
                key.strings[a] ?? '',
                key.strings[b] ?? '',
                key.collate || ra === RANK_INVALID,
              );
        if (c !== 0) return c * key.direction;
      }
      return a - b;
    });
  }

  const groupColumn = spec.groupBy ? byId.get(spec.groupBy) : undefined;
  if (!groupColumn || groupColumn.type !== 'choice') {
    return rows.map((i) => ({ kind: 'row', rowId: rowIds[i] ?? '' }));
  }
  // An invalid value (an option since deleted, a peer's nonsense) joins the empty group: it
  // names no option, and the cell itself shows the raw value flagged.
  const groups = new Map<string, number[]>(groupColumn.options.map((o) => [o.id, []]));
  const emptyGroup: number[] = [];
  for (const i of rows) {
    const read = cell(i, groupColumn);
    const members = read.state === 'ok' ? groups.get(String(read.value)) : undefined;
    (members ?? emptyGroup).push(i);
  }
  const collapsed = new Set(spec.collapsed);
  const lines: DisplayLine[] = [];
  const emit = (key: string, label: string, color: string | null, members: number[]) => {
    if (members.length === 0) return;
    const isCollapsed = collapsed.has(key);
    lines.push({ kind: 'group', key, label, color, count: members.length, collapsed: isCollapsed });
    if (!isCollapsed) for (const i of members) lines.push({ kind: 'row', rowId: rowIds[i] ?? '' });
  };
  for (const option of groupColumn.options) {
    emit(option.id, option.label, option.color, groups.get(option.id) ?? []);
  }
  emit('', '', null, emptyGroup);
  return lines;
}
