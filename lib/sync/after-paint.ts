// Work that may wait a frame (storing an edit, telling the other pages) runs after the frame
// that shows the edit, so that a keystroke is painted without waiting for it.

/** At the latest this long after it was asked for, in case the page's frames stop coming. */
const LATEST_MS = 50;

// One channel for all tasks: making a MessageChannel costs about 0.15 ms.
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function runWaiting(): void {
  for (const task of waiting.splice(0)) task();
}

/** Runs `task` in a task of its own, after what is queued now (not a timer: no throttling). */
function inTaskOfItsOwn(task: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(task, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runWaiting;
  }
  if (waiting.push(task) === 1) channel.port2.postMessage(null);
}

/**
 * Runs `task` once, after the next frame of a visible page has been painted (or after 50 ms if
 * no frame comes); in a page that paints nothing (hidden, or no document) in a task of its own.
 */
export function afterPaint(task: () => void): void {
  const painting =
    typeof requestAnimationFrame === 'function' &&
    (globalThis as { document?: Document }).document?.visibilityState === 'visible';
  if (!painting) {
    inTaskOfItsOwn(task);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    task();
  };
  const timer = setTimeout(run, LATEST_MS);
  requestAnimationFrame(() => inTaskOfItsOwn(run));
}
