import * as idb from 'lib0/indexeddb';
import {
  clearDocument,
  fetchUpdates,
  IndexeddbPersistence,
  PREFERRED_TRIM_SIZE,
} from 'y-indexeddb';
import * as Y from 'yjs';

/** The IndexedDB database that holds one plan: one plan, one database. */
export function planDatabaseName(planId: string): string {
  return `forankra-plan-${planId}`;
}

/** Why the plan could not be written to this computer: a full disk, or anything else. */
export type StorageProblem = 'full' | 'failed';

/** What `PlanStorage` reports when writing starts failing and when it works again. */
export type StorageStatus = { ok: true } | { ok: false; problem: StorageProblem; error: unknown };

// How long after a failed write the whole plan is written again.
const RETRY_AFTER_MS = 5000;

export interface PlanStorageOptions {
  /** How long after a failed write the whole plan is written again. */
  retryAfterMs?: number;
}
const UPDATES_STORE = 'updates';

/**
 * y-indexeddb, with three things it lacks and a plan needs:
 *
 * - Each edit is committed at once (`IDBTransaction.commit()`), instead of when the write's
 *   success event has travelled back to the page. That round trip is what a browser that
 *   quits or is killed a moment after the last keystroke did not wait for.
 * - A write that fails (a full disk, above all) is reported, not dropped as an unhandled
 *   rejection, and the whole plan is written again every few seconds until it succeeds; the
 *   page keeps every change in memory meanwhile, so nothing is lost while it stays open.
 * - The stored state is loaded with no update listener on the document: otherwise Yjs encodes
 *   the whole loaded plan once more for the listener (a few hundred ms at 10,000 rows) only
 *   for y-indexeddb to skip it as its own.
 *
 * Loading, compaction and the database layout stay y-indexeddb's, so existing plans open as
 * they are. Nothing may write to the document before `whenSynced`.
 */
export class PlanStorage extends IndexeddbPersistence {
  private status: StorageStatus = { ok: true };
  private readonly statusListeners = new Set<(status: StorageStatus) => void>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly retryAfterMs: number;

  constructor(name: string, doc: Y.Doc, options: PlanStorageOptions = {}) {
    super(name, doc);
    this.retryAfterMs = options.retryAfterMs ?? RETRY_AFTER_MS;
    // y-indexeddb starts listening in its constructor; loading happens later, once the
    // database is open, so taking the listener away here is in time.
    doc.off('update', this._storeUpdate);
    this._storeUpdate = this.writeUpdate;
    void this.whenSynced.then(() => {
      if (!this._destroyed) doc.on('update', this._storeUpdate);
    });
  }

  /** Whether writing works now; `listener` hears every change of it. */
  watchStatus(listener: (status: StorageStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status);
    return () => this.statusListeners.delete(listener);
  }

  private readonly writeUpdate = (update: Uint8Array, origin: unknown): void => {
    const db = this.db;
    if (!db || origin === this || this._destroyed) return;
    try {
      const transaction = db.transaction([UPDATES_STORE], 'readwrite');
      transaction.objectStore(UPDATES_STORE).add(update);
      transaction.onabort = () => this.failed(transaction.error);
      transaction.commit();
    } catch (error) {
      this.failed(error);
      return;
    }
    if (++this._dbsize >= PREFERRED_TRIM_SIZE) this.scheduleCompaction(this._storeTimeout);
  };

  private scheduleCompaction(afterMs: number): void {
    if (this.retryTimer !== null || this._destroyed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.writeWholePlan();
    }, afterMs);
  }

  /** Writes the whole plan as one update and drops the updates it replaces (y-indexeddb's trim). */
  private async writeWholePlan(): Promise<void> {
    try {
      const updates = await fetchUpdates(this);
      await idb.rtop(updates.add(Y.encodeStateAsUpdate(this.doc)));
      await idb.del(updates, idb.createIDBKeyRangeUpperBound(this._dbref, true));
      this._dbsize = await idb.count(updates);
      this.setStatus({ ok: true });
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (this._destroyed) return;
    console.error('Forankra could not write the plan to this computer.', error);
    this.setStatus({ ok: false, problem: isQuotaError(error) ? 'full' : 'failed', error });
    this.scheduleCompaction(this.retryAfterMs);
  }

  private setStatus(status: StorageStatus): void {
    if (status.ok && this.status.ok) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  override destroy(): Promise<void> {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.statusListeners.clear();
    return super.destroy();
  }
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
  await clearDocument(planDatabaseName(planId));
}
