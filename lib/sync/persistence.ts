import * as idb from 'lib0/indexeddb';
import * as Y from 'yjs';
import type { FirstScreen } from '../model/first-screen';
import { UpdatesAfterPaint } from './updates-after-paint';
import { encodeStateAsChunks } from './state-chunks';
import { whenIdle } from './when-idle';

/** The IndexedDB database that holds one plan: one plan, one database. */
export function planDatabaseName(planId: string): string {
  return `forankra-plan-${planId}`;
}

/** Why the plan could not be written to this computer: a full disk, or anything else. */
export type StorageProblem = 'full' | 'failed';

/** What `PlanStorage` reports when writing starts failing and when it works again. */
export type StorageStatus = { ok: true } | { ok: false; problem: StorageProblem; error: unknown };

export interface PlanStorageOptions {
  /** How long after a failed write the whole plan is written again. */
  retryAfterMs?: number;
  /** How long after the last write the first-screen copy is brought up to date. */
  copyAfterMs?: number;
  /** From what stored size (bytes) a first-screen copy is kept. */
  copyFromBytes?: number;
}

// How long after a failed write the whole plan is written again.
const RETRY_AFTER_MS = 5000;
// The copy waits for a pause in the typing: made on every keystroke it would cost each one.
const COPY_AFTER_MS = 1500;
// Writing the whole plan again or the copy takes one piece of tens of milliseconds (a
// 10,000-row plan's rewrite over 100 ms): it waits for an idle period with no frame due, so
// that it does not land in a scroll, for at most this long.
const IDLE_WAIT_MS = 10_000;
// y-indexeddb's trim size: after this many stored updates, the plan is written anew.
const COMPACT_AFTER = 500;
const COMPACT_DELAY_MS = 1000;
// About this many bytes of stored updates are applied per task while loading (a few tens of
// milliseconds on a slow machine), so that the page answers keys between them.
const SLICE_BYTES = 256 * 1024;
// A plan stored in larger records (y-indexeddb's single-record compaction, a large import) is
// written again in slices once it has loaded, so that its next opening does not block. The
// slices we wrote are not judged by size: a chunk of long texts may be larger, yet quick to apply.
const LARGEST_SLICE_RECORD = 2 * SLICE_BYTES;

/**
 * The stored size from which a plan keeps a first-screen copy. Below it the whole plan loads
 * about as fast as a copy would show and then give way to it (measured: 1,000 rows of 12
 * columns, 0.5 MiB, opened 95 ms later with a copy than without; 10,000 rows, 5 MiB, 550 ms
 * sooner).
 */
export const COPY_FROM_BYTES = 1.5 * 1024 * 1024;

const UPDATES_STORE = 'updates';
const CUSTOM_STORE = 'custom';
const FIRST_SCREEN_KEY = 'forankra:first-screen';
const COPY_VERSION = 1;
// The keys of the records the last writing of the whole plan wrote, as { from, to }.
const SLICES_KEY = 'forankra:slices';

/**
 * One plan's storage in IndexedDB, in y-indexeddb's database layout (an auto-keyed `updates`
 * store of Yjs updates and a `custom` key-value store), so plans stored by y-indexeddb open as
 * they are. It does what y-indexeddb does, plus what a plan needs and y-indexeddb lacks:
 *
 * - Loading applies the stored updates a slice per task, and the plan is written back in
 *   slices (causally ordered chunks, `encodeStateAsChunks`): a 10,000-row plan would otherwise
 *   block the page for hundreds of milliseconds in one `Y.applyUpdate`.
 * - Each edit is stored right after the frame that shows it (the edits of that frame in one
 *   record) and committed at once (`IDBTransaction.commit()`), instead of when the write's
 *   success event has travelled back to the page. That round trip is what a browser that
 *   quits or is killed a moment after the last keystroke did not wait for.
 * - A write that fails (a full disk, above all) is reported, not dropped as an unhandled
 *   rejection, and the whole plan is written again every few seconds until that commits; the
 *   page keeps every change in memory meanwhile, so nothing is lost while it stays open.
 * - The stored state is loaded with no update listener on the document (y-indexeddb's listener
 *   would make Yjs encode the whole loaded plan once more only to skip it as its own).
 * - A first-screen copy (`FirstScreen`) is kept beside the plan, read while the plan loads.
 *
 * Nothing may write to the document before `whenSynced`.
 */
