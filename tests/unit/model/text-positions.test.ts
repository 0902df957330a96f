import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanModel } from '@/lib/model/plan-model';
import { makePlan } from './helpers';

describe('places in a long text, for showing where others’ cursors are', () => {
  it('stay with their word while another member types before them', () => {
    const { model, sheet, notes } = makePlan('Kari');
    const rowId = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, rowId, notes.id, 'Hello world');
    const beforeWorld = model.textPosition(sheet.id, rowId, notes.id, 6);
    expect(beforeWorld).not.toBeNull();

    // Lars, on another copy, types at the start; the position travels with "world".
    const larsDoc = new Y.Doc();
    Y.applyUpdate(larsDoc, Y.encodeStateAsUpdate(model.doc));
    const lars = new PlanModel(larsDoc, { actor: 'Lars' });
    lars.setCell(sheet.id, rowId, notes.id, 'Well: Hello world');
    Y.applyUpdate(model.doc, Y.encodeStateAsUpdate(larsDoc));

    expect(model.textIndex(sheet.id, rowId, notes.id, beforeWorld!)).toBe(12);
    expect(lars.textIndex(sheet.id, rowId, notes.id, beforeWorld!)).toBe(12);
  });

  it('read as no place when the cell is not long text or the position is nonsense', () => {
    const { model, sheet, notes, activity } = makePlan();
    const rowId = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, rowId, notes.id, 'Notat');
    expect(model.textPosition(sheet.id, rowId, activity.id, 0)).toBeNull();
    expect(model.textIndex(sheet.id, rowId, notes.id, '!!not base64!!')).toBeNull();
    expect(model.textIndex(sheet.id, rowId, notes.id, 'AAAA')).toBeNull();
    const elsewhere = model.textPosition(sheet.id, rowId, notes.id, 2)!;
    const otherRow = model.rowIds(sheet.id)[1]!;
    model.setCell(sheet.id, otherRow, notes.id, 'Annet');
    expect(model.textIndex(sheet.id, otherRow, notes.id, elsewhere)).toBeNull();
  });

  it('clamp a cursor beyond the end to the end', () => {
    const { model, sheet, notes } = makePlan();
    const rowId = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, rowId, notes.id, 'Kort');
    const end = model.textPosition(sheet.id, rowId, notes.id, 99)!;
    expect(model.textIndex(sheet.id, rowId, notes.id, end)).toBe(4);
  });
});
