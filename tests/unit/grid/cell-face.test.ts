import { describe, expect, it } from 'vitest';
import { cellFaceOf } from '@/lib/grid/cell-face';
import type { CellRead } from '@/lib/model/schema';
import { col, STATUS } from './builders';

const ok = (value: unknown): CellRead => ({ state: 'ok', value }) as CellRead;
const EMPTY: CellRead = { state: 'empty' };
const INVALID: CellRead = { state: 'invalid', raw: 'soon' };
const FIGURE = { text: '4', title: 'Computed from People' };

describe('cellFaceOf', () => {
  it('shows text, numbers in the locale, and flags what does not fit with what was typed', () => {
    expect(cellFaceOf(ok('Kick-off'), col('a'), 'en', false)).toEqual({
      kind: 'text',
      text: 'Kick-off',
      invalid: false,
    });
    expect(cellFaceOf(ok(2.5), col('n', 'number'), 'nb', false)).toMatchObject({ text: '2,5' });
    expect(cellFaceOf(INVALID, col('n', 'number'), 'en', false)).toEqual({
      kind: 'text',
      text: 'soon',
      invalid: true,
    });
    expect(cellFaceOf(EMPTY, col('a'), 'en', false)).toEqual({
      kind: 'text',
      text: '',
      invalid: false,
    });
  });

  it('shows a choice as its coloured option, and an unknown or empty one as text', () => {
    const status = col('s', 'choice', STATUS);
    expect(cellFaceOf(ok('doing'), status, 'nb', false)).toEqual({
      kind: 'pill',
      label: 'Pågår',
      color: '#2563eb',
    });
    expect(cellFaceOf(EMPTY, status, 'nb', false).kind).toBe('text');
    expect(cellFaceOf(INVALID, status, 'nb', false)).toMatchObject({ kind: 'text', invalid: true });
  });

  it('shows a box for a checkbox, empty or not, and text for one that does not fit', () => {
    const check = col('c', 'checkbox');
    expect(cellFaceOf(ok(true), check, 'en', false)).toEqual({ kind: 'check', on: true });
    expect(cellFaceOf(ok(false), check, 'en', false)).toEqual({ kind: 'check', on: false });
    expect(cellFaceOf(EMPTY, check, 'en', false)).toEqual({ kind: 'check', on: false });
    expect(cellFaceOf(INVALID, check, 'en', false).kind).toBe('text');
  });

  it('shows progress as a bar with its figure', () => {
    expect(cellFaceOf(ok(40), col('p', 'progress'), 'en', false)).toEqual({
      kind: 'progress',
      percent: 40,
      text: '40',
    });
    expect(cellFaceOf(EMPTY, col('p', 'progress'), 'en', false).kind).toBe('text');
  });

  it('shows a date in the locale with its ISO week, marked when overdue', () => {
    const due = col('d', 'date');
    expect(cellFaceOf(ok('2027-03-17'), due, 'nb', true)).toEqual({
      kind: 'date',
      text: '17.03.2027',
      week: 11,
      overdue: true,
    });
    expect(cellFaceOf(ok('2027-03-17'), due, 'nb', false)).toMatchObject({ overdue: false });
    expect(cellFaceOf(INVALID, due, 'nb', true)).toMatchObject({ kind: 'text', invalid: true });
  });

  it('shows a computed figure only in an empty cell', () => {
    const actual = col('x', 'number');
    expect(cellFaceOf(EMPTY, actual, 'en', false, FIGURE)).toEqual({
      kind: 'computed',
      ...FIGURE,
    });
    expect(cellFaceOf(ok(7), actual, 'en', false, FIGURE)).toMatchObject({
      kind: 'text',
      text: '7',
    });
  });
});
