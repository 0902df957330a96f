import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { applyImport, initialSettings, sheetSnapshot } from '@/lib/csv/import';
import { foldName } from '@/lib/csv/mapping';
import { inferColumnType } from '@/lib/csv/infer';
import { prepareImport, type ImportSettings } from '@/lib/csv/prepare';
import { readCsvBytes, parseCsvText, type CsvTable } from '@/lib/csv/read';
import type { Locale } from '@/lib/i18n/locales';
import type { ColumnInfo } from '@/lib/model/schema';
import { makeModel, makePlan } from '../model/helpers';

const fixture = (name: string): CsvTable => {
  const result = readCsvBytes(
    new Uint8Array(readFileSync(join(__dirname, '../../fixtures/csv', name))),
  );
  if (!result.ok) throw new Error(result.problem);
  return result.table;
};

function text(csv: string): CsvTable {
  const result = parseCsvText(csv, 'utf-8');
  if (!result.ok) throw new Error(result.problem);
  return result.table;
}

/** A plan from the standard sheets in `locale`, and its Plan sheet. */
function standardPlan(locale: Locale = 'nb') {
  const model = makeModel();
  model.createPlan(blankPlanSpec('Plan', 'Larvik', locale));
  const sheet = model.sheets().find((s) => s.kind === 'plan')!;
  const column = (name: string) => model.columns(sheet.id).find((c) => c.name === name)!;
  return { model, sheet, column };
}

const names = (columns: readonly ColumnInfo[], settings: ImportSettings) =>
  settings.targets.map((t) =>
    t.kind === 'existing' ? columns.find((c) => c.id === t.columnId)?.name : t.kind,
  );

describe('mapping file columns to the sheet', () => {
  it('matches Norwegian headers to a Norwegian plan, whatever the case and spacing', () => {
    const { model, sheet } = standardPlan('nb');
    const columns = model.columns(sheet.id);
    const settings = initialSettings(fixture('excel-nb-cp1252.csv'), true, columns, (l) => l);
    expect(names(columns, settings)).toEqual([
      'Aktivitet',
      'Ansvarlig',
      'Start',
      'Frist',
      'Status',
      'Fremdrift',
      'Notater',
    ]);
  });

  it('matches the template’s names in another language, and its choice labels too', () => {
    const { model, sheet, column } = standardPlan('nb');
    const columns = model.columns(sheet.id);
    const table = fixture('english-headers.csv');
    const settings = initialSettings(table, true, columns, (l) => l);
    expect(names(columns, settings)).toEqual([
      'Aktivitet',
      'Ansvarlig',
      'Frist',
      'Status',
      'Notater',
    ]);
    const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
    expect(prepared.problems).toEqual([]);
    applyImport(model, sheet.id, prepared.plan('skip'));
    const [training] = model.rowIds(sheet.id);
    expect(model.cell(sheet.id, training!, column('Status'))).toEqual({
      state: 'ok',
      value: 'done',
    });
  });

  it('folds diacritics, æ and ø', () => {
    expect(foldName(' Ærø  Sø-Ålund ')).toBe('aero so alund');
    expect(foldName('Skår (1–6)')).toBe('skar 1 6');
  });

  it('proposes new columns of the type their values have', () => {
    expect(inferColumnType(['17.03.2027', '1.4.2027', '', '2027-05-01', '01-06-2027'])).toBe(
      'date',
    );
    expect(inferColumnType(['1,5', '2', '-3.25'])).toBe('number');
    expect(inferColumnType(['a', 'b', 'a', 'b', 'a', 'a'])).toBe('choice');
    expect(inferColumnType(['a', 'b', 'c'])).toBe('text');
    expect(inferColumnType(['one\nline two'])).toBe('longText');
    expect(inferColumnType(['31.02.2027'])).toBe('text');
  });

  it('maps a file without a header by position', () => {
    const { model, sheet } = makePlan();
    const columns = model.columns(sheet.id);
    const table = fixture('no-header.csv');
    const settings = initialSettings(table, false, columns, (l) => `Column ${l}`);
    expect(names(columns, settings)).toEqual(['Activity', 'Due', 'Hours']);
    const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
    expect(prepared.dataRows).toBe(2);
    expect(prepared.problems).toEqual([]);
  });
});

