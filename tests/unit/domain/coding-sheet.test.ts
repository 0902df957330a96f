import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { latestCoding, practitionerTrend, readCodings } from '@/lib/domain/coding-sheet';
import { MITI_COLUMN_NAMES, type MitiField } from '@/lib/domain/miti';
import { makeModel } from '../model/helpers';

function codingPlan() {
  const model = makeModel();
  model.createPlan(blankPlanSpec('Plan', 'Org', 'da'));
  const sheet = model.sheets().find((s) => s.kind === 'coding');
  if (!sheet) throw new Error('no coding sheet');
  const columns = model.columns(sheet.id);
  const id = (name: string) => columns.find((c) => c.name === name)?.id ?? '';
  const add = (
    practitioner: string,
    date: string | null,
    values: Partial<Record<MitiField, number>>,
  ) => {
    const cells: Record<string, unknown> = {
      [id('Medarbejder (pseudonym)')]: practitioner,
      [id('Dato')]: date,
    };
    for (const [field, value] of Object.entries(values))
      cells[id(MITI_COLUMN_NAMES[field as MitiField])] = value;
    return model.insertRow(sheet.id, undefined, cells);
  };
  return { model, sheetId: sheet.id, add, id };
}

describe('the Coding sheet', () => {
  it('reads each row’s practitioner, date and summary scores', () => {
    const { model, sheetId, add } = codingPlan();
    add('Lærke', '2027-03-01', {
      cct: 3,
      sst: 4,
      simpleReflection: 3,
      complexReflection: 2,
      question: 5,
    });
    const [coding] = readCodings(model, sheetId);
    expect(coding).toMatchObject({ practitioner: 'Lærke', date: '2027-03-01', entered: true });
    expect(coding?.summary.scores.technical).toMatchObject({ value: 3.5, level: 'fair' });
    expect(coding?.summary.scores.complexReflections).toMatchObject({ value: 0.4, level: 'fair' });
    expect(coding?.summary.scores.reflectionToQuestion).toMatchObject({ value: 1, level: 'fair' });
  });

  it('refuses a global score outside 1–5 and a count below 0 in the model itself', () => {
    const { model, sheetId, add, id } = codingPlan();
    const row = add('Lærke', '2027-03-01', {});
    expect(model.setCell(sheetId, row, id('CCT'), 6).ok).toBe(false);
    expect(model.setCell(sheetId, row, id('CCT'), '4,5').ok).toBe(false);
    expect(model.setCell(sheetId, row, id('Q'), -2).ok).toBe(false);
    expect(model.setCell(sheetId, row, id('CCT'), '5').ok).toBe(true);
    expect(model.setCell(sheetId, row, id('Q'), 0).ok).toBe(true);
  });

  it('follows a practitioner over their dated codings, oldest first, any case', () => {
    const { model, sheetId, add } = codingPlan();
    add('Lærke', '2027-09-01', { cct: 4, sst: 4 });
    add('Bo', '2027-04-01', { cct: 2, sst: 2 });
    add('lærke ', '2027-03-01', { cct: 2, sst: 3 });
    add('Lærke', null, { cct: 5, sst: 5 });
    add('Lærke', '2027-10-01', {});
    const trend = practitionerTrend(readCodings(model, sheetId), 'Lærke');
    expect(trend.map((c) => [c.date, c.summary.scores.technical.value])).toEqual([
      ['2027-03-01', 2.5],
      ['2027-09-01', 4],
    ]);
    expect(practitionerTrend(readCodings(model, sheetId), '')).toEqual([]);
  });

  it('shows the coding edited last first', () => {
    const { model, sheetId, add, id } = codingPlan();
    const first = add('Lærke', '2027-03-01', { cct: 3 });
    add('Bo', '2027-04-01', { cct: 2 });
    add('Ea', '2027-04-02', {});
    model.setCell(sheetId, first, id('SST'), 4);
    expect(latestCoding(readCodings(model, sheetId))?.rowId).toBe(first);
    expect(latestCoding([])).toBeUndefined();
  });
});