export class PlanStorage {
  readonly doc: Y.Doc;
  readonly name: string;
  /** Resolves once every stored update is in the document; rejects if they cannot be read. */
  readonly whenSynced: Promise<PlanStorage>;
  /** The stored first-screen copy if it shows the stored plan as it is; read while loading. */
  readonly firstScreen: Promise<FirstScreen | null>;
  private db: IDBDatabase | null = null;
  private readonly waiting = new UpdatesAfterPaint((update) => this.store(update));
  private readonly opened: Promise<IDBDatabase>;
  private destroyed = false;
  // Records with this key or a higher one were written after loading (by this page or another).
  private nextKey = 0;
  // Records from nextKey on whose update is in this page's document: its own, and other pages'
  // that the copy took in. Another page's record may not have reached this page yet.
  private readonly takenKeys = new Set<number>();
  private storedCount = 0;
  private storedBytes = 0;
  private status: StorageStatus = { ok: true };
  private readonly statusListeners = new Set<(status: StorageStatus) => void>();
  // Cancels the writing of the whole plan that waits (after a delay, for an idle period).
  private cancelRewrite: (() => void) | null = null;
  private readonly retryAfterMs: number;
  private readonly copyAfterMs: number;
  private readonly copyFromBytes: number;
  private makeCopy: (() => FirstScreen) | null = null;
  private copyCurrent = false;
  private cancelCopy: (() => void) | null = null;

  constructor(name: string, doc: Y.Doc, options: PlanStorageOptions = {}) {
    this.name = name;
    this.doc = doc;
    this.retryAfterMs = options.retryAfterMs ?? RETRY_AFTER_MS;
    this.copyAfterMs = options.copyAfterMs ?? COPY_AFTER_MS;
    this.copyFromBytes = options.copyFromBytes ?? COPY_FROM_BYTES;
    this.opened = idb.openDB(name, (db) =>
      idb.createStores(db, [[UPDATES_STORE, { autoIncrement: true }], [CUSTOM_STORE]]),
    );
    this.opened.then(
      (db) => (this.db = db),
      () => undefined,
    );
    // Both asked for at once: the copy is small and comes first, the plan's records after.
    // A copy that cannot be read is no copy: the plan opens as it would without one.
    this.firstScreen = this.opened.then(readFirstScreen).catch(() => null);
    const loaded = this.opened.then((db) => this.load(db));
    this.whenSynced = Promise.all([this.firstScreen, loaded]).then(([current]) => {
      this.copyCurrent = current !== null;
      return this;
    });
    doc.on('destroy', this.onDocDestroyed);
  }

