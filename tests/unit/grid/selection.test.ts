import { describe, expect, it } from 'vitest';
import {
  clampPos,
  clampSelection,
  extendTo,
  isInRange,
  rangeOf,
  rangeSize,
  selectionAt,
} from '@/lib/grid/selection';

const bounds = (rows: number, cols: number) => ({ rows, cols, pageRows: 10 });

describe('rangeOf', () => {
  it('is the single cell for a collapsed selection', () => {
    expect(rangeOf(selectionAt({ row: 2, col: 3 }))).toEqual({
      top: 2,
      left: 3,
      bottom: 2,
      right: 3,
    });
  });

  it('normalises a selection dragged up and to the left', () => {
    const sel = { anchor: { row: 5, col: 4 }, focus: { row: 1, col: 2 } };
    expect(rangeOf(sel)).toEqual({ top: 1, left: 2, bottom: 5, right: 4 });
  });

  it('normalises a selection dragged down and to the left', () => {
    const sel = { anchor: { row: 1, col: 4 }, focus: { row: 3, col: 0 } };
    expect(rangeOf(sel)).toEqual({ top: 1, left: 0, bottom: 3, right: 4 });
  });
});

describe('clampPos', () => {
  it('keeps a position that is inside', () => {
    expect(clampPos({ row: 1, col: 1 }, bounds(3, 3))).toEqual({ row: 1, col: 1 });
  });

  it('pulls a position past the end back to the last row and column', () => {
    expect(clampPos({ row: 9, col: 9 }, bounds(3, 4))).toEqual({ row: 2, col: 3 });
  });

  it('pulls negative positions to the first cell', () => {
    expect(clampPos({ row: -1, col: -5 }, bounds(3, 4))).toEqual({ row: 0, col: 0 });
  });

  it('gives the top-left cell for an empty grid', () => {
    expect(clampPos({ row: 4, col: 2 }, bounds(0, 0))).toEqual({ row: 0, col: 0 });
  });
});

describe('clampSelection', () => {
  it('pulls both ends inside after rows disappear behind a filter', () => {
    const sel = { anchor: { row: 1, col: 0 }, focus: { row: 8, col: 2 } };
    expect(clampSelection(sel, bounds(4, 3))).toEqual({
      anchor: { row: 1, col: 0 },
      focus: { row: 3, col: 2 },
    });
  });
});

describe('isInRange', () => {
  const range = { top: 1, left: 1, bottom: 3, right: 2 };

  it.for([
    [1, 1],
    [3, 2],
    [2, 1],
  ] as const)('includes (%i, %i), edges included', ([row, col]) => {
    expect(isInRange({ row, col }, range)).toBe(true);
  });

  it.for([
    [0, 1],
    [4, 1],
    [2, 0],
    [2, 3],
  ] as const)('excludes (%i, %i) just outside', ([row, col]) => {
    expect(isInRange({ row, col }, range)).toBe(false);
  });
});

describe('selectionAt and extendTo', () => {
  it('starts with anchor and focus on the same cell', () => {
    const sel = selectionAt({ row: 2, col: 1 });
    expect(sel.anchor).toEqual({ row: 2, col: 1 });
    expect(sel.focus).toEqual({ row: 2, col: 1 });
  });

  it('does not share the position object it was given', () => {
    const pos = { row: 2, col: 1 };
    const sel = selectionAt(pos);
    pos.row = 7;
    expect(sel.anchor.row).toBe(2);
    expect(sel.focus.row).toBe(2);
  });

  it('extends from the kept anchor to the clicked cell (Shift+click)', () => {
    const sel = extendTo(selectionAt({ row: 1, col: 1 }), { row: 4, col: 0 });
    expect(sel).toEqual({ anchor: { row: 1, col: 1 }, focus: { row: 4, col: 0 } });
    expect(rangeOf(sel)).toEqual({ top: 1, left: 0, bottom: 4, right: 1 });
  });

  it('moves only the focus when extended again', () => {
    const once = extendTo(selectionAt({ row: 1, col: 1 }), { row: 4, col: 4 });
    expect(extendTo(once, { row: 0, col: 0 }).anchor).toEqual({ row: 1, col: 1 });
  });
});

describe('rangeSize', () => {
  it('counts one row and one column for a single cell', () => {
    expect(rangeSize({ top: 3, left: 3, bottom: 3, right: 3 })).toEqual({ rows: 1, cols: 1 });
  });

  it('counts rows and columns inclusively', () => {
    expect(rangeSize({ top: 1, left: 0, bottom: 4, right: 2 })).toEqual({ rows: 4, cols: 3 });
  });

  it('is zero for an inverted range rather than negative', () => {
    expect(rangeSize({ top: 3, left: 2, bottom: 1, right: 0 })).toEqual({ rows: 0, cols: 0 });
  });
});
