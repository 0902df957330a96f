import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { standardSheets } from '@/lib/domain/blank-plan';
import { PlanModel } from '@/lib/model/plan-model';
import type { PlanSpec, SheetSpec } from '@/lib/model/schema';

/** The standard sheets as a plan made before ranges existed had them: no range anywhere. */
function sheetsWithoutRanges(): SheetSpec[] {
  return standardSheets('da').map((sheet) => ({
    ...sheet,
    columns: sheet.columns.map(({ range: _range, ...column }) => column),
  }));
}

/** A document holding a schema-1 plan (as saved by an older build), with one coding row. */
function legacyPlan(extraCodingColumns: SheetSpec['columns'] = []): Y.Doc {
  const doc = new Y.Doc();
  const sheets = sheetsWithoutRanges().map((s) =>
    s.kind === 'coding'
      ? {
          ...s,
          columns: [...s.columns, ...extraCodingColumns],
          rows: [{ 0: 'Medarbejder 1', 3: 7 }],
        }
      : s,
  );
  const spec: PlanSpec = {
    title: 'Gammel',
    organisation: '',
    template: 'blank',
    locale: 'da',
    sheets,
  };
  new PlanModel(doc, { actor: 'Old build' }).createPlan(spec);
  doc.getMap<unknown>('meta').set('schemaVersion', 1);
  return doc;
}

/** Every range stored on any column, read from the document itself. */
function storedRanges(doc: Y.Doc): unknown[] {
  const ranges: unknown[] = [];
  doc.getMap<Y.Map<unknown>>('sheets').forEach((sheet) => {
    (sheet.get('columns') as Y.Map<Y.Map<unknown>>).forEach((column) => {
      if (column.has('range')) ranges.push(column.get('range'));
    });
  });
  return ranges;
}

function columnsOf(model: PlanModel, kind: string) {
  const sheet = model.sheets().find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet`);
  return { sheet, columns: model.columns(sheet.id) };
}

describe('schema 1 → 2: template ranges on old plans', () => {
  it('adds the MITI ranges to the Coding sheet and the 1–6 range to the readiness score on load', () => {
    const doc = legacyPlan();
    expect(
      storedRanges(doc),
      'the legacy plan should start without ranges (a check that this test can fail)',
    ).toEqual([]);

    const model = new PlanModel(doc, { actor: 'Kari' });
    expect(model.status()).toEqual({ state: 'ready' });
    expect(model.getMeta().schemaVersion).toBe(2);
    const coding = columnsOf(model, 'coding').columns;
    const range = (name: string) => coding.find((c) => c.name === name)?.range;
    expect(range('CCT')).toEqual({ min: 1, max: 5, whole: true });
    expect(range('Empathy')).toEqual({ min: 1, max: 5, whole: true });
    expect(range('CR')).toEqual({ min: 0, max: null, whole: true });
    expect(range('Confront')).toEqual({ min: 0, max: null, whole: true });
    expect(coding.find((c) => c.type === 'date')?.range).toBeUndefined();
    const score = columnsOf(model, 'readiness').columns.find((c) => c.type === 'number');
    expect(score?.range).toEqual({ min: 1, max: 6, whole: true });
    const indicators = columnsOf(model, 'indicators').columns.filter((c) => c.type === 'number');
    expect(indicators.map((c) => c.range)).toEqual([undefined, undefined]);
    expect(storedRanges(doc)).toHaveLength(15);
  });

  it('keeps an old value outside the new range and shows it flagged, and refuses new ones', () => {
    const doc = legacyPlan();
    const model = new PlanModel(doc, { actor: 'Kari' });
    const { sheet, columns } = columnsOf(model, 'coding');
    const cct = columns.find((c) => c.name === 'CCT');
    const rowId = model.rowIds(sheet.id)[0];
    if (!cct || !rowId) throw new Error('no CCT column or row');
    expect(model.rawCell(sheet.id, rowId, cct.id)).toBe(7);
    expect(model.cell(sheet.id, rowId, cct)).toEqual({ state: 'invalid', raw: '7' });
    expect(model.setCell(sheet.id, rowId, cct.id, '6')).toEqual({ ok: false, reason: 'type' });
    expect(model.setCell(sheet.id, rowId, cct.id, '4')).toEqual({ ok: true });
  });

  it('leaves number columns a user added, and columns retyped to text, without a range', () => {
    const doc = legacyPlan([
      { name: 'Minutes', type: 'number' },
      { name: 'Seek', type: 'text' },
    ]);
    const model = new PlanModel(doc, { actor: 'Kari' });
    const coding = columnsOf(model, 'coding').columns;
    expect(coding.find((c) => c.name === 'Minutes')?.range).toBeUndefined();
    expect(coding.filter((c) => c.name === 'Seek').map((c) => [c.type, c.range])).toEqual([
      ['number', { min: 0, max: null, whole: true }],
      ['text', undefined],
    ]);
  });

  it('gives the same plan when two members migrate their copies before they meet', () => {
    const original = legacyPlan();
    const update = Y.encodeStateAsUpdate(original);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, update);
    Y.applyUpdate(b, update);
    const modelA = new PlanModel(a, { actor: 'Anna' });
    const modelB = new PlanModel(b, { actor: 'Bo' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(modelA.snapshot()).toEqual(modelB.snapshot());
    expect(columnsOf(modelA, 'coding').columns.find((c) => c.name === 'SST')?.range).toEqual({
      min: 1,
      max: 5,
      whole: true,
    });
  });
});
