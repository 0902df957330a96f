import type { CellRead, ColumnInfo, RowInfo, SheetInfo } from '../model/schema';
import { cellDate, cellText, findColumn, namesFor } from './sheet-source';
import { findTimelineColumns } from './timeline';

/** What the meeting panel reads from a plan: PlanModel and the reactive PlanView both fit. */
export interface MeetingSource {
  sheets(): SheetInfo[];
  columns(sheetId: string): ColumnInfo[];
  rowIds(sheetId: string): readonly string[];
  trashedRowIds(sheetId: string): readonly string[];
  row(sheetId: string, rowId: string): RowInfo | undefined;
  cell(sheetId: string, rowId: string, column: ColumnInfo): CellRead;
}

/** One row of the Meetings sheet. */
export interface Meeting {
  rowId: string;
  date: string | null;
  /** The kind's label (status meeting, supervision, …), or '' when none is chosen. */
  kind: string;
}

/** A Plan row that is a meeting's action item. */
export interface ActionItem {
  rowId: string;
  activity: string;
  responsible: string;
  due: string | null;
  status: string;
}

/** A Plan row to offer for linking: its id and name. */
export interface PlanRowChoice {
  rowId: string;
  activity: string;
  /** The meeting it is already an action item of, if any. */
  meeting: string | null;
}

/** What happened to one Plan row since a moment, and who did it. */
export interface PlanRowChange {
  rowId: string;
  activity: string;
  what: 'added' | 'edited' | 'deleted';
  /** The member's display name as it was written; null if the row does not say. */
  by: string | null;
  at: number;
}

// Rows written with the plan (its template) carry the plan's creation time, and a new row's
// edit stamp its creation time. Plans made before that was so have them a moment later: rows
// within the one transaction that wrote the plan, a row's edit stamp within the same call.
const SAME_MOMENT_MS = 100;

const MEETING_NAMES = {
  date: namesFor((w) => w.meetings.date),
  kind: namesFor((w) => w.meetings.kind),
};

const PLAN_NAMES = {
  responsible: namesFor((w) => w.plan.responsible),
  status: namesFor((w) => w.plan.status),
};

/** The sheet of a kind (the first, if a user made two), or undefined. */
export function sheetOfKind(source: Pick<MeetingSource, 'sheets'>, kind: SheetInfo['kind']) {
  return source.sheets().find((s) => s.kind === kind);
}

function choiceLabel(read: CellRead, column: ColumnInfo | undefined): string {
  if (column?.type === 'choice' && read.state === 'ok')
    return column.options.find((o) => o.id === read.value)?.label ?? '';
  return cellText(read);
}

function reader(source: MeetingSource, sheetId: string) {
  return (rowId: string, column: ColumnInfo | undefined): CellRead =>
    column ? source.cell(sheetId, rowId, column) : { state: 'empty' };
}

/** The meetings of a Meetings sheet, in the sheet's order. */
export function readMeetings(source: MeetingSource, sheetId: string): Meeting[] {
  const columns = source.columns(sheetId);
  const date = findColumn(columns, MEETING_NAMES.date, ['date']);
  const kind = findColumn(columns, MEETING_NAMES.kind, ['choice', 'text'], 'none');
  const read = reader(source, sheetId);
  return source.rowIds(sheetId).map((rowId) => ({
    rowId,
    date: cellDate(read(rowId, date)),
    kind: choiceLabel(read(rowId, kind), kind),
  }));
}

/**
 * The meeting a member most likely means by "the last meeting": the latest one dated before
 * today (today's meeting is the one being held); else the latest dated today; else the first.
 */
export function lastMeeting(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const latest = (keep: (date: string) => boolean) =>
    meetings
      .filter((m) => m.date !== null && keep(m.date))
      .reduce<Meeting | undefined>(
        (best, m) => (!best || (m.date ?? '') >= (best.date ?? '') ? m : best),
        undefined,
      );
  return latest((d) => d < today) ?? latest((d) => d === today) ?? meetings[0];
}

