import * as Y from 'yjs';
import { createComputed, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { PlanModel } from '@/lib/model/plan-model';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import { blankPlanSpec } from '@/lib/domain/blank-plan';

function setup() {
  const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
  model.createPlan(blankPlanSpec('P', 'O', 'en'));
  const sheet = model.sheets()[0]!;
  const [activity, phase] = model.columns(sheet.id);
  const [a, b] = model.appendRowValues(sheet.id, [{}, {}]);
  return { model, sheetId: sheet.id, activity: activity!, phase: phase!, a: a!, b: b! };
}

describe('the bridge from the plan to Solid', () => {
  it('re-runs a reader of one row only when that row changes', () => {
    const { model, sheetId, activity, a, b } = setup();
    createRoot((dispose) => {
      const view = createPlanView(model);
      let runs = 0;
      createComputed(() => {
        view.cell(sheetId, a, activity);
        runs++;
      });
      expect(runs, 'the effect runs once at first').toBe(1);
      model.setCell(sheetId, b, activity.id, 'other row');
      expect(runs, 'an edit to another row leaves it alone').toBe(1);
      model.setCell(sheetId, a, activity.id, 'this row');
      expect(runs, 'an edit to its row re-runs it').toBe(2);
      dispose();
    });
  });

  it('re-runs a reader of one cell when that cell changes, not when another of its row does', () => {
    const { model, sheetId, activity, phase, a } = setup();
    createRoot((dispose) => {
      const view = createPlanView(model);
      let runs = 0;
      createComputed(() => {
        view.cell(sheetId, a, phase);
        runs++;
      });
      model.setCell(sheetId, a, activity.id, 'first edit');
      // The row's first edit also writes its edit stamp, a change of the row as a whole.
      expect(runs, 'the row stamped on its first edit').toBe(2);
      model.setCell(sheetId, a, activity.id, 'first edit, typed on');
      model.setCell(sheetId, a, activity.id, 'first edit, typed on and on');
      expect(runs, 'keystrokes in another cell of the row leave it alone').toBe(2);
      model.setCell(sheetId, a, phase.id, 'Preparation');
      expect(runs, 'an edit to the cell itself re-runs it').toBe(3);
      model.deleteRow(sheetId, a);
      expect(runs, 'the row leaving for the trash re-runs it').toBe(4);
      dispose();
    });
  });

  it("gives a row's reader a stamp that grows with that row's changes only", () => {
    const { model, sheetId, activity, phase, a, b } = setup();
    createRoot((dispose) => {
      const view = createPlanView(model);
      const [rowId, setRowId] = createSignal(a);
      const stamp = view.watchRow(rowId);
      const start = stamp();
      model.setCell(sheetId, b, activity.id, 'other row');
      expect(stamp(), 'an edit to another row leaves it').toBe(start);
      model.setCell(sheetId, a, phase.id, 'Preparation');
      const afterEdit = stamp();
      expect(afterEdit, 'an edit to one of its cells raises it').toBeGreaterThan(start);
      setRowId(b);
      model.setCell(sheetId, a, phase.id, 'Training');
      expect(stamp(), 'once it reads another row, the first one no longer counts').toBe(afterEdit);
      model.deleteRow(sheetId, b);
      expect(stamp(), 'its new row leaving for the trash raises it').toBeGreaterThan(afterEdit);
      dispose();
    });
  });

  it('re-runs row-order readers on insert, move and delete, not on cell edits', () => {
    const { model, sheetId, activity, a, b } = setup();
    createRoot((dispose) => {
      const view = createPlanView(model);
      const seen: string[][] = [];
      createComputed(() => seen.push([...view.rowIds(sheetId)]));
      model.setCell(sheetId, a, activity.id, 'text');
      expect(seen).toHaveLength(1);
      model.moveRow(sheetId, b, 0);
      expect(seen.at(-1)).toEqual([b, a]);
      model.deleteRow(sheetId, b);
      expect(seen.at(-1)).toEqual([a]);
      dispose();
    });
  });

  it('follows changes that arrive from another member', () => {
    const { model, sheetId, activity, a } = setup();
    const peer = new PlanModel(new Y.Doc(), { actor: 'Ola' });
    Y.applyUpdate(peer.doc, Y.encodeStateAsUpdate(model.doc));
    createRoot((dispose) => {
      const view = createPlanView(model);
      const values: unknown[] = [];
      createComputed(() => values.push(view.cell(sheetId, a, activity)));
      peer.setCell(sheetId, a, activity.id, 'from Ola');
      Y.applyUpdate(model.doc, Y.encodeStateAsUpdate(peer.doc));
      expect(values.at(-1)).toEqual({ state: 'ok', value: 'from Ola' });
      dispose();
    });
  });

  it('stops listening to the plan when its owner is disposed', () => {
    const { model } = setup();
    const subscribe = model.onChange.bind(model);
    let listening = 0;
    model.onChange = (listener) => {
      const unsubscribe = subscribe(listener);
      listening++;
      return () => {
        listening--;
        return unsubscribe();
      };
    };
    createRoot((dispose) => {
      createPlanView(model);
      expect(listening, 'subscribed while alive').toBe(1);
      dispose();
    });
    expect(listening, 'unsubscribed after dispose').toBe(0);
  });
});
