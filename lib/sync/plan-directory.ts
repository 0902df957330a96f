import { newId } from '../model/ids';
import type { PlanSpec } from '../model/schema';
import type { Invite } from './invite-code';
import { erasePlanData, type PlanStorageOptions } from './persistence';
import { parsePlanIndex, type PlanEntry, type PlanIndex, type PlanIndexStore } from './plan-index';
import { openPlanSession, type PlanSession } from './plan-session';
import { importPlanSyncFile, type SyncFileImport } from './sync-file-actions';
import { canOpenAsNewPlan, readSyncFile, syncFileProblemMessage } from './sync-file';

/** How long a deleted plan can be restored. */
export const PLAN_TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const PLAN_ID = /^[a-z0-9]{1,64}$/;

export interface PlanListing {
  plans: PlanEntry[];
  trash: PlanEntry[];
}

export interface PlanDirectoryOptions {
  store: PlanIndexStore;
  actor: () => string;
  now?: () => number;
  /** How the plans' storage behaves (tests shorten its waits). */
  storage?: PlanStorageOptions;
}

/** The plans stored in this browser: create, list, rename, delete to a 30-day trash, restore, open. */
export class PlanDirectory {
  private readonly store: PlanIndexStore;
  private readonly actor: () => string;
  private readonly now: () => number;
  private readonly storage: PlanStorageOptions;
  // Serialises read-modify-write of the index within this page.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: PlanDirectoryOptions) {
    this.store = options.store;
    this.actor = options.actor;
    this.now = options.now ?? Date.now;
    this.storage = options.storage ?? {};
  }

  private async read(): Promise<PlanIndex> {
    return parsePlanIndex(await this.store.read());
  }

  private update<T>(change: (index: PlanIndex) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const index = await this.read();
      const result = change(index);
      await this.store.write(index);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Plans newest change first, and the trash newest deletion first. */
  async list(): Promise<PlanListing> {
    const entries = Object.values(await this.read());
    return {
      plans: entries.filter((e) => e.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt),
      trash: entries
        .filter((e) => e.deletedAt !== null)
        .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)),
    };
  }

  async get(planId: string): Promise<PlanEntry | undefined> {
    return (await this.read())[planId];
  }

  watch(callback: () => void): () => void {
    return this.store.watch(callback);
  }

  /** Creates a plan from a spec, stores it, and returns its id. */
  async create(spec: PlanSpec): Promise<string> {
    const id = newId(16);
    const session = await openPlanSession(id, { actor: this.actor(), storage: this.storage });
    try {
      session.model.createPlan(spec);
    } finally {
      await session.close();
    }
    const now = this.now();
    await this.update((index) => {
      index[id] = {
        id,
        title: spec.title,
        organisation: spec.organisation,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
    });
    return id;
  }

  /**
   * Opens a sync file from the plan list: merged into its plan if this browser has that plan,
   * otherwise (a whole plan only) added as a plan under the file's own id, so later files from
   * the same plan merge into it. Returns the outcome and the plan's id when there is one.
   */
  async openSyncFile(
    bytes: Uint8Array | ArrayBuffer,
  ): Promise<{ result: SyncFileImport; planId: string | null }> {
    const read = await readSyncFile(bytes);
    if (!read.ok) {
      const message = syncFileProblemMessage(read.problem);
      return { result: { ok: false, problem: read.problem, message, file: null }, planId: null };
    }
    const file = read.file;
    // The id names a database and an address: only ids of the form this app makes are taken.
    if (!PLAN_ID.test(file.planId)) {
      const message = syncFileProblemMessage('corrupt');
      return { result: { ok: false, problem: 'corrupt', message, file: null }, planId: null };
    }
    const known = (await this.get(file.planId)) !== undefined;
    if (!known && !canOpenAsNewPlan(file)) {
      const message = 'syncFileOtherPlanPartial';
      return { result: { ok: false, problem: 'otherPlan', message, file }, planId: null };
    }
    const session = await this.open(file.planId);
    let result: SyncFileImport;
    let meta = session.model.getMeta();
    try {
      result = await importPlanSyncFile(session, bytes);
      session.model.refreshStatus();
      meta = session.model.getMeta();
    } finally {
      await session.close();
    }
    if (!result.ok) {
      // A plan this browser did not have must not leave an empty database behind.
      if (!known) await erasePlanData(file.planId);
      return { result, planId: known ? file.planId : null };
    }
    const now = this.now();
    await this.update((index) => {
      const entry = index[file.planId];
      index[file.planId] = {
        id: file.planId,
        title: meta.title,
        organisation: meta.organisation,
        createdAt: entry?.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
      };
    });
    return { result, planId: file.planId };
  }

  /**
   * Adds a plan joined with an invite under the inviter's plan id, so that its data (arriving
   * from the members) and later sync files land in one plan. A plan this browser already has is
   * kept as it is, and brought back if it was in the trash.
   */
  join(
    invite: Invite,
  ): Promise<{ ok: true; planId: string; created: boolean } | { ok: false; problem: 'damaged' }> {
    const planId = invite.planId;
    // The id names a database and an address: only ids of the form this app makes are taken.
    if (!PLAN_ID.test(planId)) return Promise.resolve({ ok: false, problem: 'damaged' });
    const now = this.now();
    return this.update((index) => {
      const entry = index[planId];
      if (entry) {
        if (entry.deletedAt !== null) index[planId] = { ...entry, deletedAt: null };
        return { ok: true as const, planId, created: false };
      }
      index[planId] = {
        id: planId,
        // Until the plan's own data arrives, the list shows the title the code carried.
        title: invite.planTitle.trim(),
        organisation: '',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      return { ok: true as const, planId, created: true };
    });
  }

  /**
   * Opens a plan, recording in the list when this page changes it; with `firstScreen`, the
   * session may start on the plan's first-screen copy while the rest loads (see PlanSession).
   */
  open(
    planId: string,
    { firstScreen = false }: { firstScreen?: boolean } = {},
  ): Promise<PlanSession> {
    return openPlanSession(planId, {
      actor: this.actor(),
      firstScreen,
      storage: this.storage,
      onLocalChange: (model) => {
        const meta = model.getMeta();
        void this.touch(planId, meta.title, meta.organisation);
      },
    });
  }

  /** Records that a plan changed now, with its current title and organisation. */
  touch(planId: string, title: string, organisation: string): Promise<void> {
    return this.update((index) => {
      const entry = index[planId];
      if (!entry) return;
      index[planId] = { ...entry, title, organisation, updatedAt: this.now() };
    });
  }

  /** Renames a plan in its document (so every member sees it) and in the list. */
  async rename(planId: string, title: string, organisation?: string): Promise<void> {
    const session = await this.open(planId);
    try {
      session.model.setTitle(title);
      if (organisation !== undefined) session.model.setOrganisation(organisation);
    } finally {
      await session.close();
    }
  }

  /** Moves a plan to the trash; its data stays for PLAN_TRASH_DAYS days. */
  delete(planId: string): Promise<void> {
    return this.update((index) => {
      const entry = index[planId];
      if (entry) index[planId] = { ...entry, deletedAt: this.now() };
    });
  }

  restore(planId: string): Promise<void> {
    return this.update((index) => {
      const entry = index[planId];
      if (entry) index[planId] = { ...entry, deletedAt: null };
    });
  }

  /** The moment a trashed plan will be erased. */
  expiresAt(entry: PlanEntry): number | null {
    return entry.deletedAt === null ? null : entry.deletedAt + PLAN_TRASH_DAYS * DAY_MS;
  }

  /** Erases the plans that have been in the trash longer than PLAN_TRASH_DAYS; returns their ids. */
  async purgeExpired(): Promise<string[]> {
    const now = this.now();
    const expired = (await this.list()).trash.filter((e) => (this.expiresAt(e) ?? Infinity) <= now);
    if (expired.length === 0) return [];
    for (const entry of expired) await erasePlanData(entry.id);
    await this.update((index) => {
      for (const entry of expired) delete index[entry.id];
    });
    return expired.map((e) => e.id);
  }
}
