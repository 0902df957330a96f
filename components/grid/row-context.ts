import type { ComputedCell } from '@/lib/grid/cell-face';
import type { CellPresence } from '@/lib/grid/presence';
import type { CellPos, CellRange, DisplayLine } from '@/lib/grid/types';
import type { ColumnInfo } from '@/lib/model/schema';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import type { EditorExit } from './CellEditor';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';

export interface Editing {
  // The edited cell is named by row and column, never by its place on screen: sorting,
  // another member's insert or delete, or a regrouping may move it while it is being edited.
  rowId: string;
  columnId: string;
  initial: string;
  replace: boolean;
  /** Whether a keystroke reached the plan: only then has Esc an edit step to take back. */
  wrote: boolean;
}

/**
 * What the grid's row slots read and call. One object for every slot, built once by the grid,
 * so a slot holds no copies of the grid's state and no closures of its own beyond its handlers.
 */
export interface RowContext {
  gridId: string;
  view: () => PlanView;
  sheetId: () => string;
  readOnly: () => boolean;
  canReorder: () => boolean;
  columns: () => readonly ColumnInfo[];
  lines: () => readonly DisplayLine[];
  widths: () => readonly number[];
  totalWidth: () => number;
  /** The width of the frozen pane: the row head and the first column. */
  pinnedWidth: () => number;
  viewportWidth: () => number;
  today: () => string;
  people: () => readonly string[];
  active: () => CellPos;
  range: () => CellRange;
  editing: () => Editing | null;
  /** The date column that turns red when a row is late, if the sheet has one. */
  dueColumnId: () => string | undefined;
  /** Whether a row is late; reads its cells without subscribing (a slot does, by its stamp). */
  overdueRow: (rowId: string) => boolean;
  /** The column whose empty cells may show a computed figure, if the sheet has one. */
  computedColumnId: () => string | undefined;
  computed: (rowId: string) => ComputedCell | undefined;
  /** The other members in the cells of this sheet (see lib/grid/presence). */
  presence: () => ReadonlyMap<string, CellPresence[]>;
  /** 1-based number of the sheet row shown on a line (group headers are not counted). */
  rowNumber: (line: number) => number;
  onCellMouseDown: (event: MouseEvent, line: number, col: number) => void;
  onCellDblClick: (line: number, col: number) => void;
  onRowHandleDown: (event: PointerEvent, line: number) => void;
  onToggleGroup: (key: string) => void;
  writeEditing: (editing: Editing, value: unknown, text: string) => boolean;
  exitEditing: (how: EditorExit) => void;
}

/** The id of the element for a cell, the grid's aria-activedescendant when it is active. */
export function cellId(gridId: string, line: number, col: number): string {
  return `${gridId}-${String(line)}-${String(col)}`;
}

/** The id of a line's row head (in the frozen pane, owned by the line's row). */
export function rowHeadId(gridId: string, line: number): string {
  return `${gridId}-${String(line)}-head`;
}

/**
 * The ids a line's row owns (aria-owns), in column order: its row head (for a data line) and
 * every cell. The first two live in the frozen pane outside the row; the row's own cells are
 * listed too, which is how ARIA puts owned and own children in one order.
 */
export function lineCellIds(ctx: RowContext, line: number, withHead: boolean): string {
  const ids = ctx.columns().map((_, col) => cellId(ctx.gridId, line, col));
  return (withHead ? [rowHeadId(ctx.gridId, line), ...ids] : ids).join(' ');
}

/** Where a line's part in the frozen pane is drawn: at its line, as wide as the pane. */
export function pinnedPartStyle(ctx: RowContext, line: number): Record<string, string> {
  return {
    transform: `translateY(${String(HEADER_HEIGHT + line * ROW_HEIGHT)}px)`,
    width: `${String(ctx.pinnedWidth())}px`,
  };
}

/** Where a line's row in the grid is drawn: at its line, beside the frozen pane. */
export function restPartStyle(ctx: RowContext, line: number): Record<string, string> {
  return {
    transform: `translate(${String(ctx.pinnedWidth())}px, ${String(HEADER_HEIGHT + line * ROW_HEIGHT)}px)`,
    width: `${String(ctx.totalWidth() - ctx.pinnedWidth())}px`,
  };
}
