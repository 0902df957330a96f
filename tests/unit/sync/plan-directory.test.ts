import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { attachPersistence, erasePlanData } from '@/lib/sync/persistence';
import { exportPlanSyncFile } from '@/lib/sync/sync-file-actions';
import { PLAN_TRASH_DAYS, PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore, parsePlanIndex } from '@/lib/sync/plan-index';
import type { PlanSpec } from '@/lib/model/schema';
import { syncOrigin } from '@/lib/model/origins';
import { PlanModel } from '@/lib/model/plan-model';

const spec: PlanSpec = {
  title: 'MI-implementering',
  organisation: 'Aarhus Kommune',
  template: 'blank',
  locale: 'da',
  sheets: [
    {
      kind: 'plan',
      name: 'Plan',
      columns: [{ name: 'Aktivitet', type: 'text' }],
      rows: [['Parathedsanalyse']],
    },
  ],
};

function makeDirectory(start = 1_800_000_000_000) {
  let now = start;
  const directory = new PlanDirectory({
    store: memoryPlanIndexStore(),
    actor: () => 'Mette',
    now: () => now,
  });
  return { directory, advance: (ms: number) => (now += ms) };
}

describe('plans stored in the browser', () => {
  it('creates a plan that a later session opens with its data', async () => {
    const { directory } = makeDirectory();
    const id = await directory.create(spec);
    const session = await directory.open(id);
    const sheet = session.model.sheets()[0]!;
    const column = session.model.columns(sheet.id)[0]!;
    const row = session.model.rowIds(sheet.id)[0]!;
    expect(session.model.cell(sheet.id, row, column)).toEqual({
      state: 'ok',
      value: 'Parathedsanalyse',
    });
    session.model.setCell(sheet.id, row, column.id, 'Parathedsanalyse, runde 1');
    await session.close();

    const again = await directory.open(id);
    expect(again.model.cell(sheet.id, row, column)).toEqual({
      state: 'ok',
      value: 'Parathedsanalyse, runde 1',
    });
    expect(again.model.getMeta().title).toBe('MI-implementering');
    await again.close();
  });

  it('keeps one database per plan', async () => {
    const { directory } = makeDirectory();
    const a = await directory.create(spec);
    const b = await directory.create({ ...spec, title: 'Other' });
    const doc = new Y.Doc();
    const persistence = await attachPersistence(doc, b);
    expect(doc.getMap('meta').get('title')).toBe('Other');
    await persistence.destroy();
    expect(a).not.toBe(b);
  });

  it('lists plans by last change and records renames in the document and the list', async () => {
    const { directory, advance } = makeDirectory();
    const first = await directory.create(spec);
    advance(1000);
    const second = await directory.create({ ...spec, title: 'Second' });
    expect((await directory.list()).plans.map((p) => p.id)).toEqual([second, first]);
    advance(1000);
    await directory.rename(first, 'Renamed', 'Odense Kommune');
    await new Promise((r) => setTimeout(r, 0));
    const listing = await directory.list();
    expect(listing.plans.map((p) => p.title)).toEqual(['Renamed', 'Second']);
    expect(listing.plans[0]?.organisation).toBe('Odense Kommune');
    const session = await directory.open(first);
    expect(session.model.getMeta().title).toBe('Renamed');
    await session.close();
  });

  it('deletes to a trash, restores, and erases only after 30 days', async () => {
    const { directory, advance } = makeDirectory();
    const id = await directory.create(spec);
    await directory.delete(id);
    let listing = await directory.list();
    expect(listing.plans).toEqual([]);
    expect(listing.trash.map((p) => p.id)).toEqual([id]);
    await directory.restore(id);
    expect((await directory.list()).plans.map((p) => p.id)).toEqual([id]);

    await directory.delete(id);
    advance((PLAN_TRASH_DAYS - 1) * 24 * 3600 * 1000);
    expect(await directory.purgeExpired()).toEqual([]);
    const stillThere = await directory.open(id);
    expect(stillThere.model.getMeta().title).toBe('MI-implementering');
    await stillThere.close();

    advance(2 * 24 * 3600 * 1000);
    expect(await directory.purgeExpired()).toEqual([id]);
    listing = await directory.list();
    expect(listing.trash).toEqual([]);
    const doc = new Y.Doc();
    const persistence = await attachPersistence(doc, id);
    expect(doc.getMap('meta').size).toBe(0);
    await persistence.destroy();
  });

  it('records when this page last changed a plan', async () => {
    const { directory, advance } = makeDirectory();
    const id = await directory.create(spec);
    const created = (await directory.get(id))!.updatedAt;
    const session = await directory.open(id);
    advance(60_000);
    session.model.setTitle('Changed title');
    await session.close();
    await new Promise((r) => setTimeout(r, 0));
    const entry = (await directory.get(id))!;
    expect(entry.updatedAt).toBe(created + 60_000);
    expect(entry.title).toBe('Changed title');
  });

  it('records a change another member made when it arrives here, so the reminder count sees it', async () => {
    const { directory, advance } = makeDirectory();
    const id = await directory.create(spec);
    const created = (await directory.get(id))!.updatedAt;
    const session = await directory.open(id);
    // The other member's copy: the same plan, one cell changed there.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(session.model.doc));
    const their = new PlanModel(theirs, { actor: 'Lars' });
    const sheet = their.sheets()[0]!;
    their.setCell(sheet.id, their.rowIds(sheet.id)[0]!, their.columns(sheet.id)[0]!.id, 'Ny frist');
    advance(60_000);
    // As the peers apply it: with their origin, not this page's own.
    const update = Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(session.model.doc));
    Y.applyUpdate(session.model.doc, update, syncOrigin('peers:room'));
    await session.close();
    await new Promise((r) => setTimeout(r, 0));
    expect((await directory.get(id))!.updatedAt).toBe(created + 60_000);
  });
});

