import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { parseCellInput, refusedRange } from '@/lib/grid/cell-input';
import { readColumn } from '@/lib/model/read';
import type { ColumnInfo, NumberRange } from '@/lib/model/schema';
import { coerceValue, fitsRange, readValue } from '@/lib/model/values';
import { makeModel } from './helpers';

const GLOBAL: NumberRange = { min: 1, max: 5, whole: true };
const COUNT: NumberRange = { min: 0, max: null, whole: true };

function numberColumn(range?: NumberRange): ColumnInfo {
  return {
    id: 'c',
    name: 'CCT',
    type: 'number',
    options: [],
    width: 96,
    hidden: false,
    order: 'a',
    ...(range ? { range } : {}),
  };
}

describe('a number column with a range', () => {
  it('fits whole numbers within its bounds, edges included', () => {
    expect([0, 1, 3, 5, 6, 2.5].map((n) => fitsRange(n, GLOBAL))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([0, 10_000, -1, 0.5].map((n) => fitsRange(n, COUNT))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(fitsRange(-12.75, undefined)).toBe(true);
    expect(fitsRange(Number.NaN, undefined)).toBe(false);
  });

  it('refuses what is typed or pasted outside it, and takes what is inside', () => {
    const ctx = { locale: 'nb' as const, today: '2027-03-17' };
    const column = numberColumn(GLOBAL);
    expect(parseCellInput('6', column, ctx)).toEqual({ ok: false });
    expect(parseCellInput('3,5', column, ctx)).toEqual({ ok: false });
    expect(parseCellInput('0', column, ctx)).toEqual({ ok: false });
    expect(parseCellInput('5', column, ctx)).toEqual({ ok: true, value: 5 });
    expect(parseCellInput('', column, ctx)).toEqual({ ok: true, value: null });
    expect(parseCellInput('6', numberColumn(), ctx)).toEqual({ ok: true, value: 6 });
  });

  it('tells a number outside the range (to say what is allowed) from text that is no number', () => {
    const column = numberColumn(GLOBAL);
    expect(refusedRange('6', column, 'nb')).toEqual(GLOBAL);
    expect(refusedRange('2,5', column, 'nb')).toEqual(GLOBAL);
    expect(refusedRange('fire', column, 'nb')).toBeNull();
    expect(refusedRange('4', column, 'nb')).toBeNull();
    expect(refusedRange('6', numberColumn(), 'nb')).toBeNull();
  });

  it('is enforced by the model and flags a value a peer stored outside it', () => {
    expect(coerceValue(6, 'number', [], GLOBAL)).toEqual({ ok: false });
    expect(coerceValue('4', 'number', [], GLOBAL)).toEqual({ ok: true, value: 4 });
    expect(readValue(6, 'number', [], GLOBAL)).toEqual({ state: 'invalid', raw: '6' });
    expect(readValue(4, 'number', [], GLOBAL)).toEqual({ state: 'ok', value: 4 });
  });

  it('is kept with the column, and garbage from a peer reads as no range', () => {
    const model = makeModel();
    const sheetId = model.addSheet('Coding', 'coding', [
      { name: 'CCT', type: 'number', range: GLOBAL },
      { name: 'Notes', type: 'text', range: GLOBAL },
    ]);
    const [cct, notes] = model.columns(sheetId);
    expect(cct?.range).toEqual(GLOBAL);
    // Only number columns have a range.
    expect(notes?.range).toBeUndefined();

    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('c');
    map.set('type', 'number');
    for (const [stored, read] of [
      [{ min: 1, max: 5, whole: true }, GLOBAL],
      [
        { min: 'one', max: 5 },
        { min: null, max: 5, whole: false },
      ],
      [{ min: 9, max: 1, whole: true }, undefined],
      ['1-5', undefined],
    ] as const) {
      map.set('range', stored);
      expect(readColumn('c', map).range, JSON.stringify(stored)).toEqual(read);
    }
  });
});
