import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** The IndexedDB database that holds one plan: one plan, one database. */
export function planDatabaseName(planId: string): string {
  return `forankra-plan-${planId}`;
}

/** Loads a plan's stored state into `doc` and keeps storing every change; resolves when loaded. */
export async function attachPersistence(doc: Y.Doc, planId: string): Promise<IndexeddbPersistence> {
  const persistence = new IndexeddbPersistence(planDatabaseName(planId), doc);
  await persistence.whenSynced;
  return persistence;
}

/** Removes a plan's database for good. */
export async function erasePlanData(planId: string): Promise<void> {
  await clearDocument(planDatabaseName(planId));
}
