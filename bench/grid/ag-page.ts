import {
  AllCommunityModule,
  createGrid,
  ModuleRegistry,
  type ColDef,
  type ValueFormatterParams,
} from 'ag-grid-community';
import { formatCellText } from '../../lib/grid/cell-input';
import { isoWeek } from '../../lib/i18n/format';
import type { CellValue, ColumnInfo } from '../../lib/model/schema';
import type { GridColumn } from './fixture';

// The comparison page: AG Grid Community showing the bench plan's rows and twelve columns as
// Forankra's grid shows them (same row and header height, first column frozen, a row-number
// column, the same text for every value through Forankra's own formatting function). Loaded
// from 127.0.0.1; the rows come as JSON from the bench's server.

interface FixtureJson {
  columns: GridColumn[];
  rows: Record<string, CellValue>[];
}

ModuleRegistry.registerModules([AllCommunityModule]);

function formatted(column: GridColumn) {
  const info: ColumnInfo = { ...column, hidden: false, order: '' };
  return (params: ValueFormatterParams<Record<string, CellValue>, CellValue>): string => {
    const value = params.value;
    if (value === null || value === undefined) return '';
    const text = formatCellText({ state: 'ok', value }, info, 'en');
    if (column.type === 'progress') return `${text} %`;
    if (column.type === 'date') return `${text} wk ${String(isoWeek(String(value)))}`;
    return text;
  };
}

function columnDef(column: GridColumn, index: number): ColDef<Record<string, CellValue>> {
  const def: ColDef<Record<string, CellValue>> = {
    field: column.id,
    headerName: column.name,
    width: column.width,
    editable: true,
    pinned: index === 0 ? 'left' : undefined,
  };
  if (column.type === 'checkbox') return { ...def, cellDataType: 'boolean' };
  if (column.type === 'number' || column.type === 'progress') {
    return { ...def, cellDataType: 'number', valueFormatter: formatted(column) };
  }
  return { ...def, cellDataType: 'text', valueFormatter: formatted(column) };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  const host = document.getElementById('grid');
  if (!host) throw new Error('No #grid.');
  host.style.height = `${params.get('height') ?? '700'}px`;
  const response = await fetch(`/fixture-${params.get('rows') ?? '1000'}.json`);
  const fixture = (await response.json()) as FixtureJson;
  const rowNumber: ColDef<Record<string, CellValue>> = {
    headerName: '',
    width: 48,
    pinned: 'left',
    valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1,
  };
  createGrid(host, {
    columnDefs: [rowNumber, ...fixture.columns.map(columnDef)],
    rowData: fixture.rows,
    rowHeight: 34,
    headerHeight: 36,
  });
}

main().catch((error: unknown) => {
  document.body.dataset.error = error instanceof Error ? error.message : String(error);
});
