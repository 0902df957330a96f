import * as Y from 'yjs';
import { newId } from '../lib/model/ids';
import type { CellLayout, CellStore, SeedRow } from './cell-layouts';
import { memberDoc } from './docs';
import { finalValues, type CellEdit } from './edit-script';
import { heapHeld, median, settle } from './measure';
import { stateBytes } from './plan-builder';
import { fixtureRows, PLAN_COLUMNS } from './plan-fixture';
import { fixed, int, markdownTable, mebibytes, ms } from './table';

interface Seeded {
  rows: SeedRow[];
  columnIds: string[];
}

/** The fixture rows with ids as the model would give them; long text as a plain string. */
function seedRows(count: number): Seeded {
  const columnIds = PLAN_COLUMNS.map(() => newId());
  const rows = fixtureRows(count).map((row) => ({
    id: newId(),
    cells: columnIds.flatMap((columnId, i) => {
      const value = row[i];
      return value === null || value === undefined ? [] : [[columnId, value] as const];
    }),
  }));
  return { rows, columnIds };
}

interface LayoutFigures {
  name: string;
  cells: number;
  before: number;
  after: number;
  editMs: number;
  loadMs: number;
  heapBytes: number | null;
}

function checkFinal(
  store: CellStore,
  { rows, columnIds }: Seeded,
  script: readonly CellEdit[],
  layout: CellLayout,
): void {
  for (const [key, value] of finalValues(script)) {
    const [row, column] = key.split(':').map(Number);
    const rowId = rows[row ?? -1]?.id;
    const columnId = columnIds[column ?? -1];
    if (!rowId || !columnId || store.get(rowId, columnId) !== value) {
      throw new Error(`${layout.name}: cell ${key} lost its last edit.`);
    }
  }
}

// Each step runs in its own function and hands back plain figures, so that no document from
// one step is still referenced from a live frame while a later step measures the heap.

/** Fills a fresh document, replays the edits on it, and returns its sizes and the edit time. */
function runEdits(layout: CellLayout, seeded: Seeded, script: readonly CellEdit[]) {
  const { rows, columnIds } = seeded;
  const doc = memberDoc('Kari');
  const store = layout.fill(doc, rows);
  const before = stateBytes(doc);
  settle();
  const start = performance.now();
  for (const edit of script) {
    const rowId = rows[edit.row]?.id;
    const columnId = columnIds[edit.column];
    if (!rowId || !columnId) throw new Error('An edit points outside the seeded rows.');
    store.set(rowId, columnId, edit.value);
  }
  const editMs = performance.now() - start;
  checkFinal(store, seeded, script, layout);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { before, editMs, update };
}

function openState(layout: CellLayout, update: Uint8Array) {
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, update);
  return { loaded, store: layout.open(loaded) };
}

function loadOnce(layout: CellLayout, update: Uint8Array, seeded: Seeded): number {
  settle();
  const start = performance.now();
  const { loaded, store } = openState(layout, update);
  store.get(seeded.rows[0]?.id ?? '', seeded.columnIds[0] ?? '');
  const took = performance.now() - start;
  loaded.destroy();
  return took;
}

function measureLoads(
  layout: CellLayout,
  update: Uint8Array,
  seeded: Seeded,
  script: readonly CellEdit[],
  runs: number,
): number {
  // The first load checks the stored state and warms the compiler; it is not counted.
  const { loaded, store } = openState(layout, update);
  checkFinal(store, seeded, script, layout);
  loaded.destroy();
  return median(Array.from({ length: runs }, () => loadOnce(layout, update, seeded)));
}

function measureHeap(layout: CellLayout, update: Uint8Array): number | null {
  return heapHeld(
    () => openState(layout, update),
    (held) => held.loaded.destroy(),
  );
}

function measureLayout(
  layout: CellLayout,
  seeded: Seeded,
  script: readonly CellEdit[],
  loadRuns: number,
): LayoutFigures {
  const { before, editMs, update } = runEdits(layout, seeded, script);
  return {
    name: layout.name,
    cells: seeded.rows.reduce((n, r) => n + r.cells.length, 0),
    before,
    after: update.byteLength,
    editMs,
    loadMs: measureLoads(layout, update, seeded, script, loadRuns),
    heapBytes: measureHeap(layout, update),
  };
}

/** The same edits on each cell layout, without the model, as a Markdown table. */
export function cellStorageBench(
  layouts: readonly CellLayout[],
  rowCount: number,
  script: readonly CellEdit[],
  loadRuns = 5,
): string {
  const seeded = seedRows(rowCount);
  const figures = layouts.map((layout) => measureLayout(layout, seeded, script, loadRuns));
  return markdownTable(
    [
      'layout (1 member)',
      'cells',
      'state before',
      'state after',
      'bytes / edit',
      'edits ms (total)',
      'µs / edit',
      'load ms (median)',
      'heap held, MiB',
    ],
    figures.map((f) => [
      f.name,
      int(f.cells),
      int(f.before),
      int(f.after),
      fixed((f.after - f.before) / script.length, 1),
      ms(f.editMs),
      fixed((f.editMs * 1000) / script.length, 1),
      ms(f.loadMs),
      mebibytes(f.heapBytes),
    ]),
  );
}
