import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { GridMode, LongFrame, OpenTimes, ScrollResult, TypingResult } from './probe-types';
import {
  fixtureOf,
  SCROLL_ROUNDS,
  SCROLL_STEP_PX,
  TEXT,
  TYPE_DELAY_MS,
  TYPING_ROUNDS,
  VIEWPORT,
  type Session,
  type YjsLoad,
} from './session';
import { max, median, ms, percentile, table } from './stats';

// The grid bench's printout: Markdown tables of Forankra beside AG Grid, with the targets.

export interface OpenFigures {
  first: OpenTimes;
  runs: OpenTimes[];
}

export interface ReportInput {
  session: Session;
  sizes: readonly number[];
  openRounds: number;
  chromium: string;
  /** Cores' worth of CPU other processes used during the run (null: not measurable). */
  othersCores: number | null;
  opens: Map<string, OpenFigures>;
  yjs: Map<number, YjsLoad[]>;
  typing: Record<GridMode, TypingResult>;
  /** Every scroll of every round, by `mode:rows`. */
  scrolls: Map<string, ScrollResult[]>;
  /** JS heap in use after opening (after a GC), MiB, by `mode:rows`. */
  heap: Map<string, number>;
  /** Anything that went wrong on the way and was worked around. */
  notes: string[];
  seconds: number;
}

const key = (mode: GridMode, rows: number) => `${mode}:${String(rows)}`;

const pick = (runs: readonly OpenTimes[], field: keyof Omit<OpenTimes, 'error'>): number =>
  median(runs.map((r) => r[field] ?? Number.NaN));

const bold = (text: string) => `**${text}**`;

const mib = (value: number | undefined) =>
  value === undefined ? 'n/a' : `${value.toFixed(1)} MiB`;

