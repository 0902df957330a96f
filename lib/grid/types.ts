import type { Locale } from '../i18n/locales';
import type { CellRead, ColumnInfo } from '../model/schema';

/** A cell position in the grid as shown: index into the displayed rows and visible columns. */
export interface CellPos {
  row: number;
  col: number;
}

/** A selection: the anchor where it started and the focus (the active cell) where it ends. */
export interface Selection {
  anchor: CellPos;
  focus: CellPos;
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The size of the grid as shown, and how many rows one page (PageUp/PageDown) moves. */
export interface GridBounds {
  rows: number;
  cols: number;
  pageRows: number;
}

/** A key press as navigation sees it. */
export interface NavKey {
  key: string;
  shift: boolean;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod: boolean;
  alt: boolean;
}

/** Reads a cell of the sheet being shown, validated (from the plan model). */
export type CellReader = (rowId: string, column: ColumnInfo) => CellRead;

export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  columnId: string;
  direction: SortDirection;
}

export type FilterSpec =
  | { columnId: string; op: 'contains'; text: string }
  | { columnId: string; op: 'is'; optionIds: string[] }
  | { columnId: string; op: 'before' | 'after'; date: string }
  | { columnId: string; op: 'empty' | 'notEmpty' };

/** How one member looks at a sheet: never stored in the plan, so others' views do not change. */
export interface SheetViewSpec {
  sort: SortSpec[];
  filters: FilterSpec[];
  /** A choice column to group rows by, with the groups the member collapsed. */
  groupBy: string | null;
  collapsed: string[];
}

/** A line of the displayed grid: a row of the sheet, or the header of a group. */
export type DisplayLine =
  | { kind: 'row'; rowId: string }
  | {
      kind: 'group';
      key: string;
      label: string;
      color: string | null;
      count: number;
      collapsed: boolean;
    };

/** One cell of a paste or fill: where it goes and the value to write, already typed. */
export interface CellWrite {
  rowId: string;
  columnId: string;
  value: unknown;
}

/** A pasted value that does not fit its column, with its place in the grid (1-based for people). */
export interface PasteProblem {
  row: number;
  col: number;
  columnName: string;
  text: string;
}

export interface PastePlan {
  writes: CellWrite[];
  /** How many rows must be added at the end of the sheet before the writes (new row ids are `new:<n>`). */
  newRows: number;
  problems: PasteProblem[];
  /** How many pasted columns fell beyond the last visible column and were left out. */
  droppedColumns: number;
}

/** How many rows and columns a range spans. */
export interface RangeSize {
  rows: number;
  cols: number;
}

/** What turning typed or pasted text into values needs: the language and today's ISO date. */
export interface InputContext {
  locale: Locale;
  /** Today as an ISO date (`2027-03-17`): a date typed without a year falls in today's year. */
  today: string;
}

/** The grid as shown: displayed row ids and visible columns, each in display order. */
export interface GridShape {
  rowIds: readonly string[];
  columns: readonly ColumnInfo[];
}

/** What a paste needs: the grid as shown, the language, and the selection it lands on. */
export interface PasteContext extends GridShape, InputContext {
  /** The selected range; a copied block that fits into it a whole number of times fills it. */
  selection?: CellRange;
}

/** What a fill down needs: the grid as shown and a way to read the cells it copies. */
export interface FillContext extends GridShape {
  read: CellReader;
}
