import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { da } from '@/lib/i18n/da';
import { en, type MessageKey } from '@/lib/i18n/en';
import { nb } from '@/lib/i18n/nb';
import { sv } from '@/lib/i18n/sv';
import { SCHEMA_VERSION } from '@/lib/model/migrations';
import { ORIGIN } from '@/lib/model/origins';
import { PlanModel } from '@/lib/model/plan-model';
import {
  applySyncFile,
  canOpenAsNewPlan,
  encodeSyncFile,
  readSyncFile,
  SYNC_FILE_FORMAT,
  syncFileName,
  syncFileProblemMessage,
  type SyncApplyProblem,
  type SyncFile,
  type SyncFileProblem,
} from '@/lib/sync/sync-file';
import { makePlan } from '../model/helpers';

const PLAN = 'plan0000000000001';
const MAGIC = [0x89, 0x46, 0x52, 0x4b, 0x53, 0x59, 0x4e, 0x43];

/** Builds a sync file byte by byte from the documented layout, so tests can craft any variant. */
async function assemble(
  header: unknown,
  update: Uint8Array,
  options: { format?: number; headerLength?: number } = {},
): Promise<Uint8Array> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const body = new Uint8Array(14 + json.length + update.length);
  const view = new DataView(body.buffer);
  body.set(MAGIC, 0);
  view.setUint16(8, options.format ?? 1);
  view.setUint32(10, options.headerLength ?? json.length);
  body.set(json, 14);
  body.set(update, 14 + json.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const file = new Uint8Array(body.length + 32);
  file.set(body);
  file.set(digest, body.length);
  return file;
}

function headerFor(update: Uint8Array, planId = PLAN) {
  return {
    planId,
    title: 'MI i hjemmetjenesten',
    exportedAt: 1_800_000_000_000,
    schemaVersion: 1,
    since: null,
    updateBytes: update.length,
  };
}

function metaOf(model: PlanModel, planId = PLAN) {
  const meta = model.getMeta();
  return { planId, title: meta.title, schemaVersion: meta.schemaVersion };
}

/** A copy of `doc` on a fresh document, as another member's browser would hold it. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function snapshotOf(doc: Y.Doc): unknown {
  const model = new PlanModel(doc, { actor: 'reader' });
  const snapshot = model.snapshot();
  model.destroy();
  return snapshot;
}

/** The whole import path a page runs: read, then merge. */
async function importInto(doc: Y.Doc, bytes: Uint8Array, planId = PLAN) {
  const read = await readSyncFile(bytes);
  if (!read.ok) return read;
  return applySyncFile(doc, read.file, planId);
}

