import { describe, expect, it } from 'vitest';
import { makePlan } from './helpers';

describe('importRows', () => {
  it('adds columns, trashes, updates and appends in one transaction and one undo step', () => {
    const { model, sheet, activity, hours, status } = makePlan();
    const [first, second] = model.rowIds(sheet.id);
    const before = model.snapshot();
    let transactions = 0;
    model.onChange(() => transactions++);
    const result = model.importRows(sheet.id, {
      newColumns: [{ name: 'Place', type: 'text' }],
      trashRowIds: [second!],
      updates: [{ rowId: first!, values: { [hours.id]: 7, 'new:0': 'Larvik', [status.id]: null } }],
      appends: [
        { [activity.id]: 'Imported', [hours.id]: 'lots', 'new:0': 'Sandefjord' },
        { [activity.id]: 'Second' },
      ],
    });
    expect(transactions).toBe(1);
    expect(result.columnIds).toHaveLength(1);
    expect(result.newRowIds).toHaveLength(2);
    const place = model.column(sheet.id, result.columnIds[0]!)!;
    expect(model.rowIds(sheet.id)).toEqual([first, ...result.newRowIds]);
    expect(model.trashedRowIds(sheet.id)).toEqual([second]);
    expect(model.cell(sheet.id, first!, hours)).toEqual({ state: 'ok', value: 7 });
    expect(model.cell(sheet.id, first!, status)).toEqual({ state: 'empty' });
    expect(model.cell(sheet.id, first!, place)).toEqual({ state: 'ok', value: 'Larvik' });
    // A value that does not fit is kept as text, flagged: "import as text".
    expect(model.cell(sheet.id, result.newRowIds[0]!, hours)).toEqual({
      state: 'invalid',
      raw: 'lots',
    });
    expect(model.canUndo()).toBe(true);
    model.undo();
    expect(model.snapshot()).toEqual(before);
    expect(model.canUndo()).toBe(false);
    model.redo();
    expect(model.rowIds(sheet.id)).toHaveLength(3);
  });

  it('refuses a sheet that does not exist, changing nothing', () => {
    const { model } = makePlan();
    const before = model.snapshot();
    expect(() =>
      model.importRows('nope', { newColumns: [], trashRowIds: [], updates: [], appends: [{}] }),
    ).toThrow(/No sheet/);
    expect(model.snapshot()).toEqual(before);
  });
});
