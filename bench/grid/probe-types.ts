// What the in-page probe (probe.ts, bundled and injected into every measured page) reports back
// to the bench in Node. All times are `performance.now()` values of the page, in milliseconds
// since its navigation started, unless a name says it is a duration.

/** Which grid a page shows: decides how the probe presses a key in it. */
export type GridMode = 'forankra' | 'aggrid';

export interface OpenTimes {
  /** The first `[role="gridcell"]` of a data row is in the DOM. */
  cellInDom: number | null;
  /** The frame after that has been produced (rAF, then a task queued from it). */
  cellPainted: number | null;
  /** A keydown ArrowDown, dispatched in a task queued at `cellInDom`, has moved the active cell. */
  keyAnswered: number | null;
  /** The frame showing the moved cell has been produced: the figure reported as interactive. */
  interactive: number | null;
  /** The whole plan is in the page (Forankra: its workspace is no longer `data-loading`). */
  loaded: number | null;
  /** The longest task between `cellPainted` and `loaded` (ms; 0: none of 50 ms or more). */
  longestTaskLoading: number | null;
  error: string | null;
}

export interface TypingResult {
  /** Per typed character: keydown `event.timeStamp` → frame that shows it produced. */
  latencies: number[];
  /**
   * Per typed character: keydown `event.timeStamp` → the end of the task that put it in the
   * editor (a task posted from the `input` listener, or from the keydown one for the character
   * that opens the editor): input delay plus the handlers' work, without waiting for a frame.
   */
  handled: number[];
  /** Per typed character: keydown `event.timeStamp` → the probe's keydown listener running. */
  queueing: number[];
  /** Characters typed whose frame never came (should be 0). */
  unpainted: number;
  /** The editor's final text length, to check that every character arrived. */
  finalLength: number;
}

/** What Chrome's long-animation-frame entry says about one long frame. */
export interface LongFrame {
  /** From the start of the frame's first task to the end of its rendering, ms. */
  duration: number;
  /** When it began, from the start of the scroll, ms. */
  at: number;
  /** From the start of its first task to the start of rendering (tasks, or GC between). */
  beforeRender: number;
  /** The scripts of 5 ms or more it ran, as "invoker function (ms)". */
  scripts: string[];
}

export interface ScrollResult {
  /** rAF timestamp to the next rAF timestamp, per frame (the frame time a user sees). */
  intervals: number[];
  /** The long animation frames (≥ 50 ms, Chrome's LoAF entries) of the scroll. */
  longFrames: LongFrame[];
  frames: number;
  durationMs: number;
  distancePx: number;
  /** Frames after which no row was under a point near the viewport's bottom (blank shown). */
  blankFrames: number;
  /** Frames stopped coming for 3 s before the bottom was reached (a stuck compositor). */
  stalled: boolean;
}

export interface PlanEntryInput {
  id: string;
  title: string;
  organisation: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: null;
}

export interface GridBench {
  open: OpenTimes;
  /** Creates (replacing) a y-indexeddb database holding `base64` as its one update. */
  writeYjsDb(name: string, base64: string): Promise<void>;
  /** Adds entries to the extension's plan list (`chrome.storage.local` key `plans`). */
  addPlanEntries(entries: PlanEntryInput[]): Promise<void>;
  /** Whether the extension's plan database `name` holds a first-screen copy as new as the plan. */
  firstScreenStored(name: string): Promise<boolean>;
  startTyping(): void;
  /** Resolves once every typed character has been painted (or after `timeoutMs`). */
  typingResult(timeoutMs: number): Promise<TypingResult>;
  /** Scrolls `selector` from top to bottom by `stepPx` per frame, measuring every frame. */
  scroll(
    selector: string,
    stepPx: number,
    rowSelector: string,
    maxFrames: number,
  ): Promise<ScrollResult>;
}

/** What the Yjs-only page (yjs-page.ts) leaves in `window.yjsLoad`. */
export interface YjsLoadResult {
  /** Page time when the page's script started running. */
  scriptStart: number;
  /** `new Y.Doc()` + `new IndexeddbPersistence()` → `whenSynced`, as page time. */
  synced: number;
  /** Then `new PlanModel()`, the Plan sheet's row ids, and the first 40 rows' cells read. */
  modelReady: number;
  /** Durations of `new Y.Doc()` + `Y.applyUpdate()` of the same bytes from memory. */
  applyMs: number[];
  error: string | null;
}

declare global {
  var gridBench: GridBench | undefined;
  var gridBenchMode: GridMode | undefined;
  var yjsLoad: YjsLoadResult | undefined;
  /** The Yjs page's loaded plan, kept referenced so that its heap can be measured. */
  var yjsLoadKept: object | undefined;
}