/** Runs `action` and reports whether `doc` was left exactly as it was. */
async function leavesUnchanged(doc: Y.Doc, action: () => Promise<unknown>): Promise<boolean> {
  const before = Y.encodeStateAsUpdate(doc);
  let updates = 0;
  const count = () => updates++;
  doc.on('update', count);
  await action();
  doc.off('update', count);
  return updates === 0 && Buffer.from(Y.encodeStateAsUpdate(doc)).equals(Buffer.from(before));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('writing and reading a sync file', () => {
  it('lays the file out as documented: magic, version, header length, JSON header, update, SHA-256', async () => {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model), { exportedAt: 1_800_000_000_000 });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect([...bytes.subarray(0, 8)]).toEqual(MAGIC);
    expect(view.getUint16(8)).toBe(SYNC_FILE_FORMAT);
    const headerLength = view.getUint32(10);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(14, 14 + headerLength))) as {
      updateBytes: number;
    };
    expect(header).toEqual({
      planId: PLAN,
      title: 'MI i hjemmetjenesten',
      exportedAt: 1_800_000_000_000,
      schemaVersion: SCHEMA_VERSION,
      since: null,
      updateBytes: header.updateBytes,
    });
    const updateEnd = 14 + headerLength + header.updateBytes;
    expect(bytes.length).toBe(updateEnd + 32);
    const update = bytes.subarray(14 + headerLength, updateEnd);
    expect(Buffer.from(update).equals(Buffer.from(Y.encodeStateAsUpdate(model.doc)))).toBe(true);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice(0, updateEnd)));
    expect([...bytes.subarray(updateEnd)]).toEqual([...digest]);
  });

  it('reads back what it wrote, and a copy built from it holds the same plan', async () => {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model), { exportedAt: 1_800_000_000_000 });
    const read = await readSyncFile(bytes);
    expect(read.ok, 'a fresh export should read').toBe(true);
    if (!read.ok) return;
    expect(read.file).toMatchObject({
      format: 1,
      planId: PLAN,
      title: 'MI i hjemmetjenesten',
      exportedAt: 1_800_000_000_000,
      schemaVersion: SCHEMA_VERSION,
      since: null,
    });
    expect(canOpenAsNewPlan(read.file)).toBe(true);
    const copy = new Y.Doc();
    expect(applySyncFile(copy, read.file, PLAN)).toEqual({
      ok: true,
      changed: true,
      waitingForEarlier: false,
    });
    expect(snapshotOf(copy)).toEqual(model.snapshot());
  });

  it('reads a file handed over as an ArrayBuffer, and does not depend on the caller keeping it', async () => {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model));
    const buffer = bytes.slice().buffer;
    const pending = readSyncFile(buffer);
    new Uint8Array(buffer).fill(0);
    expect((await pending).ok).toBe(true);
  });

  it('merges with its own origin, which undo does not track', async () => {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model));
    const target = new PlanModel(new Y.Doc(), { actor: 'Ole', undoCaptureMs: 0 });
    const origins: unknown[] = [];
    target.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(await importInto(target.doc, bytes)).toMatchObject({ ok: true, changed: true });
    expect(origins).toEqual([ORIGIN.sync]);
    expect(target.status()).toEqual({ state: 'ready' });
    expect(target.canUndo(), 'an import is not the member’s own edit to undo').toBe(false);
    expect(target.snapshot()).toEqual(model.snapshot());
  });

  it('reports nothing changed when the plan already holds the whole file', async () => {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model));
    const copy = copyOf(model.doc);
    expect(await importInto(copy, bytes)).toEqual({
      ok: true,
      changed: false,
      waitingForEarlier: false,
    });
  });

  it('refuses a file of another plan without touching the plan', async () => {
    const { model } = makePlan();
    const other = makePlan().model;
    const bytes = await encodeSyncFile(other.doc, metaOf(other, 'someotherplan0001'));
    let result: unknown;
    expect(
      await leavesUnchanged(model.doc, async () => (result = await importInto(model.doc, bytes))),
    ).toBe(true);
    expect(result).toEqual({ ok: false, problem: 'otherPlan' });
  });
});