/** The installed AG Grid's version, from its package.json. */
function agVersion(): string {
  const pkg = JSON.parse(
    readFileSync(resolve('node_modules/ag-grid-community/package.json'), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? '';
}

function others(cores: number | null): string {
  if (cores === null) return '';
  const used = `Other processes used ${cores.toFixed(2)} cores on average during the run`;
  return cores < 0.15
    ? `${used} (a quiet machine).`
    : `${used}: **the machine was shared, so every figure is slower and noisier than on a quiet ` +
        'one; compare the two grids with each other, and rerun when the machine is idle.**';
}

function header(input: ReportInput): string[] {
  const cpu = cpus();
  const f10 = fixtureOf(input.session, 10_000);
  const f1 = fixtureOf(input.session, 1_000);
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
  return [
    '## Grid: 10,000 rows × 12 columns, Forankra beside AG Grid Community',
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${String(cpu.length)} cores, Chromium ` +
      `${input.chromium} (headless, software rendering), viewport ` +
      `${String(VIEWPORT.width)}×${String(VIEWPORT.height)}, grid viewport ` +
      `${String(input.session.gridHeight)} px high. ${others(input.othersCores)}`,
    '',
    'Plans built in Node with PlanModel (the English template, its Plan sheet widened to 12 ' +
      'columns of every type; rows appended in one transaction): 10,000 rows = ' +
      `${mib(f10.update.length)} of Yjs update, 1,000 rows = ${mib(f1.update.length)}, stored ` +
      "as one record in the plan's y-indexeddb database. AG Grid Community " +
      `${agVersion()} gets the same rows as JSON from 127.0.0.1 and formats them with ` +
      "Forankra's own formatCellText. Each measurement has a tab of its own, and the next tab " +
      'opens a second after the last one closed, so that none shares the cores with the ' +
      "last one's teardown.",
    '',
  ];
}

function openSection(input: ReportInput): string[] {
  const rows: string[][] = [];
  for (const size of input.sizes) {
    const fo = input.opens.get(key('forankra', size));
    const ag = input.opens.get(key('aggrid', size));
    if (!fo || !ag) continue;
    const loads = input.yjs.get(size) ?? [];
    const stateLoad = median(loads.map((r) => r.synced - r.scriptStart));
    // The same load timed as the grids are, from the tab's navigation start: page and script too.
    const pageLoad = median(loads.map((r) => r.synced));
    const n = size.toLocaleString('en-US');
    const foInteractive = pick(fo.runs, 'interactive');
    const agInteractive = pick(ag.runs, 'interactive');
    const both = (label: string, field: keyof Omit<OpenTimes, 'error'>): string[] => [
      `${n} rows: ${label}`,
      ms(pick(fo.runs, field)),
      ms(pick(ag.runs, field)),
      '',
    ];
    const alone = (label: string, value: number): string[] => [
      `${n} rows: ${label}`,
      ms(value),
      '',
      '',
    ];
    rows.push(
      both('open → first row cell in DOM', 'cellInDom'),
      both('open → that frame painted', 'cellPainted'),
      both('open → ArrowDown answered (DOM)', 'keyAnswered'),
      [
        bold(`${n} rows: open → interactive`),
        bold(ms(foInteractive)),
        bold(ms(agInteractive)),
        `≤ 2 × Yjs page load = ${ms(2 * pageLoad)}; ≤ AG Grid`,
      ],
      both('open → whole plan loaded', 'loaded'),
      [
        `${n} rows: longest task from first rows painted to whole plan`,
        ms(pick(fo.runs, 'longestTaskLoading')),
        '',
        '',
      ],
      [
        `${n} rows: first open (no first-screen copy, plan in one record) → interactive`,
        ms(fo.first.interactive ?? Number.NaN),
        ms(ag.first.interactive ?? Number.NaN),
        '',
      ],
      [
        `${n} rows: … → whole plan loaded / its longest task`,
        `${ms(fo.first.loaded ?? Number.NaN)} / ${ms(fo.first.longestTaskLoading ?? Number.NaN)}`,
        '',
        '',
      ],
      [
        `${n} rows: JS heap in use after opening (after a GC)`,
        mib(input.heap.get(key('forankra', size))),
        mib(input.heap.get(key('aggrid', size))),
        '',
      ],
      alone('Yjs state load alone (y-indexeddb → synced)', stateLoad),
      alone('… from navigation start', pageLoad),
      alone(
        "… + PlanModel, row ids, 40 rows' cells",
        median(loads.map((r) => r.modelReady - r.scriptStart)),
      ),
      alone('Y.applyUpdate of the bytes from memory', median(loads.flatMap((r) => r.applyMs))),
      [
        `${n} rows: JS heap of the Yjs state + PlanModel alone (after a GC)`,
        mib(median(loads.map((r) => r.heapMiB))),
        '',
        '',
      ],
      [
        bold(`${n} rows: interactive ÷ Yjs page load, both from navigation start`),
        bold(`${(foInteractive / pageLoad).toFixed(2)}×`),
        `${(agInteractive / pageLoad).toFixed(2)}×`,
        '≤ 2×',
      ],
      [
        `${n} rows: interactive ÷ Yjs state load timed inside its script`,
        `${(foInteractive / stateLoad).toFixed(2)}×`,
        `${(agInteractive / stateLoad).toFixed(2)}×`,
        '',
      ],
    );
  }
  return [
    `### Opening (median of ${String(input.openRounds)} opens in new tabs, after one warm-up open; ` +
      'each grid first in every other round)',
    '',
    table(['figure', 'Forankra', 'AG Grid', 'target'], rows),
    '',
    'Times from the tab’s navigation start (the page’s performance.now()). *Cell in DOM*: a ' +
      'MutationObserver installed before the page’s own scripts sees the first ' +
      '`[role="gridcell"]`. *ArrowDown answered*: in a task queued at that moment the probe ' +
      'focuses the grid (Forankra) or its first cell (AG Grid), dispatches keydown ArrowDown and ' +
      'waits until the active cell is on the second row. *Interactive*: the frame showing that ' +
      'has been produced (rAF, then a task posted from it). Forankra shows the first rows of a ' +
      "plan it has opened before from the plan's first-screen copy, readable and navigable, " +
      'while the whole plan loads a slice per task; *whole plan loaded*: the workspace is no ' +
      'longer marked `data-loading` (editable from then on); *longest task*: the longest ' +
      'main-thread task (PerformanceObserver `longtask`, so 0 when none reached 50 ms) from the ' +
      'frame that showed the first rows to the whole plan: the longest a key waits meanwhile. ' +
      'The warm-up open is the first: no copy yet, and the plan stored as one record as the ' +
      'bench wrote it, which that opening stores again in slices. *Yjs state load alone*: a page of its ' +
      'own on 127.0.0.1 with the same bytes in y-indexeddb, `new Y.Doc()` + ' +
      '`new IndexeddbPersistence()` → `whenSynced`, timed inside its script — so without the ' +
      'navigation and script loading that the grids’ figures include (*from navigation start* ' +
      'shows them). The target compares like with like: opening the grid page against opening ' +
      'a page that only loads the plan, both from navigation start; the ratio to the load ' +
      'timed inside its script also counts our page’s own start-up (about 100 ms here) against ' +
      'the grid alone.',
    '',
  ];
}

function typingSection(input: ReportInput): string[] {
  const { forankra, aggrid } = input.typing;
  const row = (label: string, get: (t: TypingResult) => string, target = ''): string[] => [
    label,
    get(forankra),
    get(aggrid),
    target,
  ];
  return [
    `### Typing ${String(TEXT.length)} characters into a text cell of the 10,000-row plan ` +
      `(${String(TYPE_DELAY_MS)} ms between keys), ${String(TYPING_ROUNDS)} rounds per grid ` +
      'taken in turns (each grid first in every other round), every keystroke counted',
    '',
    table(
      ['figure', 'Forankra', 'AG Grid', 'target'],
      [
        row('keystroke → painted p50', (t) => ms(percentile(t.latencies, 50))),
        row(
          'keystroke → painted p95',
          (t) => bold(ms(percentile(t.latencies, 95))),
          '< 16 ms; ≤ AG Grid',
        ),
        row('keystroke → painted max', (t) => ms(max(t.latencies))),
        row('keystroke → handled p50', (t) => ms(percentile(t.handled, 50))),
        row('keystroke → handled p95', (t) => ms(percentile(t.handled, 95)), '< 16 ms'),
        row('keystroke → handled max', (t) => ms(max(t.handled))),
        row('input delay p95 (timeStamp → first listener)', (t) => ms(percentile(t.queueing, 95))),
        row(
          'characters painted / typed',
          (t) => `${String(t.latencies.length)} / ${String(t.latencies.length + t.unpainted)}`,
        ),
        row('shortest editor text at the end of a round', (t) => String(t.finalLength)),
      ],
    ),
    '',
    '*Painted*: from the keydown’s `event.timeStamp` (Playwright `keyboard.type`: trusted input ' +
      'through CDP) to the produced frame in which the editor first holds the character (checked ' +
      'in rAF, timed in a task posted from that same rAF callback, which runs once the frame ' +
      'has been produced — the Event Timing / INP way; the bench used to wait one more rAF, ' +
      'which added a frame to every keystroke of both grids). It includes waiting for the ' +
      'next 60 Hz frame (0–16.7 ms), so a p95 under 16 ms leaves almost no room for work. ' +
      '*Handled*: to the end of the task that put the character in the editor (input delay and ' +
      'all handlers, no frame wait). The first character opens the editor in both grids. ' +
      'Forankra writes every keystroke to the Yjs document in its input event, so that write ' +
      'is in both figures; storing it in IndexedDB and sending it to the other pages wait for ' +
      'the frame that shows it. AG Grid writes the value only when editing stops.',
    '',
  ];
}

/** Frames this long are described one by one, to see what filled them. */
const DESCRIBED_FRAME_MS = 75;

function describeFrame(frame: LongFrame): string {
  const scripts = frame.scripts.length > 0 ? frame.scripts.join(', ') : 'none';
  return (
    `${ms(frame.duration)} at ${(frame.at / 1000).toFixed(1)} s into the scroll ` +
    `(${ms(frame.beforeRender)} before rendering began; scripts of 5 ms or more Chrome ` +
    `attributed: ${scripts})`
  );
}

function scrollSection(input: ReportInput): string[] {
  const rows: string[][] = [];
  const described: string[] = [];
  for (const size of input.sizes) {
    const fo = input.scrolls.get(key('forankra', size));
    const ag = input.scrolls.get(key('aggrid', size));
    if (!fo || !ag) continue;
    const n = size.toLocaleString('en-US');
    const longest = fo.flatMap((r) => r.longFrames).filter((f) => f.duration >= DESCRIBED_FRAME_MS);
    if (longest.length > 0) {
      described.push(`${n} rows: ${longest.map(describeFrame).join('; ')}.`);
    }
    const both = (label: string, get: (s: readonly ScrollResult[]) => string, target = '') => [
      `${n} rows: ${label}`,
      get(fo),
      get(ag),
      target,
    ];
    const intervals = (s: readonly ScrollResult[]) => s.flatMap((r) => r.intervals);
    const longFrames = (s: readonly ScrollResult[]) => s.flatMap((r) => r.longFrames);
    const missed = (s: readonly ScrollResult[]) => intervals(s).filter((i) => i > 17.7).length;
    rows.push(
      both('frame time p50', (s) => ms(percentile(intervals(s), 50))),
      both('frame time p95', (s) => bold(ms(percentile(intervals(s), 95))), '≤ 16 ms; ≤ AG Grid'),
      both('frame time max', (s) => ms(max(intervals(s))), '≤ AG Grid'),
      both('… the longest frame of each scroll', (s) =>
        s.map((r) => max(r.intervals).toFixed(1)).join(' · '),
      ),
      both(
        'frames that missed a vsync / all',
        (s) => `${String(missed(s))} / ${String(intervals(s).length)}`,
      ),
      both('long animation frames (≥ 50 ms)', (s) => String(longFrames(s).length)),
      both('… their total time', (s) =>
        ms(longFrames(s).reduce((sum, frame) => sum + frame.duration, 0)),
      ),
      both('frames with a blank bottom row', (s) =>
        String(s.reduce((sum, r) => sum + r.blankFrames, 0)),
      ),
      both(
        'top → bottom, each scroll',
        (s) => `${(s.reduce((sum, r) => sum + r.durationMs, 0) / s.length / 1000).toFixed(1)} s`,
      ),
    );
  }
  return [
    `### Scrolling top → bottom, ${String(SCROLL_STEP_PX)} px per frame (scrollTop set in rAF), ` +
      `${String(SCROLL_ROUNDS)} scrolls per grid and size, taken in turns (each grid first in every ` +
      'other round)',
    '',
    table(['figure', 'Forankra', 'AG Grid', 'target'], rows),
    '',
    ...(described.length > 0
      ? [
          `Forankra's long animation frames of ${String(DESCRIBED_FRAME_MS)} ms or more: ` +
            described.join(' ') +
            ' Chrome attributes no script to work done in a promise continuation after a short ' +
            "handler (a first open's frame that held the whole Y.applyUpdate of the plan, timed " +
            'with marks, listed none), so "none" does not rule script out; a trace does.',
          '',
        ]
      : []),
    '*Frame time*: rAF timestamp to the next (the 60 Hz frame is 16.7 ms, so a frame on time ' +
      'reads 16.7 and one that missed a vsync 33.3; "≤ 16 ms" is read as "on time"). *Long ' +
      'animation frames*: Chrome’s LoAF entries (frames of 50 ms or more). *Blank*: after the frame, no row under a point 24 px above the ' +
      'viewport’s bottom. Forankra renders all 12 columns of the rows in view; AG Grid ' +
      'virtualises columns too. `npm run bench:grid -- --profile` breaks a frame down by ' +
      'Chrome’s trace events.',
    '',
  ];
}

export function report(input: ReportInput): string {
  return [
    ...header(input),
    ...openSection(input),
    ...typingSection(input),
    ...scrollSection(input),
    ...(input.notes.length > 0 ? ['Notes: ' + input.notes.join(' '), ''] : []),
    `Whole bench: ${input.seconds.toFixed(0)} s.`,
  ].join('\n');
}
