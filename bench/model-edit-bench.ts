import * as Y from 'yjs';
import { PlanModel } from '../lib/model/plan-model';
import { memberDoc } from './docs';
import { finalValues, type CellEdit } from './edit-script';
import { FakeClock } from './fake-clock';
import { buildPlan, modelOptions, reopenedBytes, stateBytes, type BuiltPlan } from './plan-builder';
import { settle } from './measure';
import { fixtureRows } from './plan-fixture';
import { fixed, int, markdownTable, ms } from './table';

/** Time between two edits on the fake clock; PlanModel re-stamps a row after 30 s. */
export const MS_BETWEEN_EDITS = 1_000;

interface Replica {
  name: string;
  doc: Y.Doc;
}

interface EditFigures {
  variant: string;
  edits: number;
  stamps: number;
  before: number;
  replicas: { name: string; after: number; reopened: number }[];
  editMs: number;
}

/** Sends every update of each document to the others at once, as two open pages would. */
function link(a: Y.Doc, b: Y.Doc): void {
  const remote = Symbol('remote');
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== remote) Y.applyUpdate(to, update, remote);
    });
  }
}

/** Replays `script` through setCell, `editors[i % n]` making edit i; counts editor stamps. */
function replay(
  plan: BuiltPlan,
  editors: readonly PlanModel[],
  clock: FakeClock,
  script: readonly CellEdit[],
) {
  let stamps = 0;
  let editMs = 0;
  settle();
  script.forEach((edit, i) => {
    const model = editors[i % editors.length];
    const rowId = plan.rowIds[edit.row];
    const columnId = plan.columnIds[edit.column];
    if (!model || !rowId || !columnId) throw new Error(`Edit ${i} points outside the plan.`);
    clock.advance(MS_BETWEEN_EDITS);
    const stampedAt = model.row(plan.sheetId, rowId)?.editedAt;
    const start = performance.now();
    const result = model.setCell(plan.sheetId, rowId, columnId, edit.value);
    editMs += performance.now() - start;
    if (!result.ok) throw new Error(`setCell refused edit ${i} (${result.reason}).`);
    if (model.row(plan.sheetId, rowId)?.editedAt !== stampedAt) stamps += 1;
  });
  return { stamps, editMs };
}

/** Checks that every replica ends with the last value written to each edited cell. */
function checkFinal(
  plan: BuiltPlan,
  models: readonly PlanModel[],
  script: readonly CellEdit[],
): void {
  for (const [key, value] of finalValues(script)) {
    const [row, column] = key.split(':').map(Number);
    const rowId = plan.rowIds[row ?? -1];
    const columnId = plan.columnIds[column ?? -1];
    for (const model of models) {
      if (!rowId || !columnId || model.rawCell(plan.sheetId, rowId, columnId) !== value) {
        throw new Error(
          `Cell ${key} lost its last edit; the figures would not describe the model.`,
        );
      }
    }
  }
}

function oneActor(rows: number, script: readonly CellEdit[]): EditFigures {
  const clock = new FakeClock();
  const plan = buildPlan(fixtureRows(rows), clock, 'Kari');
  const before = stateBytes(plan.model.doc);
  const { stamps, editMs } = replay(plan, [plan.model], clock, script);
  checkFinal(plan, [plan.model], script);
  const doc = plan.model.doc;
  const figures: EditFigures = {
    variant: 'model.setCell, one member',
    edits: script.length,
    stamps,
    before,
    replicas: [{ name: 'Kari', after: stateBytes(doc), reopened: reopenedBytes(doc) }],
    editMs,
  };
  doc.destroy();
  return figures;
}

function twoActors(rows: number, script: readonly CellEdit[]): EditFigures {
  const clock = new FakeClock();
  const plan = buildPlan(fixtureRows(rows), clock, 'Kari');
  const other = new PlanModel(memberDoc('Ola'), modelOptions('Ola', clock));
  Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(plan.model.doc));
  if (other.status().state !== 'ready')
    throw new Error('The second replica did not open the plan.');
  link(plan.model.doc, other.doc);
  const before = stateBytes(plan.model.doc);
  const { stamps, editMs } = replay(plan, [plan.model, other], clock, script);
  checkFinal(plan, [plan.model, other], script);
  const replicas: Replica[] = [
    { name: 'Kari', doc: plan.model.doc },
    { name: 'Ola', doc: other.doc },
  ];
  const figures: EditFigures = {
    variant: 'model.setCell, two members alternating, synced',
    edits: script.length,
    stamps,
    before,
    replicas: replicas.map((r) => ({
      name: r.name,
      after: stateBytes(r.doc),
      reopened: reopenedBytes(r.doc),
    })),
    editMs,
  };
  for (const r of replicas) r.doc.destroy();
  return figures;
}

/** Growth of the encoded state per cell edit through the model, as a Markdown table. */
export function modelEditBench(rows: number, script: readonly CellEdit[]): string {
  const figures = [oneActor(rows, script), twoActors(rows, script)];
  return markdownTable(
    [
      'variant',
      'replica',
      'edits',
      'row stamps written',
      'state before',
      'state after',
      'bytes / edit',
      'after reopen',
      'bytes / edit, reopened',
      'edits ms (total)',
      'µs / edit',
    ],
    figures.flatMap((f) =>
      f.replicas.map((r) => [
        f.variant,
        r.name,
        int(f.edits),
        int(f.stamps),
        int(f.before),
        int(r.after),
        fixed((r.after - f.before) / f.edits, 1),
        int(r.reopened),
        fixed((r.reopened - f.before) / f.edits, 1),
        ms(f.editMs),
        fixed((f.editMs * 1000) / f.edits, 1),
      ]),
    ),
  );
}
