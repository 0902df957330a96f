import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { collectSheetChanges, emptyChange, type PlanChange } from './changes';
import { newId } from './ids';
import { migratePlan, SCHEMA_VERSION, type MigrationOutcome } from './migrations';
import { compareByOrder, orderKeyBetween, orderKeysBetween } from './order-key';
import { ORIGIN, type Origin } from './origins';
import {
  childMap,
  mapEntries,
  numOrNull,
  plainCell,
  readColumn,
  readMeta,
  readRow,
  readSheet,
  readStamp,
  str,
} from './read';
import type {
  CellRead,
  ChoiceOption,
  ColumnInfo,
  ColumnSpec,
  ColumnType,
  PlanMeta,
  PlanSpec,
  RowInfo,
  SheetInfo,
  SheetKind,
} from './schema';
import { DEFAULT_COLUMN_WIDTH } from './schema';
import { coerceValue, isCanonical, rawText, readValue } from './values';
import { applyTextChange } from './text-diff';

/** Thrown by every write on a plan that this build must not change. */
export class ReadOnlyPlanError extends Error {
  constructor(version: number) {
    super(
      `This plan was saved by a newer version of Forankra (schema ${version}); ` +
        `update Forankra to edit it. It is open read-only.`,
    );
    this.name = 'ReadOnlyPlanError';
  }
}

/** Thrown by every write while the model shows a first-screen copy and the plan still loads. */
export class PlanLoadingError extends Error {
  constructor() {
    super('The plan is still loading; it can be changed once it has loaded.');
    this.name = 'PlanLoadingError';
  }
}

export type PlanStatus =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'readOnly'; version: number; supported: number };

export type SetCellResult = { ok: true } | { ok: false; reason: 'type' | 'missing' };

export interface PlanModelOptions {
  /** The display name written as the last editor of rows this member changes. */
  actor: string;
  now?: () => number;
  /**
   * How long a `continueEdit` write may still join the undo step before it. Every other
   * command starts a step of its own.
   */
  undoCaptureMs?: number;
  /**
   * The document is a first-screen copy shown while the plan loads: the model reads it, refuses
   * every write, and moves onto the plan's document with `adopt`.
   */
  loading?: boolean;
}

/** A value for one cell, as the grid's paste, fill and clear produce them. */
export interface CellWriteInput {
  rowId: string;
  columnId: string;
  value: unknown;
}

export type ApplyWritesResult =
  { ok: true; newRowIds: string[] } | { ok: false; refused: CellWriteInput[] };

/**
 * Everything one file import changes in a sheet, applied by `importRows` as one transaction.
 * Values are keyed by column id, or `new:<i>` for the i-th of `newColumns`.
 */
export interface ImportBatch {
  /** Columns added at the end, before any value is written. */
  newColumns: readonly ColumnSpec[];
  /** Rows moved to the trash (replacing the sheet's rows). */
  trashRowIds: readonly string[];
  /** Existing rows whose cells are rewritten; a null or empty value clears the cell. */
  updates: readonly { rowId: string; values: Readonly<Record<string, unknown>> }[];
  /** Rows added at the end, in order. */
  appends: readonly Readonly<Record<string, unknown>>[];
}

export interface ImportResult {
  columnIds: string[];
  newRowIds: string[];
}

const NEW_COLUMN = /^new:(\d+)$/;

/** Row ids of the form `new:<n>` in a write name the n-th row that `applyCellWrites` adds. */
const NEW_ROW = /^new:(\d+)$/;

// Rewriting a row's editor stamp on every keystroke would grow the document for no reader's
// benefit; within this window the same member's stamp is left as it is.
const EDIT_STAMP_WINDOW_MS = 30_000;

type YMap = Y.Map<unknown>;

interface OrderedRow {
  id: string;
  order: string;
}

interface RowOrder {
  visible: OrderedRow[];
  trashed: OrderedRow[];
  visibleIds: string[];
  trashedIds: string[];
  maxOrder: string | null;
}

/** A typed view over one plan's Y.Doc: queries return plain values, writes are named commands. */
export class PlanModel {
  private planDoc: Y.Doc;
  private meta: YMap;
  private sheetsMap: YMap;
  private undoManager: Y.UndoManager;
  private loading: boolean;
  private readonly undoCaptureMs: number;
  private readonly now: () => number;
  private actorName: string;
  private outcome: MigrationOutcome;
  private readonly listeners = new Set<(change: PlanChange) => void>();
  private readonly rowOrderCache = new Map<string, RowOrder>();
  private readonly columnCache = new Map<string, ColumnInfo[]>();
  // The columns last read, kept past a change: what reads the same is handed out as the same
  // object, so that a view keyed by column (the grid's cells) keeps what it shows, an open
  // editor included, when a change touched another column or nothing of them.
  private readonly lastColumns = new Map<string, ColumnInfo[]>();
  private sheetCache: SheetInfo[] | null = null;
  private pending: PlanChange | null = null;

