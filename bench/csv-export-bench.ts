import { CSV_DIALECTS } from '../lib/csv/dialect';
import { exportAllSheetsZip, exportSheetCsv, type CsvExportOptions } from '../lib/csv/export';
import type { SheetViewSpec } from '../lib/grid/types';
import { FakeClock } from './fake-clock';
import { medianMs } from './measure';
import { buildPlan } from './plan-builder';
import { fixtureRows } from './plan-fixture';
import { int, markdownTable, ms } from './table';

const RUNS = 5;

interface Case {
  name: string;
  run: () => { bytes: Uint8Array; rows: number };
}

function timed(run: Case['run']): { ms: number; bytes: number; rows: number } {
  const first = run();
  return { ms: medianMs(run, RUNS), bytes: first.bytes.byteLength, rows: first.rows };
}

/** Export of the bench plan (`rows` × 12 columns) to CSV: each dialect, a sorted and filtered view, the zip of all sheets. */
export function csvExportBench(rows: number): string {
  const plan = buildPlan(fixtureRows(rows), new FakeClock());
  const { model, sheetId, columnIds } = plan;
  const title = model.getMeta().title;
  const options = (id: keyof typeof CSV_DIALECTS): CsvExportOptions => ({
    dialect: CSV_DIALECTS[id],
    locale: 'nb',
    today: '2027-03-17',
  });
  // Sorted by due date (column 5), only rows whose activity (column 0) mentions "MI"/"mot".
  const view: SheetViewSpec = {
    sort: [{ columnId: columnIds[5] ?? '', direction: 'asc' }],
    filters: [{ columnId: columnIds[0] ?? '', op: 'contains', text: 'mot' }],
    groupBy: null,
    collapsed: [],
  };
  const columns = model.columns(sheetId);
  const cases: Case[] = [
    {
      // The floor: what any export pays to read the cells from the model.
      name: 'bare read of every cell (no CSV)',
      run: () => {
        const ids = model.rowIds(sheetId);
        let seen = 0;
        for (const rowId of ids)
          for (const column of columns)
            if (model.cell(sheetId, rowId, column).state !== 'empty') seen++;
        if (seen === 0) throw new Error('The bench plan has no cells; check the fixture.');
        return { bytes: new Uint8Array(0), rows: ids.length };
      },
    },
    {
      name: 'sheet, Excel (Nordic)',
      run: () => exportSheetCsv(model, title, sheetId, options('excel-nordic')),
    },
    {
      name: 'sheet, Standard CSV',
      run: () => exportSheetCsv(model, title, sheetId, options('standard')),
    },
    {
      name: 'view (filter + sort), Excel (Nordic)',
      run: () => exportSheetCsv(model, title, sheetId, options('excel-nordic'), view),
    },
    {
      name: 'all sheets as zip, Excel (Nordic)',
      run: () => exportAllSheetsZip(model, title, options('excel-nordic')),
    },
  ];
  // Every case twice first: they share the cell reads and formatting code, and the first case
  // measured would otherwise carry the compiler's warm-up for all of them.
  for (let i = 0; i < 2; i++) for (const c of cases) c.run();
  const figures = cases.map((c) => ({ name: c.name, ...timed(c.run) }));
  model.doc.destroy();
  return markdownTable(
    ['export', 'rows', 'ms (median)', 'bytes', 'rows per ms'],
    figures.map((f) => [f.name, int(f.rows), ms(f.ms), int(f.bytes), int(f.rows / f.ms)]),
  );
}
