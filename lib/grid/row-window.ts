/** Which lines a fixed pool of row slots shows: the first line and how many lines follow. */
export interface RowWindow {
  first: number;
  count: number;
}

/** Sizes the window depends on, in pixels (and lines for the overscan). */
export interface RowWindowSizes {
  rowHeight: number;
  /** Lines kept rendered above and below the visible ones, so a fast scroll shows no blanks. */
  overscan: number;
}

/** How many row slots a viewport of this height needs: the visible lines, one part-line, the overscan. */
export function slotCapacity(viewportHeight: number, sizes: RowWindowSizes): number {
  return Math.ceil(Math.max(0, viewportHeight) / sizes.rowHeight) + 1 + 2 * sizes.overscan;
}

/**
 * The lines to render for a scroll position. The window always holds as many lines as the pool
 * has slots (fewer only when the sheet has fewer lines), so every slot always shows a line and
 * the pool's size changes only with the viewport's height or a short sheet's length.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  lineCount: number,
  sizes: RowWindowSizes,
): RowWindow {
  const count = Math.max(0, Math.min(lineCount, slotCapacity(viewportHeight, sizes)));
  const wanted = Math.floor(Math.max(0, scrollTop) / sizes.rowHeight) - sizes.overscan;
  const first = Math.max(0, Math.min(wanted, lineCount - count));
  return { first, count };
}

/**
 * The line a slot shows: line i lives in slot i mod count, so a line that stays in the window
 * keeps its slot (and its DOM) while scrolling, and only the slots of lines that came into view
 * change what they show.
 */
export function lineOfSlot(slot: number, window: RowWindow): number {
  if (window.count === 0) return -1;
  const offset = (((slot - window.first) % window.count) + window.count) % window.count;
  return window.first + offset;
}
