import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, initialSettings, sheetSnapshot } from '@/lib/csv/import';
import { prepareImport, type ImportMode } from '@/lib/csv/prepare';
import { readCsvBytes } from '@/lib/csv/read';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { makeModel } from '../model/helpers';

/** A small seeded generator (mulberry32), so a failure replays exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

const DIR = join(__dirname, '../../fixtures/csv');
const FIXTURES = readdirSync(DIR)
  .filter((f) => /\.(csv|txt)$/.test(f))
  .map((f) => new Uint8Array(readFileSync(join(DIR, f))));
const NASTY = [0x22, 0x3b, 0x2c, 0x09, 0x0d, 0x0a, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xe6, 0xc3];

function mutate(bytes: Uint8Array, rng: ReturnType<typeof random>): Uint8Array {
  const out = [...bytes];
  const edits = 1 + rng.int(8);
  for (let e = 0; e < edits; e++) {
    const at = rng.int(out.length + 1);
    const nasty = NASTY[rng.int(NASTY.length)] ?? 0x22;
    switch (rng.int(4)) {
      case 0:
        out.splice(at, 0, nasty);
        break;
      case 1:
        out.splice(at, 1);
        break;
      case 2:
        out[at] = rng.int(256);
        break;
      default:
        out.length = Math.min(out.length, at);
    }
  }
  return Uint8Array.from(out);
}

function plan() {
  const model = makeModel();
  model.createPlan(blankPlanSpec('Fuzz', 'Larvik', 'nb'));
  const sheet = model.sheets()[0]!;
  return { model, sheet };
}

describe('fuzz: random bytes and mutated CSV', () => {
  it('never throws, and never changes the plan without a confirmed apply', () => {
    const rng = random(20270317);
    const { model, sheet } = plan();
    model.insertRow(sheet.id, undefined, {});
    const before = JSON.stringify(model.snapshot());
    let read = 0;
    let applied = 0;
    for (let i = 0; i < 600; i++) {
      const source = FIXTURES[rng.int(FIXTURES.length)]!;
      const bytes =
        i % 3 === 0
          ? Uint8Array.from({ length: rng.int(3000) }, () => rng.int(256))
          : mutate(source, rng);
      const result = readCsvBytes(bytes, { chunkSize: 1 + rng.int(200) });
      if (!result.ok) continue;
      read++;
      const table = result.table;
      const hasHeader = rng.next() < 0.5;
      const settings = initialSettings(table, hasHeader, model.columns(sheet.id), (l) => l);
      const mode = (['add', 'replace', 'update'] as ImportMode[])[rng.int(3)]!;
      const keyColumn = rng.next() < 0.8 ? settings.keyColumn : rng.int(5);
      const prepared = prepareImport(
        table,
        { ...settings, mode, keyColumn },
        sheetSnapshot(model, sheet.id),
      );
      for (const problem of prepared.problems) {
        expect(problem.row).toBeGreaterThanOrEqual(1);
      }
      prepared.plan('skip');
      prepared.plan('text');
      expect(JSON.stringify(model.snapshot())).toBe(before);

      // A confirmed apply on a copy writes exactly what the plan said.
      if (i % 20 === 0 && !prepared.blocked) {
        const copy = plan();
        const chosen = prepareImport(
          table,
          { ...initialSettings(table, hasHeader, copy.model.columns(copy.sheet.id), (l) => l) },
          sheetSnapshot(copy.model, copy.sheet.id),
        ).plan('text');
        applyImport(copy.model, copy.sheet.id, chosen);
        expect(copy.model.rowIds(copy.sheet.id)).toHaveLength(chosen.added);
        applied++;
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(applied).toBeGreaterThan(5);
  });
});
