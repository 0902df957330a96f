import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanModel, ReadOnlyPlanError } from '@/lib/model/plan-model';
import { SCHEMA_VERSION } from '@/lib/model/migrations';
import { ORIGIN } from '@/lib/model/origins';
import { link, makeModel, makePlan, smallSpec, syncInto } from './helpers';

describe('creating a plan', () => {
  it('fills an empty document with metadata, sheets, columns and rows', () => {
    const { model, sheet, activity, due, status } = makePlan();
    expect(model.status()).toEqual({ state: 'ready' });
    expect(model.getMeta()).toMatchObject({
      title: 'MI i hjemmetjenesten',
      organisation: 'Larvik kommune',
      schemaVersion: SCHEMA_VERSION,
      locale: 'nb',
    });
    expect(model.sheets().map((s) => s.name)).toEqual(['Plan', 'People']);
    expect(model.columns(sheet.id).map((c) => c.name)).toEqual([
      'Activity',
      'Due',
      'Hours',
      'Status',
      'Notes',
    ]);
    const [first, second] = model.rowIds(sheet.id);
    expect(model.cell(sheet.id, first!, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
    expect(model.cell(sheet.id, first!, due)).toEqual({ state: 'ok', value: '2027-01-15' });
    expect(model.cell(sheet.id, second!, status)).toEqual({ state: 'ok', value: 'done' });
  });

  it('reports an empty document as empty and refuses to create twice', () => {
    const model = makeModel();
    expect(model.status()).toEqual({ state: 'empty' });
    model.createPlan(smallSpec);
    expect(() => model.createPlan(smallSpec)).toThrow(/already holds a plan/);
  });

  it('becomes ready when a plan arrives from a peer after opening empty', () => {
    const { model } = makePlan();
    const joiner = makeModel('Ola');
    syncInto(joiner.doc, model.doc);
    expect(joiner.status()).toEqual({ state: 'ready' });
    expect(joiner.getMeta().title).toBe('MI i hjemmetjenesten');
  });
});

describe('plan metadata', () => {
  it('renames the plan and its organisation', () => {
    const { model } = makePlan();
    model.setTitle('MI 2027');
    model.setOrganisation('Aarhus Kommune');
    expect(model.getMeta()).toMatchObject({ title: 'MI 2027', organisation: 'Aarhus Kommune' });
  });
});

describe('sheets', () => {
  it('adds, renames and reorders sheets', () => {
    const { model } = makePlan();
    const id = model.addSheet('Budget', 'custom', [{ name: 'Post', type: 'text' }]);
    model.renameSheet(id, 'Økonomi');
    expect(model.sheets().map((s) => s.name)).toEqual(['Plan', 'People', 'Økonomi']);
    model.moveSheet(id, 0);
    expect(model.sheets().map((s) => s.name)).toEqual(['Økonomi', 'Plan', 'People']);
    model.moveSheet(id, 99);
    expect(model.sheets().map((s) => s.name)).toEqual(['Plan', 'People', 'Økonomi']);
    expect(model.columns(id).map((c) => c.name)).toEqual(['Post']);
  });

  it('deletes a sheet to the trash and restores it with its rows', () => {
    const { model, sheet } = makePlan();
    model.deleteSheet(sheet.id);
    expect(model.sheets().map((s) => s.name)).toEqual(['People']);
    expect(model.trashedSheets().map((s) => s.name)).toEqual(['Plan']);
    model.restoreSheet(sheet.id);
    expect(model.sheets().map((s) => s.name)).toEqual(['Plan', 'People']);
    expect(model.rowIds(sheet.id)).toHaveLength(2);
  });
});

describe('columns', () => {
  it('hands out the same objects for columns a change left as they were', () => {
    const { model, sheet, activity } = makePlan();
    const before = model.columns(sheet.id);
    model.setColumnWidth(sheet.id, activity.id, 250);
    const after = model.columns(sheet.id);
    expect(after).not.toBe(before);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.width).toBe(250);
    expect(after.slice(1), 'the untouched columns').toEqual(before.slice(1));
    after.slice(1).forEach((c, i) => expect(c).toBe(before[i + 1]));

    // Moved onto a copy of its own document (as from a first-screen copy): nothing changed.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(model.doc));
    model.adopt(copy);
    expect(model.columns(sheet.id), 'the same list').toBe(after);
  });

  it('adds at a position, renames, reorders, resizes and hides', () => {
    const { model, sheet, activity, notes } = makePlan();
    const owner = model.addColumn(sheet.id, { name: 'Owner', type: 'person' }, 1);
    expect(model.columns(sheet.id).map((c) => c.name)).toEqual([
      'Activity',
      'Owner',
      'Due',
      'Hours',
      'Status',
      'Notes',
    ]);
    model.renameColumn(sheet.id, owner, 'Responsible');
    model.moveColumn(sheet.id, notes.id, 0);
    model.setColumnWidth(sheet.id, activity.id, 321.4);
    model.setColumnHidden(sheet.id, owner, true);
    const columns = model.columns(sheet.id);
    expect(columns.map((c) => c.name)).toEqual([
      'Notes',
      'Activity',
      'Responsible',
      'Due',
      'Hours',
      'Status',
    ]);
    expect(model.column(sheet.id, activity.id)?.width).toBe(321);
    expect(model.column(sheet.id, owner)?.hidden).toBe(true);
  });

  it('ignores a width that is not a positive number', () => {
    const { model, sheet, activity } = makePlan();
    model.setColumnWidth(sheet.id, activity.id, Number.NaN);
    model.setColumnWidth(sheet.id, activity.id, -5);
    expect(model.column(sheet.id, activity.id)?.width).toBe(160);
  });

  it('changes choice options; a value whose option is gone shows flagged', () => {
    const { model, sheet, status } = makePlan();
    model.setColumnOptions(sheet.id, status.id, [
      { id: 'todo', label: 'Ikke startet', color: '#999' },
    ]);
    const column = model.column(sheet.id, status.id)!;
    const [first, second] = model.rowIds(sheet.id);
    expect(model.cell(sheet.id, first!, column)).toEqual({ state: 'ok', value: 'todo' });
    expect(model.cell(sheet.id, second!, column)).toEqual({ state: 'invalid', raw: 'done' });
  });

  it('retypes: converts what fits and keeps the originals that do not', () => {
    const { model, sheet, activity, hours } = makePlan();
    const [first, second] = model.rowIds(sheet.id);
    model.setCell(sheet.id, first!, activity.id, '12,5');
    model.retypeColumn(sheet.id, activity.id, 'number');
    const asNumber = model.column(sheet.id, activity.id)!;
    expect(model.cell(sheet.id, first!, asNumber)).toEqual({ state: 'ok', value: 12.5 });
    expect(model.cell(sheet.id, second!, asNumber)).toEqual({
      state: 'invalid',
      raw: 'Appoint working group',
    });
    model.retypeColumn(sheet.id, activity.id, 'text');
    const asText = model.column(sheet.id, activity.id)!;
    expect(model.cell(sheet.id, second!, asText)).toEqual({
      state: 'ok',
      value: 'Appoint working group',
    });
    expect(model.cell(sheet.id, first!, asText)).toEqual({ state: 'ok', value: '12.5' });
    model.retypeColumn(sheet.id, hours.id, 'progress');
    expect(model.cell(sheet.id, first!, model.column(sheet.id, hours.id)!)).toEqual({
      state: 'ok',
      value: 4,
    });
  });

  it('retypes text to choice with one option per distinct value', () => {
    const { model, sheet, activity } = makePlan();
    model.insertRow(sheet.id, undefined, { [activity.id]: 'Readiness analysis' });
    model.retypeColumn(sheet.id, activity.id, 'choice');
    const column = model.column(sheet.id, activity.id)!;
    expect(column.options.map((o) => o.label)).toEqual(
      expect.arrayContaining(['Readiness analysis', 'Appoint working group']),
    );
    expect(column.options).toHaveLength(2);
    const values = model.rowIds(sheet.id).map((id) => model.cell(sheet.id, id, column));
    expect(values.every((v) => v.state === 'ok')).toBe(true);
  });

  it('retypes long text to text and back, keeping the words', () => {
    const { model, sheet, notes } = makePlan();
    const row = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, row, notes.id, 'Første linje\nAndre linje');
    model.retypeColumn(sheet.id, notes.id, 'text');
    expect(model.rawCell(sheet.id, row, notes.id)).toBe('Første linje\nAndre linje');
    model.retypeColumn(sheet.id, notes.id, 'longText');
    expect(model.cell(sheet.id, row, model.column(sheet.id, notes.id)!)).toEqual({
      state: 'ok',
      value: 'Første linje\nAndre linje',
    });
  });
});

