import { isCancelledOption, isDoneOption } from '../grid/overdue';
import { LOCALES } from '../i18n/locales';
import type { CellRead, ColumnInfo, SheetInfo } from '../model/schema';
import { readCodings } from './coding-sheet';
import {
  cellDate,
  cellText,
  findColumn,
  namesFor,
  normaliseName,
  type SheetSource,
} from './sheet-source';
import type { SheetWords } from './sheet-words';
import {
  CONVERSATIONS_CODED,
  REFRESHER_DAYS,
  RESOURCE_PERSONS,
  STAFF_TRAINED,
  SUPERVISION_SESSIONS,
} from './templates/indicators';
import type { Localised } from './templates/types';

// The follow-up figures the plan itself can count (seed 004 finds them missing in practice).
// Every other indicator is the group's own, with a value they enter by hand.

/** The indicators Forankra counts from the plan. */
export const COMPUTED_INDICATORS = [
  'staffTrained',
  'resourcePersons',
  'supervisionSessions',
  'conversationsCoded',
  'refresherDays',
] as const;
export type ComputedIndicator = (typeof COMPUTED_INDICATORS)[number];

const NAMES: Record<ComputedIndicator, Localised> = {
  staffTrained: STAFF_TRAINED,
  resourcePersons: RESOURCE_PERSONS,
  supervisionSessions: SUPERVISION_SESSIONS,
  conversationsCoded: CONVERSATIONS_CODED,
  refresherDays: REFRESHER_DAYS,
};

/** The sheet each computed indicator counts rows of. */
export const COUNTED_SHEET: Record<ComputedIndicator, keyof SheetWords['sheets']> = {
  staffTrained: 'people',
  resourcePersons: 'people',
  supervisionSessions: 'meetings',
  conversationsCoded: 'coding',
  refresherDays: 'plan',
};

// Refresher, booster and inspiration days as the templates name them in the four languages
// ("Refresher day 1/2", "Kolleger til den årlige MI-inspirasjonsdagen"); a part of the name
// is enough, so a group's own "Boosterdag för handledare" counts too.
const REFRESHER_WORDS = [
  'refresher day',
  'booster day',
  'inspiration day',
  'oppfriskningsdag',
  'genopfriskningsdag',
  'boosterdag',
  'inspirasjonsdag',
  'inspirationsdag',
];

/** Which computed indicator an Indicators row names, in any of the four languages; else null. */
export function computedIndicatorOf(name: string): ComputedIndicator | null {
  const wanted = normaliseName(name);
  if (wanted === '') return null;
  return (
    COMPUTED_INDICATORS.find((kind) =>
      LOCALES.some((locale) => normaliseName(NAMES[kind][locale]) === wanted),
    ) ?? null
  );
}

/** A computed figure: how many rows of which sheet (its name as the plan has it) count. */
export interface IndicatorCount {
  kind: ComputedIndicator;
  count: number;
  sheet: string;
}

type Counter = (source: SheetSource, sheet: SheetInfo, today: string) => number | null;

const read = (source: SheetSource, sheetId: string, rowId: string, column: ColumnInfo) =>
  source.cell(sheetId, rowId, column);

/**
 * Whether a choice or text cell holds the option `id` or one of its labels `names` (in any
 * language): a choice column retyped to text keeps the option's id as its text.
 */
function isOneOf(cell: CellRead, column: ColumnInfo, id: string, names: Set<string>): boolean {
  const option =
    column.type === 'choice' && cell.state === 'ok'
      ? column.options.find((o) => o.id === cell.value)
      : undefined;
  const text = option ? option.label : cellText(cell);
  return option?.id === id || text === id || names.has(normaliseName(text));
}

/** A choice column named by `pick`, else the first choice column, else a text column so named. */
function choiceOrTextColumn(columns: readonly ColumnInfo[], pick: (w: SheetWords) => string) {
  const names = namesFor(pick);
  return findColumn(columns, names, ['choice']) ?? findColumn(columns, names, ['text'], 'none');
}

function countRows(source: SheetSource, sheet: SheetInfo, counts: (rowId: string) => boolean) {
  return source.rowIds(sheet.id).filter(counts).length;
}

