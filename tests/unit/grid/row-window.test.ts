import { describe, expect, it } from 'vitest';
import { lineOfSlot, rowWindow, slotCapacity } from '@/lib/grid/row-window';

const sizes = { rowHeight: 10, overscan: 2 };

/** The lines each slot shows for a window, in slot order. */
const slotLines = (window: { first: number; count: number }) =>
  Array.from({ length: window.count }, (_, slot) => lineOfSlot(slot, window));

describe('slotCapacity', () => {
  it('covers the visible lines, a part-line and the overscan on both sides', () => {
    expect(slotCapacity(100, sizes), 'ten lines, one cut, two and two around').toBe(15);
    expect(slotCapacity(95, sizes)).toBe(15);
    expect(slotCapacity(0, sizes), 'an unmeasured viewport still renders the overscan').toBe(5);
  });
});

describe('rowWindow', () => {
  it('starts at the top without lines above it', () => {
    expect(rowWindow(0, 100, 1000, sizes)).toEqual({ first: 0, count: 15 });
  });

  it('keeps the overscan above the first visible line', () => {
    expect(rowWindow(205, 100, 1000, sizes)).toEqual({ first: 18, count: 15 });
  });

  it('holds as many lines as slots at the bottom, moving its start up', () => {
    expect(rowWindow(9900, 100, 1000, sizes)).toEqual({ first: 985, count: 15 });
  });

  it('shows every line of a sheet shorter than the pool', () => {
    expect(rowWindow(0, 100, 4, sizes)).toEqual({ first: 0, count: 4 });
    expect(rowWindow(50, 100, 4, sizes)).toEqual({ first: 0, count: 4 });
  });

  it('is empty for an empty sheet', () => {
    expect(rowWindow(0, 100, 0, sizes)).toEqual({ first: 0, count: 0 });
  });
});

describe('lineOfSlot', () => {
  it('shows each line of the window in exactly one slot', () => {
    const window = { first: 18, count: 15 };
    expect(
      slotLines(window).sort((a, b) => a - b),
      'lines 18 to 32, once each',
    ).toEqual(Array.from({ length: 15 }, (_, i) => 18 + i));
  });

  it('leaves lines that stay in view in their slots when the window moves', () => {
    const before = slotLines({ first: 18, count: 15 });
    const after = slotLines({ first: 21, count: 15 });
    const moved = before.filter((line, slot) => line !== after[slot]);
    expect(moved, 'only the three lines that left the window give up their slots').toEqual([
      18, 19, 20,
    ]);
  });

  it('has no line for an empty window', () => {
    expect(lineOfSlot(0, { first: 0, count: 0 })).toBe(-1);
  });
});