describe('rows and cells', () => {
  it('inserts rows at a position and appends by default', () => {
    const { model, sheet, activity } = makePlan();
    const [first, second] = model.rowIds(sheet.id);
    const top = model.insertRow(sheet.id, 0, { [activity.id]: 'Top' });
    const middle = model.insertRow(sheet.id, 2, { [activity.id]: 'Middle' });
    const end = model.insertRow(sheet.id);
    expect(model.rowIds(sheet.id)).toEqual([top, first, middle, second, end]);
  });

  it('appends many rows in one step, in order', () => {
    const { model, sheet, activity } = makePlan();
    const ids = model.appendRowValues(
      sheet.id,
      Array.from({ length: 50 }, (_, i) => ({ [activity.id]: `Row ${i}` })),
    );
    expect(model.rowIds(sheet.id).slice(2)).toEqual(ids);
    expect(model.cell(sheet.id, ids[49]!, activity)).toEqual({ state: 'ok', value: 'Row 49' });
  });

  it('converts input to the column type and refuses what does not fit', () => {
    const { model, sheet, due, hours, status } = makePlan();
    const row = model.rowIds(sheet.id)[0]!;
    expect(model.setCell(sheet.id, row, due.id, '17.3.2027')).toEqual({ ok: true });
    expect(model.cell(sheet.id, row, due)).toEqual({ state: 'ok', value: '2027-03-17' });
    expect(model.setCell(sheet.id, row, due.id, '31.02.2027')).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(model.setCell(sheet.id, row, hours.id, '1 234,5')).toEqual({ ok: true });
    expect(model.cell(sheet.id, row, hours)).toEqual({ state: 'ok', value: 1234.5 });
    expect(model.setCell(sheet.id, row, status.id, 'Done')).toEqual({ ok: true });
    expect(model.cell(sheet.id, row, status)).toEqual({ state: 'ok', value: 'done' });
    expect(model.setCell(sheet.id, row, status.id, 'Maybe')).toEqual({ ok: false, reason: 'type' });
    expect(model.setCell(sheet.id, 'nope', status.id, 'Done')).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(model.setCell(sheet.id, row, hours.id, '')).toEqual({ ok: true });
    expect(model.cell(sheet.id, row, hours)).toEqual({ state: 'empty' });
  });

  it('records the last editor and time of a row', () => {
    const { model, sheet, activity } = makePlan('Kari');
    const row = model.rowIds(sheet.id)[0]!;
    model.setActor('Ingrid');
    model.setCell(sheet.id, row, activity.id, 'Changed');
    const info = model.row(sheet.id, row)!;
    expect(info.editedBy).toBe('Ingrid');
    expect(info.editedAt).toBeGreaterThan(0);
  });

  it('reads a row never edited since it was made as last edited by its maker, then', () => {
    const { model, sheet, activity } = makePlan('Kari');
    const row = model.insertRow(sheet.id);
    const made = model.row(sheet.id, row)!;
    expect(made.editedBy).toBe('Kari');
    expect(made.editedAt).toBeGreaterThan(0);
    model.setActor('Ingrid');
    model.setCell(sheet.id, row, activity.id, 'Changed');
    const edited = model.row(sheet.id, row)!;
    expect(edited.editedBy).toBe('Ingrid');
    expect(edited.editedAt).toBeGreaterThan(made.editedAt!);
  });

  it('records who made a row and when, and reads rows made before as their two fields', () => {
    const doc = new Y.Doc();
    const model = makeModel('Kari', doc);
    model.createPlan(smallSpec);
    const sheet = model.sheets()[0]!;
    const row = model.insertRow(sheet.id);
    const made = model.row(sheet.id, row)!;
    expect(made.createdBy).toBe('Kari');
    expect(made.createdAt).toBeGreaterThan(0);
    // A row as earlier versions stored it: `createdBy` and `createdAt` beside each other.
    const sheetMap = doc.getMap<Y.Map<unknown>>('sheets').get(sheet.id)!;
    const stored = (sheetMap.get('rows') as Y.Map<Y.Map<unknown>>).get(row)!;
    doc.transact(() => {
      stored.delete('created');
      stored.set('createdBy', 'Ingrid');
      stored.set('createdAt', 1_700_000_000_000);
    });
    const old = model.row(sheet.id, row)!;
    expect([old.createdBy, old.createdAt]).toEqual(['Ingrid', 1_700_000_000_000]);
    expect([old.editedBy, old.editedAt]).toEqual(['Ingrid', 1_700_000_000_000]);
  });

  it('moves rows without losing or duplicating any', () => {
    const { model, sheet } = makePlan();
    const [a, b] = model.rowIds(sheet.id);
    const c = model.insertRow(sheet.id);
    model.moveRow(sheet.id, c, 0);
    expect(model.rowIds(sheet.id)).toEqual([c, a, b]);
    model.moveRow(sheet.id, c, 1);
    expect(model.rowIds(sheet.id)).toEqual([a, c, b]);
    model.moveRow(sheet.id, a!, 5);
    expect(model.rowIds(sheet.id)).toEqual([c, b, a]);
  });

  it('deletes to the trash, restores in place, and purges only from the trash', () => {
    const { model, sheet, activity } = makePlan('Kari');
    const [a, b] = model.rowIds(sheet.id);
    model.purgeRow(sheet.id, a!);
    expect(model.rowIds(sheet.id)).toEqual([a, b]);
    model.deleteRow(sheet.id, a!);
    expect(model.rowIds(sheet.id)).toEqual([b]);
    expect(model.trashedRowIds(sheet.id)).toEqual([a]);
    expect(model.row(sheet.id, a!)).toMatchObject({ deletedBy: 'Kari' });
    expect(model.cell(sheet.id, a!, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
    model.restoreRow(sheet.id, a!);
    expect(model.rowIds(sheet.id)).toEqual([a, b]);
    model.deleteRow(sheet.id, b!);
    model.purgeRow(sheet.id, b!);
    expect(model.trashedRowIds(sheet.id)).toEqual([]);
    expect(model.row(sheet.id, b!)).toBeUndefined();
  });

  it('keeps long text as shared text that merges concurrent typing', () => {
    const a = makePlan('Kari');
    const b = makeModel('Ola');
    syncInto(b.doc, a.model.doc);
    const row = a.model.rowIds(a.sheet.id)[0]!;
    a.model.setCell(a.sheet.id, row, a.notes.id, 'Vedtak: ');
    syncInto(b.doc, a.model.doc);
    a.model.setCell(a.sheet.id, row, a.notes.id, 'Vedtak: A');
    b.setCell(a.sheet.id, row, a.notes.id, 'Vedtak: B');
    syncInto(b.doc, a.model.doc);
    syncInto(a.model.doc, b.doc);
    const merged = a.model.rawCell(a.sheet.id, row, a.notes.id) as string;
    expect(merged).toMatch(/^Vedtak: (AB|BA)$/);
    expect(b.rawCell(a.sheet.id, row, a.notes.id)).toBe(merged);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes one member’s own edits', () => {
    const { model, sheet, activity } = makePlan();
    const row = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, row, activity.id, 'Edited');
    expect(model.canUndo()).toBe(true);
    model.undo();
    expect(model.cell(sheet.id, row, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
    model.redo();
    expect(model.cell(sheet.id, row, activity)).toEqual({ state: 'ok', value: 'Edited' });
  });

  it('never undoes another member’s edit, nor the template that created the plan', () => {
    const kari = makePlan('Kari');
    const ola = makeModel('Ola');
    link(kari.model.doc, ola.doc);
    syncInto(ola.doc, kari.model.doc);
    const sheetId = kari.sheet.id;
    const [first, second] = kari.model.rowIds(sheetId);
    kari.model.setCell(sheetId, first!, kari.activity.id, 'Kari was here');
    ola.setCell(sheetId, second!, kari.activity.id, 'Ola was here');
    expect(kari.model.undo()).toBe(true);
    expect(kari.model.undo()).toBe(false);
    for (const m of [kari.model, ola]) {
      expect(m.cell(sheetId, first!, kari.activity)).toEqual({
        state: 'ok',
        value: 'Readiness analysis',
      });
      expect(m.cell(sheetId, second!, kari.activity)).toEqual({
        state: 'ok',
        value: 'Ola was here',
      });
    }
  });

  it('undoes a row delete, bringing the row back from the trash', () => {
    const { model, sheet } = makePlan();
    const [a] = model.rowIds(sheet.id);
    model.deleteRow(sheet.id, a!);
    model.undo();
    expect(model.rowIds(sheet.id)[0]).toBe(a);
  });
});

describe('change notification', () => {
  it('tells listeners which parts a transaction changed, and whether it was local', () => {
    const { model, sheet, activity } = makePlan();
    const changes: ReturnType<typeof Object>[] = [];
    model.onChange((c) => changes.push(c));
    const row = model.rowIds(sheet.id)[0]!;
    model.setCell(sheet.id, row, activity.id, 'X');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ local: true, meta: false, sheets: false });
    expect([...(changes[0] as { rows: Set<string> }).rows], 'its edit stamp').toEqual([row]);
    expect([...(changes[0] as { cells: Set<string> }).cells]).toEqual([`${row} ${activity.id}`]);
    model.moveRow(sheet.id, row, 1);
    expect([...(changes[1] as { rowOrder: Set<string> }).rowOrder]).toEqual([sheet.id]);
    model.setTitle('New');
    expect(changes[2]).toMatchObject({ meta: true });
  });

  it('sees rows a peer adds', () => {
    const a = makePlan('Kari');
    const b = makeModel('Ola');
    link(a.model.doc, b.doc);
    syncInto(b.doc, a.model.doc);
    let remote = 0;
    b.onChange((c) => {
      if (!c.local) remote++;
    });
    a.model.insertRow(a.sheet.id);
    expect(remote).toBe(1);
    expect(b.rowIds(a.sheet.id)).toHaveLength(3);
  });
});

describe('hostile or malformed documents', () => {
  it('reads garbage from a peer without throwing, flagging bad values', () => {
    const { model, sheet, activity, hours, due } = makePlan();
    const row = model.rowIds(sheet.id)[0]!;
    const evil = new Y.Doc();
    syncInto(evil, model.doc);
    const sheets = evil.getMap<unknown>('sheets');
    evil.transact(() => {
      sheets.set('junk', 42);
      const s = sheets.get(sheet.id) as Y.Map<unknown>;
      (s.get('columns') as Y.Map<unknown>).set('bad-column', 'not a map');
      const rows = s.get('rows') as Y.Map<unknown>;
      rows.set('bad-row', [1, 2, 3]);
      const cells = (rows.get(row) as Y.Map<unknown>).get('cells') as Y.Map<unknown>;
      cells.set(hours.id, { nested: ['object'] });
      cells.set(due.id, 'next tuesday');
      cells.set(activity.id, 17);
      s.set('name', 99);
    });
    syncInto(model.doc, evil);
    expect(() => model.snapshot()).not.toThrow();
    expect(model.sheets()).toHaveLength(2);
    expect(model.columns(sheet.id)).toHaveLength(5);
    expect(model.rowIds(sheet.id)).toHaveLength(2);
    expect(model.cell(sheet.id, row, hours)).toEqual({
      state: 'invalid',
      raw: '{"nested":["object"]}',
    });
    expect(model.cell(sheet.id, row, due)).toEqual({ state: 'invalid', raw: 'next tuesday' });
    expect(model.cell(sheet.id, row, activity)).toEqual({ state: 'invalid', raw: '17' });
    expect(model.sheets()[0]?.name).toBe('');
  });

  it('shows a column of an unknown type as text', () => {
    const { model, sheet, hours } = makePlan();
    const doc = model.doc;
    doc.transact(() => {
      const s = doc.getMap<Y.Map<unknown>>('sheets').get(sheet.id)!;
      (s.get('columns') as Y.Map<Y.Map<unknown>>).get(hours.id)!.set('type', 'hologram');
    });
    expect(model.column(sheet.id, hours.id)?.type).toBe('text');
  });
});

describe('a plan from a newer Forankra', () => {
  it('opens read-only with a clear message and refuses every write', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 99);
    doc.getMap('meta').set('title', 'Future plan');
    const model = new PlanModel(doc, { actor: 'Kari' });
    expect(model.status()).toEqual({ state: 'readOnly', version: 99, supported: SCHEMA_VERSION });
    expect(model.getMeta().title).toBe('Future plan');
    expect(() => model.setTitle('Mine now')).toThrow(ReadOnlyPlanError);
    expect(() => model.addSheet('X')).toThrow(/newer version of Forankra/);
    expect(model.undo()).toBe(false);
    expect(doc.getMap('meta').get('title')).toBe('Future plan');
  });

  it('does not mark imports and templates as undoable', () => {
    const { model, sheet, activity } = makePlan();
    model.appendRowValues(sheet.id, [{ [activity.id]: 'Imported' }], ORIGIN.import);
    expect(model.canUndo()).toBe(false);
  });
});

