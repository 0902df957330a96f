import type { Translate } from '../i18n/translate';
import type { PlanModel } from '../model/plan-model';
import type { ColumnInfo } from '../model/schema';
import { autoMap, columnLetter } from './mapping';
import type { ImportPlan, ImportProblem, ImportSettings, SheetSnapshot } from './prepare';
import { expectedWidth } from './prepare';
import type { CsvReadResult, CsvTable } from './read';

/** A sheet of a plan as `prepareImport` reads it. */
export function sheetSnapshot(model: PlanModel, sheetId: string): SheetSnapshot {
  return {
    columns: model.columns(sheetId),
    rowIds: model.rowIds(sheetId),
    cell: (rowId, column) => model.cell(sheetId, rowId, column),
  };
}

/** How many columns the file has: the widest of its header and its common row length. */
export function fileWidth(table: CsvTable, hasHeader: boolean): number {
  return Math.max(expectedWidth(table, hasHeader), table.rows[0]?.length ?? 0, 1);
}

/** The file column's name as the preview shows it: the header's, else its spreadsheet letter. */
export function fileColumnName(table: CsvTable, hasHeader: boolean, index: number): string {
  const name = hasHeader ? table.rows[0]?.[index]?.trim() : '';
  return name ? name : columnLetter(index);
}

/** The settings the preview opens with: the file's own header guess, columns matched by name, rows added. */
export function initialSettings(
  table: CsvTable,
  hasHeader: boolean,
  columns: readonly ColumnInfo[],
  newColumnName: (letter: string) => string,
): ImportSettings {
  const width = fileWidth(table, hasHeader);
  const header = hasHeader ? (table.rows[0] ?? []) : null;
  const data = table.rows.slice(hasHeader ? 1 : 0);
  const targets = autoMap(header, data, width, columns, (i) => newColumnName(columnLetter(i)));
  const keyColumn = targets.findIndex((t) => t.kind === 'existing');
  return { hasHeader, targets, mode: 'add', keyColumn: keyColumn < 0 ? null : keyColumn };
}

/** Writes a prepared import into the plan: one transaction, one undo step. */
export function applyImport(model: PlanModel, sheetId: string, plan: ImportPlan): void {
  model.importRows(sheetId, plan.batch);
}

/** Why a file could not be read, in the user's language. */
export function readProblemText(result: CsvReadResult, t: Translate): string {
  if (result.ok) return '';
  switch (result.problem) {
    case 'empty':
      return t('csvEmpty');
    case 'binary':
      return t('csvBinary');
    case 'noRecords':
      return t('csvNoRecords');
  }
}

/** One problem, in the user's language, with its row and column as the file shows them. */
export function problemText(
  problem: ImportProblem,
  t: Translate,
  columnName: (index: number) => string,
): string {
  const where =
    problem.column === null
      ? t('csvWhereRow', { row: problem.row })
      : t('csvWhereCell', {
          row: problem.row,
          letter: columnLetter(problem.column),
          column: columnName(problem.column),
        });
  switch (problem.kind) {
    case 'ragged':
      return `${where}: ${t('csvRagged', { found: problem.text, expected: problem.expected ?? 0 })}`;
    case 'quotes':
      return `${where}: ${t('csvQuotes')}`;
    case 'date':
      return `${where}: ${t('csvNotDate', { text: problem.text })}`;
    case 'number':
      return `${where}: ${t('csvNotNumber', { text: problem.text })}`;
    case 'progress':
      return `${where}: ${t('csvNotProgress', { text: problem.text })}`;
    case 'choice':
      return `${where}: ${t('csvNotChoice', { text: problem.text })}`;
    case 'checkbox':
      return `${where}: ${t('csvNotCheckbox', { text: problem.text })}`;
    default:
      return `${where}: ${t('csvNotFit', { text: problem.text })}`;
  }
}
