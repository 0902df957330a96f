import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import {
  compareRounds,
  newRoundItems,
  READINESS_ITEMS,
  READINESS_WORDS,
  readinessColumns,
  readReadinessRows,
} from '@/lib/domain/readiness';
import { LOCALES } from '@/lib/i18n/locales';
import { makeModel } from '../model/helpers';

describe('readiness rounds', () => {
  it('puts every round side by side, oldest first, items in the order they first appear', () => {
    const result = compareRounds([
      { item: 'Leadership', round: '2027-09-01', score: 5 },
      { item: 'Culture', round: '2027-09-01', score: 4 },
      { item: 'Leadership', round: '2027-03-01', score: 3 },
      { item: 'Culture', round: '2027-03-01', score: 2 },
      { item: 'Competence', round: '2027-03-01', score: 1 },
    ]);
    expect(result.rounds).toEqual([
      { date: '2027-03-01', scored: 3, mean: 2 },
      { date: '2027-09-01', scored: 2, mean: 4.5 },
    ]);
    expect(result.items).toEqual([
      { item: 'Leadership', scores: [3, 5] },
      { item: 'Culture', scores: [2, 4] },
      { item: 'Competence', scores: [1, null] },
    ]);
  });

  it('matches items by text in any case and spacing, and averages an item scored twice', () => {
    const result = compareRounds([
      { item: 'Støtte fra ledelsen', round: '2027-03-01', score: 3 },
      { item: '  støtte  fra LEDELSEN ', round: '2027-03-01', score: 4 },
    ]);
    expect(result.items).toEqual([{ item: 'Støtte fra ledelsen', scores: [3.5] }]);
  });

  it('keeps scores outside 1–6, not whole, or without a date out of every round, and counts them', () => {
    const result = compareRounds([
      { item: 'A', round: '2027-03-01', score: 7 },
      { item: 'A', round: '2027-03-01', score: 0 },
      { item: 'A', round: '2027-03-01', score: 2.5 },
      { item: 'A', round: '2027-03-01', score: '7' },
      { item: 'A', round: null, score: 4 },
      { item: 'A', round: '2027-03-01', score: 6 },
      { item: 'B', round: '2027-03-01', score: 1 },
    ]);
    expect(result.refused).toBe(4);
    expect(result.undated).toBe(1);
    expect(result.rounds).toEqual([{ date: '2027-03-01', scored: 2, mean: 3.5 }]);
  });

  it('shows items not yet scored, and no rounds when nothing is scored', () => {
    const result = compareRounds([
      { item: 'A', round: '2027-03-01', score: null },
      { item: '', round: null, score: null },
    ]);
    expect(result.rounds).toEqual([]);
    expect(result.items).toEqual([{ item: 'A', scores: [] }]);
  });

  it('starts a new round with the sheet’s items, or the thirteen standard ones', () => {
    const some = compareRounds([{ item: 'Our own factor', round: '2027-03-01', score: 3 }]);
    expect(newRoundItems(some, 'da')).toEqual(['Our own factor']);
    const none = compareRounds([]);
    expect(newRoundItems(none, 'sv')).toHaveLength(13);
    expect(newRoundItems(none, 'sv')[0]).toBe('Det breda sammanhanget');
  });

  it('has all five factors and eight questions in every language, each different', () => {
    for (const locale of LOCALES) {
      const words = READINESS_ITEMS.map((k) => READINESS_WORDS[locale][k]);
      expect(new Set(words).size, locale).toBe(13);
      expect(words.every((w) => w.trim().length > 0)).toBe(true);
    }
  });

  it('reads the Readiness sheet of a plan, refusing a score the column does not allow', () => {
    const model = makeModel();
    model.createPlan(blankPlanSpec('Plan', 'Org', 'nb'));
    const sheet = model.sheets().find((s) => s.kind === 'readiness');
    if (!sheet) throw new Error('no readiness sheet');
    const cols = readinessColumns(model, sheet.id);
    if (!cols) throw new Error('no columns');
    const score = model.columns(sheet.id).find((c) => c.type === 'number');
    if (!score) throw new Error('no score column');
    const row = model.insertRow(sheet.id, undefined, {
      [cols.item]: 'Kulturen',
      [cols.round]: '2027-03-01',
    });
    expect(model.setCell(sheet.id, row, score.id, 7)).toEqual({ ok: false, reason: 'type' });
    expect(model.setCell(sheet.id, row, score.id, '4')).toEqual({ ok: true });
    expect(readReadinessRows(model, sheet.id)).toEqual([
      { item: 'Kulturen', round: '2027-03-01', score: 4 },
    ]);
  });
});
