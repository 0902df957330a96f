import { createTriggerCache } from '@solid-primitives/trigger';
import { batch, createSignal, onCleanup } from 'solid-js';
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
  const stamps = createRowStamps();
  const unsubscribe = model.onChange((change) => {
    batch(() => {
      stamps.note(change);
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
     * A number that grows whenever the row changes (any cell of it, or the row as a whole).
     * The grid's row slots subscribe by it and read their cells from the model: a subscription
     * per cell read, taken again for every row that scrolls into view, was most of what a
     * scroll left for the garbage collector.
     */
    rowStamp: stamps.read,
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

/** Per row, the number of the last change that touched it; reading one subscribes to all. */
function createRowStamps() {
  let count = 0;
  let allAt = 0;
  const changedAt = new Map<string, number>();
  const [changes, setChanges] = createSignal(0);
  return {
    note: (change: PlanChange): void => {
      if (!change.all && change.rows.size === 0 && change.cells.size === 0) return;
      count++;
      if (change.all) allAt = count;
      for (const rowId of change.rows) changedAt.set(rowId, count);
      for (const key of change.cells) changedAt.set(rowOfCellKey(key), count);
      setChanges(count);
    },
    read: (rowId: string): number => {
      changes();
      return Math.max(allAt, changedAt.get(rowId) ?? 0);
    },
  };
}