describe('the stored plan list', () => {
  it('keeps well-formed entries and drops whatever else storage held', () => {
    const good = {
      id: 'a',
      title: 'T',
      organisation: '',
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    };
    expect(
      parsePlanIndex({
        a: good,
        b: { ...good, id: 'b', title: 7 },
        c: 'junk',
        d: { ...good, id: 'other' },
      }),
    ).toEqual({ a: good });
    expect(parsePlanIndex(null)).toEqual({});
    expect(parsePlanIndex('[]')).toEqual({});
  });
});

describe('opening a sync file from the plan list', () => {
  it('adds a whole plan from another browser under its own id, then merges later files into it', async () => {
    const { directory: sender } = makeDirectory();
    const id = await sender.create(spec);
    const session = await sender.open(id);
    const file = await exportPlanSyncFile(session, null);
    await session.close();
    // The receiving browser has never seen this plan.
    await erasePlanData(id);
    const { directory: receiver } = makeDirectory();
    const opened = await receiver.openSyncFile(file.bytes);
    expect(opened.planId).toBe(id);
    expect(opened.result).toMatchObject({ ok: true, changed: true, message: 'syncFileMerged' });
    expect((await receiver.list()).plans.map((p) => p.title)).toEqual(['MI-implementering']);
    const received = await receiver.open(id);
    const sheet = received.model.sheets()[0]!;
    expect(received.model.status()).toEqual({ state: 'ready' });
    expect(received.model.rowIds(sheet.id)).toHaveLength(1);
    await received.close();
    const again = await receiver.openSyncFile(file.bytes);
    expect(again.result).toMatchObject({ ok: true, changed: false, message: 'syncFileNothingNew' });
  });

  it('refuses junk and partial files of unknown plans without adding a plan', async () => {
    const { directory } = makeDirectory();
    const junk = await directory.openSyncFile(new TextEncoder().encode('Aktivitet;Frist\n'));
    expect(junk).toEqual({
      result: { ok: false, problem: 'notForankra', message: 'syncFileNotForankra', file: null },
      planId: null,
    });
    expect((await directory.list()).plans).toEqual([]);
  });
});

describe('joining a plan with an invite', () => {
  const invite = {
    planId: 'k3v9q0x7m2p1z8w4',
    room: 'q2Jr8c0V3m_T1xY-a7Zb9w',
    secret: 'Zk4pQ9_w2Rr7hY-0nB3vX8cL',
    relays: ['wss://relay.example'],
    planTitle: ' MI i hjemmetjenesten ',
  };

  it("adds the plan under the inviter's id with the title the code carried", async () => {
    const { directory } = makeDirectory();
    expect(await directory.join(invite)).toEqual({
      ok: true,
      planId: invite.planId,
      created: true,
    });
    const entry = await directory.get(invite.planId);
    expect(entry).toMatchObject({
      id: invite.planId,
      title: 'MI i hjemmetjenesten',
      deletedAt: null,
    });
    // It opens (empty until the members' data arrives).
    const session = await directory.open(invite.planId);
    expect(session.model.sheets()).toEqual([]);
    await session.close();
  });

  it('keeps a plan this browser has, bringing it back from the trash', async () => {
    const { directory } = makeDirectory();
    const id = await directory.create(spec);
    await directory.delete(id);
    expect(await directory.join({ ...invite, planId: id, planTitle: 'Other title' })).toEqual({
      ok: true,
      planId: id,
      created: false,
    });
    expect(await directory.get(id)).toMatchObject({ title: spec.title, deletedAt: null });
  });

  it('refuses a plan id this app would not make', async () => {
    const { directory } = makeDirectory();
    expect(await directory.join({ ...invite, planId: 'Not_Ours-1' })).toEqual({
      ok: false,
      problem: 'damaged',
    });
    expect((await directory.list()).plans).toEqual([]);
  });
});
