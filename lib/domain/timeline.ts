import { isoWeek } from '../i18n/format';
import type { ColumnInfo } from '../model/schema';
import { cellDate, cellText, findColumn, namesFor, type SheetSource } from './sheet-source';

/** One row of the Plan sheet as the timeline needs it. */
export interface TimelineActivity {
  rowId: string;
  activity: string;
  phase: string;
  start: string | null;
  due: string | null;
}

/** One ISO week on the axis. */
export interface TimelineWeek {
  /** The week's Monday, ISO. */
  monday: string;
  week: number;
  /** The ISO week-numbering year (a week 1 may start in December). */
  year: number;
  x: number;
  /** Whether the axis writes the year here: the first week shown, and each week 1. */
  showYear: boolean;
}

/** An activity drawn: a bar from start to due, or a diamond for a milestone. */
export interface TimelineItem extends TimelineActivity {
  shape: 'bar' | 'milestone';
  /** Left edge of a bar, or the centre of a diamond. */
  x: number;
  width: number;
  /** Top of the item's lane. */
  y: number;
  /** Due before start: drawn from the earlier to the later date and marked. */
  reversed: boolean;
  /** A start date and no due date: drawn as a point at the start. */
  startOnly: boolean;
  labelX: number;
  labelAnchor: 'start' | 'end';
}

/** A phase as a horizontal band behind its activities, with the span its dated activities cover. */
export interface TimelineBand {
  phase: string;
  y: number;
  height: number;
  spanX: number;
  spanWidth: number;
  items: TimelineItem[];
  /**
   * Where the chart opens (at today) a phase lying well ahead or behind would show an empty
   * band: its name is written beside today's line too, pointing the way.
   */
  pointer: { x: number; direction: 'ahead' | 'behind' } | null;
}

/** An activity not drawn, and why: no valid date, or a date years away (a likely typo). */
export interface TimelineSkipped extends TimelineActivity {
  reason: 'noDates' | 'tooFar';
}

/** Where everything on the timeline goes, in SVG user units (pixels). */
export interface TimelineLayout {
  width: number;
  height: number;
  axisHeight: number;
  weekWidth: number;
  weeks: TimelineWeek[];
  today: { x: number; week: number; date: string };
  bands: TimelineBand[];
  skipped: TimelineSkipped[];
  first: string;
  last: string;
}

const DAY_MS = 86_400_000;
/** Pixels per week: a week number fits, and a year of weeks fits a full tab. */
export const WEEK_WIDTH = 28;
const AXIS_HEIGHT = 34;
const LANE = 30;
const BAND_HEAD = 22;
// Enough weeks that a short plan still gives its labels room.
const MIN_WEEKS = 12;
// Dates further than this from today are taken for typos (2207 for 2027), not drawn.
const MAX_YEARS_AWAY = 5;
// A label is about this many pixels per character at the chart's font size.
const CHAR_WIDTH = 6.5;

const PLAN = {
  activity: namesFor((w) => w.plan.activity),
  phase: namesFor((w) => w.plan.phase),
  start: namesFor((w) => w.plan.start),
  due: namesFor((w) => w.plan.due),
};

/** The Plan sheet's activity, phase, start and due columns, by template name or type. */
export function findTimelineColumns(columns: readonly ColumnInfo[]) {
  const start = findColumn(columns, PLAN.start, ['date'], 'none');
  const due =
    findColumn(columns, PLAN.due, ['date'], 'none') ??
    columns.filter((c) => c.type === 'date' && c !== start).at(-1);
  return {
    activity: findColumn(columns, PLAN.activity, ['text', 'longText']),
    phase: findColumn(columns, PLAN.phase, ['text', 'choice', 'number'], 'none'),
    // A renamed single date column is read as the due date: deadlines show as milestones.
    start,
    due,
  };
}

