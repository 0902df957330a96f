import { clampSelection, extendTo, selectionAt } from './selection';
import type { CellPos, GridBounds, NavKey, Selection } from './types';

const ARROWS: Readonly<Record<string, CellPos>> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

const NAV_KEYS = new Set([
  ...Object.keys(ARROWS),
  'Tab',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Enter',
]);

function within(n: number, last: number): number {
  return Math.max(0, Math.min(n, last));
}

/** Whether `navigate` would handle this key press (some keys mean nothing on an empty grid). */
export function isNavKey(key: NavKey): boolean {
  if (key.alt) return false;
  if (key.mod && (key.key === 'a' || key.key === 'A')) return true;
  if (key.mod && (key.key === 'Tab' || key.key === 'Enter')) return false;
  return NAV_KEYS.has(key.key);
}

/**
 * The selection after a navigation key, per the WAI-ARIA grid pattern and spreadsheet habit;
 * null when the key is not a navigation key (typing, Delete, F2, Alt+anything: the caller's),
 * and for a Tab that has nowhere to go (last cell, Shift+Tab in the first, an empty grid): the
 * browser then moves focus out of the grid, so Tab never traps a keyboard user (WCAG 2.1.2).
 * On an empty grid every other navigation key returns the selection unchanged.
 */
export function navigate(sel: Selection, key: NavKey, bounds: GridBounds): Selection | null {
  if (!isNavKey(key)) return null;
  if (bounds.rows <= 0 || bounds.cols <= 0) return key.key === 'Tab' ? null : sel;
  const { anchor, focus } = clampSelection(sel, bounds);
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  // Shift extends the range from the kept anchor; without it the selection collapses to one cell.
  const go = (pos: CellPos, extend: boolean): Selection =>
    extend ? extendTo({ anchor, focus }, pos) : selectionAt(pos);

  if (key.mod && (key.key === 'a' || key.key === 'A')) {
    return { anchor: { row: 0, col: 0 }, focus: { row: lastRow, col: lastCol } };
  }

  const step = ARROWS[key.key];
  if (step) {
    // Ctrl+arrow jumps to the edge of the grid (a spreadsheet stops at the edge of the data;
    // our rows have no gaps that matter, and the edge is what people expect in a planner).
    const move = (from: number, delta: number, last: number) =>
      key.mod ? (delta < 0 ? 0 : delta > 0 ? last : from) : within(from + delta, last);
    return go(
      { row: move(focus.row, step.row, lastRow), col: move(focus.col, step.col, lastCol) },
      key.shift,
    );
  }

  switch (key.key) {
    case 'Tab': {
      // Tab reads like text: along the row, then to the start of the next. At the grid's
      // corners it does not wrap round: it is left to the browser, to leave the grid.
      if (key.shift) {
        if (focus.col > 0) return go({ row: focus.row, col: focus.col - 1 }, false);
        if (focus.row > 0) return go({ row: focus.row - 1, col: lastCol }, false);
        return null;
      }
      if (focus.col < lastCol) return go({ row: focus.row, col: focus.col + 1 }, false);
      if (focus.row < lastRow) return go({ row: focus.row + 1, col: 0 }, false);
      return null;
    }
    case 'Home':
      return go({ row: key.mod ? 0 : focus.row, col: 0 }, key.shift);
    case 'End':
      return go({ row: key.mod ? lastRow : focus.row, col: lastCol }, key.shift);
    case 'PageUp':
    case 'PageDown': {
      const page = Math.max(1, Math.floor(bounds.pageRows));
      const row = within(focus.row + (key.key === 'PageUp' ? -page : page), lastRow);
      return go({ row, col: focus.col }, key.shift);
    }
    case 'Enter': {
      // Enter after committing an edit: down, Shift+Enter up; stays put at the edge.
      return go({ row: within(focus.row + (key.shift ? -1 : 1), lastRow), col: focus.col }, false);
    }
  }
  return null;
}
