import * as Y from 'yjs';
import type { PlanModel } from './plan-model';

/** How many rows of each sheet a first-screen copy holds: more than a tall full tab shows. */
export const FIRST_SCREEN_ROWS = 80;

/** A plan with only its first rows, as a document of its own (one Yjs update). */
export interface FirstScreen {
  state: Uint8Array;
}

/**
 * Copies what a plan shows when it opens into a small document of its own: the metadata, every
 * sheet with its columns, and the first `rows` rows of each sheet in their order (a sheet opens
 * unsorted and unfiltered), with the same ids, so that a model on the copy shows those rows as
 * the whole plan will. The copy never meets the plan's document or a peer.
 */
export function firstScreenOf(model: PlanModel, rows = FIRST_SCREEN_ROWS): FirstScreen {
  const source = model.doc;
  const copy = new Y.Doc();
  const shown = new Map<string, Set<string>>();
  for (const sheet of [...model.sheets(), ...model.trashedSheets()]) {
    shown.set(sheet.id, new Set(model.rowIds(sheet.id).slice(0, rows)));
  }
  copy.transact(() => {
    copyEntries(source.getMap('meta'), copy.getMap('meta'));
    const sheets = copy.getMap('sheets');
    source.getMap('sheets').forEach((sheet, sheetId) => {
      if (!(sheet instanceof Y.Map)) return;
      const sheetCopy = new Y.Map<unknown>();
      sheets.set(sheetId, sheetCopy);
      (sheet as Y.Map<unknown>).forEach((value, key) => {
        if (key !== 'rows' || !(value instanceof Y.Map)) {
          sheetCopy.set(key, copyValue(value));
          return;
        }
        const keep = shown.get(sheetId) ?? new Set<string>();
        const rowsCopy = new Y.Map<unknown>();
        sheetCopy.set(key, rowsCopy);
        (value as Y.Map<unknown>).forEach((row, rowId) => {
          if (keep.has(rowId)) rowsCopy.set(rowId, copyValue(row));
        });
      });
    });
  });
  const state = Y.encodeStateAsUpdate(copy);
  copy.destroy();
  return { state };
}

function copyEntries(from: Y.Map<unknown>, to: Y.Map<unknown>): void {
  from.forEach((value, key) => to.set(key, copyValue(value)));
}

/** A fresh copy of a value of the plan's document: shared types anew, plain values as they are. */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    copyEntries(value as Y.Map<unknown>, map);
    return map;
  }
  if (value instanceof Y.Text) return new Y.Text(value.toString());
  if (value instanceof Y.Array) {
    const array = new Y.Array<unknown>();
    array.push((value as Y.Array<unknown>).toArray().map(copyValue));
    return array;
  }
  return value;
}