/** The Plan sheet's rows with their activity, phase and dates; empty lines left out. */
export function readTimelineActivities(source: SheetSource, sheetId: string): TimelineActivity[] {
  const columns = findTimelineColumns(source.columns(sheetId));
  return source.rowIds(sheetId).flatMap((rowId) => {
    const read = (column: ColumnInfo | undefined) =>
      column ? source.cell(sheetId, rowId, column) : ({ state: 'empty' } as const);
    const phaseRead = read(columns.phase);
    const phase =
      columns.phase?.type === 'choice' && phaseRead.state === 'ok'
        ? (columns.phase.options.find((o) => o.id === phaseRead.value)?.label ?? '')
        : cellText(phaseRead);
    const activity = cellText(read(columns.activity));
    const start = cellDate(read(columns.start));
    const due = cellDate(read(columns.due));
    if (activity === '' && phase === '' && start === null && due === null) return [];
    return [{ rowId, activity, phase, start, due }];
  });
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function mondayOf(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay() || 7;
  return day - (weekday - 1);
}

/** The ISO week-numbering year of a day: the year its week's Thursday falls in. */
function weekYear(monday: number): number {
  return new Date((monday + 3) * DAY_MS).getUTCFullYear();
}

/**
 * Lays out the Plan sheet by ISO week: a band per phase (in the order the plan first names
 * them, activities without a phase last), a bar from start to due (both days included), a
 * diamond where there is a due date and no start or start equals due, and today's line. The
 * axis runs from the week before the earliest date to the week after the latest, today
 * included, at least `MIN_WEEKS` long.
 */
export function timelineLayout(
  activities: readonly TimelineActivity[],
  today: string,
): TimelineLayout {
  const todayDay = dayOf(today);
  const near = (iso: string | null) =>
    iso !== null && Math.abs(dayOf(iso) - todayDay) <= MAX_YEARS_AWAY * 366;
  const skipped: TimelineSkipped[] = [];
  const drawn: TimelineActivity[] = [];
  for (const a of activities) {
    if (a.start === null && a.due === null) skipped.push({ ...a, reason: 'noDates' });
    else if ((a.start !== null && !near(a.start)) || (a.due !== null && !near(a.due)))
      skipped.push({ ...a, reason: 'tooFar' });
    else drawn.push(a);
  }
  const days = drawn.flatMap((a) => [a.start, a.due]).flatMap((d) => (d ? [dayOf(d)] : []));
  const firstMonday = mondayOf(Math.min(todayDay, ...days)) - 7;
  let lastMonday = mondayOf(Math.max(todayDay, ...days)) + 7;
  lastMonday = Math.max(lastMonday, firstMonday + 7 * (MIN_WEEKS - 1));
  const dayWidth = WEEK_WIDTH / 7;
  const xOf = (day: number) => (day - firstMonday) * dayWidth;

  const weeks: TimelineWeek[] = [];
  for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
    const iso = isoOf(monday);
    const week = isoWeek(iso);
    weeks.push({
      monday: iso,
      week,
      year: weekYear(monday),
      x: xOf(monday),
      showYear: monday === firstMonday || week === 1,
    });
  }
  const width = weeks.length * WEEK_WIDTH;

  const phases = new Map<string, TimelineActivity[]>();
  for (const a of drawn) {
    const members = phases.get(a.phase);
    if (members) members.push(a);
    else phases.set(a.phase, [a]);
  }
  const ordered = [...phases].sort(([a], [b]) => Number(a === '') - Number(b === ''));

  const todayX = xOf(todayDay) + dayWidth / 2;
  const bands: TimelineBand[] = [];
  let y = AXIS_HEIGHT;
  for (const [phase, members] of ordered) {
    const bandTop = y;
    y += BAND_HEAD;
    const items = members.map((a) => {
      const item = placeItem(a, y, xOf, dayWidth, width);
      y += LANE;
      return item;
    });
    const left = Math.min(...items.map((i) => (i.shape === 'bar' ? i.x : i.x - dayWidth / 2)));
    const right = Math.max(
      ...items.map((i) => (i.shape === 'bar' ? i.x + i.width : i.x + dayWidth / 2)),
    );
    bands.push({
      phase,
      y: bandTop,
      height: y - bandTop,
      spanX: left,
      spanWidth: right - left,
      items,
      pointer: pointerFor(phase, left, right, todayX),
    });
  }

  return {
    width,
    height: y + 8,
    axisHeight: AXIS_HEIGHT,
    weekWidth: WEEK_WIDTH,
    weeks,
    today: { x: todayX, week: isoWeek(today), date: today },
    bands,
    skipped,
    first: isoOf(firstMonday),
    last: isoOf(lastMonday + 6),
  };
}

// A phase name is bold and a little larger than the labels; the arrow adds two characters.
const PHASE_CHAR_WIDTH = 7.5;

/** A pointer only where the phase's own name is clear of it and well away from today. */
function pointerFor(
  phase: string,
  left: number,
  right: number,
  todayX: number,
): TimelineBand['pointer'] {
  const text = (Math.max(phase.length, 8) + 2) * PHASE_CHAR_WIDTH;
  const gap = Math.max(3 * WEEK_WIDTH, text + 20);
  if (left > todayX + gap) return { x: todayX + 6, direction: 'ahead' };
  // Behind, the phase's own name starts at its left end and runs to the right.
  if (right < todayX - 3 * WEEK_WIDTH && left + text + 4 < todayX - text - 20)
    return { x: todayX - 6, direction: 'behind' };
  return null;
}

function placeItem(
  a: TimelineActivity,
  y: number,
  xOf: (day: number) => number,
  dayWidth: number,
  width: number,
): TimelineItem {
  const startOnly = a.due === null;
  const milestone = a.start === null || a.due === null || a.start === a.due;
  const labelWidth = a.activity.length * CHAR_WIDTH;
  if (milestone) {
    const x = xOf(dayOf(a.due ?? a.start ?? '')) + dayWidth / 2;
    const toRight = x + 10 + labelWidth <= width;
    return {
      ...a,
      shape: 'milestone',
      x,
      width: 0,
      y,
      reversed: false,
      startOnly,
      labelX: toRight ? x + 10 : x - 10,
      labelAnchor: toRight ? 'start' : 'end',
    };
  }
  const from = dayOf(a.start ?? '');
  const to = dayOf(a.due ?? '');
  const x = xOf(Math.min(from, to));
  const barWidth = (Math.abs(to - from) + 1) * dayWidth;
  const toRight = x + labelWidth <= width;
  return {
    ...a,
    shape: 'bar',
    x,
    width: barWidth,
    y,
    reversed: to < from,
    startOnly: false,
    labelX: toRight ? x : x + barWidth,
    labelAnchor: toRight ? 'start' : 'end',
  };
}
