import { SHEET_WORDS } from '../domain/sheet-words';
import { isDoneOption } from '../grid/overdue';
import { LOCALES } from '../i18n/locales';
import type { CellRead, ColumnInfo, ColumnType, SheetInfo } from '../model/schema';
import { parseDate } from '../model/values';

/** What reminders read from a plan: PlanModel fits. */
export interface ReminderSource {
  sheets(): SheetInfo[];
  columns(sheetId: string): ColumnInfo[];
  rowIds(sheetId: string): readonly string[];
  cell(sheetId: string, rowId: string, column: ColumnInfo): CellRead;
}

/** One item of the Plan sheet that is the member's and due soon or overdue. */
export interface DueItem {
  sheetId: string;
  rowId: string;
  activity: string;
  /** ISO date. */
  due: string;
  /** Whole days from today to the due date: negative when overdue, 0 today. */
  daysLeft: number;
}

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

// Columns are found by a template's name in any of the four languages, then by type, because
// members rename columns (as in lib/report/figures.ts).
function find(
  columns: readonly ColumnInfo[],
  pick: (words: (typeof SHEET_WORDS)['en']) => string,
  types: readonly ColumnType[],
  fallback: 'first' | 'last' | 'none',
): ColumnInfo | undefined {
  const names = new Set(LOCALES.map((l) => normalise(pick(SHEET_WORDS[l]))));
  const named = columns.find((c) => names.has(normalise(c.name)) && types.includes(c.type));
  if (named || fallback === 'none') return named;
  const typed = columns.filter((c) => types.includes(c.type));
  return fallback === 'first' ? typed[0] : typed.at(-1);
}

function text(cell: CellRead): string {
  if (cell.state === 'empty') return '';
  return cell.state === 'invalid' ? cell.raw.trim() : String(cell.value).trim();
}

/** The names in the plan's People sheet, as "I am …" offers them: distinct, sorted. */
export function peopleNames(source: ReminderSource, locale = 'en'): string[] {
  const sheet = source.sheets().find((s) => s.kind === 'people');
  if (!sheet) return [];
  const column = find(source.columns(sheet.id), (w) => w.people.name, ['text', 'person'], 'first');
  if (!column) return [];
  const names = new Map<string, string>();
  for (const rowId of source.rowIds(sheet.id)) {
    const name = text(source.cell(sheet.id, rowId, column));
    if (name !== '' && !names.has(normalise(name))) names.set(normalise(name), name);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, locale));
}

/** Whole days from one ISO date to another (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The Plan sheet's items whose Responsible is `person` (alone or among several names separated
 * by commas, semicolons, slashes or &), not done or cancelled, and due within `days` days of
 * `today` or overdue; soonest first.
 */
export function dueItemsFor(
  source: ReminderSource,
  person: string,
  today: string,
  days: number,
): DueItem[] {
  const me = normalise(person);
  const sheet = source.sheets().find((s) => s.kind === 'plan');
  if (!sheet || me === '') return [];
  const columns = source.columns(sheet.id);
  const activity = find(columns, (w) => w.plan.activity, ['text', 'longText'], 'first');
  const responsible = find(columns, (w) => w.plan.responsible, ['person', 'text'], 'none');
  const due = find(columns, (w) => w.plan.due, ['date'], 'last');
  const status = find(columns, (w) => w.plan.status, ['choice'], 'first');
  const progress = find(columns, (w) => w.plan.progress, ['progress'], 'first');
  if (!responsible || !due) return [];
  const items: DueItem[] = [];
  for (const rowId of source.rowIds(sheet.id)) {
    const who = text(source.cell(sheet.id, rowId, responsible));
    if (!who.split(/[,;/&]/).some((name) => normalise(name) === me)) continue;
    const dueRead = source.cell(sheet.id, rowId, due);
    const dueIso = dueRead.state === 'ok' ? String(dueRead.value) : null;
    if (dueIso === null || parseDate(dueIso) !== dueIso) continue;
    const statusRead = status ? source.cell(sheet.id, rowId, status) : { state: 'empty' as const };
    const option =
      statusRead.state === 'ok'
        ? status?.options.find((o) => o.id === statusRead.value)
        : undefined;
    if (option && isDoneOption(option)) continue;
    const progressRead = progress ? source.cell(sheet.id, rowId, progress) : null;
    if (progressRead?.state === 'ok' && progressRead.value === 100) continue;
    const daysLeft = daysBetween(today, dueIso);
    if (daysLeft > days) continue;
    items.push({
      sheetId: sheet.id,
      rowId,
      activity: activity ? text(source.cell(sheet.id, rowId, activity)) : '',
      due: dueIso,
      daysLeft,
    });
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft || a.activity.localeCompare(b.activity));
}
