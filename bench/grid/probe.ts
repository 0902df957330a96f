import type {
  GridBench,
  GridMode,
  LongFrame,
  OpenTimes,
  PlanEntryInput,
  ScrollResult,
  TypingResult,
} from './probe-types';
import { writeYjsDatabase } from '../y-indexeddb-page';

// Runs in the measured pages, bundled by esbuild (bundles.ts) and injected as an init script
// (before the page's own scripts) or by evaluation. It only observes and drives the page from
// outside, through the DOM; it never reaches into the product's code.

/**
 * Calls `callback` once the next frame has been produced: rAF, then a task posted from it (the
 * task runs after that frame's style, layout and paint). Call it outside rAF; inside a rAF
 * callback, the frame being produced is the one to wait for: use `afterTask` there, or the
 * figure gains a whole frame that the page never asked for.
 */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => afterTask(callback));
}

const CELL = '[role="gridcell"]';

/** Focuses the first row's first cell and presses ArrowDown; returns how to tell it was answered. */
function pressArrowDown(mode: GridMode): () => boolean {
  const key = () =>
    new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      code: 'ArrowDown',
      keyCode: 40,
      bubbles: true,
      cancelable: true,
    });
  if (mode === 'forankra') {
    const grid = document.querySelector<HTMLElement>('[role="grid"]');
    if (!grid) throw new Error('No [role="grid"].');
    grid.focus();
    grid.dispatchEvent(key());
    return () => /-1-0$/.test(grid.getAttribute('aria-activedescendant') ?? '');
  }
  const first = document.querySelector<HTMLElement>(`.ag-row[row-index="0"] ${CELL}`);
  if (!first) throw new Error('No AG Grid cell in row 0.');
  first.focus();
  (document.activeElement ?? first).dispatchEvent(key());
  return () =>
    document.activeElement?.closest('.ag-row')?.getAttribute('row-index') === '1' ||
    document.querySelector('.ag-row[row-index="1"] .ag-cell-focus') !== null;
}

function watchOpen(mode: GridMode, open: OpenTimes): void {
  const fail = (error: unknown) => {
    open.error = error instanceof Error ? error.message : String(error);
  };
  // `inFrame`: called from rAF, so the DOM seen now is what this frame paints.
  const waitAnswered = (answered: () => boolean, deadline: number, inFrame: boolean) => {
    if (answered()) {
      open.keyAnswered = performance.now();
      const painted = () => (open.interactive = performance.now());
      if (inFrame) afterTask(painted);
      else afterNextPaint(painted);
    } else if (performance.now() > deadline) {
      fail('The grid did not answer ArrowDown within 10 s.');
    } else {
      requestAnimationFrame(() => waitAnswered(answered, deadline, true));
    }
  };
  const observer = new MutationObserver(() => {
    if (open.cellInDom !== null || !document.querySelector(CELL)) return;
    open.cellInDom = performance.now();
    observer.disconnect();
    afterNextPaint(() => (open.cellPainted = performance.now()));
    // A key pressed the moment the row shows waits for the task the row was rendered in.
    setTimeout(() => {
      try {
        waitAnswered(pressArrowDown(mode), performance.now() + 10_000, false);
      } catch (error) {
        fail(error);
      }
    }, 0);
  });
  observer.observe(document, { childList: true, subtree: true });
  watchLoaded(mode, open);
}

/**
 * Notes when the whole plan is in the page (Forankra shows its first rows from a copy while the
 * rest loads, and marks the workspace `data-loading` meanwhile; AG Grid has every row with its
 * first) and the longest task between the first rows' frame and then: the longest a key waits.
 */
