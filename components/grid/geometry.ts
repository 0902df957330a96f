/** Fixed sizes the grid lays out and scrolls by: every line has the same height. */
export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 36;
export const ROW_HEADER_WIDTH = 48;
/** Lines rendered beyond the visible ones, so a fast scroll does not show blanks. */
export const OVERSCAN = 8;

/** The range of line indices to render for a scroll position. */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  lineCount: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    lineCount - 1,
    Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN,
  );
  return { first, last };
}

/** Left offsets of columns (after the row header), and the total width. */
export function columnOffsets(widths: readonly number[]): { lefts: number[]; total: number } {
  const lefts: number[] = [];
  let x = ROW_HEADER_WIDTH;
  for (const width of widths) {
    lefts.push(x);
    x += width;
  }
  return { lefts, total: x };
}
