import * as Y from 'yjs';
import { firstScreenOf } from '../model/first-screen';
import { PlanModel } from '../model/plan-model';
import { keepDailyCheckpoints, PlanCheckpoints } from './checkpoints';
import {
  planDatabaseName,
  PlanStorage,
  type PlanStorageOptions,
  type StorageStatus,
} from './persistence';
import { makePlanConnection, type ConnectionTarget, type PlanConnection } from './plan-connection';
import { TabChannel } from './tab-channel';

/** One plan opened in one page: its model, kept in storage and in step with the browser's other pages. */
export interface PlanSession {
  planId: string;
  model: PlanModel;
  /** What this copy held at past moments, for exporting the changes since a date. */
  checkpoints: PlanCheckpoints;
  /** The other members, live, while the plan is shared; follows the share record. */
  connection: PlanConnection;
  /** Whether this page's changes reach storage; `listener` hears every change of that. */
  watchStorage(listener: (status: StorageStatus) => void): () => void;
  /**
   * Resolves once the whole plan is in the model: at once, or, for a session opened on the
   * first-screen copy, when the model has moved onto the loaded plan (or the session was
   * closed first). Rejects if the stored plan cannot be read.
   */
  loaded: Promise<void>;
  close(): Promise<void>;
}

export interface PlanSessionOptions {
  actor: string;
  /**
   * Called, at most every `touchEveryMs`, after a change came into the plan through this page:
   * its own edits, and the other members' that its connection or a sync file brought.
   */
  onLocalChange?: (model: PlanModel) => void;
  touchEveryMs?: number;
  /**
   * Resolve as soon as the plan's first-screen copy is shown by the model (read-only, status
   * `loading`), and move onto the whole plan once it has loaded. Without a current copy, or
   * without this, the session resolves once the whole plan has loaded.
   */
  firstScreen?: boolean;
  storage?: PlanStorageOptions;
}

/** Opens a plan stored in this browser; resolves once its stored state (or its first screen) is in. */
export async function openPlanSession(
  planId: string,
  options: PlanSessionOptions,
): Promise<PlanSession> {
  const doc = new Y.Doc();
  const persistence = new PlanStorage(planDatabaseName(planId), doc, options.storage);
  const copy = options.firstScreen ? openFirstScreen(await persistence.firstScreen, options) : null;
  if (!copy)
    await persistence.whenSynced.catch(async (error: unknown) => {
      await persistence.destroy();
      throw error;
    });
  const model = copy?.model ?? new PlanModel(doc, { actor: options.actor });
  const connection = followOnceLoaded(makePlanConnection(doc));
  // Checkpoints live in the plan's own database, in its key-value store.
  const checkpoints = new PlanCheckpoints(persistence);
  const touchEveryMs = options.touchEveryMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let channel: TabChannel | null = null;
  let dailyCheckpoints: ReturnType<typeof keepDailyCheckpoints> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    options.onLocalChange?.(model);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // The page a change came in through records it (the reminder count waits for that);
    // changes from sibling pages are theirs to record.
    if (origin === channel || origin === persistence || !options.onLocalChange) return;
    timer ??= setTimeout(flush, touchEveryMs);
  };
  // What waits for the whole plan: the other pages and members get a copy that is complete.
  const loaded = persistence.whenSynced.then(() => {
    if (closed) return;
    if (copy) {
      model.adopt(doc);
      copy.doc.destroy();
    }
    channel = new TabChannel(doc, `forankra-plan-${planId}`);
    dailyCheckpoints = keepDailyCheckpoints(doc, checkpoints);
    doc.on('update', onUpdate);
    persistence.keepFirstScreen(() => firstScreenOf(model));
    connection.loaded();
  });
  // A failure is the caller's to show (through `loaded`); it must not go unhandled meanwhile.
  loaded.catch(() => undefined);
  return {
    planId,
    model,
    checkpoints,
    connection,
    watchStorage: (listener) => persistence.watchStatus(listener),
    loaded,
    async close() {
      closed = true;
      doc.off('update', onUpdate);
      if (timer !== null) flush();
      await dailyCheckpoints?.stop();
      connection.destroy();
      channel?.destroy();
      model.destroy();
      copy?.doc.destroy();
      await persistence.destroy();
      doc.destroy();
    },
  };
}

/** A model on the stored first-screen copy, or null when there is none or it does not read. */
function openFirstScreen(
  stored: { state: Uint8Array } | null,
  options: PlanSessionOptions,
): { doc: Y.Doc; model: PlanModel } | null {
  if (!stored) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, stored.state);
    return { doc, model: new PlanModel(doc, { actor: options.actor, loading: true }) };
  } catch (error) {
    // Only a faster opening is lost: the plan opens as it would without a copy.
    console.warn('Forankra could not read the copy of the first screen.', error);
    doc.destroy();
    return null;
  }
}

/**
 * The connection, holding a target it is told to follow until the plan has loaded: joining
 * the others with a plan still loading would have them send what is already stored here.
 */
function followOnceLoaded(connection: PlanConnection): PlanConnection & { loaded(): void } {
  let ready = false;
  let waiting: { target: ConnectionTarget | null } | null = null;
  return {
    ...connection,
    follow(target: ConnectionTarget | null) {
      if (ready) connection.follow(target);
      else waiting = { target };
    },
    loaded() {
      ready = true;
      if (waiting) connection.follow(waiting.target);
      waiting = null;
    },
  };
}