describe('many cells at once', () => {
  it('applies a block of writes, adding rows at the end, as one undo step', () => {
    const { model, sheet, activity, hours } = makePlan();
    const [first] = model.rowIds(sheet.id);
    const result = model.applyCellWrites(
      sheet.id,
      [
        { rowId: first!, columnId: activity.id, value: 'Pasted' },
        { rowId: 'new:0', columnId: activity.id, value: 'New one' },
        { rowId: 'new:1', columnId: hours.id, value: '2,5' },
      ],
      2,
    );
    expect(result.ok).toBe(true);
    const ids = model.rowIds(sheet.id);
    expect(ids).toHaveLength(4);
    expect(model.cell(sheet.id, ids[2]!, activity)).toEqual({ state: 'ok', value: 'New one' });
    expect(model.cell(sheet.id, ids[3]!, hours)).toEqual({ state: 'ok', value: 2.5 });
    model.undo();
    expect(model.rowIds(sheet.id)).toHaveLength(2);
    expect(model.cell(sheet.id, first!, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
  });

  it('writes nothing when one value does not fit, and says which', () => {
    const { model, sheet, activity, due } = makePlan();
    const [first, second] = model.rowIds(sheet.id);
    const before = JSON.stringify(model.snapshot());
    const result = model.applyCellWrites(
      sheet.id,
      [
        { rowId: first!, columnId: activity.id, value: 'Would change' },
        { rowId: second!, columnId: due.id, value: 'not a date' },
        { rowId: 'new:5', columnId: activity.id, value: 'no such new row' },
      ],
      1,
    );
    expect(result).toEqual({
      ok: false,
      refused: [
        { rowId: second, columnId: due.id, value: 'not a date' },
        { rowId: 'new:5', columnId: activity.id, value: 'no such new row' },
      ],
    });
    expect(JSON.stringify(model.snapshot())).toBe(before);
  });
});

describe('undo steps', () => {
  it('makes the keystrokes of one cell edit one step, and every other command its own', () => {
    const doc = new Y.Doc();
    const model = new PlanModel(doc, { actor: 'Kari' });
    model.createPlan(smallSpec);
    const sheetId = model.sheets()[0]!.id;
    const activity = model.columns(sheetId)[0]!;
    const row = model.rowIds(sheetId)[0]!;
    model.setCell(sheetId, row, activity.id, 'M');
    model.setCell(sheetId, row, activity.id, 'MI', { continueEdit: true });
    model.setCell(sheetId, row, activity.id, 'MI!', { continueEdit: true });
    model.insertRow(sheetId);
    model.undo();
    expect(model.rowIds(sheetId)).toHaveLength(2);
    expect(model.cell(sheetId, row, activity)).toEqual({ state: 'ok', value: 'MI!' });
    model.undo();
    expect(model.cell(sheetId, row, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
  });
});

describe('cancelling an edit', () => {
  it('takes back the edit’s own step, leaving nothing to redo and earlier steps in place', () => {
    const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
    model.createPlan(smallSpec);
    const sheetId = model.sheets()[0]!.id;
    const activity = model.columns(sheetId)[0]!;
    const [first, second] = model.rowIds(sheetId);
    model.setCell(sheetId, first!, activity.id, 'Kept');
    model.stopUndoCapture();
    model.setCell(sheetId, second!, activity.id, 'T', { continueEdit: true });
    model.setCell(sheetId, second!, activity.id, 'Ty', { continueEdit: true });
    model.revertCurrentStep();
    expect(model.cell(sheetId, second!, activity)).toEqual({
      state: 'ok',
      value: 'Appoint working group',
    });
    expect(model.cell(sheetId, first!, activity)).toEqual({ state: 'ok', value: 'Kept' });
    expect(model.canRedo()).toBe(false);
    model.undo();
    expect(model.cell(sheetId, first!, activity)).toEqual({
      state: 'ok',
      value: 'Readiness analysis',
    });
  });

  it('deletes and restores several rows as one step each', () => {
    const { model, sheet } = makePlan();
    const ids = [...model.rowIds(sheet.id)];
    model.deleteRows(sheet.id, ids);
    expect(model.rowIds(sheet.id)).toEqual([]);
    model.restoreRows(sheet.id, ids);
    expect(model.rowIds(sheet.id)).toEqual(ids);
    model.deleteRows(sheet.id, ids);
    model.undo();
    expect(model.rowIds(sheet.id)).toEqual(ids);
  });
});

describe('cancelling an edit that changed nothing', () => {
  it('leaves the earlier steps alone', () => {
    const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
    model.createPlan(smallSpec);
    const sheetId = model.sheets()[0]!.id;
    const activity = model.columns(sheetId)[0]!;
    const [first, second] = model.rowIds(sheetId);
    model.setCell(sheetId, first!, activity.id, 'Earlier edit');
    model.setCell(sheetId, second!, activity.id, 'Appoint working group!');
    model.stopUndoCapture();
    // Typed a character and erased it again: the step's net change is nothing.
    model.setCell(sheetId, second!, activity.id, 'Appoint working group!?', { continueEdit: true });
    model.setCell(sheetId, second!, activity.id, 'Appoint working group!', { continueEdit: true });
    model.revertCurrentStep();
    expect(model.cell(sheetId, first!, activity)).toEqual({ state: 'ok', value: 'Earlier edit' });
    expect(model.cell(sheetId, second!, activity)).toEqual({
      state: 'ok',
      value: 'Appoint working group!',
    });
  });
});
