import * as Y from 'yjs';
import { PlanModel, type PlanModelOptions } from '../lib/model/plan-model';
import { memberDoc, type Member } from './docs';
import type { FakeClock } from './fake-clock';
import { keyedRow, PLAN_SPEC, type FixtureRow } from './plan-fixture';

/** A plan built through the model, with the ids the benchmarks address cells by. */
export interface BuiltPlan {
  model: PlanModel;
  sheetId: string;
  columnIds: string[];
  rowIds: readonly string[];
  /** Time spent in createPlan and appendRowValues, without preparing the values. */
  ms: number;
}

/** Options for a model driven by the bench: its member, its clock, no undo grouping. */
export function modelOptions(actor: string, clock: FakeClock): PlanModelOptions {
  // Edits in the bench stand for edits a second or more apart, which undo never groups.
  return { actor, now: clock.now, undoCaptureMs: 0 };
}

function planSheetId(model: PlanModel): string {
  const sheet = model.sheets().find((s) => s.kind === 'plan');
  if (!sheet) throw new Error('The bench plan has no Plan sheet; check PLAN_SPEC.');
  return sheet.id;
}

/** Creates the bench plan and appends `rows` in one transaction, as an import or paste does. */
export function buildPlan(
  rows: readonly FixtureRow[],
  clock: FakeClock,
  member: Member = 'Kari',
): BuiltPlan {
  const model = new PlanModel(memberDoc(member), modelOptions(member, clock));
  let start = performance.now();
  model.createPlan(PLAN_SPEC);
  let ms = performance.now() - start;
  const sheetId = planSheetId(model);
  const columnIds = model.columns(sheetId).map((c) => c.id);
  const keyed = rows.map((row) => keyedRow(row, columnIds));
  start = performance.now();
  model.appendRowValues(sheetId, keyed);
  ms += performance.now() - start;
  return { model, sheetId, columnIds, rowIds: model.rowIds(sheetId), ms };
}

/** What opening a stored plan needs before its first rows show: decode, model, row order. */
export function openPlan(update: Uint8Array, clock: FakeClock, actor = 'Kari') {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const model = new PlanModel(doc, modelOptions(actor, clock));
  const sheetId = planSheetId(model);
  return { model, sheetId, rowIds: model.rowIds(sheetId) };
}

/** The same, with the model attached to the empty document before the stored state arrives. */
export function openPlanModelFirst(update: Uint8Array, clock: FakeClock, actor = 'Kari') {
  const doc = new Y.Doc();
  const model = new PlanModel(doc, modelOptions(actor, clock));
  Y.applyUpdate(doc, update);
  const sheetId = planSheetId(model);
  return { model, sheetId, rowIds: model.rowIds(sheetId) };
}

/** The size in bytes of a document's whole state, as it would be stored or sent. */
export function stateBytes(doc: Y.Doc): number {
  return Y.encodeStateAsUpdate(doc).byteLength;
}

/** The size of a state after a fresh replica loads it and encodes it again (history gone). */
export function reopenedBytes(doc: Y.Doc): number {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  const bytes = stateBytes(fresh);
  fresh.destroy();
  return bytes;
}
