import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS } from '@/lib/model/first-screen';
import { PlanLoadingError } from '@/lib/model/plan-model';
import type { PlanChange } from '@/lib/model/changes';
import type { PlanSpec } from '@/lib/model/schema';
import { PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore } from '@/lib/sync/plan-index';

const ROWS = 300;

const spec: PlanSpec = {
  title: 'MI i hjemmetjenesten',
  organisation: 'Larvik kommune',
  template: 'blank',
  locale: 'nb',
  sheets: [
    {
      kind: 'plan',
      name: 'Plan',
      columns: [
        { name: 'Aktivitet', type: 'text' },
        { name: 'Notat', type: 'longText' },
      ],
      rows: Array.from({ length: ROWS }, (_, i) => [`Aktivitet ${i + 1}`, `Notat ${i + 1}`]),
    },
    {
      kind: 'people',
      name: 'Personer',
      columns: [{ name: 'Navn', type: 'text' }],
      rows: [['Kari']],
    },
  ],
};

// A copy is kept for plans of this small size too, and written 50 ms after the last write.
const directory = new PlanDirectory({
  store: memoryPlanIndexStore(),
  actor: () => 'Kari',
  storage: { copyFromBytes: 0, copyAfterMs: 50 },
});

/** A plan opened once, long enough for its first-screen copy to be written. */
async function planWithCopy(): Promise<string> {
  const id = await directory.create(spec);
  const session = await directory.open(id);
  await session.loaded;
  await new Promise((resolve) => setTimeout(resolve, 200));
  await session.close();
  return id;
}

describe('opening a plan from its first-screen copy', () => {
  it('shows the first rows at once, read-only, then the whole plan in the same model', async () => {
    const id = await planWithCopy();
    const session = await directory.open(id, { firstScreen: true });
    const model = session.model;
    const sheet = model.sheets()[0]!;
    const [activity] = model.columns(sheet.id);
    expect(model.status(), 'the copy is shown while the plan loads').toEqual({ state: 'loading' });
    expect(model.rowIds(sheet.id)).toHaveLength(FIRST_SCREEN_ROWS);
    const firstRow = model.rowIds(sheet.id)[0]!;
    expect(model.cell(sheet.id, firstRow, activity!)).toEqual({
      state: 'ok',
      value: 'Aktivitet 1',
    });
    expect(model.getMeta().title).toBe('MI i hjemmetjenesten');
    expect(() => model.setCell(sheet.id, firstRow, activity!.id, 'x')).toThrow(PlanLoadingError);

    const changes: PlanChange[] = [];
    model.onChange((change) => changes.push(change));
    await session.loaded;
    expect(model.status()).toEqual({ state: 'ready' });
    expect(model.rowIds(sheet.id)).toHaveLength(ROWS);
    expect(model.rowIds(sheet.id)[0], 'the same ids as in the copy').toBe(firstRow);
    expect(changes.some((c) => c.all)).toBe(true);
    model.setCell(sheet.id, firstRow, activity!.id, 'Kartlegging');
    await session.close();

    const again = await directory.open(id);
    expect(again.model.cell(sheet.id, firstRow, activity!)).toEqual({
      state: 'ok',
      value: 'Kartlegging',
    });
    await again.close();
  }, 20_000);

  it('waits for the whole plan when there is no copy yet', async () => {
    const id = await directory.create(spec);
    const session = await directory.open(id, { firstScreen: true });
    expect(session.model.status()).toEqual({ state: 'ready' });
    expect(session.model.rowIds(session.model.sheets()[0]!.id)).toHaveLength(ROWS);
    await session.close();
  });

  it('keeps no copy of a small plan', async () => {
    const small = new PlanDirectory({ store: memoryPlanIndexStore(), actor: () => 'Kari' });
    const id = await small.create(spec);
    const first = await small.open(id);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    await first.close();
    const session = await small.open(id, { firstScreen: true });
    expect(session.model.status(), 'opened whole, not from a copy').toEqual({ state: 'ready' });
    await session.close();
  }, 20_000);

  it('does without the copy where a plan is opened for its whole content', async () => {
    const id = await planWithCopy();
    const session = await directory.open(id);
    expect(session.model.status()).toEqual({ state: 'ready' });
    expect(session.model.rowIds(session.model.sheets()[0]!.id)).toHaveLength(ROWS);
    await session.close();
  }, 20_000);
});
