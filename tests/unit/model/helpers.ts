import * as Y from 'yjs';
import { PlanModel } from '@/lib/model/plan-model';
import type { PlanSpec } from '@/lib/model/schema';

export const smallSpec: PlanSpec = {
  title: 'MI i hjemmetjenesten',
  organisation: 'Larvik kommune',
  template: 'blank',
  locale: 'nb',
  sheets: [
    {
      kind: 'plan',
      name: 'Plan',
      columns: [
        { name: 'Activity', type: 'text' },
        { name: 'Due', type: 'date' },
        { name: 'Hours', type: 'number' },
        {
          name: 'Status',
          type: 'choice',
          options: [
            { id: 'todo', label: 'Not started', color: '#999' },
            { id: 'done', label: 'Done', color: '#0a0' },
          ],
        },
        { name: 'Notes', type: 'longText' },
      ],
      rows: [
        ['Readiness analysis', '2027-01-15', 4, 'todo'],
        ['Appoint working group', '2027-02-01', 2, 'done'],
      ],
    },
    { kind: 'people', name: 'People', columns: [{ name: 'Name', type: 'text' }] },
  ],
};

let clock = 1_800_000_000_000;

/** A model over a fresh document, with a clock that moves a minute per call. */
export function makeModel(actor = 'Kari', doc = new Y.Doc()): PlanModel {
  return new PlanModel(doc, { actor, now: () => (clock += 60_000), undoCaptureMs: 0 });
}

/** A model holding `smallSpec`, plus handles to its first sheet and columns. */
export function makePlan(actor = 'Kari') {
  const model = makeModel(actor);
  model.createPlan(smallSpec);
  const sheet = model.sheets()[0]!;
  const [activity, due, hours, status, notes] = model.columns(sheet.id);
  return {
    model,
    sheet,
    activity: activity!,
    due: due!,
    hours: hours!,
    status: status!,
    notes: notes!,
  };
}

/** Connects documents so that every update reaches every other one at once. */
export function link(...docs: Y.Doc[]): void {
  for (const from of docs) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (docs.includes(origin as Y.Doc)) return;
      for (const to of docs) if (to !== from) Y.applyUpdate(to, update, from);
    });
  }
}

/** Copies the whole state of `from` into `to`. */
export function syncInto(to: Y.Doc, from: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}
