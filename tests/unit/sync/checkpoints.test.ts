import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { PlanSpec } from '@/lib/model/schema';
import {
  addCheckpoint,
  checkpointAt,
  CHECKPOINTS_KEY,
  decodeCheckpoints,
  encodeCheckpoints,
  isWholePlan,
  keepDailyCheckpoints,
  PlanCheckpoints,
  pruneCheckpoints,
  stateVectorAt,
  WHOLE_PLAN,
  type Checkpoint,
} from '@/lib/sync/checkpoints';
import { attachPersistence } from '@/lib/sync/persistence';
import { PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore } from '@/lib/sync/plan-index';
import { exportPlanSyncFile, importPlanSyncFile } from '@/lib/sync/sync-file-actions';
import { applySyncFile, readSyncFile } from '@/lib/sync/sync-file';
import { until } from '../../until';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Noon on a Monday, local time, so that day boundaries do not depend on the time zone. */
const MONDAY = new Date(2027, 2, 1, 12, 0).getTime();

function sv(...clocks: [client: number, clock: number][]): Uint8Array {
  const doc = new Y.Doc();
  for (const [client, clock] of clocks) {
    doc.clientID = client;
    doc.getArray('a').insert(0, new Array<number>(clock).fill(0));
  }
  return Y.encodeStateVector(doc);
}

