import * as Y from 'yjs';
import { toCsv, utf8Bytes } from './csv';
import { FakeClock } from './fake-clock';
import { heapHeld, median, settle } from './measure';
import { buildPlan, openPlan, openPlanModelFirst } from './plan-builder';
import { fixtureRows, PLAN_COLUMNS, type FixtureRow } from './plan-fixture';
import { int, markdownTable, mebibytes, ms, ratio } from './table';

/** How often each step is repeated for its median, per plan size. */
interface Runs {
  rows: number;
  build: number;
  load: number;
}

interface PlanFigures {
  rows: number;
  buildMs: number;
  stateBytes: number;
  csvBytes: number;
  loadMs: number;
  loadModelFirstMs: number;
  heapBytes: number | null;
}

// Each step runs in its own function, so that nothing one step built is still referenced from
// a live frame while the next one measures the heap.

function measureBuilds(rows: readonly FixtureRow[], runs: number, clock: FakeClock) {
  const buildMs: number[] = [];
  let state: Uint8Array | null = null;
  for (let run = 0; run < runs; run++) {
    settle();
    const built = buildPlan(rows, clock);
    if (built.rowIds.length !== rows.length) throw new Error(`A built plan lacks rows.`);
    buildMs.push(built.ms);
    state ??= Y.encodeStateAsUpdate(built.model.doc);
    built.model.doc.destroy();
  }
  if (!state) throw new Error('No build ran; give each size at least one build run.');
  return { buildMs: median(buildMs), state };
}

function loadOnce(
  open: typeof openPlan,
  state: Uint8Array,
  clock: FakeClock,
  rows: number,
): number {
  settle();
  const start = performance.now();
  const opened = open(state, clock);
  const took = performance.now() - start;
  if (opened.rowIds.length !== rows) throw new Error(`An opened plan lacks rows (${rows}).`);
  opened.model.doc.destroy();
  return took;
}

function measureLoads(
  open: typeof openPlan,
  state: Uint8Array,
  runs: number,
  rows: number,
): number {
  const clock = new FakeClock();
  // One load first, so that the median does not carry the compiler's warm-up.
  loadOnce(open, state, clock, rows);
  return median(Array.from({ length: runs }, () => loadOnce(open, state, clock, rows)));
}

function measureHeap(state: Uint8Array): number | null {
  const clock = new FakeClock();
  return heapHeld(
    () => openPlan(state, clock),
    (opened) => opened.model.doc.destroy(),
  );
}

function measurePlan({ rows: count, build: buildRuns, load: loadRuns }: Runs): PlanFigures {
  const rows = fixtureRows(count);
  const { buildMs, state } = measureBuilds(rows, buildRuns, new FakeClock());
  return {
    rows: count,
    buildMs,
    stateBytes: state.byteLength,
    csvBytes: utf8Bytes(toCsv(PLAN_COLUMNS, rows)),
    loadMs: measureLoads(openPlan, state, loadRuns, count),
    loadModelFirstMs: measureLoads(openPlanModelFirst, state, loadRuns, count),
    heapBytes: measureHeap(state),
  };
}

/** Build, size against CSV, load and heap of the bench plan at each size, as a Markdown table. */
export function planBench(sizes: readonly Runs[]): string {
  const figures = sizes.map(measurePlan);
  return markdownTable(
    [
      'rows × 12 columns',
      'build ms (median)',
      'Yjs state bytes',
      'CSV bytes',
      'state / CSV',
      'load ms (median)',
      'load ms, model open first',
      'heap held, MiB',
    ],
    figures.map((f) => [
      int(f.rows),
      ms(f.buildMs),
      int(f.stateBytes),
      int(f.csvBytes),
      ratio(f.stateBytes / f.csvBytes),
      ms(f.loadMs),
      ms(f.loadModelFirstMs),
      mebibytes(f.heapBytes),
    ]),
  );
}