/** The Plan sheet's columns an action item is written into, by template name or type. */
export function actionItemColumns(columns: readonly ColumnInfo[]) {
  const { activity, due } = findTimelineColumns(columns);
  return {
    activity,
    due,
    responsible: findColumn(columns, PLAN_NAMES.responsible, ['person', 'text'], 'none'),
    status: findColumn(columns, PLAN_NAMES.status, ['choice'], 'none'),
  };
}

/** The Plan rows that are action items of a meeting, in the Plan sheet's order. */
export function actionItemsOf(
  source: MeetingSource,
  planSheetId: string,
  meetingRowId: string,
): ActionItem[] {
  const columns = actionItemColumns(source.columns(planSheetId));
  const read = reader(source, planSheetId);
  return source
    .rowIds(planSheetId)
    .filter((rowId) => source.row(planSheetId, rowId)?.meeting === meetingRowId)
    .map((rowId) => ({
      rowId,
      activity: cellText(read(rowId, columns.activity)),
      responsible: cellText(read(rowId, columns.responsible)),
      due: cellDate(read(rowId, columns.due)),
      status: choiceLabel(read(rowId, columns.status), columns.status),
    }));
}

/** The Plan rows a member may link to a meeting: every row with a name, not in the trash. */
export function planRowChoices(source: MeetingSource, planSheetId: string): PlanRowChoice[] {
  const { activity } = actionItemColumns(source.columns(planSheetId));
  const read = reader(source, planSheetId);
  return source.rowIds(planSheetId).flatMap((rowId) => {
    const name = cellText(read(rowId, activity));
    if (name === '') return [];
    return [{ rowId, activity: name, meeting: source.row(planSheetId, rowId)?.meeting ?? null }];
  });
}

/** Midnight at the start of an ISO date, in the member's own time zone. */
export function startOfLocalDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/**
 * What changed in the Plan sheet from `since` on, newest first: rows added (not those the
 * plan was created with), edited, or moved to the trash, each with who did it. A row holds
 * only its latest edit, so a row edited twice shows once, with its last editor.
 */
export function planChangesSince(
  source: MeetingSource,
  planSheetId: string,
  since: number,
  planCreatedAt: number | null,
): PlanRowChange[] {
  const { activity } = actionItemColumns(source.columns(planSheetId));
  const read = reader(source, planSheetId);
  const changes: PlanRowChange[] = [];
  const withPlan = (at: number) => planCreatedAt !== null && at <= planCreatedAt + SAME_MOMENT_MS;
  for (const rowId of [...source.rowIds(planSheetId), ...source.trashedRowIds(planSheetId)]) {
    const row = source.row(planSheetId, rowId);
    if (!row) continue;
    const base = { rowId, activity: cellText(read(rowId, activity)) };
    if (row.deletedAt !== null) {
      if (row.deletedAt >= since)
        changes.push({ ...base, what: 'deleted', by: row.deletedBy, at: row.deletedAt });
      continue;
    }
    const created = row.createdAt;
    if (created !== null && created >= since && !withPlan(created)) {
      changes.push({ ...base, what: 'added', by: row.createdBy, at: created });
      // Another member's later edit of a new row is news of its own.
      if (
        row.editedAt !== null &&
        row.editedAt > created + SAME_MOMENT_MS &&
        row.editedBy !== row.createdBy
      )
        changes.push({ ...base, what: 'edited', by: row.editedBy, at: row.editedAt });
      continue;
    }
    const edited = row.editedAt;
    if (edited === null || edited < since) continue;
    if (created !== null && edited <= created + SAME_MOMENT_MS) continue;
    changes.push({ ...base, what: 'edited', by: row.editedBy, at: edited });
  }
  return changes.sort((a, b) => b.at - a.at);
}
