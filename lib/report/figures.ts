import { findReadinessColumns } from '../domain/readiness';
import { readIndicators, type IndicatorOrigin } from '../domain/indicators';
import { findColumn, namesFor, type SheetSource } from '../domain/sheet-source';
import { SHEET_WORDS } from '../domain/sheet-words';
import { isCancelledOption, isDoneOption, isOverdue } from '../grid/overdue';
import type { CellRead, ColumnInfo, SheetInfo, SheetKind } from '../model/schema';

/** What the report reads from a plan: PlanModel and the reactive PlanView both fit. */
export type ReportSource = SheetSource;

/** One phase of the Plan sheet: its activities, how many are done or late, and its mean progress. */
export interface PhaseFigure {
  /** The phase as written in the plan; empty for activities without one. */
  phase: string;
  activities: number;
  done: number;
  late: number;
  /** Mean progress of its activities, 0–100, rounded to whole per cent. */
  progress: number;
}

/**
 * An indicator with its target and actual figure (typed, or counted from the plan: `origin`
 * says which); `share` is actual ÷ target when both are there.
 */
export interface IndicatorFigure {
  name: string;
  target: number | null;
  actual: number | null;
  unit: string;
  origin: IndicatorOrigin;
  share: number | null;
}

/** An activity as the report lists it (late, or coming up). */
export interface ActivityItem {
  activity: string;
  phase: string;
  responsible: string;
  due: string;
  /** Whole days from the due date to today: positive when late. */
  daysLate: number;
}

/** One factor of a readiness round, scored 1–6. */
export interface ReadinessFactor {
  factor: string;
  score: number;
}

/** The latest readiness round: its date (null when rounds carry no date), factors, and mean score. */
export interface ReadinessFigure {
  round: string | null;
  factors: ReadinessFactor[];
  average: number;
  /** The mean of the round before, for comparison; null when there was none. */
  previousAverage: number | null;
  previousRound: string | null;
}

/** Every figure of the leadership report, computed from the plan as it stands on `today`. */
export interface LeadershipFigures {
  today: string;
  activities: number;
  done: number;
  late: number;
  /** Mean progress over every counted activity, 0–100. */
  progress: number;
  phases: PhaseFigure[];
  indicators: IndicatorFigure[];
  lateItems: ActivityItem[];
  upcoming: ActivityItem[];
  /** Activities not done that are due from today to `DUE_SOON_DAYS` days on, soonest first. */
  dueSoon: ActivityItem[];
  readiness: ReadinessFigure | null;
}

type PlanWord = keyof (typeof SHEET_WORDS)['en']['plan'];

function sheetOf(source: ReportSource, kind: SheetKind): SheetInfo | undefined {
  return source.sheets().find((s) => s.kind === kind);
}

