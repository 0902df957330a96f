import { stripVTControlCharacters } from 'node:util';

/**
 * Collects what libraries print through console.warn while the bench runs, so that a warning
 * repeated per row neither floods the tables nor adds terminal time to a measured figure. The
 * tally is printed with the results: a warning is a finding, not noise to hide.
 */
export function collectWarnings(): { tally: () => Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
    // lib0's logger wraps its text in terminal colour codes.
    const plain = stripVTControlCharacters(text).trim();
    counts.set(plain, (counts.get(plain) ?? 0) + 1);
  };
  return {
    tally: () => new Map(counts),
    restore: () => {
      console.warn = original;
    },
  };
}
