import type { Locale } from '../../i18n/locales';
import type { PlanSpec, SheetKind, SheetSpec } from '../../model/schema';
import { standardSheets } from '../blank-plan';
import { SHEET_WORDS, type SheetWords } from '../sheet-words';
import { FOUR_PHASE } from './four-phase';
import { MUNICIPAL } from './municipal';
import { QIF } from './qif';
import { dateAt, seriesDates, type When } from './schedule';
import type { Localised, PlanTemplate, Repeat } from './types';

/** The templates a plan can start from, in the order the create form offers them. */
export const TEMPLATE_IDS = ['blank', 'qif', 'four-phase', 'municipal'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATES: Readonly<Record<Exclude<TemplateId, 'blank'>, PlanTemplate>> = {
  qif: QIF,
  'four-phase': FOUR_PHASE,
  municipal: MUNICIPAL,
};

const BLANK = {
  name: { en: 'Blank', nb: 'Tom', da: 'Tom', sv: 'Tom' },
  description: {
    en: 'The six sheets with their columns and no rows.',
    nb: 'De seks arkene med kolonner og ingen rader.',
    da: 'De seks ark med kolonner og ingen rækker.',
    sv: 'De sex bladen med kolumner och inga rader.',
  },
} as const satisfies Pick<PlanTemplate, 'name' | 'description'>;

/** Whether a string names one of the templates. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** A template's name and one-line description in `locale`, for choosing one. */
export function templateLabel(
  id: TemplateId,
  locale: Locale,
): { name: string; description: string } {
  const source = id === 'blank' ? BLANK : TEMPLATES[id];
  return { name: source.name[locale], description: source.description[locale] };
}

type Cells = Readonly<Record<string, unknown>>;

// Rows are matched to columns by name, not position, so a column added to the standard sheets
// later (or moved) does not shift every template's values into the wrong place.
function fill(sheets: SheetSpec[], kind: SheetKind, rows: readonly Cells[]): void {
  const sheet = sheets.find((s) => s.kind === kind);
  if (!sheet)
    throw new Error(`The standard sheets have no "${kind}" sheet for a template to fill.`);
  sheet.rows = rows.map((cells) => {
    const row: Record<number, unknown> = {};
    for (const [name, value] of Object.entries(cells)) {
      const index = sheet.columns.findIndex((c) => c.name === name);
      if (index < 0) {
        throw new Error(
          `The "${sheet.name}" sheet has no column "${name}" for a template to fill.`,
        );
      }
      row[index] = value;
    }
    return row;
  });
}

/** Every date of a series, or just `first` when it does not repeat. */
function occurrences(start: string, first: When, repeat: Repeat | undefined): string[] {
  return repeat
    ? seriesDates(start, first, repeat.everyMonths, repeat.forMonths)
    : [dateAt(start, first)];
}

function planRows(t: PlanTemplate, w: SheetWords, locale: Locale, start: string): Cells[] {
  return t.activities.flatMap((a) => {
    const days = occurrences(start, a.start, a.repeat);
    return days.map((day, k) => ({
      [w.plan.activity]:
        days.length > 1
          ? `${a.activity[locale]} ${String(k + 1)}/${String(days.length)}`
          : a.activity[locale],
      [w.plan.phase]: t.phases[a.phase - 1]?.[locale] ?? '',
      [w.plan.step]: a.step,
      [w.plan.responsible]: a.responsible ? w.roles[a.responsible] : '',
      [w.plan.start]: day,
      [w.plan.due]: a.due && !a.repeat ? dateAt(start, a.due) : day,
      [w.plan.status]: 'notStarted',
      [w.plan.progress]: 0,
      [w.plan.notes]: a.notes?.[locale] ?? '',
    }));
  });
}

function meetingRows(t: PlanTemplate, w: SheetWords, locale: Locale, start: string): Cells[] {
  const rows = t.meetings.flatMap((m) =>
    occurrences(start, m.first, m.repeat).map((day) => ({
      [w.meetings.date]: day,
      [w.meetings.kind]: m.kind,
      [w.meetings.attendees]: w.roles[m.attendees],
      [w.meetings.notes]: m.notes[locale],
    })),
  );
  // A meeting log reads by date; the sort is stable, so one day's meetings keep their order.
  return rows.sort((a, b) => String(a[w.meetings.date]).localeCompare(String(b[w.meetings.date])));
}

function indicatorRows(t: PlanTemplate, w: SheetWords, locale: Locale): Cells[] {
  return t.indicators.map((i) => ({
    [w.indicators.indicator]: i.indicator[locale],
    [w.indicators.target]: i.target ?? '',
    [w.indicators.unit]: i.unit[locale],
    [w.indicators.notes]: i.notes?.[locale] ?? '',
  }));
}

function readinessRows(t: PlanTemplate, w: SheetWords, locale: Locale, start: string): Cells[] {
  return t.readiness.map((factor) => ({
    [w.readiness.factor]: factor[locale],
    [w.readiness.round]: start,
  }));
}

function peopleRows(t: PlanTemplate, w: SheetWords, locale: Locale): Cells[] {
  return t.people.map((p) => ({ [w.people.name]: p.name[locale], [w.people.role]: p.role }));
}

// Planned codings carry a pseudonym and a date only: scores are entered once a conversation is
// coded, so a row without them is a coding still to come.
function codingRows(t: PlanTemplate, w: SheetWords, locale: Locale, start: string): Cells[] {
  const c = t.codings;
  if (!c) return [];
  return c.rounds.flatMap((round) =>
    Array.from({ length: c.practitioners }, (_, k) => ({
      [w.coding.practitioner]: `${c.pseudonym[locale]} ${String(k + 1)}`,
      [w.coding.date]: dateAt(start, round),
    })),
  );
}

/**
 * A new plan from a template: the standard sheets in `locale`, filled with the template's
 * rows, every date counted from `startDate` (ISO, `2027-03-17`). Throws on an invalid date.
 */
export function buildTemplatePlan(
  templateId: TemplateId,
  locale: Locale,
  startDate: string,
  title: string,
  organisation: string,
): PlanSpec {
  // Checked for every template, blank too, so that a bad date is caught where it is typed.
  dateAt(startDate, {});
  const sheets = standardSheets(locale);
  if (templateId !== 'blank') {
    const t = TEMPLATES[templateId];
    const w = SHEET_WORDS[locale];
    fill(sheets, 'plan', planRows(t, w, locale, startDate));
    fill(sheets, 'meetings', meetingRows(t, w, locale, startDate));
    fill(sheets, 'indicators', indicatorRows(t, w, locale));
    fill(sheets, 'readiness', readinessRows(t, w, locale, startDate));
    fill(sheets, 'people', peopleRows(t, w, locale));
    fill(sheets, 'coding', codingRows(t, w, locale, startDate));
  }
  return { title, organisation, template: templateId, locale, sheets };
}

export type { Localised, PlanTemplate };
