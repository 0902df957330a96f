import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS } from '@/lib/csv/dialect';
import {
  exportAllSheetsZip,
  exportSheetCsv,
  fileNamePart,
  viewRowIds,
  type CsvExportOptions,
} from '@/lib/csv/export';
import type { PlanSpec } from '@/lib/model/schema';
import { makeModel } from '../model/helpers';

const STATUS = [
  { id: 'todo', label: 'Ikke startet', color: '#999' },
  { id: 'done', label: 'Ferdig', color: '#0a0' },
];

const spec: PlanSpec = {
  title: 'MI i hjemmetjenesten',
  organisation: 'Larvik kommune',
  template: 'blank',
  locale: 'nb',
  sheets: [
    {
      kind: 'plan',
      name: 'Plan',
      columns: [
        { name: 'Aktivitet', type: 'text' },
        { name: 'Frist', type: 'date' },
        { name: 'Timer', type: 'number' },
        { name: 'Status', type: 'choice', options: STATUS },
        { name: 'Fremdrift', type: 'progress' },
        { name: 'Ferdig', type: 'checkbox' },
        { name: 'Ansvarlig', type: 'person' },
      ],
      rows: [
        ['Kartlegging; runde 1', '2027-01-15', 4.5, 'todo', 25, false, 'Kari Nordmann'],
        ['Si "hei"', '2027-02-01', -2, 'done', 100, true, '=HYPERLINK("x")'],
        ['To\nlinjer', null, null, null, null, null, null],
      ],
    },
    { kind: 'people', name: 'Personer', columns: [{ name: 'Navn', type: 'text' }] },
    { kind: 'custom', name: 'Plan', columns: [{ name: '@Kolonne', type: 'text' }] },
  ],
};

function plan() {
  const model = makeModel();
  model.createPlan(spec);
  const [planSheet, people, custom] = model.sheets();
  return { model, planSheet: planSheet!, people: people!, custom: custom! };
}

const nbExcel: CsvExportOptions = {
  dialect: CSV_DIALECTS['excel-nordic'],
  locale: 'nb',
  today: '2027-03-17',
};
const standard: CsvExportOptions = {
  dialect: CSV_DIALECTS.standard,
  locale: 'nb',
  today: '2027-03-17',
};

const BOM = [0xef, 0xbb, 0xbf];

