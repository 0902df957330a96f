import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { PlanModel } from '@/lib/model/plan-model';
import type { SheetKind } from '@/lib/model/schema';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import {
  buildTemplatePlan,
  templateLabel,
  TEMPLATE_IDS,
  TEMPLATES,
  type TemplateId,
} from '@/lib/domain/templates';
import {
  addDays,
  addMonths,
  dateAt,
  seriesDates,
  timesHeld,
} from '@/lib/domain/templates/schedule';
import { makeModel } from '../model/helpers';

const START = '2027-01-31';

function created(id: TemplateId, locale: Locale, start = START): PlanModel {
  const model = makeModel();
  model.createPlan(buildTemplatePlan(id, locale, start, 'MI i Larvik', 'Larvik kommune'));
  return model;
}

function sheetId(model: PlanModel, kind: SheetKind): string {
  const sheet = model.sheets().find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet`);
  return sheet.id;
}

/** A sheet's rows as the views read them: column name → value (invalid cells as `!raw`). */
function rows(model: PlanModel, kind: SheetKind): Record<string, unknown>[] {
  const id = sheetId(model, kind);
  const columns = model.columns(id);
  return model.rowIds(id).map((rowId) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      const read = model.cell(id, rowId, column);
      if (read.state === 'ok') row[column.name] = read.value;
      if (read.state === 'invalid') row[column.name] = `!${read.raw}`;
    }
    return row;
  });
}

const KINDS: SheetKind[] = ['plan', 'meetings', 'indicators', 'readiness', 'people', 'coding'];

describe('schedule', () => {
  it('keeps the day of the month, or takes the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1), 'leap year').toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 1), 'over the year end').toBe('2028-01-15');
    expect(addMonths('2027-05-17', 0)).toBe('2027-05-17');
    expect(addMonths('2027-08-31', 18)).toBe('2029-02-28');
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(dateAt('2027-01-31', { months: 1, weeks: 2, days: 1 })).toBe('2027-03-15');
  });

  it('turns supervision every 3 months for 1½ years into six dates', () => {
    expect(timesHeld(3, 18)).toBe(6);
    expect(seriesDates('2027-03-17', {}, 3, 18)).toEqual([
      '2027-03-17',
      '2027-06-17',
      '2027-09-17',
      '2027-12-17',
      '2028-03-17',
      '2028-06-17',
    ]);
  });

  it('counts each date of a series from the start, so a month end is not lost', () => {
    expect(seriesDates('2027-01-31', {}, 3, 18)).toEqual([
      '2027-01-31',
      '2027-04-30',
      '2027-07-31',
      '2027-10-31',
      '2028-01-31',
      '2028-04-30',
    ]);
    expect(seriesDates('2027-01-31', { months: 1 }, 12, 24)).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('refuses a start date that is not a real ISO date', () => {
    expect(() => addMonths('2027-02-30', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => buildTemplatePlan('qif', 'en', '17.03.2027', 'T', 'O')).toThrow(/17\.03\.2027/);
    expect(() => buildTemplatePlan('blank', 'en', '', 'T', 'O')).toThrow();
  });
});

describe.each(LOCALES)('templates in %s', (locale) => {
  it.each(TEMPLATE_IDS)('%s creates a valid plan: every cell reads as valid', (id) => {
    const model = created(id, locale);
    expect(model.status()).toEqual({ state: 'ready' });
    expect(model.getMeta()).toMatchObject({ template: id, locale, title: 'MI i Larvik' });
    expect(model.sheets().map((s) => s.kind)).toEqual(KINDS);
    expect(model.sheets().map((s) => s.name)).toEqual(
      KINDS.filter((k) => k !== 'custom').map((k) => SHEET_WORDS[locale].sheets[k as 'plan']),
    );
    for (const kind of KINDS) {
      const all = rows(model, kind);
      if (id === 'blank') expect(all, kind).toEqual([]);
      else expect(all.length, `${id} fills ${kind}`).toBeGreaterThan(0);
      for (const row of all) {
        for (const [column, value] of Object.entries(row)) {
          expect(String(value), `${kind} / ${column}`).not.toMatch(/^!/);
        }
      }
    }
  });

  it.each(TEMPLATE_IDS.filter((id) => id !== 'blank'))(
    '%s dates every row within two years of the start, plan rows due on or after they start',
    (id) => {
      const model = created(id, locale);
      const w = SHEET_WORDS[locale];
      for (const row of rows(model, 'plan')) {
        const start = row[w.plan.start] as string;
        const due = row[w.plan.due] as string;
        expect(start >= START && due >= start && due <= '2029-01-31', `${start}–${due}`).toBe(true);
        expect(row[w.plan.status]).toBe('notStarted');
        expect(row[w.plan.phase]).toMatch(/^[1-4] · \S/);
      }
      for (const row of rows(model, 'meetings')) {
        expect(row[w.meetings.date]).toMatch(/^202[7-9]-/);
      }
    },
  );

  it('gives the Quality Implementation Framework its 4 phases and 14 steps', () => {
    const w = SHEET_WORDS[locale];
    const plan = rows(created('qif', locale), 'plan');
    expect(plan.map((r) => r[w.plan.step])).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 1)),
    );
    expect(new Set(plan.map((r) => r[w.plan.phase])).size).toBe(4);
    expect(rows(created('qif', locale), 'readiness')).toHaveLength(8);
  });

  it('turns the four-phase model’s supervision every 3 months for 1½ years into six meetings', () => {
    const w = SHEET_WORDS[locale];
    const supervision = rows(created('four-phase', locale), 'meetings').filter(
      (r) => r[w.meetings.kind] === 'supervision',
    );
    // The first session five months after a 31 January start; each counted from the start.
    expect(supervision.map((r) => r[w.meetings.date])).toEqual([
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
      '2028-03-31',
      '2028-06-30',
      '2028-09-30',
    ]);
    const indicators = rows(created('four-phase', locale), 'indicators');
    expect(indicators.map((r) => r[w.indicators.target])).toEqual([20, 5, 6, 10, 2]);
    expect(rows(created('four-phase', locale), 'readiness')).toHaveLength(5);
    expect(rows(created('four-phase', locale), 'coding')).toHaveLength(10);
  });

  it('gives the municipal model its group of 10 supervisors, each with a case for MI analysis', () => {
    const w = SHEET_WORDS[locale];
    const coding = rows(created('municipal', locale), 'coding');
    expect(coding).toHaveLength(10);
    expect(new Set(coding.map((r) => r[w.coding.practitioner])).size).toBe(10);
    expect(new Set(coding.map((r) => r[w.coding.date]))).toEqual(new Set(['2027-09-30']));
    const plan = rows(created('municipal', locale), 'plan');
    expect(plan.filter((r) => String(r[w.plan.activity]).endsWith('/2'))).toHaveLength(2);
  });

  it('reads readiness questions as a first round on the start date, unscored', () => {
    const w = SHEET_WORDS[locale];
    for (const id of ['qif', 'four-phase', 'municipal'] as const) {
      for (const row of rows(created(id, locale, '2027-03-17'), 'readiness')) {
        expect(row[w.readiness.round]).toBe('2027-03-17');
        expect(row[w.readiness.score]).toBeUndefined();
      }
    }
  });
});

/** Every `{ en, nb, da, sv }` text in a template, with where it is. */
function localisedTexts(value: unknown, path: string): [string, Record<string, unknown>][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.includes('en')) return [[path, value as Record<string, unknown>]];
  return Object.entries(value).flatMap(([k, v]) => localisedTexts(v, `${path}.${k}`));
}

describe('template texts', () => {
  const texts = Object.entries(TEMPLATES).flatMap(([id, t]) => localisedTexts(t, id));

  it('are written in all four languages, and only those', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const [path, text] of texts) {
      expect(Object.keys(text).sort(), path).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const s = text[locale];
        expect(typeof s === 'string' && s.trim() === s && s !== '', `${path}.${locale}`).toBe(true);
      }
    }
  });

  it('are translated, not English copied into the other languages', () => {
    for (const [path, text] of texts) {
      const en = String(text.en);
      // Names kept in every language, and figures without words, are the same everywhere.
      if (path.endsWith('qif.name') || !/[a-z]{3}/i.test(en)) continue;
      const copies = (['nb', 'da', 'sv'] as const).filter((l) => text[l] === en);
      expect(copies, `${path}: "${en}"`).toEqual([]);
    }
  });

  it('name and describe every template in a line for the create form', () => {
    for (const id of TEMPLATE_IDS) {
      for (const locale of LOCALES) {
        const { name, description } = templateLabel(id, locale);
        expect(name.length, `${id} ${locale}`).toBeGreaterThan(2);
        expect(description.length, `${id} ${locale}`).toBeLessThan(140);
        expect(description).not.toContain('\n');
      }
    }
  });
});
