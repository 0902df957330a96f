import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { PlanModel } from '../../lib/model/plan-model';
import type { YjsLoadResult } from './probe-types';

// The baseline: only loading the plan's Yjs state, in the same Chromium, from a y-indexeddb
// database holding the same bytes the extension's database holds. Served from 127.0.0.1.

async function main(): Promise<YjsLoadResult> {
  const scriptStart = performance.now();
  const params = new URLSearchParams(location.hash.slice(1));
  const name = params.get('db');
  const bytesUrl = params.get('bytes');
  if (!name || !bytesUrl) throw new Error('Needs #db=…&bytes=….');

  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const synced = performance.now();

  const model = new PlanModel(doc, { actor: 'Bench' });
  const sheet = model.sheets()[0];
  if (!sheet) throw new Error('The loaded plan has no sheet.');
  const columns = model.columns(sheet.id);
  for (const rowId of model.rowIds(sheet.id).slice(0, 40)) {
    for (const column of columns) model.cell(sheet.id, rowId, column);
  }
  const modelReady = performance.now();
  // Kept alive, as the planner keeps its plan: the bench then weighs the page's heap, the part
  // of the grids' heap figures that the plan's state alone takes.
  globalThis.yjsLoadKept = { doc, model, persistence };

  const bytes = new Uint8Array(await (await fetch(bytesUrl)).arrayBuffer());
  const applyMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, bytes);
    applyMs.push(performance.now() - started);
    fresh.destroy();
  }
  return { scriptStart, synced, modelReady, applyMs, error: null };
}

main().then(
  (result) => (globalThis.yjsLoad = result),
  (error: unknown) =>
    (globalThis.yjsLoad = {
      scriptStart: 0,
      synced: 0,
      modelReady: 0,
      applyMs: [],
      error: error instanceof Error ? error.message : String(error),
    }),
);
