import { SHEET_WORDS } from '../domain/sheet-words';
import { LOCALES } from '../i18n/locales';
import { newId } from '../model/ids';
import type { ImportBatch } from '../model/plan-model';
import type {
  CellRead,
  ChoiceOption,
  ColumnInfo,
  ColumnSpec,
  ColumnType,
  NumberRange,
} from '../model/schema';
import { coerceValue, rawText } from '../model/values';
import { foldName, type ColumnTarget } from './mapping';
import type { CsvTable } from './read';

/** Add the file's rows; replace the sheet's rows (old ones to the trash); or update rows by a key. */
export type ImportMode = 'add' | 'replace' | 'update';

/** What the user chose in the preview. */
export interface ImportSettings {
  hasHeader: boolean;
  /** One target per file column; columns beyond the list are skipped. */
  targets: readonly ColumnTarget[];
  mode: ImportMode;
  /** In update mode: the file column matched against the existing column it is mapped to. */
  keyColumn: number | null;
}

/** The sheet as the importer needs it: columns, rows, and a way to read a cell (for keys). */
export interface SheetSnapshot {
  columns: readonly ColumnInfo[];
  rowIds: readonly string[];
  cell: (rowId: string, column: ColumnInfo) => CellRead;
}

export type ProblemKind = ColumnType | 'ragged' | 'quotes';

/** One thing in the file that does not fit, with the row and column a spreadsheet shows. */
export interface ImportProblem {
  kind: ProblemKind;
  /** The row number in the file (the header is row 1 when there is one). */
  row: number;
  /** The 0-based file column, or null for a problem of the whole row. */
  column: number | null;
  /** The value that does not fit; for a ragged row, how many fields it has. */
  text: string;
  /** For a ragged row: how many fields the other rows have. */
  expected?: number;
}

/** Skip the rows with problems, or import them with the values that do not fit kept as text. */
export type ProblemDecision = 'skip' | 'text';

export interface ImportPlan {
  batch: ImportBatch;
  added: number;
  updated: number;
  trashed: number;
  skipped: number;
}

/** Every problem found, and the batch for each decision. */
export interface ImportPreparation {
  dataRows: number;
  problems: ImportProblem[];
  /** Data rows with at least one problem. */
  problemRows: number;
  /** Why the settings cannot be applied at all, if they cannot. */
  blocked: 'noColumns' | 'noKey' | null;
  plan: (decision: ProblemDecision) => ImportPlan;
}

type Convert = (field: string) => { ok: true; value: unknown } | { ok: false };

interface Slot {
  fileColumn: number;
  /** Column id, or `new:<i>` for the i-th new column. */
  key: string;
  convert: Convert;
}

const MAX_DERIVED_OPTIONS = 50;
const OPTION_COLORS = ['#6b7280', '#2563eb', '#16a34a', '#dc2626', '#d97706', '#7c3aed', '#0891b2'];

// Choice options of the templates under each language's label, so that a file written in
// Swedish sets "Klar" in a Norwegian plan's "Ferdig".
const OPTION_GROUPS = ['status', 'meetingKinds', 'roles'] as const;
const TEMPLATE_LABELS: Set<string>[] = OPTION_GROUPS.flatMap((group) =>
  Object.keys(SHEET_WORDS.en[group]).map(
    (key) =>
      new Set(
        LOCALES.map((locale) =>
          foldName((SHEET_WORDS[locale][group] as Record<string, string>)[key] ?? ''),
        ),
      ),
  ),
);

/** A converter for an existing column: the model's own rules, plus choice labels in any language. */
function converterFor(column: {
  type: ColumnType;
  options: readonly ChoiceOption[];
  range?: NumberRange;
}): Convert {
  const aliases = new Map<string, string>();
  if (column.type === 'choice') {
    for (const option of column.options) {
      const own = foldName(option.label);
      for (const set of TEMPLATE_LABELS)
        if (set.has(own)) for (const label of set) aliases.set(label, option.id);
    }
    // An option's own label wins over another option's translation.
    for (const option of column.options) aliases.set(foldName(option.label), option.id);
  }
  return (field) => {
    const coerced = coerceValue(field, column.type, column.options, column.range);
    if (coerced.ok) return coerced;
    const alias = aliases.size > 0 ? aliases.get(foldName(field)) : undefined;
    return alias === undefined ? { ok: false } : { ok: true, value: alias };
  };
}

/** Options for a new choice column: one per distinct value, in order of first use. */
function deriveOptions(rows: readonly (readonly string[])[], index: number): ChoiceOption[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const label = (row[index] ?? '').trim();
    if (label === '' || seen.has(label.toLowerCase())) continue;
    seen.set(label.toLowerCase(), label);
    if (seen.size >= MAX_DERIVED_OPTIONS) break;
  }
  return [...seen.values()].map((label, i) => ({
    id: newId(8),
    label,
    color: OPTION_COLORS[i % OPTION_COLORS.length] ?? '#6b7280',
  }));
}

function keyText(value: unknown): string {
  return rawText(value).trim().normalize('NFC').toLowerCase();
}

/** The width the file's rows should have: the header's, else the commonest row length. */
export function expectedWidth(table: CsvTable, hasHeader: boolean): number {
  const trimmed = (row: readonly string[]) => {
    let n = row.length;
    while (n > 1 && (row[n - 1] ?? '').trim() === '') n--;
    return n;
  };
  const header = table.rows[0];
  if (hasHeader && header) return trimmed(header);
  const counts = new Map<number, number>();
  for (const row of table.rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts)
    if (c > bestCount || (c === bestCount && n > best)) [best, bestCount] = [n, c];
  return best;
}

