import type { Locale } from '../i18n/locales';
import type { ChoiceOption, ColumnSpec, PlanSpec, SheetSpec } from '../model/schema';
import { MITI_COLUMN_NAMES, MITI_FIELDS, mitiRange } from './miti';
import { READINESS_SCORE_RANGE } from './readiness';
import { SHEET_WORDS } from './sheet-words';

export const STATUS_COLORS = {
  notStarted: '#6b7280',
  inProgress: '#2563eb',
  done: '#15803d',
  blocked: '#b91c1c',
  cancelled: '#78716c',
} as const;

const MEETING_COLORS = ['#2563eb', '#7c3aed', '#0891b2', '#b45309'];
const ROLE_COLORS = [
  '#7c3aed',
  '#2563eb',
  '#0891b2',
  '#15803d',
  '#b45309',
  '#be185d',
  '#4d7c0f',
  '#6b7280',
];

function options(labels: Record<string, string>, colors: readonly string[]): ChoiceOption[] {
  return Object.entries(labels).map(([id, label], i) => ({
    id,
    label,
    color: colors[i % colors.length] ?? '#6b7280',
  }));
}

// MITI 4.2.1 global scores and behaviour counts, named by the manual's abbreviations (see
// miti.ts) and limited to the instrument's ranges, so a typo cannot skew a summary score.
const MITI_COLUMNS: ColumnSpec[] = MITI_FIELDS.map((field) => ({
  name: MITI_COLUMN_NAMES[field],
  type: 'number',
  width: 96,
  range: mitiRange(field),
}));

/** The six standard sheets with their columns, named in `locale`, and no rows. */
export function standardSheets(locale: Locale): SheetSpec[] {
  const w = SHEET_WORDS[locale];
  return [
    {
      kind: 'plan',
      name: w.sheets.plan,
      columns: [
        { name: w.plan.activity, type: 'text', width: 240 },
        { name: w.plan.phase, type: 'text' },
        { name: w.plan.step, type: 'text' },
        { name: w.plan.responsible, type: 'person' },
        { name: w.plan.start, type: 'date', width: 170 },
        { name: w.plan.due, type: 'date', width: 170 },
        {
          name: w.plan.status,
          type: 'choice',
          options: options(w.status, Object.values(STATUS_COLORS)),
        },
        { name: w.plan.progress, type: 'progress', width: 110 },
        { name: w.plan.notes, type: 'longText', width: 240 },
      ],
    },
    {
      kind: 'meetings',
      name: w.sheets.meetings,
      columns: [
        { name: w.meetings.date, type: 'date', width: 170 },
        { name: w.meetings.kind, type: 'choice', options: options(w.meetingKinds, MEETING_COLORS) },
        { name: w.meetings.attendees, type: 'text', width: 200 },
        { name: w.meetings.notes, type: 'longText', width: 280 },
        { name: w.meetings.decisions, type: 'longText', width: 240 },
      ],
    },
    {
      kind: 'indicators',
      name: w.sheets.indicators,
      columns: [
        { name: w.indicators.indicator, type: 'text', width: 240 },
        { name: w.indicators.target, type: 'number', width: 100 },
        { name: w.indicators.actual, type: 'number', width: 100 },
        { name: w.indicators.unit, type: 'text', width: 100 },
        { name: w.indicators.notes, type: 'longText', width: 220 },
      ],
    },
    {
      kind: 'readiness',
      name: w.sheets.readiness,
      columns: [
        { name: w.readiness.factor, type: 'text', width: 240 },
        { name: w.readiness.round, type: 'date', width: 170 },
        { name: w.readiness.score, type: 'number', width: 100, range: READINESS_SCORE_RANGE },
        { name: w.readiness.notes, type: 'longText', width: 240 },
      ],
    },
    {
      kind: 'people',
      name: w.sheets.people,
      columns: [
        { name: w.people.name, type: 'text', width: 180 },
        { name: w.people.role, type: 'choice', options: options(w.roles, ROLE_COLORS), width: 200 },
        { name: w.people.unit, type: 'text' },
        { name: w.people.email, type: 'text', width: 200 },
        { name: w.people.trained, type: 'date', width: 170 },
      ],
    },
    {
      kind: 'coding',
      name: w.sheets.coding,
      columns: [
        { name: w.coding.practitioner, type: 'text', width: 180 },
        { name: w.coding.date, type: 'date', width: 170 },
        { name: w.coding.coder, type: 'person' },
        ...MITI_COLUMNS,
      ],
    },
  ];
}

/** A plan with the standard sheets and no rows: the blank template. */
export function blankPlanSpec(title: string, organisation: string, locale: Locale): PlanSpec {
  return { title, organisation, template: 'blank', locale, sheets: standardSheets(locale) };
}
