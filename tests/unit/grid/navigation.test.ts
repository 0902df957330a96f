import { describe, expect, it } from 'vitest';
import { isNavKey, navigate } from '@/lib/grid/navigation';
import { selectionAt } from '@/lib/grid/selection';
import type { GridBounds, NavKey, Selection } from '@/lib/grid/types';

/** A key press: `press('ArrowDown', 'shift', 'mod')`. */
function press(key: string, ...mods: ('shift' | 'mod' | 'alt')[]): NavKey {
  return {
    key,
    shift: mods.includes('shift'),
    mod: mods.includes('mod'),
    alt: mods.includes('alt'),
  };
}
const at = (row: number, col: number): Selection => selectionAt({ row, col });
const GRID: GridBounds = { rows: 10, cols: 5, pageRows: 4 };

describe('navigate: arrows', () => {
  it.for([
    ['ArrowDown', 3, 2],
    ['ArrowUp', 1, 2],
    ['ArrowLeft', 2, 1],
    ['ArrowRight', 2, 3],
  ] as const)('%s moves one cell to (%i, %i)', ([key, row, col]) => {
    expect(navigate(at(2, 2), press(key), GRID)).toEqual(at(row, col));
  });

  it.for([
    ['ArrowUp', 0, 2],
    ['ArrowDown', 9, 2],
    ['ArrowLeft', 4, 0],
    ['ArrowRight', 4, 4],
  ] as const)('%s stops at the edge of the grid', ([key, row, col]) => {
    expect(navigate(at(row, col), press(key), GRID)).toEqual(at(row, col));
  });

  it('collapses a range to one cell when moving without Shift', () => {
    const sel = { anchor: { row: 1, col: 1 }, focus: { row: 3, col: 3 } };
    expect(navigate(sel, press('ArrowDown'), GRID)).toEqual(at(4, 3));
  });

  it('Shift+arrow extends the range and keeps the anchor', () => {
    const once = navigate(at(2, 2), press('ArrowDown', 'shift'), GRID);
    const twice = once && navigate(once, press('ArrowRight', 'shift'), GRID);
    expect(twice).toEqual({ anchor: { row: 2, col: 2 }, focus: { row: 3, col: 3 } });
  });

  it('Shift+arrow back past the anchor flips the range', () => {
    const sel = { anchor: { row: 2, col: 2 }, focus: { row: 2, col: 3 } };
    const back = navigate(
      navigate(sel, press('ArrowLeft', 'shift'), GRID)!,
      press('ArrowLeft', 'shift'),
      GRID,
    );
    expect(back).toEqual({ anchor: { row: 2, col: 2 }, focus: { row: 2, col: 1 } });
  });

  it.for([
    ['ArrowUp', 0, 2],
    ['ArrowDown', 9, 2],
    ['ArrowLeft', 4, 0],
    ['ArrowRight', 4, 4],
  ] as const)('Ctrl+%s jumps to the edge, to (%i, %i)', ([key, row, col]) => {
    expect(navigate(at(4, 2), press(key, 'mod'), GRID)).toEqual(at(row, col));
  });

  it('Ctrl+Shift+arrow extends to the edge', () => {
    expect(navigate(at(4, 2), press('ArrowDown', 'mod', 'shift'), GRID)).toEqual({
      anchor: { row: 4, col: 2 },
      focus: { row: 9, col: 2 },
    });
  });
});

describe('navigate: Tab', () => {
  it('Tab moves right', () => {
    expect(navigate(at(1, 1), press('Tab'), GRID)).toEqual(at(1, 2));
  });

  it('Tab at the end of a row wraps to the first column of the next row', () => {
    expect(navigate(at(1, 4), press('Tab'), GRID)).toEqual(at(2, 0));
  });

  it('Tab in the last cell does not wrap to the top but leaves the grid to the browser', () => {
    expect(navigate(at(9, 4), press('Tab'), GRID)).toBeNull();
  });

  it('Shift+Tab moves left', () => {
    expect(navigate(at(1, 2), press('Tab', 'shift'), GRID)).toEqual(at(1, 1));
  });

  it('Shift+Tab at the start of a row wraps to the last column of the previous row', () => {
    expect(navigate(at(3, 0), press('Tab', 'shift'), GRID)).toEqual(at(2, 4));
  });

  it('Shift+Tab in the first cell leaves the grid to the browser', () => {
    expect(navigate(at(0, 0), press('Tab', 'shift'), GRID)).toBeNull();
  });

  it('Tab collapses a range instead of extending it', () => {
    const sel = { anchor: { row: 1, col: 1 }, focus: { row: 2, col: 2 } };
    expect(navigate(sel, press('Tab'), GRID)).toEqual(at(2, 3));
  });

  it('leaves Ctrl+Tab to the browser', () => {
    expect(navigate(at(1, 1), press('Tab', 'mod'), GRID)).toBeNull();
  });
});