describe('changes since a checkpoint', () => {
  it('holds only what came after the checkpoint, and merges onto a copy that has the rest', async () => {
    const { model, sheet, activity } = makePlan();
    const base = copyOf(model.doc);
    const checkpoint = { at: 1_800_000_100_000, stateVector: Y.encodeStateVector(model.doc) };
    const rowId = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, rowId, activity.id, 'Readiness analysis, round 2');
    model.insertRow(sheet.id, undefined, { [activity.id]: 'Status meeting' });

    const full = await encodeSyncFile(model.doc, metaOf(model));
    const partial = await encodeSyncFile(model.doc, metaOf(model), { since: checkpoint });
    expect(partial.length).toBeLessThan(full.length / 2);
    const read = await readSyncFile(partial);
    if (!read.ok) throw new Error('unreadable');
    expect(read.file.since).toBe(1_800_000_100_000);
    expect(canOpenAsNewPlan(read.file)).toBe(false);

    expect(applySyncFile(base, read.file, PLAN)).toMatchObject({ ok: true, changed: true });
    expect(snapshotOf(base)).toEqual(model.snapshot());
  });

  it('carries deletions made after the checkpoint of rows made before it', async () => {
    const { model, sheet } = makePlan();
    const rowId = model.rowIds(sheet.id)[0]!;
    model.deleteRow(sheet.id, rowId);
    const base = copyOf(model.doc);
    const checkpoint = { at: 1, stateVector: Y.encodeStateVector(model.doc) };
    // Purging adds nothing to the document, it only deletes: the file must still carry it.
    model.purgeRow(sheet.id, rowId);
    expect(model.trashedRowIds(sheet.id)).not.toContain(rowId);
    const partial = await encodeSyncFile(model.doc, metaOf(model), { since: checkpoint });
    expect(await importInto(base, partial)).toMatchObject({ ok: true, changed: true });
    expect(snapshotOf(base)).toEqual(model.snapshot());
  });

  it('treats a checkpoint of an empty copy as the whole plan', async () => {
    const { model } = makePlan();
    const since = { at: 5, stateVector: Y.encodeStateVector(new Y.Doc()) };
    const read = await readSyncFile(await encodeSyncFile(model.doc, metaOf(model), { since }));
    expect(read.ok && read.file.since).toBe(null);
  });

  it('waits for the earlier changes when a later file arrives first, then completes', async () => {
    const { model, sheet, activity } = makePlan();
    const first = await encodeSyncFile(model.doc, metaOf(model));
    const checkpoint = { at: 2, stateVector: Y.encodeStateVector(model.doc) };
    model.insertRow(sheet.id, undefined, { [activity.id]: 'Supervision, round 1' });
    const second = await encodeSyncFile(model.doc, metaOf(model), { since: checkpoint });

    const copy = new Y.Doc();
    const early = await importInto(copy, second);
    expect(early).toMatchObject({ ok: true, waitingForEarlier: true });
    expect(await importInto(copy, first)).toEqual({
      ok: true,
      changed: true,
      waitingForEarlier: false,
    });
    expect(snapshotOf(copy)).toEqual(model.snapshot());
  });
});

describe('three copies exchanging files', () => {
  /** Three members' copies of one plan that then edit apart, some edits in conflict. */
  function threeCopies() {
    const a = makePlan('Kari');
    a.model.doc.clientID = 1;
    const copies = [a.model.doc, copyOf(a.model.doc), copyOf(a.model.doc)];
    copies[1]!.clientID = 2;
    copies[2]!.clientID = 3;
    const checkpoint = { at: 10, stateVector: Y.encodeStateVector(a.model.doc) };
    const models = [
      a.model,
      new PlanModel(copies[1]!, { actor: 'Ole', undoCaptureMs: 0 }),
      new PlanModel(copies[2]!, { actor: 'Siri', undoCaptureMs: 0 }),
    ];
    const sheetId = a.sheet.id;
    const [row0, row1] = a.model.rowIds(sheetId);
    // Kari and Ole edit the same cell; Siri deletes the row Ole edits elsewhere; all add rows.
    models[0]!.setCell(sheetId, row0!, a.activity.id, 'Kari’s wording');
    models[1]!.setCell(sheetId, row0!, a.activity.id, 'Ole’s wording');
    models[1]!.setCell(sheetId, row1!, a.hours.id, 7);
    models[2]!.deleteRow(sheetId, row1!);
    models[0]!.insertRow(sheetId, 0, { [a.activity.id]: 'From Kari' });
    models[1]!.insertRow(sheetId, undefined, { [a.activity.id]: 'From Ole' });
    models[2]!.insertRow(sheetId, 1, { [a.activity.id]: 'From Siri' });
    models[2]!.renameSheet(sheetId, 'Handlingsplan');
    models[1]!.setTitle('MI i hjemmetjenesten 2027');
    return { copies, models, checkpoint };
  }

  for (const kind of ['whole plan', 'changes since the shared checkpoint'] as const) {
    it(`converge whatever the order, each file merged twice (${kind})`, async () => {
      const { copies, models, checkpoint } = threeCopies();
      const since = kind === 'whole plan' ? null : checkpoint;
      const files = await Promise.all(
        copies.map((doc, i) => encodeSyncFile(doc, metaOf(models[i]!), { since })),
      );
      const snapshots: unknown[] = [];
      for (const order of permutations([0, 1, 2])) {
        for (const [i, doc] of copies.entries()) {
          const copy = copyOf(doc);
          for (const round of [1, 2]) {
            for (const f of order) {
              const result = await importInto(copy, files[f]!);
              expect(result, `round ${round}, file ${f} into copy ${i}`).toMatchObject({
                ok: true,
                waitingForEarlier: false,
              });
              // A file merged again, or a copy's own file, changes nothing.
              if (round === 2 || f === i) expect(result).toMatchObject({ changed: false });
            }
          }
          snapshots.push(snapshotOf(copy));
        }
      }
      expect(snapshots).toHaveLength(18);
      for (const s of snapshots) expect(s).toEqual(snapshots[0]);
      const merged = snapshots[0] as { meta: { title: string } };
      expect(merged.meta.title).toBe('MI i hjemmetjenesten 2027');
      const text = JSON.stringify(merged);
      for (const row of ['From Kari', 'From Ole', 'From Siri', 'Handlingsplan']) {
        expect(text, `${row} survives the merge`).toContain(row);
      }
    });
  }

  it('converge when partial files arrive before the whole plan on a fresh copy', async () => {
    const { copies, models, checkpoint } = threeCopies();
    const partial = await Promise.all(
      copies.map((doc, i) => encodeSyncFile(doc, metaOf(models[i]!), { since: checkpoint })),
    );
    const whole = await encodeSyncFile(copies[0]!, metaOf(models[0]!));
    const reference = copyOf(copies[0]!);
    for (const f of partial) await importInto(reference, f);
    const expected = snapshotOf(reference);
    for (const order of permutations([0, 1, 2, 3])) {
      const fresh = new Y.Doc();
      for (const f of order) await importInto(fresh, f === 3 ? whole : partial[f]!);
      expect(snapshotOf(fresh), `order ${order.join(',')}`).toEqual(expected);
    }
  });
});

