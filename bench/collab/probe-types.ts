// What the collaboration probe (probe.ts, bundled and evaluated in the measured pages) offers the
// bench in Node. Every time is epoch milliseconds with sub-millisecond precision, read as
// `performance.timeOrigin + <page time>`, so that the times of two pages can be compared.

export interface CollabProbe {
  /** From now on, records the time of every keydown the page receives. */
  recordKeys(): void;
  /** The recorded keydown times, in order. */
  keys(): number[];
  /**
   * From now on, notes each new text of the element that `selector` finds (looked up afresh on
   * every DOM change, as the page may replace it), with the time the change was observed.
   */
  watchText(selector: string): void;
  /** The texts seen so far and when. */
  seen(): { text: string; at: number }[];
  /** Resolves once the watched element's text includes `text` (at once if it already does). */
  waitForText(text: string, timeoutMs: number): Promise<boolean>;
  /** The page's clock now, as the other times. */
  now(): number;
  /**
   * Resolves with the time `[role=grid]`'s aria-rowcount first equals `count` (checked on every
   * DOM change from the page's start), or null after `timeoutMs`.
   */
  rowCountReached(count: number, timeoutMs: number): Promise<number | null>;
  /** When the grid first appeared in the DOM and how many rows it said it had, or null. */
  firstGrid(): { at: number; rowCount: number } | null;
}

declare global {
  var collabProbe: CollabProbe | undefined;
}