describe('problems', () => {
  it('lists each value that does not fit with its row and column, and each ragged row', () => {
    const { model, sheet } = standardPlan('nb');
    const columns = model.columns(sheet.id);
    const table = fixture('bad-values.csv');
    const settings = initialSettings(table, true, columns, (l) => l);
    const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
    expect(prepared.problems).toEqual([
      { kind: 'date', row: 2, column: 1, text: '31.02.2027' },
      { kind: 'choice', row: 3, column: 2, text: 'Kanskje' },
      { kind: 'date', row: 4, column: 1, text: 'neste uke' },
      { kind: 'progress', row: 4, column: 3, text: '200' },
    ]);
    expect(prepared.problemRows).toBe(3);
    expect(prepared.plan('skip')).toMatchObject({ added: 1, skipped: 3 });
    expect(prepared.plan('text')).toMatchObject({ added: 4, skipped: 0 });

    const ragged = fixture('ragged.csv');
    const raggedPrepared = prepareImport(
      ragged,
      initialSettings(ragged, true, columns, (l) => l),
      sheetSnapshot(model, sheet.id),
    );
    expect(raggedPrepared.problems.filter((p) => p.kind === 'ragged')).toEqual([
      { kind: 'ragged', row: 3, column: null, text: '2', expected: 3 },
      { kind: 'ragged', row: 4, column: null, text: '4', expected: 3 },
    ]);
  });

  it('imports problem rows as text when asked: the values show flagged, nothing is lost', () => {
    const { model, sheet, column } = standardPlan('nb');
    const table = fixture('bad-values.csv');
    const settings = initialSettings(table, true, model.columns(sheet.id), (l) => l);
    const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
    applyImport(model, sheet.id, prepared.plan('text'));
    const rows = model.rowIds(sheet.id);
    expect(rows).toHaveLength(4);
    expect(model.cell(sheet.id, rows[0]!, column('Frist'))).toEqual({
      state: 'invalid',
      raw: '31.02.2027',
    });
    expect(model.cell(sheet.id, rows[1]!, column('Frist'))).toEqual({
      state: 'ok',
      value: '2027-03-17',
    });
  });

  it('does not change the plan while preparing, and blocks what cannot be applied', () => {
    const { model, sheet } = makePlan();
    const before = model.snapshot();
    const table = text('A;B\n1;2\n');
    const snapshot = sheetSnapshot(model, sheet.id);
    const skipAll = prepareImport(
      table,
      {
        hasHeader: true,
        targets: [{ kind: 'skip' }, { kind: 'skip' }],
        mode: 'add',
        keyColumn: null,
      },
      snapshot,
    );
    expect(skipAll.blocked).toBe('noColumns');
    const noKey = prepareImport(
      table,
      {
        hasHeader: true,
        targets: [{ kind: 'new', name: 'A', type: 'text' }, { kind: 'skip' }],
        mode: 'update',
        keyColumn: 0,
      },
      snapshot,
    );
    expect(noKey.blocked).toBe('noKey');
    expect(model.snapshot()).toEqual(before);
  });
});

