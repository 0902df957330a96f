import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/sync/when-idle';

interface Asked {
  callback: (deadline: { didTimeout: boolean; timeRemaining(): number }) => void;
  timeout: number;
}

/** The page's idle callbacks, answered by the test: each request waits in `asked`. */
function fakeIdleCallbacks() {
  const asked = new Map<number, Asked>();
  let next = 1;
  vi.stubGlobal(
    'requestIdleCallback',
    (callback: Asked['callback'], options: { timeout: number }) => {
      asked.set(next, { callback, timeout: options.timeout });
      return next++;
    },
  );
  vi.stubGlobal('cancelIdleCallback', (handle: number) => asked.delete(handle));
  /** Answers the waiting request with an idle period of `ms` (or as timed out). */
  const idle = (ms: number, didTimeout = false) => {
    const [handle, request] = [...asked.entries()][0] ?? [];
    if (handle === undefined || !request) throw new Error('No idle callback is waiting.');
    asked.delete(handle);
    request.callback({ didTimeout, timeRemaining: () => ms });
  };
  return { asked, idle };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('waits its delay, then passes over idle periods a frame is due in', () => {
    const { asked, idle } = fakeIdleCallbacks();
    const task = vi.fn();
    whenIdle(task, { afterMs: 1000, latestMs: 10_000 });
    vi.advanceTimersByTime(999);
    expect(asked.size, 'nothing asked before the delay').toBe(0);
    vi.advanceTimersByTime(1);
    idle(12); // between two frames of a scroll
    idle(3);
    expect(task).not.toHaveBeenCalled();
    idle(49.9); // nothing due
    expect(task).toHaveBeenCalledTimes(1);
    expect(asked.size).toBe(0);
  });

  it('runs at the latest when the browser says the wait timed out', () => {
    const { asked, idle } = fakeIdleCallbacks();
    const task = vi.fn();
    whenIdle(task, { afterMs: 0, latestMs: 5000 });
    vi.advanceTimersByTime(0);
    expect(asked.values().next().value?.timeout).toBe(5000);
    idle(2, true);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, whether still in its delay or waiting for idle', () => {
    const { asked, idle } = fakeIdleCallbacks();
    const early = vi.fn();
    whenIdle(early, { afterMs: 1000, latestMs: 10_000 })();
    vi.advanceTimersByTime(2000);
    expect(asked.size).toBe(0);

    const waiting = vi.fn();
    const cancel = whenIdle(waiting, { afterMs: 0, latestMs: 10_000 });
    vi.advanceTimersByTime(0);
    idle(5);
    cancel();
    expect(asked.size, 'the next request is withdrawn').toBe(0);
    expect(early).not.toHaveBeenCalled();
    expect(waiting).not.toHaveBeenCalled();
  });

  it('runs right after its delay where the page has no idle callbacks', () => {
    const task = vi.fn();
    whenIdle(task, { afterMs: 300, latestMs: 10_000 });
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