describe('files that must be refused', () => {
  async function sample() {
    const { model } = makePlan();
    const bytes = await encodeSyncFile(model.doc, metaOf(model));
    return { model, bytes };
  }

  it('an empty file', async () => {
    const { model } = await sample();
    let result: unknown;
    expect(
      await leavesUnchanged(
        model.doc,
        async () => (result = await importInto(model.doc, new Uint8Array())),
      ),
    ).toBe(true);
    expect(result).toEqual({ ok: false, problem: 'empty' });
  });

  it('a PNG, a CSV, an invite code saved as a file, random junk', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    const csv = new TextEncoder().encode('\uFEFFAktivitet;Frist\nParathedsanalyse;15.01.2027\n');
    const invite = new TextEncoder().encode('FORANKRA-1-ABCDEFGHJK');
    for (const bytes of [png, csv, invite, Uint8Array.of(0x89, 0x46, 0x00)]) {
      expect(await readSyncFile(bytes)).toEqual({ ok: false, problem: 'notForankra' });
    }
    // The first bytes of a sync file and nothing more: a copy cut short, not a stranger.
    expect(await readSyncFile(Uint8Array.of(0x89, 0x46))).toEqual({
      ok: false,
      problem: 'truncated',
    });
    const gen = prng.create(42);
    for (let i = 0; i < 300; i++) {
      const junk = prng.uint8Array(gen, prng.int32(gen, 1, 4000));
      if (junk[0] === 0x89) junk[0] = 0x88;
      expect(await readSyncFile(junk)).toEqual({ ok: false, problem: 'notForankra' });
    }
  });

  it('junk behind the right magic bytes', async () => {
    const gen = prng.create(7);
    for (let i = 0; i < 300; i++) {
      const junk = prng.uint8Array(gen, prng.int32(gen, 0, 3000));
      const bytes = new Uint8Array(8 + junk.length);
      bytes.set(MAGIC);
      bytes.set(junk, 8);
      const read = await readSyncFile(bytes);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(['truncated', 'corrupt']).toContain(read.problem);
    }
  });

  it('a file cut off at any length: truncated, and the plan unchanged', async () => {
    const { model, bytes } = await sample();
    const target = copyOf(model.doc);
    const lengths = new Set<number>();
    for (let n = 1; n < Math.min(bytes.length, 400); n++) lengths.add(n);
    for (let n = bytes.length - 300; n < bytes.length; n++) lengths.add(n);
    const gen = prng.create(3);
    for (let i = 0; i < 400; i++) lengths.add(prng.int32(gen, 1, bytes.length - 1));
    expect(lengths.size).toBeGreaterThan(900);
    const problems = new Set<string>();
    const unchanged = await leavesUnchanged(target, async () => {
      for (const n of lengths) {
        const result = await importInto(target, bytes.slice(0, n));
        expect(result, `cut at ${n} of ${bytes.length}`).toEqual({
          ok: false,
          problem: 'truncated',
        });
        problems.add(result.ok ? 'ok' : result.problem);
      }
    });
    expect(unchanged).toBe(true);
    expect([...problems]).toEqual(['truncated']);
  });

  it('a file with bytes flipped: refused with a clear problem, the plan unchanged', async () => {
    const { model, bytes } = await sample();
    const target = copyOf(model.doc);
    const headerEnd = 14 + new DataView(bytes.buffer).getUint32(10);
    const gen = prng.create(11);
    const seen = new Map<string, number>();
    const unchanged = await leavesUnchanged(target, async () => {
      for (let i = 0; i < 600; i++) {
        const damaged = bytes.slice();
        const flips = prng.int32(gen, 1, 4);
        const positions: number[] = [];
        for (let f = 0; f < flips; f++) {
          const at = prng.int32(gen, 0, bytes.length - 1);
          positions.push(at);
          damaged[at] = damaged[at]! ^ prng.int32(gen, 1, 255);
        }
        const result = await importInto(target, damaged);
        expect(result.ok, `flips at ${positions.join(',')}`).toBe(false);
        if (result.ok) continue;
        seen.set(result.problem, (seen.get(result.problem) ?? 0) + 1);
        if (positions.some((p) => p < 8)) {
          expect(result.problem).toBe('notForankra');
        } else if (positions.every((p) => p >= headerEnd)) {
          // Damage past the header can only be told by the digest.
          expect(result.problem).toBe('corrupt');
        } else {
          expect(['corrupt', 'truncated']).toContain(result.problem);
        }
      }
    });
    expect(unchanged).toBe(true);
    expect(seen.get('corrupt')).toBeGreaterThan(300);
  });

  it('a file from a newer Forankra, told apart from a damaged one', async () => {
    const update = Y.encodeStateAsUpdate(makePlan().model.doc);
    const newer = await assemble({ anything: 'else' }, update, { format: 2 });
    expect(await readSyncFile(newer)).toEqual({ ok: false, problem: 'newerFormat' });
    // The same file with a flipped byte: damaged, whatever its version says.
    const damaged = newer.slice();
    damaged[20] = damaged[20]! ^ 1;
    expect(await readSyncFile(damaged)).toMatchObject({ ok: false });
    expect(await readSyncFile(damaged)).not.toEqual({ ok: false, problem: 'newerFormat' });
    const zero = await assemble(headerFor(update), update, { format: 0 });
    expect(await readSyncFile(zero)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('a file whose digest is right but whose content is wrong (a broken or hostile writer)', async () => {
    const update = Y.encodeStateAsUpdate(makePlan().model.doc);
    const cases: [string, Promise<Uint8Array>][] = [
      ['header not JSON', assemble('{', update)],
      ['header a string', assemble('plan', update)],
      ['no plan id', assemble({ ...headerFor(update), planId: '' }, update)],
      [
        'length off by one',
        assemble({ ...headerFor(update), updateBytes: update.length - 1 }, update),
      ],
      ['negative time', assemble({ ...headerFor(update), exportedAt: -1 }, update)],
      ['since a string', assemble({ ...headerFor(update), since: 'Monday' }, update)],
      ['header length too large', assemble(headerFor(update), update, { headerLength: 1 << 30 })],
      [
        'update junk',
        assemble(headerFor(new Uint8Array(50).fill(0xff)), new Uint8Array(50).fill(0xff)),
      ],
    ];
    for (const [name, bytes] of cases) {
      expect(await readSyncFile(await bytes), name).toEqual({ ok: false, problem: 'corrupt' });
    }
    // Extra fields are tolerated: a later version 1 writer may add some.
    const extra = await assemble({ ...headerFor(update), note: 'from the train' }, update);
    expect((await readSyncFile(extra)).ok).toBe(true);
  });

  it('a mangled update never reaches the plan half-applied', () => {
    const source = makePlan('Kari').model;
    const full = Y.encodeStateAsUpdate(source.doc);
    const gen = prng.create(99);
    const outcomes = new Map<string, number>();
    // Cases where Yjs, given the update directly, throws after changing the document: the
    // reason applySyncFile rehearses on a scratch copy first.
    let halfAppliedWithoutRehearsal = 0;
    for (let i = 0; i < 400; i++) {
      const target = makePlan('Ole');
      const update = full.slice();
      for (let f = prng.int32(gen, 1, 3); f > 0; f--) {
        const at = prng.int32(gen, 0, update.length - 1);
        update[at] = update[at]! ^ prng.int32(gen, 1, 255);
      }
      const file: SyncFile = {
        format: 1,
        planId: PLAN,
        title: 't',
        exportedAt: 0,
        schemaVersion: 1,
        since: null,
        update,
      };
      const before = Y.encodeStateAsUpdate(target.model.doc);
      const direct = copyOf(target.model.doc);
      try {
        Y.applyUpdate(direct, update);
      } catch {
        if (!Buffer.from(Y.encodeStateAsUpdate(direct)).equals(Buffer.from(before))) {
          halfAppliedWithoutRehearsal++;
        }
      }
      let result: ReturnType<typeof applySyncFile> | undefined;
      expect(() => (result = applySyncFile(target.model.doc, file, PLAN))).not.toThrow();
      const key = result?.ok ? 'ok' : (result?.problem ?? 'none');
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (result && !result.ok) {
        const after = Y.encodeStateAsUpdate(target.model.doc);
        expect(Buffer.from(after).equals(Buffer.from(before)), `case ${i}`).toBe(true);
      }
      // Whatever Yjs accepted, the plan still reads.
      expect(() => target.model.snapshot()).not.toThrow();
      target.model.destroy();
    }
    expect(outcomes.get('corrupt')).toBeGreaterThan(200);
    expect(
      halfAppliedWithoutRehearsal,
      'the fuzz should reach the half-applied case',
    ).toBeGreaterThan(0);
  }, 20_000);
});

describe('naming and explaining', () => {
  it('names a file after the plan and the day, safely', () => {
    const at = new Date(2027, 2, 4, 15, 30).getTime();
    expect(syncFileName('MI i hjemmetjenesten', at)).toBe(
      'MI i hjemmetjenesten 2027-03-04.forankra',
    );
    expect(syncFileName('Plan: 2027/28 <ny>', at)).toBe('Plan 2027 28 ny 2027-03-04.forankra');
    expect(syncFileName('...', at)).toBe('Forankra 2027-03-04.forankra');
  });

  const problems: (SyncFileProblem | SyncApplyProblem)[] = [
    'empty',
    'notForankra',
    'truncated',
    'corrupt',
    'newerFormat',
    'otherPlan',
  ];

  it('maps every problem to its own message', () => {
    const keys = problems.map((p) => syncFileProblemMessage(p));
    expect(new Set(keys).size).toBe(problems.length);
    expect(syncFileProblemMessage('truncated')).toBe('syncFileTruncated');
    const partial = { since: 5 } as SyncFile;
    expect(syncFileProblemMessage('otherPlan', partial)).toBe('syncFileOtherPlanPartial');
  });

  it('has every sync file and invite message in all four languages, with the same placeholders', () => {
    const keys = (Object.keys(en) as MessageKey[]).filter(
      (k) => k.startsWith('syncFile') || k.startsWith('invite'),
    );
    expect(keys.length).toBeGreaterThanOrEqual(14);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const dictionary of [nb, da, sv]) {
      for (const key of keys) {
        expect(dictionary[key].length, key).toBeGreaterThan(10);
        expect(dictionary[key], key).not.toBe(en[key]);
        expect(placeholders(dictionary[key]), key).toEqual(placeholders(en[key]));
      }
    }
    expect(en.syncFileOtherPlan).toContain('{title}');
  });
});
