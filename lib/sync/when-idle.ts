// Storage work that takes tens of milliseconds in one piece and can wait (writing the whole
// plan again, keeping the first-screen copy) must not land in a scroll: a 1,000-row plan's
// rewrite, 72 ms, showed up as the longest frame of a scroll that began a second after the
// plan had opened. An idle period with most of its 50 ms to spare means that no frame is due.

/** The idle time an idle period must offer for the work to start in it. */
const FREE_MS = 40;

/** The parts of the browser's IdleDeadline read here. */
interface Deadline {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

interface IdleCallbacks {
  requestIdleCallback(callback: (deadline: Deadline) => void, options: { timeout: number }): number;
  cancelIdleCallback(handle: number): void;
}

export interface WhenIdleOptions {
  /** How long to wait before looking for an idle period. */
  afterMs: number;
  /** How long after that to wait for one at most, before running the task anyway. */
  latestMs: number;
}

/**
 * Runs `task` once, `afterMs` from now, in the first idle period with no frame due (at the
 * latest `latestMs` later); where the page has no idle callbacks (Node, tests), right after
 * `afterMs`. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, options: WhenIdleOptions): () => void {
  const idle = idleCallbacks();
  let cancelled = false;
  let handle: number | null = null;
  const run = () => {
    if (!cancelled) task();
  };
  const timer = setTimeout(() => {
    if (!idle) return run();
    const latest = Date.now() + options.latestMs;
    const ask = () => {
      handle = idle.requestIdleCallback(
        (deadline) => {
          handle = null;
          if (deadline.didTimeout || deadline.timeRemaining() >= FREE_MS) run();
          else if (!cancelled) ask();
        },
        { timeout: Math.max(1, latest - Date.now()) },
      );
    };
    ask();
  }, options.afterMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (handle !== null) idle?.cancelIdleCallback(handle);
  };
}

function idleCallbacks(): IdleCallbacks | null {
  const scope = globalThis as Partial<IdleCallbacks>;
  const request = scope.requestIdleCallback;
  const cancel = scope.cancelIdleCallback;
  if (typeof request !== 'function' || typeof cancel !== 'function') return null;
  return {
    requestIdleCallback: (callback, options) => request.call(globalThis, callback, options),
    cancelIdleCallback: (handle) => cancel.call(globalThis, handle),
  };
}
