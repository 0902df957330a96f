/** How long a write may wait for a frame that never comes (a hidden tab draws none). */
const LATEST_MS = 100;

/**
 * Runs `callback` once, just after the next frame has been painted (a task posted from rAF),
 * or after LATEST_MS if no frame comes first. Returns a function that cancels it.
 */
export function afterPaint(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  const timer = setTimeout(run, LATEST_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
