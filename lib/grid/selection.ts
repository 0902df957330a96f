import type { CellPos, CellRange, GridBounds, RangeSize, Selection } from './types';

/** The rectangle a selection covers, whichever way it was dragged. */
export function rangeOf(sel: Selection): CellRange {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    right: Math.max(sel.anchor.col, sel.focus.col),
  };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** The nearest position inside the bounds (the top-left cell when the grid is empty). */
export function clampPos(pos: CellPos, bounds: GridBounds): CellPos {
  return { row: clamp(pos.row, bounds.rows - 1), col: clamp(pos.col, bounds.cols - 1) };
}

/** The selection with both ends pulled inside the bounds, e.g. after a filter hid rows. */
export function clampSelection(sel: Selection, bounds: GridBounds): Selection {
  return { anchor: clampPos(sel.anchor, bounds), focus: clampPos(sel.focus, bounds) };
}

/** Whether a position lies inside a range (edges included). */
export function isInRange(pos: CellPos, range: CellRange): boolean {
  return (
    pos.row >= range.top &&
    pos.row <= range.bottom &&
    pos.col >= range.left &&
    pos.col <= range.right
  );
}

/** A selection of the single cell at `pos`. */
export function selectionAt(pos: CellPos): Selection {
  return { anchor: { ...pos }, focus: { ...pos } };
}

/** The selection stretched from its anchor to `pos` (Shift+click, Shift+arrow). */
export function extendTo(sel: Selection, pos: CellPos): Selection {
  return { anchor: { ...sel.anchor }, focus: { ...pos } };
}

/** How many rows and columns a range spans. */
export function rangeSize(range: CellRange): RangeSize {
  return {
    rows: Math.max(0, range.bottom - range.top + 1),
    cols: Math.max(0, range.right - range.left + 1),
  };
}