function watchLoaded(mode: GridMode, open: OpenTimes): void {
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  const settle = () => {
    // From the first rows' frame on: that frame's own layout and paint is the open's, not
    // the loading's, and shows in the painted figure.
    const from = open.cellPainted ?? open.cellInDom ?? 0;
    const to = open.loaded ?? 0;
    const during = tasks.filter((t) => t.startTime + t.duration > from && t.startTime < to);
    open.longestTaskLoading = Math.max(0, ...during.map((t) => t.duration));
  };
  const isLoaded = () =>
    document.querySelector(CELL) !== null &&
    (mode === 'aggrid' || document.querySelector('.workspace[data-loading]') === null);
  const observer = new MutationObserver(() => {
    if (open.loaded !== null || !isLoaded()) return;
    open.loaded = performance.now();
    observer.disconnect();
    // Long tasks are reported after they end: the one that loaded the plan too.
    setTimeout(settle, 0);
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-loading'],
  });
}

/** Whether the extension's plan database holds a first-screen copy as new as the plan. */
async function firstScreenStored(name: string): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed.'));
  });
  try {
    const tx = db.transaction(['updates', 'custom'], 'readonly');
    const [copy, last] = await Promise.all([
      asPromise(tx.objectStore('custom').get('forankra:first-screen')),
      asPromise(tx.objectStore('updates').openKeyCursor(null, 'prev')),
    ]);
    const updateKey = (copy as { updateKey?: unknown } | undefined)?.updateKey;
    return updateKey !== undefined && updateKey === (last as IDBCursor | null)?.key;
  } finally {
    db.close();
  }
}

function asPromise(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

function writeYjsDb(name: string, base64: string): Promise<void> {
  return writeYjsDatabase({ name, base64 });
}

interface ChromeStorage {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

async function addPlanEntries(entries: PlanEntryInput[]): Promise<void> {
  const chrome = (globalThis as unknown as { chrome?: ChromeStorage }).chrome;
  if (!chrome?.storage) throw new Error('No chrome.storage here: not an extension page.');
  // WXT's `local:plans` item is chrome.storage.local's `plans` key.
  const current = (await chrome.storage.local.get('plans')).plans;
  const plans = typeof current === 'object' && current !== null ? { ...current } : {};
  for (const entry of entries) Object.assign(plans, { [entry.id]: entry });
  await chrome.storage.local.set({ plans });
}

/** Runs `callback` in a task of its own, queued now (after the current task ends). */
function afterTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

function typingProbe() {
  const latencies: number[] = [];
  const queueing: number[] = [];
  const starts = new Map<number, number>();
  const keyTaskDone = new Map<number, number>();
  const inputTaskDone = new Map<number, number>();
  let pending: { count: number; start: number }[] = [];
  let typed = 0;
  let looping = false;
  const editorLength = () => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el.value.length
      : -1;
  };
  // Keystroke → painted, the usual way (as the Event Timing API and web-vitals' INP count it):
  // from the keydown's event.timeStamp to the end of the first frame whose DOM holds the
  // character. The check runs in rAF, before that frame's style, layout and paint, so what the
  // editor holds now is what this frame shows; a task posted from this rAF callback runs once
  // the frame has been produced. (Waiting for another rAF here would add a frame to every
  // keystroke: a floor of 16.7 ms no grid could beat.) Both grids are measured by this code.
  const loop = () => {
    const length = editorLength();
    const shown = pending.filter((p) => p.count <= length);
    pending = pending.filter((p) => p.count > length);
    if (shown.length > 0) {
      afterTask(() => {
        const now = performance.now();
        for (const p of shown) latencies.push(now - p.start);
      });
    }
    if (pending.length > 0) requestAnimationFrame(loop);
    else looping = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key.length !== 1) return;
    const count = ++typed;
    starts.set(count, event.timeStamp);
    queueing.push(performance.now() - event.timeStamp);
    pending.push({ count, start: event.timeStamp });
    afterTask(() => keyTaskDone.set(count, performance.now()));
    if (!looping) {
      looping = true;
      requestAnimationFrame(loop);
    }
  };
  const onInput = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const count = target.value.length;
    afterTask(() => inputTaskDone.set(count, performance.now()));
  };
  return {
    start() {
      window.addEventListener('keydown', onKeyDown, { capture: true });
      window.addEventListener('input', onInput, { capture: true });
    },
    async result(timeoutMs: number): Promise<TypingResult> {
      const deadline = performance.now() + timeoutMs;
      while (latencies.length < typed && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('input', onInput, { capture: true });
      const handled: number[] = [];
      for (const [count, start] of starts) {
        const done = inputTaskDone.get(count) ?? keyTaskDone.get(count);
        if (done !== undefined) handled.push(done - start);
      }
      return {
        latencies: [...latencies],
        handled,
        queueing: [...queueing],
        unpainted: typed - latencies.length,
        finalLength: editorLength(),
      };
    },
  };
}

