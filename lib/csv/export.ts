import { zipSync, type Zippable } from 'fflate';
import { displayLines } from '../grid/sheet-view';
import type { CellReader, SheetViewSpec } from '../grid/types';
import type { Locale } from '../i18n/locales';
import type { CellRead, ColumnInfo, SheetInfo } from '../model/schema';
import { csvRecord, encodeCsv, formatCsvCell, neutraliseHeader, type CsvDialect } from './dialect';

/** What an export reads from a plan: PlanModel and the reactive PlanView both fit. */
export interface CsvPlanSource {
  sheets(): SheetInfo[];
  columns(sheetId: string): ColumnInfo[];
  rowIds(sheetId: string): readonly string[];
  cell(sheetId: string, rowId: string, column: ColumnInfo): CellRead;
}

/** How to write: the dialect, the user's language (for dates and yes/no) and today's ISO date (for file names). */
export interface CsvExportOptions {
  dialect: CsvDialect;
  locale: Locale;
  today: string;
}

/** A file ready to download. */
export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
  /** How many data rows the file (or, for a zip, its files together) holds. */
  rows: number;
}

/** A header line and one line per row, as the dialect writes them. */
export function csvText(
  columns: readonly ColumnInfo[],
  rowIds: readonly string[],
  read: CellReader,
  dialect: CsvDialect,
  locale: Locale,
): string {
  const parts: string[] = [csvRecord(columns.map(neutraliseHeader), dialect)];
  const fields = new Array<string>(columns.length);
  for (const rowId of rowIds) {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as ColumnInfo;
      fields[i] = formatCsvCell(read(rowId, column), column, dialect, locale);
    }
    parts.push(csvRecord(fields, dialect));
  }
  return parts.join('');
}

/**
 * The rows of a sheet in the order a member sees them under `spec`: filtered and sorted, and
 * grouped rows in group order. A collapsed group's rows are kept: collapsing tidies the
 * screen, it does not filter.
 */
export function viewRowIds(
  plan: CsvPlanSource,
  sheetId: string,
  spec: SheetViewSpec,
  locale: Locale,
): string[] {
  const rowIds = plan.rowIds(sheetId);
  if (spec.sort.length === 0 && spec.filters.length === 0 && spec.groupBy === null) {
    return [...rowIds];
  }
  const columns = plan.columns(sheetId);
  const read: CellReader = (rowId, column) => plan.cell(sheetId, rowId, column);
  return displayLines(rowIds, columns, read, { ...spec, collapsed: [] }, locale).flatMap((line) =>
    line.kind === 'row' ? [line.rowId] : [],
  );
}

/** One sheet as a CSV file: every column and row, or, given a view, the visible columns and the rows it shows. */
export function exportSheetCsv(
  plan: CsvPlanSource,
  planTitle: string,
  sheetId: string,
  options: CsvExportOptions,
  view?: SheetViewSpec,
): ExportedFile {
  const sheet = plan.sheets().find((s) => s.id === sheetId);
  const all = plan.columns(sheetId);
  // The view is what the member sees, so hidden columns stay out of it; a whole sheet is all.
  const columns = view ? all.filter((c) => !c.hidden) : all;
  const rowIds = view ? viewRowIds(plan, sheetId, view, options.locale) : plan.rowIds(sheetId);
  const read: CellReader = (rowId, column) => plan.cell(sheetId, rowId, column);
  const text = csvText(columns, rowIds, read, options.dialect, options.locale);
  return {
    fileName: `${fileNamePart([planTitle, sheet?.name ?? '', options.today])}.csv`,
    bytes: encodeCsv(text, options.dialect),
    rows: rowIds.length,
  };
}

/** Every sheet of the plan as its own CSV file, all in one zip named after the plan. */
export function exportAllSheetsZip(
  plan: CsvPlanSource,
  planTitle: string,
  options: CsvExportOptions,
): ExportedFile {
  const files: Zippable = {};
  const used = new Set<string>();
  let rows = 0;
  for (const sheet of plan.sheets()) {
    const file = exportSheetCsv(plan, planTitle, sheet.id, options);
    const name = uniqueName(`${fileNamePart([sheet.name])}.csv`, used);
    // CSV compresses well, and a fixed time keeps the same plan's zip the same bytes.
    files[name] = [file.bytes, { level: 6, mtime: ZIP_TIME }];
    rows += file.rows;
  }
  return {
    fileName: `${fileNamePart([planTitle, options.today])}.zip`,
    bytes: zipSync(files),
    rows,
  };
}

// Zip times are local DOS times from 1980 on; noon of a fixed day is in range in every zone.
const ZIP_TIME = new Date(2000, 0, 1, 12);

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    candidate = name.replace(/\.csv$/, ` (${n}).csv`);
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Parts of a file name joined by " - ", with only characters every system accepts: letters
 * (æøå too), digits, spaces and `-_.()`; a dash of any kind becomes `-`, anything else a space. Never empty, never
 * longer than 120 characters, never starting or ending with a dot or space.
 */
export function fileNamePart(parts: readonly string[]): string {
  const clean = parts
    .map((part) =>
      part
        .normalize('NFC')
        // A title's en or em dash stays a dash: "Plan — demo" reads as it did.
        .replace(/\p{Pd}/gu, '-')
        .replace(/[^\p{L}\p{N} \-_.()]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' - ')
    .slice(0, 120)
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return clean === '' ? 'Forankra' : clean;
}

/** What a member chose to export. */
export type CsvExportChoice =
  | { scope: 'view'; sheetId: string; spec: SheetViewSpec }
  | { scope: 'sheet'; sheetId: string }
  | { scope: 'all' };

/** The file for a member's choice: one CSV, or a zip of every sheet. */
export function exportCsv(
  plan: CsvPlanSource,
  planTitle: string,
  choice: CsvExportChoice,
  options: CsvExportOptions,
): ExportedFile {
  switch (choice.scope) {
    case 'view':
      return exportSheetCsv(plan, planTitle, choice.sheetId, options, choice.spec);
    case 'sheet':
      return exportSheetCsv(plan, planTitle, choice.sheetId, options);
    case 'all':
      return exportAllSheetsZip(plan, planTitle, options);
  }
}

/** Whether a view shows the sheet other than plainly (a filter, a sort or a grouping), so exporting it differs from the whole sheet. */
export function isShapedView(spec: SheetViewSpec): boolean {
  return spec.sort.length > 0 || spec.filters.length > 0 || spec.groupBy !== null;
}