function cp(at: number, reason: Checkpoint['reason'] = 'daily', vector = sv([1, 1])): Checkpoint {
  return { at, stateVector: vector, reason };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('choosing the checkpoint for a date', () => {
  const list = [cp(MONDAY, 'daily', sv([1, 3])), cp(MONDAY + DAY, 'daily', sv([1, 5]))];

  it('takes the latest checkpoint at or before the date', () => {
    expect(checkpointAt(list, MONDAY + DAY + HOUR)?.at).toBe(MONDAY + DAY);
    expect(checkpointAt(list, MONDAY + DAY)?.at).toBe(MONDAY + DAY);
    expect(checkpointAt(list, MONDAY + DAY - 1)?.at).toBe(MONDAY);
    expect(stateVectorAt(list, MONDAY + 5 * HOUR)).toEqual(sv([1, 3]));
  });

  it('falls back to the whole plan before the first checkpoint', () => {
    expect(checkpointAt(list, MONDAY - 1)).toBeNull();
    expect(stateVectorAt(list, MONDAY - 1)).toBe(WHOLE_PLAN);
    expect(stateVectorAt([], MONDAY)).toBe(WHOLE_PLAN);
    expect(isWholePlan(WHOLE_PLAN)).toBe(true);
    expect(isWholePlan(sv([1, 1]))).toBe(false);
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    expect(Y.encodeStateAsUpdate(doc, WHOLE_PLAN)).toEqual(Y.encodeStateAsUpdate(doc));
  });
});

describe('recording checkpoints', () => {
  it('keeps at most one daily checkpoint per calendar day', () => {
    let list = addCheckpoint([], cp(MONDAY));
    list = addCheckpoint(list, cp(MONDAY + 3 * HOUR));
    expect(list.map((c) => c.at)).toEqual([MONDAY]);
    list = addCheckpoint(list, cp(MONDAY + 13 * HOUR)); // 01:00 on Tuesday
    expect(list.map((c) => c.at)).toEqual([MONDAY, MONDAY + 13 * HOUR]);
  });

  it('adds a checkpoint at every export, besides the daily one', () => {
    let list = addCheckpoint([], cp(MONDAY));
    list = addCheckpoint(list, cp(MONDAY + HOUR, 'export'));
    list = addCheckpoint(list, cp(MONDAY + 2 * HOUR, 'export'));
    list = addCheckpoint(list, cp(MONDAY + 3 * HOUR, 'daily'));
    expect(list.map((c) => c.reason)).toEqual(['daily', 'export', 'export']);
  });

  it('an export alone does not use up the day’s daily checkpoint', () => {
    let list = addCheckpoint([], cp(MONDAY, 'export'));
    list = addCheckpoint(list, cp(MONDAY + HOUR, 'daily'));
    expect(list.map((c) => c.reason)).toEqual(['export', 'daily']);
  });

  it('keeps recent checkpoints and thins old ones to one a week, at most 200', () => {
    const list: Checkpoint[] = [];
    for (let d = 0; d < 400; d++) list.push(cp(MONDAY + d * DAY));
    const now = MONDAY + 399 * DAY;
    const kept = pruneCheckpoints(list, now);
    expect(kept.length).toBeLessThanOrEqual(200);
    const recent = kept.filter((c) => now - c.at <= 45 * DAY);
    expect(recent).toHaveLength(46);
    const old = kept.filter((c) => now - c.at > 45 * DAY);
    for (let i = 1; i < old.length; i++) {
      expect(old[i]!.at - old[i - 1]!.at).toBeGreaterThanOrEqual(DAY);
    }
    expect(old.length).toBeLessThan(60);
    // Sorted, oldest first.
    expect(kept.map((c) => c.at)).toEqual([...kept].map((c) => c.at).sort((a, b) => a - b));
    expect(pruneCheckpoints(list.slice(0, 10), MONDAY + 10 * DAY)).toHaveLength(10);
  });
});

describe('storing checkpoints', () => {
  it('round-trips through bytes', () => {
    const list = [cp(MONDAY, 'daily', sv([1, 2], [7, 9])), cp(MONDAY + HOUR, 'export', WHOLE_PLAN)];
    expect(decodeCheckpoints(encodeCheckpoints(list))).toEqual(list);
    expect(decodeCheckpoints(encodeCheckpoints(list).buffer)).toEqual(list);
  });

  it('reads whatever storage held without throwing, as no checkpoints at all', () => {
    const good = encodeCheckpoints([cp(MONDAY)]);
    for (const junk of [
      undefined,
      null,
      'checkpoints',
      42,
      { at: 1 },
      new Uint8Array(),
      Uint8Array.of(2, 0),
      good.slice(0, good.length - 1),
      Uint8Array.of(1, 1, 5, 9, 0),
    ]) {
      expect(decodeCheckpoints(junk)).toEqual([]);
    }
  });

  it('keeps them in the plan’s own database, next to the plan', async () => {
    const doc = new Y.Doc();
    const persistence = await attachPersistence(doc, 'checkpoints-db-1');
    let now = MONDAY;
    const checkpoints = new PlanCheckpoints(persistence, { now: () => now });
    doc.getMap('meta').set('title', 'A');
    expect(await checkpoints.recordDaily(doc)).toBe(true);
    expect(await checkpoints.recordDaily(doc)).toBe(false);
    doc.getMap('meta').set('title', 'B');
    now += DAY;
    const [a, b] = await Promise.all([checkpoints.recordDaily(doc), checkpoints.recordDaily(doc)]);
    expect([a, b].sort()).toEqual([false, true]);
    await checkpoints.recordExport(Y.encodeStateVector(doc), now + HOUR);
    await persistence.destroy();

    const again = await attachPersistence(new Y.Doc(), 'checkpoints-db-1');
    expect(await again.get(CHECKPOINTS_KEY)).toBeInstanceOf(ArrayBuffer);
    const stored = await new PlanCheckpoints(again).list();
    expect(stored.map((c) => [c.at - MONDAY, c.reason])).toEqual([
      [0, 'daily'],
      [DAY, 'daily'],
      [DAY + HOUR, 'export'],
    ]);
    await again.destroy();
  });

  it('records one when the plan is opened and again when a new day begins while it is open', async () => {
    const doc = new Y.Doc();
    const persistence = await attachPersistence(doc, 'checkpoints-db-2');
    let now = MONDAY;
    const checkpoints = new PlanCheckpoints(persistence, { now: () => now });
    const keeper = keepDailyCheckpoints(doc, checkpoints, { checkEveryMs: 2 });
    await until(
      async () => (await checkpoints.list()).length === 1,
      'the opening checkpoint',
      1000,
      5,
    );
    await sleep(20);
    expect(await checkpoints.list()).toHaveLength(1);
    doc.getMap('meta').set('title', 'Tuesday’s title');
    now += DAY;
    await until(
      async () => (await checkpoints.list()).length === 2,
      'the next day’s checkpoint',
      1000,
      5,
    );
    await keeper.stop();
    now += DAY;
    await sleep(20);
    expect(await checkpoints.list()).toHaveLength(2);
    await persistence.destroy();
  });

  it('reports a failing store instead of throwing', async () => {
    const errors: unknown[] = [];
    const failing = new PlanCheckpoints({
      get: () => Promise.resolve(undefined),
      set: () => Promise.reject(new Error('QuotaExceededError')),
    });
    const keeper = keepDailyCheckpoints(new Y.Doc(), failing, {
      onError: (e) => errors.push(e),
    });
    await keeper.stop();
    expect(errors).toHaveLength(1);
  });
});

describe('exporting and importing on an open plan', () => {
  const spec: PlanSpec = {
    title: 'MI i hemtjänsten',
    organisation: 'Umeå kommun',
    template: 'blank',
    locale: 'sv',
    sheets: [
      {
        kind: 'plan',
        name: 'Plan',
        columns: [{ name: 'Aktivitet', type: 'text' }],
        rows: [['Beredskapsanalys']],
      },
    ],
  };

  function directory() {
    return new PlanDirectory({ store: memoryPlanIndexStore(), actor: () => 'Anna' });
  }

  it('records a checkpoint when a plan is opened', async () => {
    const plans = directory();
    const id = await plans.create(spec);
    const session = await plans.open(id);
    const list = await session.checkpoints.list();
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list.every((c) => c.reason === 'daily')).toBe(true);
    await session.close();
  });

  it('exports the changes since the last export, which another copy merges', async () => {
    const plans = directory();
    const id = await plans.create(spec);
    const session = await plans.open(id);
    const sheet = session.model.sheets()[0]!;
    const column = session.model.columns(sheet.id)[0]!;

    const t0 = Date.now();
    const whole = await exportPlanSyncFile(session, null, t0);
    expect(whole.since).toBeNull();
    expect(whole.fileName).toMatch(/^MI i hemtjänsten \d{4}-\d\d-\d\d\.forankra$/);
    expect((await session.checkpoints.list()).some((c) => c.reason === 'export')).toBe(true);

    session.model.insertRow(sheet.id, undefined, { [column.id]: 'Handledning' });
    const later = await exportPlanSyncFile(session, t0 + 1, t0 + 1000);
    expect(later.since).toBe(t0);
    expect(later.bytes.length).toBeLessThan(whole.bytes.length);

    // Another member's copy: the first file, then the second.
    const copy = new Y.Doc();
    for (const file of [whole, later]) {
      const read = await readSyncFile(file.bytes);
      if (!read.ok) throw new Error(read.problem);
      expect(applySyncFile(copy, read.file, id)).toMatchObject({ ok: true, changed: true });
    }
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(session.model.doc));

    // Importing our own file back changes nothing, and says so.
    expect(await importPlanSyncFile(session, later.bytes)).toMatchObject({
      ok: true,
      changed: false,
      message: 'syncFileNothingNew',
    });
    await session.close();
  });

  it('names each problem of an import with its message, and offers a whole foreign plan to open', async () => {
    const plans = directory();
    const mine = await plans.open(await plans.create(spec));
    const theirs = await plans.open(await plans.create({ ...spec, title: 'Annan plan' }));
    const foreign = await exportPlanSyncFile(theirs, null);

    const other = await importPlanSyncFile(mine, foreign.bytes);
    expect(other).toMatchObject({ ok: false, problem: 'otherPlan', message: 'syncFileOtherPlan' });
    expect(!other.ok && other.file?.title).toBe('Annan plan');

    theirs.model.setTitle('Annan plan, ändrad');
    const foreignPartial = await exportPlanSyncFile(theirs, Date.now() + 1);
    expect(await importPlanSyncFile(mine, foreignPartial.bytes)).toMatchObject({
      ok: false,
      problem: 'otherPlan',
      message: 'syncFileOtherPlanPartial',
    });

    const cut = foreign.bytes.slice(0, foreign.bytes.length - 10);
    expect(await importPlanSyncFile(mine, cut)).toEqual({
      ok: false,
      problem: 'truncated',
      message: 'syncFileTruncated',
      file: null,
    });
    await mine.close();
    await theirs.close();
  });
});