/** The parts of Chrome's PerformanceLongAnimationFrameTiming the bench reads (not in lib.dom). */
interface LoafFields {
  renderStart: number;
  scripts: { invoker: string; sourceFunctionName: string; duration: number }[];
}

function longFrameOf(entry: PerformanceEntry, began: number): LongFrame {
  const loaf = entry as PerformanceEntry & Partial<LoafFields>;
  const renderStart = loaf.renderStart ?? 0;
  return {
    duration: entry.duration,
    at: entry.startTime - began,
    beforeRender: renderStart > 0 ? renderStart - entry.startTime : entry.duration,
    scripts: (loaf.scripts ?? []).map(
      (s) => `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} (${s.duration.toFixed(0)} ms)`,
    ),
  };
}

/** Resolves a scroll that stopped getting frames (seen once in headless Chromium). */
const STALL_MS = 3000;

function scroll(
  selector: string,
  stepPx: number,
  rowSelector: string,
  maxFrames: number,
): Promise<ScrollResult> {
  const scroller = document.querySelector<HTMLElement>(selector);
  if (!scroller) return Promise.reject(new Error(`No ${selector}.`));
  scroller.scrollTop = 0;
  const intervals: number[] = [];
  const longFrames: LongFrame[] = [];
  const began = performance.now();
  let blankFrames = 0;
  let previous: number | null = null;
  let frames = 0;
  let lastFrameAt = performance.now();
  const startTop = scroller.scrollTop;
  // Chrome's long animation frames (50 ms or more).
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longFrames.push(longFrameOf(entry, began));
  });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    observer.observe({ type: 'long-animation-frame' });
  }
  return new Promise((resolve) => {
    let started = 0;
    let atBottom = false;
    let done = false;
    const finish = (stalled: boolean) => {
      if (done) return;
      done = true;
      clearInterval(watchdog);
      // Let the last frames' entries arrive before answering.
      setTimeout(() => {
        observer.disconnect();
        resolve({
          intervals,
          longFrames,
          frames,
          durationMs: (previous ?? started) - started,
          distancePx: scroller.scrollTop - startTop,
          blankFrames,
          stalled,
        });
      }, 200);
    };
    const watchdog = setInterval(() => {
      if (performance.now() - lastFrameAt > STALL_MS) finish(true);
    }, 500);
    const frame = (frameStart: number) => {
      if (done) return;
      lastFrameAt = performance.now();
      if (previous !== null) intervals.push(frameStart - previous);
      else started = frameStart;
      previous = frameStart;
      frames++;
      afterTask(() => {
        // What was just drawn: is there a row at the bottom of the viewport (where a scroll
        // down shows blank first)?
        const rect = scroller.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + 120, rect.bottom - 24);
        if (!hit?.closest(rowSelector)) blankFrames++;
      });
      if (atBottom || frames > maxFrames) {
        finish(false);
        return;
      }
      scroller.scrollTop += stepPx;
      atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const mode = globalThis.gridBenchMode;
const open: OpenTimes = {
  cellInDom: null,
  cellPainted: null,
  keyAnswered: null,
  interactive: null,
  loaded: null,
  longestTaskLoading: null,
  error: null,
};
const typing = typingProbe();
const bench: GridBench = {
  open,
  writeYjsDb,
  addPlanEntries,
  firstScreenStored,
  startTyping: () => typing.start(),
  typingResult: (timeoutMs) => typing.result(timeoutMs),
  scroll,
};
globalThis.gridBench = bench;
if (mode) watchOpen(mode, open);