describe('navigate: Home, End, PageUp, PageDown, Enter', () => {
  it('Home goes to the start of the row, End to its end', () => {
    expect(navigate(at(3, 2), press('Home'), GRID)).toEqual(at(3, 0));
    expect(navigate(at(3, 2), press('End'), GRID)).toEqual(at(3, 4));
  });

  it('Ctrl+Home goes to the first cell of the grid, Ctrl+End to the last', () => {
    expect(navigate(at(3, 2), press('Home', 'mod'), GRID)).toEqual(at(0, 0));
    expect(navigate(at(3, 2), press('End', 'mod'), GRID)).toEqual(at(9, 4));
  });

  it('Shift+End selects to the end of the row', () => {
    expect(navigate(at(3, 2), press('End', 'shift'), GRID)).toEqual({
      anchor: { row: 3, col: 2 },
      focus: { row: 3, col: 4 },
    });
  });

  it('Ctrl+Shift+Home selects to the first cell', () => {
    expect(navigate(at(3, 2), press('Home', 'mod', 'shift'), GRID)).toEqual({
      anchor: { row: 3, col: 2 },
      focus: { row: 0, col: 0 },
    });
  });

  it('PageDown and PageUp move by a page of rows in the same column', () => {
    expect(navigate(at(1, 3), press('PageDown'), GRID)).toEqual(at(5, 3));
    expect(navigate(at(5, 3), press('PageUp'), GRID)).toEqual(at(1, 3));
  });

  it('PageDown near the end stops on the last row, PageUp near the top on the first', () => {
    expect(navigate(at(8, 0), press('PageDown'), GRID)).toEqual(at(9, 0));
    expect(navigate(at(2, 0), press('PageUp'), GRID)).toEqual(at(0, 0));
  });

  it('a page of zero rows still moves one row', () => {
    expect(navigate(at(2, 0), press('PageDown'), { ...GRID, pageRows: 0 })).toEqual(at(3, 0));
  });

  it('Shift+PageDown extends by a page', () => {
    expect(navigate(at(1, 3), press('PageDown', 'shift'), GRID)).toEqual({
      anchor: { row: 1, col: 3 },
      focus: { row: 5, col: 3 },
    });
  });

  it('Enter moves down and Shift+Enter up, as after committing an edit', () => {
    expect(navigate(at(3, 2), press('Enter'), GRID)).toEqual(at(4, 2));
    expect(navigate(at(3, 2), press('Enter', 'shift'), GRID)).toEqual(at(2, 2));
  });

  it('Enter on the last row stays there', () => {
    expect(navigate(at(9, 2), press('Enter'), GRID)).toEqual(at(9, 2));
  });

  it('Ctrl+A selects the whole grid', () => {
    expect(navigate(at(3, 2), press('a', 'mod'), GRID)).toEqual({
      anchor: { row: 0, col: 0 },
      focus: { row: 9, col: 4 },
    });
  });
});

describe('navigate: keys that are not navigation', () => {
  it.for(['a', 'F2', 'Delete', 'Escape', ' ', 'Backspace'])('returns null for %j', (key) => {
    expect(navigate(at(1, 1), press(key), GRID)).toBeNull();
  });

  it('returns null for Alt+arrow, which the browser uses for history', () => {
    expect(navigate(at(1, 1), press('ArrowLeft', 'alt'), GRID)).toBeNull();
  });

  it('isNavKey agrees with navigate', () => {
    expect(isNavKey(press('PageDown'))).toBe(true);
    expect(isNavKey(press('x'))).toBe(false);
  });
});

describe('navigate: bounds', () => {
  it('returns the selection unchanged on a grid with no rows', () => {
    const sel = at(0, 0);
    expect(navigate(sel, press('ArrowDown'), { rows: 0, cols: 5, pageRows: 4 })).toBe(sel);
  });

  it('returns the selection unchanged on a grid with no columns', () => {
    const sel = at(0, 0);
    expect(navigate(sel, press('ArrowRight'), { rows: 3, cols: 0, pageRows: 4 })).toBe(sel);
  });

  it('leaves Tab on an empty grid to the browser, so focus moves on', () => {
    expect(navigate(at(0, 0), press('Tab'), { rows: 0, cols: 0, pageRows: 4 })).toBeNull();
  });

  it('still returns null for a typing key on an empty grid', () => {
    expect(navigate(at(0, 0), press('a'), { rows: 0, cols: 0, pageRows: 4 })).toBeNull();
  });

  it('on a single cell every key but Tab stays on it, and Tab leaves the grid', () => {
    expect(navigate(at(0, 0), press('Tab'), { rows: 1, cols: 1, pageRows: 4 })).toBeNull();
    const one = { rows: 1, cols: 1, pageRows: 4 };
    for (const key of [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
      'Enter',
    ]) {
      expect(navigate(at(0, 0), press(key), one), key).toEqual(at(0, 0));
    }
  });

  it('starts from inside the grid when the selection was left outside it', () => {
    const stale = { anchor: { row: 20, col: 1 }, focus: { row: 20, col: 9 } };
    expect(navigate(stale, press('ArrowUp'), GRID)).toEqual(at(8, 4));
  });

  it('never leaves the bounds, whatever is pressed from wherever', () => {
    const keys = [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Tab',
      'Home',
      'End',
      'PageUp',
      'PageDown',
      'Enter',
    ];
    const small = { rows: 3, cols: 2, pageRows: 5 };
    for (let row = 0; row < 3; row++)
      for (let col = 0; col < 2; col++)
        for (const key of keys)
          for (const mods of [[], ['shift'], ['mod'], ['shift', 'mod']] as const) {
            const next = navigate(at(row, col), press(key, ...mods), small);
            if (!next) continue;
            for (const p of [next.anchor, next.focus]) {
              expect(p.row).toBeGreaterThanOrEqual(0);
              expect(p.row).toBeLessThan(3);
              expect(p.col).toBeGreaterThanOrEqual(0);
              expect(p.col).toBeLessThan(2);
            }
          }
  });
});