const staffTrained: Counter = (source, sheet, today) => {
  const trained = findColumn(
    source.columns(sheet.id),
    namesFor((w) => w.people.trained),
    ['date'],
  );
  if (!trained) return null;
  // A training date ahead is a course booked, not staff trained.
  return countRows(source, sheet, (rowId) => {
    const date = cellDate(read(source, sheet.id, rowId, trained));
    return date !== null && date <= today;
  });
};

const resourcePersons: Counter = (source, sheet) => {
  const role = choiceOrTextColumn(source.columns(sheet.id), (w) => w.people.role);
  if (!role) return null;
  const names = namesFor((w) => w.roles.resourcePerson);
  return countRows(source, sheet, (rowId) =>
    isOneOf(read(source, sheet.id, rowId, role), role, 'resourcePerson', names),
  );
};

const supervisionSessions: Counter = (source, sheet, today) => {
  const columns = source.columns(sheet.id);
  const kind = choiceOrTextColumn(columns, (w) => w.meetings.kind);
  const date = findColumn(
    columns,
    namesFor((w) => w.meetings.date),
    ['date'],
  );
  if (!kind || !date) return null;
  const names = namesFor((w) => w.meetingKinds.supervision);
  // A supervision is held once its day has come; one without a date may never have been.
  return countRows(source, sheet, (rowId) => {
    const day = cellDate(read(source, sheet.id, rowId, date));
    return (
      day !== null &&
      day <= today &&
      isOneOf(read(source, sheet.id, rowId, kind), kind, 'supervision', names)
    );
  });
};

const conversationsCoded: Counter = (source, sheet) =>
  // A planned coding has a pseudonym and a date; it is coded once scores are entered.
  readCodings(source, sheet.id).filter((c) => c.entered).length;

const refresherDays: Counter = (source, sheet) => {
  const columns = source.columns(sheet.id);
  const word = (pick: (w: SheetWords['plan']) => string) => namesFor((w) => pick(w.plan));
  const activity = findColumn(
    columns,
    word((p) => p.activity),
    ['text', 'longText'],
  );
  const status = findColumn(
    columns,
    word((p) => p.status),
    ['choice'],
    'none',
  );
  const progress = findColumn(
    columns,
    word((p) => p.progress),
    ['progress'],
    'none',
  );
  if (!activity || (!status && !progress)) return null;
  // Held means marked done: a refresher day whose date has passed but is not marked done is
  // late in the plan, and counting it as held would contradict the list of late items.
  return countRows(source, sheet, (rowId) => {
    const name = normaliseName(cellText(read(source, sheet.id, rowId, activity)));
    if (!REFRESHER_WORDS.some((w) => name.includes(w))) return false;
    const cell = status ? read(source, sheet.id, rowId, status) : ({ state: 'empty' } as const);
    const option =
      status && cell.state === 'ok' ? status.options.find((o) => o.id === cell.value) : undefined;
    if (option && isCancelledOption(option)) return false;
    const stated = progress ? read(source, sheet.id, rowId, progress) : undefined;
    return (
      (option !== undefined && isDoneOption(option)) ||
      (stated?.state === 'ok' && stated.value === 100)
    );
  });
};

const COUNTERS: Record<ComputedIndicator, Counter> = {
  staffTrained,
  resourcePersons,
  supervisionSessions,
  conversationsCoded,
  refresherDays,
};

/**
 * Counts a computed indicator from the plan as it stands on `today` (ISO); null when the plan
 * has no sheet or column to count from (a deleted People sheet, a date column changed to text).
 */
export function countIndicator(
  source: SheetSource,
  kind: ComputedIndicator,
  today: string,
): IndicatorCount | null {
  const sheet = source.sheets().find((s) => s.kind === COUNTED_SHEET[kind]);
  if (!sheet) return null;
  const count = COUNTERS[kind](source, sheet, today);
  return count === null ? null : { kind, count, sheet: sheet.name };
}

/**
 * Where an indicator's actual figure comes from: counted from the plan; typed in the Actual
 * cell (for a computed indicator, a typed value overrides the count, which is kept to show);
 * a computed indicator the plan cannot count; or nothing at all.
 */
