// Timing and heap helpers. They only measure; nothing here compares a figure to a limit.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  if (upper === undefined) throw new Error('median() needs at least one value.');
  const lower = sorted[mid - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}

const exposedGc = (globalThis as { gc?: () => void }).gc;

/** Whether the process runs with `--expose-gc`, without which heap figures are left out. */
export const gcAvailable = typeof exposedGc === 'function';

/** Collects what earlier runs left behind, so that a timed run does not pay for it (with gc). */
export function settle(): void {
  // Two full collections, for what the first only unlinks. (On node 20, gc() with an options
  // object, even { type: 'major' }, freed nothing here; the bare call is a full collection.)
  exposedGc?.();
  exposedGc?.();
}

/** Runs `run` `times` times after `settle()` each, and gives the median time in ms. */
export function medianMs(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    settle();
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Box<T> {
  held: T | null;
}

// Filling and emptying the box happen in frames of their own: a value once held in a register
// of a still running frame can stay reachable for the collector after the variable is cleared.
function fill<T>(box: Box<T>, load: () => T): void {
  box.held = load();
}

function empty<T>(box: Box<T>, release: (held: T) => void): void {
  if (box.held !== null) release(box.held);
  box.held = null;
}

/**
 * The part of `heapUsed` that what `load` returns keeps alive, in bytes: the heap while it is
 * held minus the heap once it is let go, each after a full collection. Null without
 * `--expose-gc`: an uncollected heap would give a figure of chance, not of the plan.
 */
export function heapHeld<T>(load: () => T, release: (held: T) => void = () => {}): number | null {
  if (!gcAvailable) return null;
  const box: Box<T> = { held: null };
  fill(box, load);
  settle();
  const holding = process.memoryUsage().heapUsed;
  empty(box, release);
  settle();
  return holding - process.memoryUsage().heapUsed;
}
