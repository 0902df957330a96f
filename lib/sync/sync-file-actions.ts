import * as Y from 'yjs';
import type { MessageKey } from '../i18n/en';
import { checkpointAt, isWholePlan } from './checkpoints';
import type { PlanSession } from './plan-session';
import {
  applySyncFile,
  encodeSyncFile,
  readSyncFile,
  syncFileName,
  syncFileProblemMessage,
  type SyncApplyProblem,
  type SyncFile,
  type SyncFileProblem,
} from './sync-file';

// Export and import as the plan's pages use them: on an open session, with its checkpoints,
// and with every outcome named by a dictionary key, so views need no Yjs and no file format.

export interface SyncFileExport {
  bytes: Uint8Array;
  fileName: string;
  /** The checkpoint the changes start from; null when the file holds the whole plan. */
  since: number | null;
}

export type SyncFileImport =
  | {
      ok: true;
      changed: boolean;
      waitingForEarlier: boolean;
      file: SyncFile;
      message: MessageKey;
    }
  | {
      ok: false;
      problem: SyncFileProblem | SyncApplyProblem;
      message: MessageKey;
      /** The file, when it could be read: for a file of another plan, its title and date. */
      file: SyncFile | null;
    };

/** Exports a session's plan as a sync file, whole or since `sinceMs`, and records an export checkpoint. */
export async function exportPlanSyncFile(
  session: PlanSession,
  sinceMs: number | null,
  now: number = Date.now(),
): Promise<SyncFileExport> {
  // Opened on its first-screen copy, the model holds only the first rows until then.
  await session.loaded;
  const doc = session.model.doc;
  const since = sinceMs === null ? null : checkpointAt(await session.checkpoints.list(), sinceMs);
  const meta = session.model.getMeta();
  // Taken in the same synchronous step as encodeSyncFile takes the update, before its first await.
  const stateVector = Y.encodeStateVector(doc);
  const bytes = await encodeSyncFile(
    doc,
    { planId: session.planId, title: meta.title, schemaVersion: meta.schemaVersion },
    { since, exportedAt: now },
  );
  await session.checkpoints.recordExport(stateVector, now);
  return {
    bytes,
    fileName: syncFileName(meta.title, now),
    since: since === null || isWholePlan(since.stateVector) ? null : since.at,
  };
}

/** Reads a sync file and merges it into a session's plan; every outcome comes with its message. */
export async function importPlanSyncFile(
  session: PlanSession,
  bytes: Uint8Array | ArrayBuffer,
): Promise<SyncFileImport> {
  const read = await readSyncFile(bytes);
  if (!read.ok) {
    return {
      ok: false,
      problem: read.problem,
      message: syncFileProblemMessage(read.problem),
      file: null,
    };
  }
  const file = read.file;
  // Merged into the copy a page opens on, the file's changes would be dropped with the copy.
  await session.loaded;
  const applied = applySyncFile(session.model.doc, file, session.planId);
  if (!applied.ok) {
    return {
      ok: false,
      problem: applied.problem,
      message: syncFileProblemMessage(applied.problem, file),
      file,
    };
  }
  let message: MessageKey = applied.changed ? 'syncFileMerged' : 'syncFileNothingNew';
  if (applied.waitingForEarlier) message = 'syncFileWaitingForEarlier';
  const { changed, waitingForEarlier } = applied;
  return { ok: true, changed, waitingForEarlier, file, message };
}
