import * as Y from 'yjs';
import { PlanModel } from '../model/plan-model';
import { keepDailyCheckpoints, PlanCheckpoints } from './checkpoints';
import { attachPersistence, type StorageStatus } from './persistence';
import { makePlanConnection, type PlanConnection } from './plan-connection';
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
}

/** Opens a plan stored in this browser; resolves once its stored state is loaded. */
export async function openPlanSession(
  planId: string,
  options: PlanSessionOptions,
): Promise<PlanSession> {
  const doc = new Y.Doc();
  const persistence = await attachPersistence(doc, planId);
  const model = new PlanModel(doc, { actor: options.actor });
  const channel = new TabChannel(doc, `forankra-plan-${planId}`);
  const connection = makePlanConnection(doc);
  // Checkpoints live in the plan's own database, in y-indexeddb's custom store.
  const checkpoints = new PlanCheckpoints(persistence);
  const dailyCheckpoints = keepDailyCheckpoints(doc, checkpoints);
  const touchEveryMs = options.touchEveryMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | null = null;
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
  doc.on('update', onUpdate);
  return {
    planId,
    model,
    checkpoints,
    connection,
    watchStorage: (listener) => persistence.watchStatus(listener),
    async close() {
      doc.off('update', onUpdate);
      if (timer !== null) flush();
      await dailyCheckpoints.stop();
      connection.destroy();
      channel.destroy();
      model.destroy();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