/** Reads cells of one sheet as plain text, numbers and dates, forgiving what does not fit. */
function cellReader(source: ReportSource, sheetId: string) {
  const read = (rowId: string, column: ColumnInfo | undefined): CellRead =>
    column ? source.cell(sheetId, rowId, column) : { state: 'empty' };
  return {
    text(rowId: string, column: ColumnInfo | undefined): string {
      const cell = read(rowId, column);
      if (cell.state === 'empty') return '';
      if (cell.state === 'invalid') return cell.raw.trim();
      if (column?.type === 'choice') {
        return column.options.find((o) => o.id === cell.value)?.label ?? String(cell.value);
      }
      return String(cell.value).trim();
    },
    number(rowId: string, column: ColumnInfo | undefined): number | null {
      const cell = read(rowId, column);
      return cell.state === 'ok' && typeof cell.value === 'number' ? cell.value : null;
    },
    date(rowId: string, column: ColumnInfo | undefined): string | null {
      const cell = read(rowId, column);
      return cell.state === 'ok' && column?.type === 'date' && typeof cell.value === 'string'
        ? cell.value
        : null;
    },
    option(rowId: string, column: ColumnInfo | undefined) {
      const cell = read(rowId, column);
      return cell.state === 'ok' ? column?.options.find((o) => o.id === cell.value) : undefined;
    },
  };
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface Activity extends ActivityItem {
  done: boolean;
  cancelled: boolean;
  late: boolean;
  hasDue: boolean;
  progress: number;
}

function planActivities(source: ReportSource, today: string): Activity[] {
  const sheet = sheetOf(source, 'plan');
  if (!sheet) return [];
  const columns = source.columns(sheet.id);
  const word = (key: PlanWord) => namesFor((w) => w.plan[key]);
  const activity = findColumn(columns, word('activity'), ['text', 'longText']);
  const phase = findColumn(columns, word('phase'), ['text', 'choice', 'number'], 'none');
  const responsible = findColumn(columns, word('responsible'), ['person', 'text'], 'none');
  const due = findColumn(columns, word('due'), ['date'], 'last');
  const status = findColumn(columns, word('status'), ['choice']);
  const progress = findColumn(columns, word('progress'), ['progress']);
  const cells = cellReader(source, sheet.id);
  const activities: Activity[] = [];
  for (const rowId of source.rowIds(sheet.id)) {
    const name = cells.text(rowId, activity);
    const phaseName = cells.text(rowId, phase);
    // A row with neither an activity nor a phase is an empty line, not an activity.
    if (name === '' && phaseName === '') continue;
    const option = cells.option(rowId, status);
    const cancelled = option !== undefined && isCancelledOption(option);
    const stated = cells.number(rowId, progress);
    const isDone = (option !== undefined && isDoneOption(option) && !cancelled) || stated === 100;
    const dueDate = cells.date(rowId, due);
    activities.push({
      activity: name,
      phase: phaseName,
      responsible: cells.text(rowId, responsible),
      due: dueDate ?? '',
      daysLate: dueDate ? daysBetween(dueDate, today) : 0,
      done: isDone,
      cancelled,
      late: isOverdue(dueDate, isDone || cancelled, today),
      hasDue: dueDate !== null,
      // Progress as stated; without one, done is 100 % and anything else nothing yet.
      progress: stated ?? (isDone ? 100 : 0),
    });
  }
  return activities;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function phaseFigures(activities: readonly Activity[]): PhaseFigure[] {
  // Phases in the order the plan first names them: templates list them in working order.
  const phases = new Map<string, Activity[]>();
  for (const a of activities) {
    const members = phases.get(a.phase);
    if (members) members.push(a);
    else phases.set(a.phase, [a]);
  }
  const figures = [...phases].map(([phase, members]) => ({
    phase,
    activities: members.length,
    done: members.filter((m) => m.done).length,
    late: members.filter((m) => m.late).length,
    progress: Math.round(mean(members.map((m) => m.progress))),
  }));
  // Activities without a phase come last, whatever row they are on.
  return [...figures.filter((f) => f.phase !== ''), ...figures.filter((f) => f.phase === '')];
}

/** The Indicators sheet's rows against their targets, actuals counted from the plan where they can be. */
export function indicatorFigures(source: ReportSource, today: string): IndicatorFigure[] {
  return readIndicators(source, today).map(({ name, target, actual, unit, origin }) => ({
    name,
    target,
    actual,
    unit,
    origin,
    share: target !== null && target > 0 && actual !== null ? actual / target : null,
  }));
}

function readinessFigure(source: ReportSource): ReadinessFigure | null {
  const sheet = sheetOf(source, 'readiness');
  if (!sheet) return null;
  const { item: factor, round, score } = findReadinessColumns(source.columns(sheet.id));
  const cells = cellReader(source, sheet.id);
  const rounds = new Map<string, ReadinessFactor[]>();
  for (const rowId of source.rowIds(sheet.id)) {
    const value = cells.number(rowId, score);
    // Scores are 1–6; anything else is a typo the report should not average in.
    if (value === null || value < 1 || value > 6) continue;
    const key = cells.date(rowId, round) ?? '';
    const factors = rounds.get(key) ?? [];
    factors.push({ factor: cells.text(rowId, factor), score: value });
    rounds.set(key, factors);
  }
  if (rounds.size === 0) return null;
  // Dated rounds by date, newest first; scores without a date belong to no round and are used
  // only when no round is dated.
  const dated = [...rounds.keys()].filter((k) => k !== '').sort((a, b) => (a < b ? 1 : -1));
  const latest = dated[0] ?? '';
  const previous = dated[1];
  const factors = rounds.get(latest) ?? [];
  const previousFactors = previous ? rounds.get(previous) : undefined;
  return {
    round: latest === '' ? null : latest,
    factors,
    average: mean(factors.map((f) => f.score)),
    previousAverage: previousFactors ? mean(previousFactors.map((f) => f.score)) : null,
    previousRound: previous ?? null,
  };
}

/** How far ahead "due soon" looks: the next two weeks, today included. */
export const DUE_SOON_DAYS = 14;

const item = ({ activity, phase, responsible, due, daysLate }: Activity): ActivityItem => ({
  activity,
  phase,
  responsible,
  due,
  daysLate,
});

/**
 * The leadership report's figures: progress per phase (Plan sheet), indicators against
 * targets, late activities (most overdue first), the next activities due (from today on, the
 * soonest first), and the latest readiness round. Cancelled activities count nowhere.
 */
export function leadershipFigures(
  source: ReportSource,
  today: string,
  upcomingCount = 5,
): LeadershipFigures {
  const activities = planActivities(source, today).filter((a) => !a.cancelled);
  const late = activities.filter((a) => a.late).sort((a, b) => b.daysLate - a.daysLate);
  const ahead = activities
    .filter((a) => !a.done && a.hasDue && a.due >= today)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const upcoming = ahead.slice(0, upcomingCount);
  return {
    today,
    activities: activities.length,
    done: activities.filter((a) => a.done).length,
    late: late.length,
    progress: Math.round(mean(activities.map((a) => a.progress))),
    phases: phaseFigures(activities),
    indicators: indicatorFigures(source, today),
    lateItems: late.map(item),
    upcoming: upcoming.map(item),
    dueSoon: ahead.filter((a) => -a.daysLate <= DUE_SOON_DAYS).map(item),
    readiness: readinessFigure(source),
  };
}
