import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migratePlan, SCHEMA_VERSION, type Migration } from '@/lib/model/migrations';
import { ORIGIN } from '@/lib/model/origins';
import { PlanModel, ReadOnlyPlanError } from '@/lib/model/plan-model';
import { makeModel, smallSpec, syncInto } from './helpers';

/** A document whose meta map says `schemaVersion` is `version` (anything a peer might send). */
function docAt(version: unknown): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap<unknown>('meta').set('schemaVersion', version);
  return doc;
}

interface StepRun {
  from: number;
  /** The schema version the document claimed while the step ran. */
  seenVersion: unknown;
}

/** Fake steps 1→2 and 2→3 that record their runs and leave a mark in meta. */
function fakeSteps(runs: StepRun[]): Migration[] {
  const step = (from: number): Migration => ({
    from,
    describe: `fake step from ${from}`,
    run(doc) {
      const meta = doc.getMap<unknown>('meta');
      runs.push({ from, seenVersion: meta.get('schemaVersion') });
      // Sets a derived value rather than appending, as the module asks of real migrations.
      meta.set(`migratedFrom${from}`, true);
    },
  });
  return [step(2), step(1)]; // out of order on purpose: the runner must look steps up by `from`
}

interface TransactionSeen {
  origin: unknown;
  changedKeys: string[];
  versionAfter: unknown;
}

/** Records each transaction that changes the meta map: its origin, keys and resulting version. */
function watchTransactions(doc: Y.Doc): TransactionSeen[] {
  const seen: TransactionSeen[] = [];
  const meta = doc.getMap<unknown>('meta');
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    const keys = [...transaction.changed].find(([type]) => (type as unknown) === meta)?.[1];
    if (!keys) return;
    seen.push({
      origin: transaction.origin,
      changedKeys: [...keys].filter((k): k is string => k !== null).sort(),
      versionAfter: meta.get('schemaVersion'),
    });
  });
  return seen;
}

describe('migratePlan', () => {
  it('reports a document without a plan as empty and touches nothing', () => {
    const doc = new Y.Doc();
    const seen = watchTransactions(doc);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({ state: 'empty' });
    expect(runs).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('reports a plan at the target version as current and runs no step', () => {
    const doc = docAt(3);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({ state: 'current', version: 3 });
    expect(runs).toEqual([]);
  });

  it('uses the schema this build writes when given no list or target', () => {
    expect(migratePlan(docAt(SCHEMA_VERSION))).toEqual({
      state: 'current',
      version: SCHEMA_VERSION,
    });
  });

  it('runs each step in order, each in its own migration transaction that bumps the version', () => {
    const doc = docAt(1);
    const seen = watchTransactions(doc);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({
      state: 'migrated',
      from: 1,
      version: 3,
    });
    expect(runs, 'steps should run 1→2 then 2→3, each on the version it migrates from').toEqual([
      { from: 1, seenVersion: 1 },
      { from: 2, seenVersion: 2 },
    ]);
    expect(seen).toEqual([
      {
        origin: ORIGIN.migration,
        changedKeys: ['migratedFrom1', 'schemaVersion'],
        versionAfter: 2,
      },
      {
        origin: ORIGIN.migration,
        changedKeys: ['migratedFrom2', 'schemaVersion'],
        versionAfter: 3,
      },
    ]);
    expect(doc.getMap<unknown>('meta').get('schemaVersion')).toBe(3);
  });

  it('does nothing when run again on a migrated plan', () => {
    const doc = docAt(1);
    const runs: StepRun[] = [];
    const steps = fakeSteps(runs);
    migratePlan(doc, steps, 3);
    const before = Y.encodeStateAsUpdate(doc);
    const seen = watchTransactions(doc);
    expect(migratePlan(doc, steps, 3)).toEqual({ state: 'current', version: 3 });
    expect(runs).toHaveLength(2);
    expect(seen).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('starts from the version the plan is at, skipping steps it has had', () => {
    const doc = docAt(2);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({
      state: 'migrated',
      from: 2,
      version: 3,
    });
    expect(runs.map((r) => r.from)).toEqual([2]);
  });

  it('throws a clear error when a step is missing, keeping the steps that did run', () => {
    const doc = docAt(1);
    const runs: StepRun[] = [];
    const onlyFirst = fakeSteps(runs).filter((m) => m.from === 1);
    expect(() => migratePlan(doc, onlyFirst, 3)).toThrow(
      'No migration from schema version 2 to 3.',
    );
    expect(runs.map((r) => r.from)).toEqual([1]);
    expect(doc.getMap<unknown>('meta').get('schemaVersion')).toBe(2);
  });

  it('reports a plan from a newer build as newer and runs no step', () => {
    const doc = docAt(5);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({
      state: 'newer',
      version: 5,
      supported: 3,
    });
    expect(runs).toEqual([]);
    expect(doc.getMap<unknown>('meta').get('schemaVersion')).toBe(5);
  });

  it.for([
    ['a string', '2'],
    ['a fraction', 1.5],
    ['zero', 0],
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['an object', { version: 2 }],
    ['an array', [2]],
    ['a boolean', true],
  ] as const)('treats a schema version that is %s as no plan at all', ([, version]) => {
    const doc = docAt(version);
    const runs: StepRun[] = [];
    expect(migratePlan(doc, fakeSteps(runs), 3)).toEqual({ state: 'empty' });
    expect(runs).toEqual([]);
  });

  it('lets two replicas that migrated apart agree once they meet', () => {
    const a = docAt(1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migratePlan(a, fakeSteps([]), 3);
    migratePlan(b, fakeSteps([]), 3);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getMap('meta').toJSON()).toEqual(b.getMap('meta').toJSON());
    expect(migratePlan(a, fakeSteps([]), 3)).toEqual({ state: 'current', version: 3 });
  });
});

describe('PlanModel and the schema version', () => {
  it('turns read-only when a plan from a newer build arrives after opening empty', () => {
    const joiner = makeModel('Ola');
    expect(joiner.status()).toEqual({ state: 'empty' });
    const future = docAt(SCHEMA_VERSION + 1);
    future.getMap<unknown>('meta').set('title', 'From the future');
    syncInto(joiner.doc, future);
    expect(joiner.status()).toEqual({
      state: 'readOnly',
      version: SCHEMA_VERSION + 1,
      supported: SCHEMA_VERSION,
    });
    expect(joiner.readOnly).toBe(true);
    expect(() => joiner.setTitle('Mine')).toThrow(ReadOnlyPlanError);
    expect(joiner.getMeta().title).toBe('From the future');
  });

  it('opens a plan at this build’s version ready for editing, without migrating it', () => {
    const source = makeModel('Kari');
    source.createPlan(smallSpec);
    const doc = new Y.Doc();
    syncInto(doc, source.doc);
    const seen = watchTransactions(doc);
    const model = new PlanModel(doc, { actor: 'Ola' });
    expect(model.status()).toEqual({ state: 'ready' });
    expect(seen).toEqual([]);
  });

  it('refuses to create a plan over one from a newer build', () => {
    const model = new PlanModel(docAt(SCHEMA_VERSION + 1), { actor: 'Kari' });
    expect(() => model.createPlan(smallSpec)).toThrow(/already holds a plan/);
  });
});