export type IndicatorOrigin =
  | { by: 'computed'; counted: IndicatorCount }
  | { by: 'manual'; counted: IndicatorCount | null }
  | { by: 'notComputed'; kind: ComputedIndicator }
  | { by: 'none' };

/** One row of the Indicators sheet with its actual figure and where that figure comes from. */
export interface IndicatorRow {
  rowId: string;
  name: string;
  target: number | null;
  actual: number | null;
  unit: string;
  origin: IndicatorOrigin;
}

function numberOf(cell: CellRead): number | null {
  return cell.state === 'ok' && typeof cell.value === 'number' ? cell.value : null;
}

/** The Indicators sheet's columns: name, target, actual and unit, found by name in any language. */
function indicatorColumns(source: SheetSource, sheet: SheetInfo) {
  const columns = source.columns(sheet.id);
  const word = (pick: (w: SheetWords['indicators']) => string) =>
    namesFor((w) => pick(w.indicators));
  const numbers = columns.filter((c) => c.type === 'number');
  const target =
    findColumn(
      columns,
      word((i) => i.target),
      ['number'],
      'none',
    ) ?? numbers[0];
  const actual =
    findColumn(
      columns,
      word((i) => i.actual),
      ['number'],
      'none',
    ) ?? numbers.find((c) => c !== target);
  const name = findColumn(
    columns,
    word((i) => i.indicator),
    ['text', 'longText'],
  );
  const unit = findColumn(
    columns,
    word((i) => i.unit),
    ['text'],
    'none',
  );
  return { target, actual, name, unit };
}

/**
 * The Indicators sheet's rows (empty lines left out), each with its actual figure: the value
 * typed in Actual, else, for the five follow-up indicators, the count from the plan.
 */
export function readIndicators(source: SheetSource, today: string): IndicatorRow[] {
  const sheet = source.sheets().find((s) => s.kind === 'indicators');
  if (!sheet) return [];
  const { target, actual, name, unit } = indicatorColumns(source, sheet);
  const cell = (rowId: string, column: ColumnInfo | undefined): CellRead =>
    column ? source.cell(sheet.id, rowId, column) : { state: 'empty' };
  // Each kind is counted once however many rows name it.
  const counts = new Map<ComputedIndicator, IndicatorCount | null>();
  const counted = (kind: ComputedIndicator) => {
    if (!counts.has(kind)) counts.set(kind, countIndicator(source, kind, today));
    return counts.get(kind) ?? null;
  };
  return source.rowIds(sheet.id).flatMap((rowId): IndicatorRow[] => {
    const row = {
      rowId,
      name: cellText(cell(rowId, name)),
      target: numberOf(cell(rowId, target)),
      unit: cellText(cell(rowId, unit)),
    };
    const typed = numberOf(cell(rowId, actual));
    if (row.name === '' && row.target === null && typed === null) return [];
    const kind = computedIndicatorOf(row.name);
    const count = kind ? counted(kind) : null;
    if (typed !== null)
      return [{ ...row, actual: typed, origin: { by: 'manual', counted: count } }];
    if (count) return [{ ...row, actual: count.count, origin: { by: 'computed', counted: count } }];
    const origin: IndicatorOrigin = kind ? { by: 'notComputed', kind } : { by: 'none' };
    return [{ ...row, actual: null, origin }];
  });
}

/** The counted figures the grid shows in the Actual cells left empty, by row. */
export interface CountedActuals {
  sheetId: string;
  columnId: string;
  byRow: ReadonlyMap<string, IndicatorCount>;
}

/** The Indicators sheet's Actual column and the count of each row whose actual is counted, not typed. */
export function countedActuals(source: SheetSource, today: string): CountedActuals | null {
  const sheet = source.sheets().find((s) => s.kind === 'indicators');
  const actual = sheet ? indicatorColumns(source, sheet).actual : undefined;
  if (!sheet || !actual) return null;
  const byRow = new Map<string, IndicatorCount>();
  for (const row of readIndicators(source, today)) {
    if (row.origin.by === 'computed') byRow.set(row.rowId, row.origin.counted);
  }
  return { sheetId: sheet.id, columnId: actual.id, byRow };
}
