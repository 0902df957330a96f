import * as Y from 'yjs';

/** What a transaction touched, in the terms views re-read by. Row ids are unique across sheets. */
export interface PlanChange {
  meta: boolean;
  sheets: boolean;
  columns: Set<string>;
  rowOrder: Set<string>;
  /** Rows whose own fields changed, or that came, went or were replaced whole. */
  rows: Set<string>;
  /** Cells whose value changed, as `cellKey(rowId, columnId)`, their row left out of `rows`. */
  cells: Set<string>;
  local: boolean;
  /** Everything may have changed: the model moved onto another document (`adopt`). */
  all: boolean;
}

export function emptyChange(local: boolean): PlanChange {
  return {
    meta: false,
    sheets: false,
    columns: new Set(),
    rowOrder: new Set(),
    rows: new Set(),
    cells: new Set(),
    local,
    all: false,
  };
}

const ORDER_KEYS = ['order', 'deletedAt'];

/** The key of one cell in `PlanChange.cells` (ids are base-36, so a space cannot occur in them). */
export function cellKey(rowId: string, columnId: string): string {
  return `${rowId} ${columnId}`;
}

/** The row of a key made by `cellKey`. */
export function rowOfCellKey(key: string): string {
  return key.slice(0, key.indexOf(' '));
}

/** Maps the deep events under the `sheets` map onto the parts of the plan they change. */
export function collectSheetChanges(
  events: Y.YEvent<Y.AbstractType<unknown>>[],
  change: PlanChange,
) {
  for (const event of events) {
    const path = event.path;
    const keys = [...event.keys.keys()];
    const sheetId = path[0];
    if (typeof sheetId !== 'string') {
      change.sheets = true;
      for (const id of keys) {
        change.columns.add(id);
        change.rowOrder.add(id);
      }
      continue;
    }
    if (path.length === 1) {
      change.sheets = true;
      if (keys.includes('columns')) change.columns.add(sheetId);
      if (keys.includes('rows')) change.rowOrder.add(sheetId);
      continue;
    }
    if (path[1] === 'columns') {
      change.columns.add(sheetId);
      continue;
    }
    if (path[1] !== 'rows') continue;
    const rowId = path[2];
    if (typeof rowId !== 'string') {
      change.rowOrder.add(sheetId);
      for (const id of keys) change.rows.add(id);
      continue;
    }
    // A cell's own change (a value set, or typing in a long text) concerns that cell alone:
    // a keystroke must not re-read the row's other cells.
    if (path[3] === 'cells' && path.length === 4) {
      for (const columnId of keys) change.cells.add(cellKey(rowId, columnId));
      continue;
    }
    const textColumn = path[4];
    if (path[3] === 'cells' && typeof textColumn === 'string') {
      change.cells.add(cellKey(rowId, textColumn));
      continue;
    }
    change.rows.add(rowId);
    if (path.length === 3 && keys.some((k) => ORDER_KEYS.includes(k))) change.rowOrder.add(sheetId);
  }
}
