import { createTriggerCache } from '@solid-primitives/trigger';
import { batch, createComputed, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import { cellKey, rowOfCellKey, type PlanChange } from '../model/changes';
import type { PlanModel } from '../model/plan-model';
import type { CellRead, ColumnInfo } from '../model/schema';

/** The keys views subscribe by; one per part of the plan that changes on its own. */
export function changeKeys(change: PlanChange): string[] {
  const keys = ['undo'];
  if (change.meta) keys.push('meta');
  if (change.sheets) keys.push('sheets');
  for (const id of change.columns) keys.push(`columns:${id}`);
  for (const id of change.rowOrder) keys.push(`order:${id}`);
  for (const id of change.rows) keys.push(`row:${id}`);
  for (const key of change.cells) keys.push(`cell:${key}`);
  return keys;
}

/**
 * The one bridge from the plan document to Solid: reading through it inside a reactive scope
 * subscribes to exactly that part (a sheet's columns, its row order, one row), and a change
 * re-runs only the readers of what changed. Signals exist only while something reads them.
 */
export function createPlanView(model: PlanModel) {
  const [track, dirty, dirtyAll] = createTriggerCache<string>();
  const rows = createRowWatchers();
  const unsubscribe = model.onChange((change) => {
    batch(() => {
      rows.note(change);
      if (change.all) dirtyAll();
      else for (const key of changeKeys(change)) dirty(key);
    });
  });
  onCleanup(unsubscribe);
  const read =
    <A extends unknown[], R>(key: (...args: A) => string, get: (...args: A) => R) =>
    (...args: A): R => {
      track(key(...args));
      return get(...args);
    };
  return {
    model,
    meta: read(
      () => 'meta',
      () => model.getMeta(),
    ),
    status: read(
      () => 'meta',
      () => model.status(),
    ),
    sheets: read(
      () => 'sheets',
      () => model.sheets(),
    ),
    trashedSheets: read(
      () => 'sheets',
      () => model.trashedSheets(),
    ),
    columns: read(
      (sheetId: string) => `columns:${sheetId}`,
      (sheetId: string) => model.columns(sheetId),
    ),
    rowIds: read(
      (sheetId: string) => `order:${sheetId}`,
      (sheetId: string) => model.rowIds(sheetId),
    ),
    trashedRowIds: read(
      (sheetId: string) => `order:${sheetId}`,
      (sheetId: string) => model.trashedRowIds(sheetId),
    ),
    row: read(
      (_sheetId: string, rowId: string) => `row:${rowId}`,
      (sheetId: string, rowId: string) => model.row(sheetId, rowId),
    ),
    // A cell is re-read when it changes, or its row as a whole (added, restored, replaced).
    cell: (sheetId: string, rowId: string, column: ColumnInfo): CellRead => {
      track(`row:${rowId}`);
      track(`cell:${cellKey(rowId, column.id)}`);
      return model.cell(sheetId, rowId, column);
    },
    /**
     * A number that grows whenever the row `rowId()` names changes (any cell of it, or the row
     * as a whole), for as long as the calling scope lives. The grid's row slots subscribe by
     * it and read their cells from the model: a subscription per cell read, taken again for
     * every row that scrolls into view, was most of what a scroll left for the garbage
     * collector.
     */
    watchRow: rows.watch,
    canUndo: read(
      () => 'undo',
      () => model.canUndo(),
    ),
    canRedo: read(
      () => 'undo',
      () => model.canRedo(),
    ),
  };
}

export type PlanView = ReturnType<typeof createPlanView>;

/**
 * Readers of one row each, by the row they read now. A change bumps the stamp of the readers of
 * the rows it touched and no other: one signal for all would make Solid mark every cell of
 * every row slot as possibly stale on every keystroke.
 */
function createRowWatchers() {
  const watchers = new Set<{ rowId: string; bump: () => void }>();
  return {
    note: (change: PlanChange): void => {
      if (watchers.size === 0) return;
      if (!change.all && change.rows.size === 0 && change.cells.size === 0) return;
      const touched = change.all ? null : new Set(change.rows);
      for (const key of change.cells) touched?.add(rowOfCellKey(key));
      for (const watcher of watchers) {
        if (touched === null || touched.has(watcher.rowId)) watcher.bump();
      }
    },
    watch: (rowId: Accessor<string>): Accessor<number> => {
      const [stamp, setStamp] = createSignal(0);
      const watcher = { rowId: untrack(rowId), bump: () => setStamp((n) => n + 1) };
      createComputed(() => (watcher.rowId = rowId()));
      watchers.add(watcher);
      onCleanup(() => watchers.delete(watcher));
      return stamp;
    },
  };
}