  constructor(doc: Y.Doc, options: PlanModelOptions) {
    this.now = options.now ?? Date.now;
    this.actorName = options.actor;
    this.loading = options.loading ?? false;
    // Steps are delimited by commands (see write()), not by time: a cell edited over a minute
    // of slow typing still undoes as one step.
    this.undoCaptureMs = options.undoCaptureMs ?? 60 * 60 * 1000;
    this.planDoc = doc;
    this.meta = doc.getMap('meta');
    this.sheetsMap = doc.getMap('sheets');
    this.outcome = migratePlan(doc);
    this.undoManager = this.attach();
  }

  /** The plan's document (while loading: the first-screen copy's). */
  get doc(): Y.Doc {
    return this.planDoc;
  }

  private attach(): Y.UndoManager {
    // First: the manager records a step after each transaction, and listeners told of a
    // change must find that step there (the undo button).
    const undoManager = new Y.UndoManager([this.meta, this.sheetsMap], {
      trackedOrigins: new Set([ORIGIN.local]),
      captureTimeout: this.undoCaptureMs,
    });
    this.meta.observe(this.onMeta);
    this.sheetsMap.observeDeep(this.onSheets);
    this.planDoc.on('afterTransaction', this.onAfterTransaction);
    return undoManager;
  }

  private detach(): void {
    this.meta.unobserve(this.onMeta);
    this.sheetsMap.unobserveDeep(this.onSheets);
    this.planDoc.off('afterTransaction', this.onAfterTransaction);
    this.undoManager.destroy();
  }

  /**
   * Moves a model opened on a first-screen copy onto the plan's whole document, once loaded:
   * from then on it reads and writes that document, and its listeners hear that everything
   * changed (`change.all`), so views re-read in place instead of being built again.
   */
  adopt(doc: Y.Doc): void {
    this.detach();
    this.planDoc = doc;
    this.meta = doc.getMap('meta');
    this.sheetsMap = doc.getMap('sheets');
    this.loading = false;
    this.sheetCache = null;
    this.columnCache.clear();
    this.rowOrderCache.clear();
    this.pending = null;
    this.outcome = migratePlan(doc);
    this.undoManager = this.attach();
    const change = emptyChange(false);
    change.all = true;
    change.meta = true;
    change.sheets = true;
    for (const listener of this.listeners) listener(change);
  }

  destroy(): void {
    this.detach();
    this.listeners.clear();
  }

  // ---- change notification ----