  /** Whether writing works now; `listener` hears every change of it. */
  watchStatus(listener: (status: StorageStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Keeps the first-screen copy up to date from `make`, after loading and after each pause in
   * the writing, for a plan large enough to need one; the copy is written only when the stored
   * one does not show the plan as it is.
   */
  keepFirstScreen(make: () => FirstScreen): void {
    this.makeCopy = make;
    if (!this.copyCurrent) this.scheduleCopy();
  }

  /** A value of the database's key-value store (checkpoints live there). */
  async get(key: string): Promise<unknown> {
    const db = await this.opened;
    const custom = db.transaction([CUSTOM_STORE], 'readonly').objectStore(CUSTOM_STORE);
    return idb.get(custom, key);
  }

  /** Stores a value in the database's key-value store. */
  async set(key: string, value: unknown): Promise<unknown> {
    const db = await this.opened;
    const custom = db.transaction([CUSTOM_STORE], 'readwrite').objectStore(CUSTOM_STORE);
    return idb.rtop(custom.put(value, key));
  }

  private async load(db: IDBDatabase): Promise<void> {
    const transaction = db.transaction([UPDATES_STORE, CUSTOM_STORE], 'readonly');
    const updates = transaction.objectStore(UPDATES_STORE);
    const [stored, keys, written] = await Promise.all([
      idb.getAll(updates),
      idb.getAllKeys(updates) as Promise<unknown[]>,
      idb.get(transaction.objectStore(CUSTOM_STORE), SLICES_KEY) as Promise<unknown>,
    ]);
    const records = storedUpdates(stored);
    const lastKey = keys.at(-1);
    const slices = slicesOf(records);
    for (let i = 0; i < slices.length; i++) {
      if (i > 0) await nextTask();
      if (this.destroyed) return;
      const slice = slices[i] ?? [];
      Y.transact(this.doc, () => slice.forEach((u) => Y.applyUpdate(this.doc, u)), this, false);
    }
    // What waits for the plan (a view moving onto it) gets a task of its own, too.
    if (slices.length > 1) await nextTask();
    if (this.destroyed) return;
    this.nextKey = typeof lastKey === 'number' ? lastKey + 1 : 0;
    this.storedCount = records.length;
    this.storedBytes = records.reduce((sum, r) => sum + r.byteLength, 0);
    this.doc.on('update', this.writeUpdate);
    const ours = isKeyRange(written) ? written : { from: 0, to: -1 };
    const unsliced = records.some((record, i) => {
      const key = keys[i];
      const sliced = typeof key === 'number' && key >= ours.from && key <= ours.to;
      return !sliced && record.byteLength > LARGEST_SLICE_RECORD;
    });
    if (this.storedCount >= COMPACT_AFTER || unsliced) this.scheduleCompaction(COMPACT_DELAY_MS);
  }

  private readonly writeUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.destroyed) return;
    this.waiting.add(update);
  };

  // Edits wait for the frame that shows them and are then stored together, in one record:
  // storing costs a keystroke about 0.4 ms.
  private readonly store = (update: Uint8Array): void => {
    const db = this.db;
    if (!db) return;
    try {
      const transaction = db.transaction([UPDATES_STORE], 'readwrite');
      const request = transaction.objectStore(UPDATES_STORE).add(update);
      request.onsuccess = () => {
        if (typeof request.result === 'number') this.takenKeys.add(request.result);
      };
      transaction.onabort = () => this.failed(transaction.error);
      transaction.commit();
    } catch (error) {
      this.failed(error);
      return;
    }
    this.copyCurrent = false;
    this.storedBytes += update.byteLength;
    this.scheduleCopy();
    // A record too large to apply in one task (an import, a plan that came from a member) is
    // written again in slices at once, not at the next opening, which would have to apply it
    // whole first.
    const large = update.byteLength > LARGEST_SLICE_RECORD;
    if (++this.storedCount >= COMPACT_AFTER || large) this.scheduleCompaction(COMPACT_DELAY_MS);
  };

  private scheduleCompaction(afterMs: number): void {
    if (this.cancelRewrite !== null || this.destroyed) return;
    this.cancelRewrite = whenIdle(
      () => {
        this.cancelRewrite = null;
        void this.writeWholePlan();
      },
      { afterMs, latestMs: IDLE_WAIT_MS },
    );
  }

