import { parseCellInput } from './cell-input';
import { rangeSize } from './selection';
import type {
  CellPos,
  CellRange,
  CellWrite,
  FillContext,
  GridShape,
  PasteContext,
  PastePlan,
  PasteProblem,
} from './types';

/** The row id a write to the `n`th row added at the end of the sheet carries. */
export function newRowId(n: number): string {
  return `new:${n}`;
}

/** The range pulled inside the grid as shown, or null if nothing of it is left. */
function clampRange(range: CellRange, shape: GridShape): CellRange | null {
  const r = {
    top: Math.max(0, range.top),
    left: Math.max(0, range.left),
    bottom: Math.min(range.bottom, shape.rowIds.length - 1),
    right: Math.min(range.right, shape.columns.length - 1),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

/** Where a block lands and how often it repeats: once at the target, or tiled over the selection. */
function placement(
  height: number,
  width: number,
  target: CellPos,
  ctx: PasteContext,
): { at: CellPos; rows: number; cols: number } {
  const selection = ctx.selection ? clampRange(ctx.selection, ctx) : null;
  if (selection) {
    const size = rangeSize(selection);
    // Like the spreadsheets: a block that fits a bigger selection a whole number of times in
    // both directions (a single cell always does) repeats to fill it.
    const bigger = size.rows * size.cols > height * width;
    if (bigger && size.rows % height === 0 && size.cols % width === 0) {
      return { at: { row: selection.top, col: selection.left }, rows: size.rows, cols: size.cols };
    }
  }
  // A target past the last row pastes from the first new row: new rows are never skipped.
  const row = Math.max(0, Math.min(target.row, ctx.rowIds.length));
  return { at: { row, col: Math.max(0, target.col) }, rows: height, cols: width };
}

/**
 * Plans pasting a block of text cells with its top-left cell at `target`: every cell typed by
 * its column, rows past the end added as `new:<n>`, columns past the last visible one dropped.
 * If any cell does not fit its column the plan has problems and no writes: nothing is
 * half-applied. Short (ragged) rows write only the cells they have.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  target: CellPos,
  ctx: PasteContext,
): PastePlan {
  const height = block.length;
  const width = block.reduce((w, row) => Math.max(w, row.length), 0);
  if (height === 0 || width === 0)
    return { writes: [], newRows: 0, problems: [], droppedColumns: 0 };
  const { at, rows, cols } = placement(height, width, target, ctx);
  const rowCount = ctx.rowIds.length;
  const writes: CellWrite[] = [];
  const problems: PasteProblem[] = [];
  const droppedColumns = Math.max(0, at.col + cols - Math.max(ctx.columns.length, at.col));
  const newRows = Math.max(0, at.row + rows - Math.max(rowCount, at.row));

  for (let i = 0; i < rows; i++) {
    const line = block[i % height] ?? [];
    const gridRow = at.row + i;
    const rowId = gridRow < rowCount ? ctx.rowIds[gridRow] : newRowId(gridRow - rowCount);
    if (rowId === undefined) continue;
    for (let j = 0; j < cols; j++) {
      const text = line[j % width];
      const column = ctx.columns[at.col + j];
      if (text === undefined || !column) continue;
      const parsed = parseCellInput(text, column, ctx);
      if (parsed.ok) writes.push({ rowId, columnId: column.id, value: parsed.value });
      else problems.push({ row: gridRow + 1, col: at.col + j + 1, columnName: column.name, text });
    }
  }
  if (problems.length > 0) return { writes: [], newRows: 0, problems, droppedColumns };
  return { writes, newRows, problems, droppedColumns };
}

/**
 * Plans Ctrl+D: the top row of the range copied down into the rows below it, column by column;
 * a one-row range copies the row above it. Values are copied as they are stored; a source cell
 * holding an invalid value is a problem (its raw text would not fit), and then nothing is written.
 */
export function planFillDown(range: CellRange, ctx: FillContext): PastePlan {
  const empty: PastePlan = { writes: [], newRows: 0, problems: [], droppedColumns: 0 };
  const r = clampRange(range, ctx);
  if (!r) return empty;
  const source = r.top === r.bottom ? r.top - 1 : r.top;
  const first = r.top === r.bottom ? r.top : r.top + 1;
  const sourceId = ctx.rowIds[source];
  if (source < 0 || sourceId === undefined) return empty;
  const writes: CellWrite[] = [];
  const problems: PasteProblem[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const column = ctx.columns[col];
    if (!column) continue;
    const read = ctx.read(sourceId, column);
    if (read.state === 'invalid') {
      problems.push({ row: source + 1, col: col + 1, columnName: column.name, text: read.raw });
      continue;
    }
    const value = read.state === 'ok' ? read.value : null;
    for (let row = first; row <= r.bottom; row++) {
      const rowId = ctx.rowIds[row];
      if (rowId !== undefined) writes.push({ rowId, columnId: column.id, value });
    }
  }
  if (problems.length > 0) return { ...empty, problems };
  return { ...empty, writes };
}

/** Plans Delete: every cell of the range (inside the grid) set to null, which empties it. */
export function planClear(range: CellRange, ctx: GridShape): CellWrite[] {
  const r = clampRange(range, ctx);
  if (!r) return [];
  const writes: CellWrite[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const rowId = ctx.rowIds[row];
    if (rowId === undefined) continue;
    for (let col = r.left; col <= r.right; col++) {
      const column = ctx.columns[col];
      if (column) writes.push({ rowId, columnId: column.id, value: null });
    }
  }
  return writes;
}
