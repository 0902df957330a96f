import * as Y from 'yjs';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type { CellValue } from '../lib/model/schema';

// Three ways to keep a sheet's cells in a Y.Doc, without the model around them, so that only
// the storage differs. Each edit is one transaction, as each setCell is.

/** A row's cells as column id and value, the empty ones left out. */
export interface SeedRow {
  id: string;
  cells: readonly (readonly [string, CellValue])[];
}

export interface CellStore {
  set(rowId: string, columnId: string, value: CellValue): void;
  get(rowId: string, columnId: string): unknown;
}

export interface CellLayout {
  name: string;
  /** Writes `rows` into an empty document in one transaction. */
  fill(doc: Y.Doc, rows: readonly SeedRow[]): CellStore;
  /** The store over a document that already holds the cells (a loaded state). */
  open(doc: Y.Doc): CellStore;
}

const EDIT = 'bench:edit';

const cellKey = (rowId: string, columnId: string): string => `${rowId}:${columnId}`;

function rowCells(rows: Y.Map<unknown>, rowId: string): Y.Map<unknown> | undefined {
  const row = rows.get(rowId);
  const cells = row instanceof Y.Map ? (row as Y.Map<unknown>).get('cells') : undefined;
  return cells instanceof Y.Map ? (cells as Y.Map<unknown>) : undefined;
}

/** (a) The model's layout: rows map → row map → `cells` map keyed by column id. */
export const nestedMaps: CellLayout = {
  name: '(a) row Y.Map → cells Y.Map (model layout)',
  fill(doc, rows) {
    const rowsMap = doc.getMap<unknown>('rows');
    doc.transact(() => {
      for (const row of rows) {
        const cells = new Y.Map<unknown>();
        for (const [columnId, value] of row.cells) cells.set(columnId, value);
        const rowMap = new Y.Map<unknown>();
        rowMap.set('cells', cells);
        rowsMap.set(row.id, rowMap);
      }
    }, EDIT);
    return nestedMaps.open(doc);
  },
  open(doc) {
    const rowsMap = doc.getMap<unknown>('rows');
    return {
      set(rowId, columnId, value) {
        const cells = rowCells(rowsMap, rowId);
        if (!cells) throw new Error(`No row "${rowId}" in the nested layout.`);
        doc.transact(() => cells.set(columnId, value), EDIT);
      },
      get: (rowId, columnId) => rowCells(rowsMap, rowId)?.get(columnId),
    };
  },
};

type Entry = { key: string; val: CellValue };

/** (b) One YKeyValue per sheet (y-utility): an array of {key, val}, the newest entry wins. */
export const keyValue: CellLayout = {
  name: '(b) one YKeyValue per sheet, `row:column` keys',
  fill(doc, rows) {
    const kv = new YKeyValue<CellValue>(doc.getArray<Entry>('cells'));
    doc.transact(() => {
      for (const row of rows)
        for (const [columnId, value] of row.cells) kv.set(cellKey(row.id, columnId), value);
    }, EDIT);
    return storeOver(doc, kv);
  },
  open(doc) {
    return storeOver(doc, new YKeyValue<CellValue>(doc.getArray<Entry>('cells')));
  },
};

function storeOver(doc: Y.Doc, kv: YKeyValue<CellValue>): CellStore {
  return {
    set: (rowId, columnId, value) =>
      doc.transact(() => kv.set(cellKey(rowId, columnId), value), EDIT),
    get: (rowId, columnId) => kv.get(cellKey(rowId, columnId)),
  };
}

/** (c) One plain Y.Map per sheet keyed `row:column`. */
export const flatMap: CellLayout = {
  name: '(c) one Y.Map per sheet, `row:column` keys',
  fill(doc, rows) {
    const cells = doc.getMap<CellValue>('cells');
    doc.transact(() => {
      for (const row of rows)
        for (const [columnId, value] of row.cells) cells.set(cellKey(row.id, columnId), value);
    }, EDIT);
    return flatMap.open(doc);
  },
  open(doc) {
    const cells = doc.getMap<CellValue>('cells');
    return {
      set: (rowId, columnId, value) =>
        doc.transact(() => cells.set(cellKey(rowId, columnId), value), EDIT),
      get: (rowId, columnId) => cells.get(cellKey(rowId, columnId)),
    };
  },
};

export const CELL_LAYOUTS: readonly CellLayout[] = [nestedMaps, keyValue, flatMap];