  /**
   * Writes the whole plan anew, in slices, and drops the records it replaces, in one
   * transaction: what other pages stored meanwhile is read into the document first, so that
   * nothing they wrote is dropped unread (y-indexeddb's trim does the same). Only a committed
   * transaction counts: a full disk often shows only then, as an abort.
   */
  private async writeWholePlan(): Promise<void> {
    let transaction: IDBTransaction;
    try {
      transaction = (await this.opened).transaction([UPDATES_STORE, CUSTOM_STORE], 'readwrite');
    } catch (error) {
      this.failed(error);
      return;
    }
    const done = committed(transaction);
    try {
      const updates = transaction.objectStore(UPDATES_STORE);
      if (!(await this.takeInOthers(updates))) return transaction.abort();
      const chunks = encodeStateAsChunks(this.doc);
      // The edits waiting to be stored are in these chunks.
      this.waiting.clear();
      const keys: unknown[] = await Promise.all(
        chunks.map((chunk) => idb.rtop(updates.add(chunk))),
      );
      const first = keys[0];
      const last = keys.at(-1);
      if (typeof first !== 'number' || typeof last !== 'number') return transaction.abort();
      await idb.del(updates, idb.createIDBKeyRangeUpperBound(first, true));
      const slices = { from: first, to: last };
      await idb.rtop(transaction.objectStore(CUSTOM_STORE).put(slices, SLICES_KEY));
      await done;
      this.nextKey = last + 1;
      this.takenKeys.clear();
      this.storedCount = keys.length;
      this.storedBytes = chunks.reduce((sum, c) => sum + c.byteLength, 0);
      this.copyCurrent = false;
      this.setStatus({ ok: true });
      this.scheduleCopy();
    } catch (error) {
      // The transaction's own error says what went wrong (a request's comes wrapped by lib0).
      this.failed(
        await done.then(
          () => error,
          (aborted: unknown) => aborted ?? error,
        ),
      );
    }
  }

  /**
   * Applies to the document what other pages stored since `nextKey` and this page has not
   * taken in yet (inside the caller's transaction). False once the storage is destroyed.
   */
  private async takeInOthers(updates: IDBObjectStore): Promise<boolean> {
    const since = (await idb.getAllKeys(
      updates,
      idb.createIDBKeyRangeLowerBound(this.nextKey, false),
    )) as unknown[];
    const theirs = since.filter(
      (key): key is number => typeof key === 'number' && !this.takenKeys.has(key),
    );
    const records = storedUpdates(await Promise.all(theirs.map((key) => idb.get(updates, key))));
    if (this.destroyed) return false;
    Y.transact(this.doc, () => records.forEach((u) => Y.applyUpdate(this.doc, u)), this, false);
    theirs.forEach((key) => this.takenKeys.add(key));
    return true;
  }

  private scheduleCopy(): void {
    if (!this.makeCopy || this.destroyed || this.storedBytes < this.copyFromBytes) return;
    this.cancelCopy?.();
    this.cancelCopy = whenIdle(
      () => {
        this.cancelCopy = null;
        void this.writeFirstScreen();
      },
      { afterMs: this.copyAfterMs, latestMs: IDLE_WAIT_MS },
    );
  }

  private async writeFirstScreen(): Promise<void> {
    const make = this.makeCopy;
    // While writes fail, the document holds changes the store lacks: a copy would show them.
    if (!make || this.destroyed || !this.status.ok) return;
    // Stored first, in a transaction that commits before this one reads the last key.
    this.waiting.flush();
    try {
      const db = await this.opened;
      const transaction = db.transaction([UPDATES_STORE, CUSTOM_STORE], 'readwrite');
      const done = committed(transaction);
      const updates = transaction.objectStore(UPDATES_STORE);
      const custom = transaction.objectStore(CUSTOM_STORE);
      // Keyed to the last record in the same transaction: a record written after it, by any
      // page, makes the copy out of date, and the next opening does without it. What other
      // pages stored may not have reached this page yet: it is taken in first, so that the
      // copy shows everything up to its key.
      const lastKey = (await lastKeyOf(updates)) ?? -1;
      if (!(await this.takeInOthers(updates))) return transaction.abort();
      const copy = make();
      const stored: StoredCopy = { version: COPY_VERSION, updateKey: lastKey, state: copy.state };
      await idb.rtop(custom.put(stored, FIRST_SCREEN_KEY));
      await done;
      this.copyCurrent = true;
    } catch (error) {
      // Only a faster opening is lost; the plan itself is written (and reported) elsewhere.
      console.warn('Forankra could not keep the copy of the first screen.', error);
    }
  }

