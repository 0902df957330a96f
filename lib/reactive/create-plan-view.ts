import { createTriggerCache } from '@solid-primitives/trigger';
import { batch, onCleanup } from 'solid-js';
import { cellKey, type PlanChange } from '../model/changes';
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
  const unsubscribe = model.onChange((change) => {
    if (change.all) return batch(dirtyAll);
    batch(() => {
      for (const key of changeKeys(change)) dirty(key);
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