/**
 * Checks every data row of a file against the chosen mapping and sheet, and prepares what to
 * write: converted values keyed by column, rows to update (matched by key) or add. Pure: the
 * plan is changed only when the caller gives a plan's batch to `PlanModel.importRows`.
 */
export function prepareImport(
  table: CsvTable,
  settings: ImportSettings,
  sheet: SheetSnapshot,
): ImportPreparation {
  const start = settings.hasHeader ? 1 : 0;
  const width = expectedWidth(table, settings.hasHeader);
  const byId = new Map(sheet.columns.map((c) => [c.id, c]));
  const newColumns: ColumnSpec[] = [];
  const slots: Slot[] = [];
  const dataRows = table.rows.slice(start);
  settings.targets.forEach((target, fileColumn) => {
    if (target.kind === 'existing') {
      const column = byId.get(target.columnId);
      if (column) slots.push({ fileColumn, key: column.id, convert: converterFor(column) });
    } else if (target.kind === 'new') {
      const options = target.type === 'choice' ? deriveOptions(dataRows, fileColumn) : [];
      slots.push({
        fileColumn,
        key: `new:${String(newColumns.length)}`,
        convert: converterFor({ type: target.type, options }),
      });
      newColumns.push({ name: target.name, type: target.type, options });
    }
  });

  const keyTarget = settings.keyColumn === null ? undefined : settings.targets[settings.keyColumn];
  const keyColumn = keyTarget?.kind === 'existing' ? byId.get(keyTarget.columnId) : undefined;
  let blocked: ImportPreparation['blocked'] = slots.length === 0 ? 'noColumns' : null;
  if (!blocked && settings.mode === 'update' && !keyColumn) blocked = 'noKey';

  const problems: ImportProblem[] = [];
  const quoteRows = new Set(table.quoteProblems);
  // Per data row: its values (raw text where a value does not fit) and whether it had a problem.
  const values: Record<string, unknown>[] = [];
  const troubled: boolean[] = [];
  let problemRows = 0;
  for (let r = start; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const rowNumber = table.rowNumbers[r] ?? r + 1;
    let bad = false;
    if (quoteRows.has(r)) {
      problems.push({ kind: 'quotes', row: rowNumber, column: null, text: '' });
      bad = true;
    }
    let filled = row.length;
    while (filled > 0 && (row[filled - 1] ?? '').trim() === '') filled--;
    if (filled > width || (row.length < width && width > 1)) {
      problems.push({
        kind: 'ragged',
        row: rowNumber,
        column: null,
        text: String(row.length),
        expected: width,
      });
      bad = true;
    }
    const out: Record<string, unknown> = {};
    for (const slot of slots) {
      const field = row[slot.fileColumn] ?? '';
      const converted = slot.convert(field);
      if (converted.ok) {
        out[slot.key] = converted.value;
        continue;
      }
      out[slot.key] = field;
      const target = settings.targets[slot.fileColumn];
      const type =
        target?.kind === 'new' ? target.type : (byId.get(slot.key)?.type ?? ('text' as const));
      problems.push({ kind: type, row: rowNumber, column: slot.fileColumn, text: field });
      bad = true;
    }
    values.push(out);
    troubled.push(bad);
    if (bad) problemRows++;
  }

  const plan = (decision: ProblemDecision): ImportPlan => {
    const keep = (i: number) => decision === 'text' || !troubled[i];
    const trashRowIds = settings.mode === 'replace' ? [...sheet.rowIds] : [];
    const appends: Record<string, unknown>[] = [];
    const updates = new Map<string, Record<string, unknown>>();
    let skipped = 0;
    if (settings.mode !== 'update' || !keyColumn) {
      values.forEach((v, i) => (keep(i) ? appends.push(v) : skipped++));
    } else {
      const existing = new Map<string, string[]>();
      for (const rowId of sheet.rowIds) {
        const read = sheet.cell(rowId, keyColumn);
        if (read.state === 'empty') continue;
        const key = keyText(read.state === 'ok' ? read.value : read.raw);
        const list = existing.get(key);
        if (list) list.push(rowId);
        else existing.set(key, [rowId]);
      }
      // A key seen twice in the file updates the same row, or the one row this import adds.
      const appended = new Map<string, Record<string, unknown>>();
      values.forEach((v, i) => {
        if (!keep(i)) {
          skipped++;
          return;
        }
        const key = keyText(v[keyColumn.id]);
        const rowIds = key === '' ? undefined : existing.get(key);
        if (rowIds) {
          for (const rowId of rowIds) updates.set(rowId, { ...updates.get(rowId), ...v });
          return;
        }
        const earlier = key === '' ? undefined : appended.get(key);
        if (earlier) {
          Object.assign(earlier, v);
          return;
        }
        const copy = { ...v };
        appends.push(copy);
        if (key !== '') appended.set(key, copy);
      });
    }
    return {
      batch: {
        newColumns,
        trashRowIds,
        updates: [...updates].map(([rowId, v]) => ({ rowId, values: v })),
        appends,
      },
      added: appends.length,
      updated: updates.size,
      trashed: trashRowIds.length,
      skipped,
    };
  };

  return { dataRows: values.length, problems, problemRows, blocked, plan };
}