describe('exportSheetCsv', () => {
  it('writes Excel (Nordic) byte for byte: BOM, `;`, CRLF, quoting, decimal comma, words', () => {
    const { model, planSheet } = plan();
    const file = exportSheetCsv(model, 'MI i hjemmetjenesten', planSheet.id, nbExcel);
    const expected =
      'Aktivitet;Frist;Timer;Status;Fremdrift;Ferdig;Ansvarlig\r\n' +
      '"Kartlegging; runde 1";15.01.2027;4,5;Ikke startet;25;nei;Kari Nordmann\r\n' +
      '"Si ""hei""";01.02.2027;-2;Ferdig;100;ja;"\'=HYPERLINK(""x"")"\r\n' +
      '"To\nlinjer";;;;;;\r\n';
    expect([...file.bytes]).toEqual([...BOM, ...new TextEncoder().encode(expected)]);
    expect(file.fileName).toBe('MI i hjemmetjenesten - Plan - 2027-03-17.csv');
    expect(file.rows).toBe(3);
  });

  it('writes Standard CSV byte for byte: no BOM, `,`, CRLF, ISO dates, decimal point', () => {
    const { model, planSheet } = plan();
    const file = exportSheetCsv(model, 'MI i hjemmetjenesten', planSheet.id, standard);
    const expected =
      'Aktivitet,Frist,Timer,Status,Fremdrift,Ferdig,Ansvarlig\r\n' +
      'Kartlegging; runde 1,2027-01-15,4.5,Ikke startet,25,false,Kari Nordmann\r\n' +
      '"Si ""hei""",2027-02-01,-2,Ferdig,100,true,"\'=HYPERLINK(""x"")"\r\n' +
      '"To\nlinjer",,,,,,\r\n';
    expect([...file.bytes]).toEqual([...new TextEncoder().encode(expected)]);
  });

  it('neutralises a column name that would run as a formula', () => {
    const { model, custom } = plan();
    const file = exportSheetCsv(model, 'x', custom.id, standard);
    expect(new TextDecoder().decode(file.bytes)).toBe("'@Kolonne\r\n");
  });

  it('exports the member’s view: its filter, its sort, its visible columns', () => {
    const { model, planSheet } = plan();
    const [activity, , hours] = model.columns(planSheet.id);
    model.setColumnHidden(planSheet.id, hours!.id, true);
    const file = exportSheetCsv(model, 'x', planSheet.id, standard, {
      sort: [{ columnId: activity!.id, direction: 'desc' }],
      filters: [{ columnId: activity!.id, op: 'notEmpty' }],
      groupBy: null,
      collapsed: [],
    });
    const lines = new TextDecoder().decode(file.bytes).split('\r\n');
    expect(lines[0]).toBe('Aktivitet,Frist,Status,Fremdrift,Ferdig,Ansvarlig');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual([
      '"To\nlinjer"',
      '"Si ""hei"""',
      'Kartlegging; runde 1',
    ]);
    expect(file.rows).toBe(3);
  });

  it('keeps the rows of a collapsed group in a view, in group order', () => {
    const { model, planSheet } = plan();
    const status = model.columns(planSheet.id)[3]!;
    const ids = model.rowIds(planSheet.id);
    const order = viewRowIds(
      model,
      planSheet.id,
      { sort: [], filters: [], groupBy: status.id, collapsed: ['todo'] },
      'nb',
    );
    expect(order).toEqual([ids[0], ids[1], ids[2]]);
  });

  it('leaves rows in the trash out', () => {
    const { model, planSheet } = plan();
    model.deleteRow(planSheet.id, model.rowIds(planSheet.id)[0]!);
    expect(exportSheetCsv(model, 'x', planSheet.id, standard).rows).toBe(2);
  });
});

describe('exportAllSheetsZip', () => {
  it('puts one CSV file per sheet into a zip named after the plan, names made unique', () => {
    const { model, planSheet } = plan();
    const zip = exportAllSheetsZip(model, 'MI i hjemmetjenesten', nbExcel);
    expect(zip.fileName).toBe('MI i hjemmetjenesten - 2027-03-17.zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['Plan.csv', 'Personer.csv', 'Plan (2).csv']);
    const single = exportSheetCsv(model, 'MI i hjemmetjenesten', planSheet.id, nbExcel);
    expect([...files['Plan.csv']!]).toEqual([...single.bytes]);
    expect([...files['Personer.csv']!]).toEqual([...BOM, ...new TextEncoder().encode('Navn\r\n')]);
    expect(zip.rows).toBe(3);
  });

  it('gives the same bytes for the same plan', () => {
    const { model } = plan();
    const a = exportAllSheetsZip(model, 't', standard).bytes;
    const b = exportAllSheetsZip(model, 't', standard).bytes;
    expect([...a]).toEqual([...b]);
  });
});

describe('fileNamePart', () => {
  it('keeps letters (æøå too), digits and spaces, and replaces what systems refuse', () => {
    expect(fileNamePart(['Plan: 2027/28 <ny>', 'Ark*?'])).toBe('Plan 2027 28 ny - Ark');
    expect(fileNamePart(['Förankring på Ærø'])).toBe('Förankring på Ærø');
    expect(fileNamePart(['..hidden.'])).toBe('hidden');
    expect(fileNamePart(['MI i hjemmetjenesten — demo'])).toBe('MI i hjemmetjenesten - demo');
  });

  it('never gives an empty name, nor one too long', () => {
    expect(fileNamePart(['', '***'])).toBe('Forankra');
    expect(fileNamePart(['x'.repeat(300)]).length).toBe(120);
  });
});