  /** Calls `listener` once per transaction that changed the plan; returns an unsubscribe. */
  onChange(listener: (change: PlanChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changeFor(transaction: Y.Transaction): PlanChange {
    this.pending ??= emptyChange(transaction.origin === ORIGIN.local);
    return this.pending;
  }

  private readonly onMeta = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    this.changeFor(transaction).meta = true;
  };

  private readonly onSheets = (
    events: Y.YEvent<Y.AbstractType<unknown>>[],
    transaction: Y.Transaction,
  ) => {
    collectSheetChanges(events, this.changeFor(transaction));
  };

  private readonly onAfterTransaction = () => {
    const change = this.pending;
    this.pending = null;
    if (!change) return;
    if (change.meta && this.outcome.state === 'empty') this.refreshStatus();
    if (change.sheets) this.sheetCache = null;
    for (const id of change.columns) this.columnCache.delete(id);
    for (const id of change.rowOrder) this.rowOrderCache.delete(id);
    for (const listener of this.listeners) listener(change);
  };

  /** Re-runs the schema check, for a plan that arrived after it was opened empty. */
  refreshStatus(): void {
    this.outcome = migratePlan(this.doc);
  }

  // ---- queries ----

  status(): PlanStatus {
    if (this.loading) return { state: 'loading' };
    switch (this.outcome.state) {
      case 'empty':
        return { state: 'empty' };
      case 'newer':
        return {
          state: 'readOnly',
          version: this.outcome.version,
          supported: this.outcome.supported,
        };
      default:
        return { state: 'ready' };
    }
  }

  get readOnly(): boolean {
    return this.loading || this.outcome.state === 'newer';
  }

  getMeta(): PlanMeta {
    return readMeta(this.meta);
  }

  /** The sheets in their order, without those in the trash. */
  sheets(): SheetInfo[] {
    this.sheetCache ??= mapEntries(this.sheetsMap)
      .map(([id, sheet]) => readSheet(id, sheet))
      .sort(compareByOrder);
    return this.sheetCache.filter((s) => s.deletedAt === null);
  }

  trashedSheets(): SheetInfo[] {
    this.sheets();
    return (this.sheetCache ?? []).filter((s) => s.deletedAt !== null);
  }

  /** The columns of a sheet in their order, hidden ones included. */
  columns(sheetId: string): ColumnInfo[] {
    let cached = this.columnCache.get(sheetId);
    if (!cached) {
      const read = mapEntries(this.columnsMap(sheetId))
        .map(([id, column]) => readColumn(id, column))
        .sort(compareByOrder);
      cached = sameObjects(read, this.lastColumns.get(sheetId) ?? []);
      this.columnCache.set(sheetId, cached);
      this.lastColumns.set(sheetId, cached);
    }
    return cached;
  }

  column(sheetId: string, columnId: string): ColumnInfo | undefined {
    return this.columns(sheetId).find((c) => c.id === columnId);
  }

  private rowOrder(sheetId: string) {
    let cached = this.rowOrderCache.get(sheetId);
    if (!cached) {
      const rows = mapEntries(this.rowsMap(sheetId)).map(([id, row]) => ({
        id,
        order: str(row, 'order'),
        deleted: numOrNull(row, 'deletedAt') !== null,
      }));
      rows.sort(compareByOrder);
      const visible = rows.filter((r) => !r.deleted);
      const trashed = rows.filter((r) => r.deleted);
      cached = {
        visible,
        trashed,
        visibleIds: visible.map((r) => r.id),
        trashedIds: trashed.map((r) => r.id),
        maxOrder: rows.reduce<string | null>(
          (m, r) => (m === null || r.order > m ? r.order : m),
          null,
        ),
      };
      this.rowOrderCache.set(sheetId, cached);
    }
    return cached;
  }

  /** Ids of a sheet's rows in order, without those in the trash. */
  rowIds(sheetId: string): readonly string[] {
    return this.rowOrder(sheetId).visibleIds;
  }

  /** Ids of a sheet's rows in the trash. */
  trashedRowIds(sheetId: string): readonly string[] {
    return this.rowOrder(sheetId).trashedIds;
  }

  row(sheetId: string, rowId: string): RowInfo | undefined {
    const row = this.rowMap(sheetId, rowId);
    return row ? readRow(rowId, row) : undefined;
  }

  /** A cell validated against its column: never throws, flags what does not fit. */
  cell(sheetId: string, rowId: string, column: ColumnInfo): CellRead {
    const cells = this.cellsMap(sheetId, rowId);
    if (!cells) return { state: 'empty' };
    return readValue(plainCell(cells.get(column.id)), column.type, column.options, column.range);
  }

  /** The stored value of a cell as plain data (shared text as a string), unvalidated. */
  rawCell(sheetId: string, rowId: string, columnId: string): unknown {
    return plainCell(this.cellsMap(sheetId, rowId)?.get(columnId));
  }

  /**
   * A place in a long-text cell that stays put while others type before it (a Yjs relative
   * position, as base64), for showing the others where one's cursor is; null if no such text.
   */
  textPosition(sheetId: string, rowId: string, columnId: string, index: number): string | null {
    const text = this.cellsMap(sheetId, rowId)?.get(columnId);
    if (!(text instanceof Y.Text)) return null;
    const at = Math.max(0, Math.min(index, text.length));
    return toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, at)));
  }

  /** Where a position made by `textPosition` is in the cell's text now; null if it is not there. */
  textIndex(sheetId: string, rowId: string, columnId: string, position: string): number | null {
    const text = this.cellsMap(sheetId, rowId)?.get(columnId);
    if (!(text instanceof Y.Text)) return null;
    try {
      const relative = Y.decodeRelativePosition(fromBase64(position));
      const absolute = Y.createAbsolutePositionFromRelativePosition(relative, this.doc);
      return absolute && absolute.type === text ? absolute.index : null;
    } catch {
      // Another member's presence is untrusted: a position that does not decode is no position.
      return null;
    }
  }

  /** Every part of the plan, trash included, as plain sorted data: for tests and sync checks. */
  snapshot(): unknown {
    const sheets = mapEntries(this.sheetsMap)
      .map(([id, sheet]) => {
        const rows = mapEntries(childMap(sheet, 'rows'))
          .map(([rowId, row]) => {
            const cells: Record<string, unknown> = {};
            const cellMap = childMap(row, 'cells');
            cellMap?.forEach((v, k) => (cells[k] = plainCell(v)));
            return { ...readRow(rowId, row), cells: sortKeys(cells) };
          })
          .sort(compareByOrder);
        const columns = mapEntries(childMap(sheet, 'columns'))
          .map(([colId, col]) => readColumn(colId, col))
          .sort(compareByOrder);
        return { ...readSheet(id, sheet), columns, rows };
      })
      .sort(compareByOrder);
    return { meta: this.getMeta(), sheets };
  }

  // ---- internal access ----

  private sheetMap(sheetId: string): YMap | undefined {
    return childMap(this.sheetsMap, sheetId);
  }

  private columnsMap(sheetId: string): YMap | undefined {
    const sheet = this.sheetMap(sheetId);
    return sheet ? childMap(sheet, 'columns') : undefined;
  }

  private rowsMap(sheetId: string): YMap | undefined {
    const sheet = this.sheetMap(sheetId);
    return sheet ? childMap(sheet, 'rows') : undefined;
  }

  private rowMap(sheetId: string, rowId: string): YMap | undefined {
    const rows = this.rowsMap(sheetId);
    return rows ? childMap(rows, rowId) : undefined;
  }

  private cellsMap(sheetId: string, rowId: string): YMap | undefined {
    const row = this.rowMap(sheetId, rowId);
    return row ? childMap(row, 'cells') : undefined;
  }

  private write<T>(fn: () => T, origin: Origin = ORIGIN.local, continueEdit = false): T {
    if (this.loading) throw new PlanLoadingError();
    if (this.outcome.state === 'newer') throw new ReadOnlyPlanError(this.outcome.version);
    if (!continueEdit) this.undoManager.stopCapturing();
    let result: T | undefined;
    this.doc.transact(() => {
      result = fn();
    }, origin);
    return result as T;
  }

  private stamp(row: YMap): void {
    const now = this.now();
    // The stamp itself, not lastEdit(): a row gets no stamp when it is made, so its first edit
    // is always written and "changed since the meeting" can tell it from an untouched row.
    const { by, at } = readStamp(row.get('edited'));
    if (by === this.actorName && at !== null && now - at < EDIT_STAMP_WINDOW_MS) return;
    // One value, not two: each rewrite leaves a record behind in the document for good.
    row.set('edited', { by: this.actorName, at: now });
  }

  // ---- commands: plan ----

  /** The display name written on the rows this member edits from now on. */
  setActor(name: string): void {
    this.actorName = name;
  }

  /** Fills an empty document from a spec: metadata, sheets, columns and rows, as one step. */
  createPlan(spec: PlanSpec, origin: Origin = ORIGIN.template): void {
    if (this.outcome.state !== 'empty') throw new Error('This document already holds a plan.');
    this.doc.transact(() => {
      this.meta.set('title', spec.title);
      this.meta.set('organisation', spec.organisation);
      this.meta.set('template', spec.template);
      this.meta.set('locale', spec.locale);
      // The plan's rows carry the plan's own creation time: "since the last meeting" can tell
      // them from rows added later.
      const createdAt = this.now();
      this.meta.set('createdAt', createdAt);
      this.meta.set('schemaVersion', SCHEMA_VERSION);
      const keys = orderKeysBetween(null, null, spec.sheets.length);
      spec.sheets.forEach((sheetSpec, i) => {
        const sheetId = this.insertSheet(sheetSpec.name, sheetSpec.kind, keys[i] ?? null);
        const columnIds = sheetSpec.columns.map((c) => this.insertColumn(sheetId, c, null));
        const rows = (sheetSpec.rows ?? []).map((row) => {
          const values: Record<string, unknown> = {};
          columnIds.forEach((colId, index) => {
            if (row[index] !== undefined) values[colId] = row[index];
          });
          return values;
        });
        this.appendRows(sheetId, rows, createdAt);
      });
    }, origin);
    this.outcome = migratePlan(this.doc);
  }

  setTitle(title: string): void {
    this.write(() => this.meta.set('title', title));
  }

  setOrganisation(organisation: string): void {
    this.write(() => this.meta.set('organisation', organisation));
  }

  // ---- commands: sheets ----

  private insertSheet(name: string, kind: SheetKind, order: string | null): string {
    const id = newId();
    const sheet = new Y.Map<unknown>();
    sheet.set('name', name);
    sheet.set('kind', kind);
    const last = this.sheets().at(-1)?.order ?? null;
    sheet.set('order', order ?? orderKeyBetween(last, null));
    sheet.set('columns', new Y.Map());
    sheet.set('rows', new Y.Map());
    this.sheetsMap.set(id, sheet);
    this.sheetCache = null;
    return id;
  }

  addSheet(name: string, kind: SheetKind = 'custom', columns: readonly ColumnSpec[] = []): string {
    return this.write(() => {
      const id = this.insertSheet(name, kind, null);
      for (const column of columns) this.insertColumn(id, column, null);
      return id;
    });
  }

  renameSheet(sheetId: string, name: string): void {
    this.write(() => this.sheetMap(sheetId)?.set('name', name));
  }

  /** Moves a sheet to `toIndex` among the sheets not in the trash. */
  moveSheet(sheetId: string, toIndex: number): void {
    this.write(() => {
      const others = this.sheets().filter((s) => s.id !== sheetId);
      this.sheetMap(sheetId)?.set('order', keyAt(others, toIndex));
    });
  }

  deleteSheet(sheetId: string): void {
    this.write(() => {
      const sheet = this.sheetMap(sheetId);
      if (!sheet) return;
      sheet.set('deletedAt', this.now());
      sheet.set('deletedBy', this.actorName);
    });
  }

  restoreSheet(sheetId: string): void {
    this.write(() => {
      const sheet = this.sheetMap(sheetId);
      if (!sheet) return;
      sheet.delete('deletedAt');
      sheet.delete('deletedBy');
    });
  }

  // ---- commands: columns ----

  private insertColumn(sheetId: string, spec: ColumnSpec, order: string | null): string {
    const columns = this.columnsMap(sheetId);
    if (!columns) throw new Error(`No sheet with id "${sheetId}".`);
    const id = newId();
    const column = new Y.Map<unknown>();
    column.set('name', spec.name);
    column.set('type', spec.type);
    column.set(
      'options',
      (spec.options ?? []).map((o) => ({ ...o })),
    );
    column.set('width', spec.width ?? DEFAULT_COLUMN_WIDTH);
    if (spec.range) column.set('range', { ...spec.range });
    const last = this.columns(sheetId).at(-1)?.order ?? null;
    column.set('order', order ?? orderKeyBetween(last, null));
    columns.set(id, column);
    this.columnCache.delete(sheetId);
    return id;
  }

  /** Adds a column at `atIndex` (default: last) and returns its id. */
  addColumn(sheetId: string, spec: ColumnSpec, atIndex?: number): string {
    return this.write(() => {
      const order = atIndex === undefined ? null : keyAt(this.columns(sheetId), atIndex);
      return this.insertColumn(sheetId, spec, order);
    });
  }

  private columnMap(sheetId: string, columnId: string): YMap | undefined {
    const columns = this.columnsMap(sheetId);
    return columns ? childMap(columns, columnId) : undefined;
  }

  renameColumn(sheetId: string, columnId: string, name: string): void {
    this.write(() => this.columnMap(sheetId, columnId)?.set('name', name));
  }

  moveColumn(sheetId: string, columnId: string, toIndex: number): void {
    this.write(() => {
      const others = this.columns(sheetId).filter((c) => c.id !== columnId);
      this.columnMap(sheetId, columnId)?.set('order', keyAt(others, toIndex));
    });
  }

  setColumnWidth(sheetId: string, columnId: string, width: number): void {
    if (!Number.isFinite(width) || width <= 0) return;
    this.write(() => this.columnMap(sheetId, columnId)?.set('width', Math.round(width)));
  }

  setColumnHidden(sheetId: string, columnId: string, hidden: boolean): void {
    this.write(() => this.columnMap(sheetId, columnId)?.set('hidden', hidden));
  }

  setColumnOptions(sheetId: string, columnId: string, options: readonly ChoiceOption[]): void {
    this.write(() =>
      this.columnMap(sheetId, columnId)?.set(
        'options',
        options.map((o) => ({ ...o })),
      ),
    );
  }

  /**
   * Changes a column's type. Values that convert are rewritten in the new type's form; values
   * that do not are kept as they were and show flagged, so retyping back restores them.
   * A choice column made from text gets one option per distinct value.
   */
  retypeColumn(sheetId: string, columnId: string, type: ColumnType): void {
    this.write(() => {
      const column = this.columnMap(sheetId, columnId);
      const rows = this.rowsMap(sheetId);
      if (!column || !rows) return;
      let options = readColumn(columnId, column).options;
      const entries = mapEntries(rows);
      if (type === 'choice' && options.length === 0) {
        options = deriveOptions(
          entries.map(([, row]) => plainCell(childMap(row, 'cells')?.get(columnId))),
        );
        column.set(
          'options',
          options.map((o) => ({ ...o })),
        );
      }
      column.set('type', type);
      for (const [, row] of entries) {
        const cells = childMap(row, 'cells');
        if (!cells || !cells.has(columnId)) continue;
        const stored = cells.get(columnId);
        const coerced = coerceValue(plainCell(stored), type, options);
        // A value that does not fit, or reads as blank, stays exactly as it was.
        if (!coerced.ok || coerced.value === null) continue;
        writeCell(cells, columnId, coerced.value, type);
      }
    });
  }

  // ---- commands: rows ----

  private appendRows(
    sheetId: string,
    rows: readonly Record<string, unknown>[],
    at: number = this.now(),
  ): string[] {
    const rowsMap = this.rowsMap(sheetId);
    if (!rowsMap) throw new Error(`No sheet with id "${sheetId}".`);
    const lastOrder = this.rowOrder(sheetId).maxOrder;
    const keys = orderKeysBetween(lastOrder, null, rows.length);
    const columns = this.columns(sheetId);
    const ids = rows.map((values, i) => {
      const id = newId();
      rowsMap.set(
        id,
        this.newRow(keys[i] ?? orderKeyBetween(lastOrder, null), values, columns, at),
      );
      return id;
    });
    this.rowOrderCache.delete(sheetId);
    return ids;
  }

  private newRow(
    order: string,
    values: Record<string, unknown>,
    columns: ColumnInfo[],
    at: number = this.now(),
  ): YMap {
    const row = new Y.Map<unknown>();
    const cells = new Y.Map<unknown>();
    row.set('order', order);
    row.set('cells', cells);
    // No edit stamp yet: a row nobody has changed since it was made reads as last edited then
    // (readRow), one record fewer per row.
    row.set('created', { by: this.actorName, at });
    for (const column of columns) {
      const input = values[column.id];
      if (input === undefined || input === null || input === '') continue;
      // Imported rows arrive converted already: check them, convert only what is not.
      if (isCanonical(input, column.type, column.options, column.range)) {
        writeCell(cells, column.id, input, column.type);
        continue;
      }
      const coerced = coerceValue(input, column.type, column.options, column.range);
      // Imported values that do not fit are kept as text and show flagged, never dropped.
      const value = coerced.ok ? coerced.value : rawText(input);
      if (value !== null) writeCell(cells, column.id, value, column.type);
    }
    return row;
  }

  /** Appends rows of values keyed by column id, in one transaction; returns their ids. */
  appendRowValues(
    sheetId: string,
    rows: readonly Record<string, unknown>[],
    origin: Origin = ORIGIN.local,
  ): string[] {
    return this.write(() => this.appendRows(sheetId, rows), origin);
  }

  /** Inserts one row at `atIndex` among the visible rows (default: last) and returns its id. */
  insertRow(sheetId: string, atIndex?: number, values: Record<string, unknown> = {}): string {
    return this.write(() => {
      const rowsMap = this.rowsMap(sheetId);
      if (!rowsMap) throw new Error(`No sheet with id "${sheetId}".`);
      const { visible, maxOrder } = this.rowOrder(sheetId);
      const order =
        atIndex === undefined || atIndex >= visible.length
          ? orderKeyBetween(maxOrder, null)
          : keyAt(visible, atIndex);
      const id = newId();
      rowsMap.set(id, this.newRow(order, values, this.columns(sheetId)));
      this.rowOrderCache.delete(sheetId);
      return id;
    });
  }

  /**
   * Adds a row to `sheetId` (the Plan sheet) as an action item of the Meetings row
   * `meetingRowId`, with `values` keyed by column id, as one step; returns its id.
   */
  addActionItem(sheetId: string, meetingRowId: string, values: Record<string, unknown>): string {
    return this.write(() => {
      const [id] = this.appendRows(sheetId, [values]);
      const row = id ? this.rowMap(sheetId, id) : undefined;
      if (!id || !row) throw new Error(`No sheet with id "${sheetId}".`);
      row.set('meeting', meetingRowId);
      return id;
    });
  }

  /** Makes a row an action item of the Meetings row `meetingRowId`, or of none (null). */
  setRowMeeting(sheetId: string, rowId: string, meetingRowId: string | null): void {
    this.write(() => {
      const row = this.rowMap(sheetId, rowId);
      if (!row) return;
      if (meetingRowId === null) row.delete('meeting');
      else row.set('meeting', meetingRowId);
      this.stamp(row);
    });
  }

  /**
   * Writes user input into a cell after converting it to the column's type. With
   * `continueEdit`, the write joins the previous undo step (keystrokes of one cell edit).
   */
  setCell(
    sheetId: string,
    rowId: string,
    columnId: string,
    input: unknown,
    options: { continueEdit?: boolean } = {},
  ): SetCellResult {
    const column = this.column(sheetId, columnId);
    const row = this.rowMap(sheetId, rowId);
    const cells = row ? childMap(row, 'cells') : undefined;
    if (!column || !row || !cells) return { ok: false, reason: 'missing' };
    const coerced = coerceValue(input, column.type, column.options, column.range);
    if (!coerced.ok) return { ok: false, reason: 'type' };
    this.write(
      () => {
        writeCell(cells, columnId, coerced.value, column.type);
        this.stamp(row);
      },
      ORIGIN.local,
      options.continueEdit === true,
    );
    return { ok: true };
  }

  /**
   * Applies many cell writes (a paste, a fill, a clear) as one transaction and one undo step,
   * first adding `newRows` rows at the end for writes to `new:<n>`. All or nothing: if any
   * value does not fit its column, nothing is written and the refused writes are returned.
   */
  applyCellWrites(
    sheetId: string,
    writes: readonly CellWriteInput[],
    newRows = 0,
    origin: Origin = ORIGIN.local,
  ): ApplyWritesResult {
    const columns = new Map(this.columns(sheetId).map((c) => [c.id, c]));
    const refused: CellWriteInput[] = [];
    const prepared: { write: CellWriteInput; value: unknown; column: ColumnInfo }[] = [];
    for (const write of writes) {
      const column = columns.get(write.columnId);
      const newIndex = NEW_ROW.exec(write.rowId);
      const rowKnown = newIndex ? Number(newIndex[1]) < newRows : this.rowMap(sheetId, write.rowId);
      const coerced = column
        ? coerceValue(write.value, column.type, column.options, column.range)
        : null;
      if (!column || !rowKnown || !coerced?.ok) refused.push(write);
      else prepared.push({ write, value: coerced.value, column });
    }
    if (refused.length > 0) return { ok: false, refused };
    const newRowIds = this.write(() => {
      const ids = this.appendRows(
        sheetId,
        Array.from({ length: newRows }, () => ({})),
      );
      for (const { write, value, column } of prepared) {
        const newIndex = NEW_ROW.exec(write.rowId);
        const rowId = newIndex ? ids[Number(newIndex[1])] : write.rowId;
        const row = rowId ? this.rowMap(sheetId, rowId) : undefined;
        const cells = row ? childMap(row, 'cells') : undefined;
        if (!row || !cells) continue;
        writeCell(cells, column.id, value, column.type);
        this.stamp(row);
      }
      return ids;
    }, origin);
    return { ok: true, newRowIds };
  }

  /**
   * Applies a file import to a sheet as one transaction and one undo step of this member's:
   * new columns, rows to the trash, updated rows, added rows. A value that does not fit its
   * column is kept as text and shows flagged, as the importer's "import as text" asks.
   */
  importRows(sheetId: string, batch: ImportBatch): ImportResult {
    if (!this.rowsMap(sheetId)) throw new Error(`No sheet with id "${sheetId}".`);
    // The member's own act, so it undoes (ORIGIN.import is for merges that must not).
    return this.write(() => {
      const columnIds = batch.newColumns.map((spec) => this.insertColumn(sheetId, spec, null));
      const resolved = new Map<string, string | undefined>();
      const resolve = (key: string): string | undefined => {
        if (resolved.has(key)) return resolved.get(key);
        const match = NEW_COLUMN.exec(key);
        const id = match ? columnIds[Number(match[1])] : key;
        resolved.set(key, id);
        return id;
      };
      // With no new columns every key already is a column id (an unknown one is never written),
      // so the rows go through as they are: a copy per row was a tenth of a large import.
      const byKey =
        columnIds.length === 0
          ? (values: Readonly<Record<string, unknown>>) => values
          : (values: Readonly<Record<string, unknown>>) => {
              const out: Record<string, unknown> = {};
              for (const key in values) {
                const id = resolve(key);
                if (id !== undefined) out[id] = values[key];
              }
              return out;
            };
      const now = this.now();
      for (const rowId of batch.trashRowIds) {
        const row = this.rowMap(sheetId, rowId);
        if (!row || numOrNull(row, 'deletedAt') !== null) continue;
        row.set('deletedAt', now);
        row.set('deletedBy', this.actorName);
      }
      const columns = new Map(this.columns(sheetId).map((c) => [c.id, c]));
      for (const update of batch.updates) {
        const row = this.rowMap(sheetId, update.rowId);
        const cells = row ? childMap(row, 'cells') : undefined;
        if (!row || !cells) continue;
        for (const [columnId, input] of Object.entries(byKey(update.values))) {
          const column = columns.get(columnId);
          if (!column) continue;
          const coerced = coerceValue(input, column.type, column.options, column.range);
          writeCell(cells, columnId, coerced.ok ? coerced.value : rawText(input), column.type);
        }
        this.stamp(row);
      }
      this.rowOrderCache.delete(sheetId);
      const newRowIds = this.appendRows(sheetId, batch.appends.map(byKey));
      return { columnIds, newRowIds };
    });
  }

  /** Moves a row to `toIndex` among the visible rows. */
  moveRow(sheetId: string, rowId: string, toIndex: number): void {
    this.write(() => {
      const row = this.rowMap(sheetId, rowId);
      if (!row) return;
      const others = this.rowOrder(sheetId).visible.filter((r) => r.id !== rowId);
      row.set('order', keyAt(others, toIndex));
      this.stamp(row);
    });
  }

  /** Moves a row to the trash; it keeps its cells and can be restored. */
  deleteRow(sheetId: string, rowId: string): void {
    this.deleteRows(sheetId, [rowId]);
  }

  /** Moves several rows to the trash as one step. */
  deleteRows(sheetId: string, rowIds: readonly string[]): void {
    this.write(() => {
      for (const rowId of rowIds) {
        const row = this.rowMap(sheetId, rowId);
        if (!row) continue;
        row.set('deletedAt', this.now());
        row.set('deletedBy', this.actorName);
      }
    });
  }

  /** Brings several rows back from the trash as one step. */
  restoreRows(sheetId: string, rowIds: readonly string[]): void {
    this.write(() => {
      for (const rowId of rowIds) {
        const row = this.rowMap(sheetId, rowId);
        if (!row) continue;
        row.delete('deletedAt');
        row.delete('deletedBy');
        this.stamp(row);
      }
    });
  }

  restoreRow(sheetId: string, rowId: string): void {
    this.restoreRows(sheetId, [rowId]);
  }

  /** Removes a row from the trash for good. Rows not in the trash are left alone. */
  purgeRow(sheetId: string, rowId: string): void {
    this.write(() => {
      const row = this.rowMap(sheetId, rowId);
      if (!row || numOrNull(row, 'deletedAt') === null) return;
      this.rowsMap(sheetId)?.delete(rowId);
    });
  }

  // ---- undo ----

  /** Undoes this member's last edit; other members' edits stay. */
  undo(): boolean {
    if (this.readOnly) return false;
    return this.undoManager.undo() !== null;
  }

  redo(): boolean {
    if (this.readOnly) return false;
    return this.undoManager.redo() !== null;
  }

  canUndo(): boolean {
    return this.undoManager.canUndo();
  }

  canRedo(): boolean {
    return this.undoManager.canRedo();
  }

  /**
   * Takes back this member's latest undo step without leaving it to redo: an edit cancelled
   * with Esc, whose keystrokes were already written as they were typed.
   */
  revertCurrentStep(): void {
    if (this.readOnly) return;
    const manager = this.undoManager;
    // Undo pops steps until one changes something; an edit that changed nothing (typed and
    // erased, or overwritten by a peer) must not take an earlier step with it. So undo sees
    // the top step alone.
    const earlier = manager.undoStack.splice(0, manager.undoStack.length - 1);
    try {
      if (manager.undo() !== null) manager.redoStack.pop();
    } finally {
      manager.undoStack.unshift(...earlier);
      manager.stopCapturing();
      // Listeners saw the stack while it was cut short; tell them it is whole again.
      for (const listener of this.listeners) listener(emptyChange(true));
    }
  }

  /** Ends the current undo group, so that the next edit undoes on its own. */
  stopUndoCapture(): void {
    this.undoManager.stopCapturing();
  }
}

