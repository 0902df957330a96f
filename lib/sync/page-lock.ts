/** A lock that one page of this browser holds at a time, as the Web Locks API gives. */
export interface PageLock {
  /** Waits for the lock `name`, calls `onHeld` once it is ours, and keeps it until the returned
   * function is called (which also stops a wait that has not ended yet). */
  hold(name: string, onHeld: () => void): () => void;
}

interface LockManagerLike {
  request(
    name: string,
    options: { signal: AbortSignal },
    callback: () => Promise<void>,
  ): Promise<unknown>;
}

/** The browser's Web Locks (navigator.locks); where there are none, every page holds at once. */
export const browserPageLock: PageLock = {
  hold(name, onHeld) {
    const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
    if (!locks) {
      onHeld();
      return () => undefined;
    }
    const waiting = new AbortController();
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    locks
      .request(name, { signal: waiting.signal }, () => {
        onHeld();
        return released;
      })
      // An abort while waiting rejects the request: that is the give-up we asked for.
      .catch(() => undefined);
    return () => {
      waiting.abort();
      release();
    };
  },
};

/** A lock for tests and Node: held by one holder at a time, handed to the next in line. */
export function memoryPageLock(): PageLock {
  const queues = new Map<string, { onHeld: () => void; held: boolean }[]>();
  const grantNext = (name: string) => {
    const next = queues.get(name)?.[0];
    if (next && !next.held) {
      next.held = true;
      next.onHeld();
    }
  };
  return {
    hold(name, onHeld) {
      const queue = queues.get(name) ?? [];
      queues.set(name, queue);
      const entry = { onHeld, held: false };
      queue.push(entry);
      grantNext(name);
      return () => {
        const index = queue.indexOf(entry);
        if (index < 0) return;
        queue.splice(index, 1);
        if (entry.held) grantNext(name);
      };
    },
  };
}