  private failed(error: unknown): void {
    if (this.destroyed) return;
    console.error('Forankra could not write the plan to this computer.', error);
    this.setStatus({ ok: false, problem: isQuotaError(error) ? 'full' : 'failed', error });
    this.scheduleCompaction(this.retryAfterMs);
  }

  private setStatus(status: StorageStatus): void {
    if (status.ok && this.status.ok) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private readonly onDocDestroyed = (): void => void this.destroy();

  /** Stops storing (what is stored stays) and closes the database. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.waiting.close();
    this.destroyed = true;
    this.cancelRewrite?.();
    this.cancelCopy?.();
    this.cancelRewrite = null;
    this.cancelCopy = null;
    this.statusListeners.clear();
    this.doc.off('update', this.writeUpdate);
    this.doc.off('destroy', this.onDocDestroyed);
    try {
      (await this.opened).close();
    } catch {
      // A database that never opened has nothing to close.
    }
  }
}

interface StoredCopy extends FirstScreen {
  version: number;
  updateKey: number;
}

/** The stored first-screen copy, if it is well-formed and no record was written after it. */
async function readFirstScreen(db: IDBDatabase): Promise<FirstScreen | null> {
  const transaction = db.transaction([UPDATES_STORE, CUSTOM_STORE], 'readonly');
  const updates = transaction.objectStore(UPDATES_STORE);
  const custom = transaction.objectStore(CUSTOM_STORE);
  const [stored, lastKey] = await Promise.all([
    idb.get(custom, FIRST_SCREEN_KEY) as Promise<unknown>,
    lastKeyOf(updates),
  ]);
  if (!isStoredCopy(stored) || stored.version !== COPY_VERSION) return null;
  if (stored.updateKey !== (lastKey ?? -1)) return null;
  return { state: stored.state };
}

function isStoredCopy(value: unknown): value is StoredCopy {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.version === 'number' &&
    typeof v.updateKey === 'number' &&
    v.state instanceof Uint8Array
  );
}

/** Settles when `transaction` commits (resolves) or aborts (rejects with its error). */
function committed(transaction: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('The write was aborted.'));
  });
  // A caller that returns early must not leave the abort unhandled.
  done.catch(() => undefined);
  return done;
}

function isKeyRange(value: unknown): value is { from: number; to: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.from === 'number' && typeof v.to === 'number';
}

/** The key of the store's last record (auto keys are numbers), or null when it is empty. */
async function lastKeyOf(store: IDBObjectStore): Promise<number | null> {
  const key: unknown = await idb.getLastKey(store);
  return typeof key === 'number' ? key : null;
}

/** The records of the `updates` store, which must all be Yjs updates (bytes). */
function storedUpdates(records: readonly unknown[]): Uint8Array[] {
  return records.map((record) => {
    if (record instanceof Uint8Array) return record;
    throw new Error('The stored plan holds a record that is not a Yjs update.');
  });
}

/** Consecutive stored updates grouped into slices of about SLICE_BYTES each (at least one). */
function slicesOf(records: readonly Uint8Array[]): Uint8Array[][] {
  const slices: Uint8Array[][] = [];
  let current: Uint8Array[] = [];
  let bytes = 0;
  for (const record of records) {
    if (current.length > 0 && bytes + record.byteLength > SLICE_BYTES) {
      slices.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += record.byteLength;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves in a task of its own. Where the browser has a task scheduler, at background
 * priority, so that input and frames go first; otherwise after what is queued now.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'background' });
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** Loads a plan's stored state into `doc` and keeps storing every change; resolves when loaded. */
export async function attachPersistence(
  doc: Y.Doc,
  planId: string,
  options: PlanStorageOptions = {},
): Promise<PlanStorage> {
  const persistence = new PlanStorage(planDatabaseName(planId), doc, options);
  await persistence.whenSynced;
  return persistence;
}

/** Removes a plan's database for good. */
export async function erasePlanData(planId: string): Promise<void> {
  await idb.deleteDB(planDatabaseName(planId));
}