describe('modes', () => {
  it('adds rows and new columns, as one undo step', () => {
    const { model, sheet } = makePlan();
    const table = text('Activity;Place;Hours\nKurs;Larvik;2,5\nMøte;Stavern;1\n');
    const settings = initialSettings(table, true, model.columns(sheet.id), (l) => l);
    expect(settings.targets[1]).toEqual({ kind: 'new', name: 'Place', type: 'text' });
    const before = model.snapshot();
    applyImport(
      model,
      sheet.id,
      prepareImport(table, settings, sheetSnapshot(model, sheet.id)).plan('skip'),
    );
    expect(model.rowIds(sheet.id)).toHaveLength(4);
    const place = model.columns(sheet.id).find((c) => c.name === 'Place')!;
    expect(model.cell(sheet.id, model.rowIds(sheet.id)[3]!, place)).toEqual({
      state: 'ok',
      value: 'Stavern',
    });
    model.undo();
    expect(model.snapshot()).toEqual(before);
  });

  it('replaces the sheet’s rows, the old ones going to the trash', () => {
    const { model, sheet } = makePlan();
    const old = [...model.rowIds(sheet.id)];
    const table = text('Activity\nNy\n');
    const settings: ImportSettings = {
      ...initialSettings(table, true, model.columns(sheet.id), (l) => l),
      mode: 'replace',
    };
    const plan = prepareImport(table, settings, sheetSnapshot(model, sheet.id)).plan('skip');
    expect(plan).toMatchObject({ added: 1, trashed: 2 });
    applyImport(model, sheet.id, plan);
    expect(model.rowIds(sheet.id)).toHaveLength(1);
    expect(model.trashedRowIds(sheet.id)).toEqual(expect.arrayContaining(old));
  });

  it('updates rows by key, adds the rest, and never duplicates a key', () => {
    const { model, sheet, activity, hours } = makePlan();
    const [readiness] = model.rowIds(sheet.id);
    const table = text(
      'Activity;Hours\nreadiness analysis ;9\nNew thing;1\nNew thing;2\nAppoint working group;3\n',
    );
    const settings: ImportSettings = {
      ...initialSettings(table, true, model.columns(sheet.id), (l) => l),
      mode: 'update',
      keyColumn: 0,
    };
    const plan = prepareImport(table, settings, sheetSnapshot(model, sheet.id)).plan('skip');
    expect(plan).toMatchObject({ added: 1, updated: 2 });
    applyImport(model, sheet.id, plan);
    const ids = model.rowIds(sheet.id);
    expect(ids).toHaveLength(3);
    expect(model.cell(sheet.id, readiness!, hours)).toEqual({ state: 'ok', value: 9 });
    expect(model.cell(sheet.id, ids[2]!, activity)).toEqual({ state: 'ok', value: 'New thing' });
    expect(model.cell(sheet.id, ids[2]!, hours)).toEqual({ state: 'ok', value: 2 });
    // The same file again changes values to what they already are and adds nothing.
    const again = prepareImport(table, settings, sheetSnapshot(model, sheet.id)).plan('skip');
    expect(again).toMatchObject({ added: 0, updated: 3 });
  });
});

describe('every fixture', () => {
  it('prepares without throwing against a Norwegian plan', () => {
    const { model, sheet } = standardPlan('nb');
    const files = [
      'excel-nb-cp1252.csv',
      'excel-da-utf8-bom.csv',
      'libreoffice-sv-utf8.csv',
      'sep-line.csv',
      'excel-unicode-text.txt',
      'utf16be.csv',
      'ragged.csv',
      'bad-values.csv',
      'header-only.csv',
      'unclosed-quote.csv',
      'own-export-neutralised.csv',
      'english-headers.csv',
      'no-header.csv',
    ];
    for (const name of files) {
      const table = fixture(name);
      const settings = initialSettings(table, table.hasHeader, model.columns(sheet.id), (l) => l);
      const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
      expect(prepared.plan('text').added, name).toBe(table.rows.length - (table.hasHeader ? 1 : 0));
    }
  });

  it('reads the Danish and Swedish files into their own plans without problems', () => {
    for (const [name, locale] of [
      ['excel-da-utf8-bom.csv', 'da'],
      ['libreoffice-sv-utf8.csv', 'sv'],
      ['excel-nb-cp1252.csv', 'nb'],
    ] as const) {
      const { model, sheet } = standardPlan(locale);
      const table = fixture(name);
      const settings = initialSettings(table, true, model.columns(sheet.id), (l) => l);
      expect(
        settings.targets.every((t) => t.kind === 'existing'),
        name,
      ).toBe(true);
      const prepared = prepareImport(table, settings, sheetSnapshot(model, sheet.id));
      expect(prepared.problems, name).toEqual([]);
    }
  });
});