/** `next`, with each column that reads as before replaced by its earlier object (the same list if all do). */
function sameObjects(next: ColumnInfo[], before: readonly ColumnInfo[]): ColumnInfo[] {
  const earlier = new Map(before.map((c) => [c.id, c]));
  const reused = next.map((column) => {
    const old = earlier.get(column.id);
    return old && JSON.stringify(old) === JSON.stringify(column) ? old : column;
  });
  const unchanged = reused.length === before.length && reused.every((c, i) => c === before[i]);
  return unchanged ? (before as ColumnInfo[]) : reused;
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The order key that places an item at `index` among `others` (already in order). Where the
 * neighbours share one key (two members inserted at one spot at once), the upper bound is the
 * next key that differs, so the new item lands right after the tied ones.
 */
function keyAt(others: readonly { order: string }[], index: number): string {
  const i = Math.max(0, Math.min(index, others.length));
  const lower = others[i - 1]?.order ?? null;
  let j = i;
  while (j < others.length && lower !== null && others[j]?.order === lower) j++;
  return orderKeyBetween(lower, others[j]?.order ?? null);
}

function writeCell(cells: YMap, columnId: string, value: unknown, type: ColumnType): void {
  if (value === null) {
    cells.delete(columnId);
    return;
  }
  if (type !== 'longText' || typeof value !== 'string') {
    cells.set(columnId, value);
    return;
  }
  // Long text is shared text, so that members typing in one note at once both keep theirs.
  // A cells map not yet in the document (a row being built) has nothing to read.
  const existing = cells.doc ? cells.get(columnId) : undefined;
  if (existing instanceof Y.Text) {
    applyTextChange(existing, value);
    return;
  }
  cells.set(columnId, new Y.Text(value));
}

const OPTION_COLORS = ['#6b7280', '#2563eb', '#16a34a', '#dc2626', '#d97706', '#7c3aed', '#0891b2'];
const MAX_DERIVED_OPTIONS = 50;

function deriveOptions(values: unknown[]): ChoiceOption[] {
  const labels: string[] = [];
  for (const value of values) {
    const label = rawText(value).trim();
    if (label !== '' && !labels.includes(label)) labels.push(label);
    if (labels.length >= MAX_DERIVED_OPTIONS) break;
  }
  return labels.map((label, i) => ({
    id: newId(8),
    label,
    color: OPTION_COLORS[i % OPTION_COLORS.length] ?? '#6b7280',
  }));
}
