import type { CollabProbe } from './probe-types';

// Runs in the measured pages (the extension's planner and the bare y-webrtc pages), bundled by
// esbuild and added as an init script so that it watches from the page's first moment. It only
// observes through the DOM; it never reaches into the product's code.

const epoch = (pageTime: number) => performance.timeOrigin + pageTime;

const keyTimes: number[] = [];
let recordingKeys = false;
// event.timeStamp is when the input reached the page, before it waited in the task queue: the
// moment the member pressed the key, as far as the page can tell.
addEventListener(
  'keydown',
  (event) => {
    if (recordingKeys) keyTimes.push(epoch(event.timeStamp));
  },
  { capture: true },
);

const texts: { text: string; at: number }[] = [];
let watched: string | null = null;
let textWaiters: { text: string; done: (ok: boolean) => void }[] = [];

let firstGrid: { at: number; rowCount: number } | null = null;
let rowWaiters: { count: string; done: (at: number | null) => void }[] = [];
const rowCountAt = new Map<string, number>();

// A MutationObserver callback runs as a microtask right after the change that triggered it, so
// its time is when the DOM first held the new text (before the frame that paints it).
function onMutations(): void {
  const at = epoch(performance.now());
  const grid = document.querySelector('[role="grid"]');
  if (grid) {
    const count = grid.getAttribute('aria-rowcount');
    firstGrid ??= { at, rowCount: Number(count) - 1 };
    if (count !== null && !rowCountAt.has(count)) rowCountAt.set(count, at);
    rowWaiters = rowWaiters.filter((w) => {
      if (w.count !== count) return true;
      w.done(at);
      return false;
    });
  }
  if (watched === null) return;
  const text = document.querySelector(watched)?.textContent?.trim() ?? '';
  if (texts.at(-1)?.text === text) return;
  texts.push({ text, at });
  textWaiters = textWaiters.filter((w) => {
    if (!text.includes(w.text)) return true;
    w.done(true);
    return false;
  });
}

new MutationObserver(onMutations).observe(document, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
});

const probe: CollabProbe = {
  recordKeys() {
    keyTimes.length = 0;
    recordingKeys = true;
  },
  keys: () => [...keyTimes],
  watchText(selector) {
    watched = selector;
    texts.length = 0;
    onMutations();
  },
  seen: () => texts.map((t) => ({ ...t })),
  waitForText(text, timeoutMs) {
    if (texts.at(-1)?.text.includes(text)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { text, done: resolve };
      textWaiters.push(waiter);
      setTimeout(() => {
        textWaiters = textWaiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
    });
  },
  now: () => epoch(performance.now()),
  rowCountReached(count, timeoutMs) {
    const key = String(count);
    const already = rowCountAt.get(key);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve) => {
      const waiter = { count: key, done: resolve };
      rowWaiters.push(waiter);
      setTimeout(() => {
        rowWaiters = rowWaiters.filter((w) => w !== waiter);
        resolve(null);
      }, timeoutMs);
    });
  },
  firstGrid: () => (firstGrid ? { ...firstGrid } : null),
};

globalThis.collabProbe = probe;
