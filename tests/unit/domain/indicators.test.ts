import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import {
  computedIndicatorOf,
  countedActuals,
  countIndicator,
  readIndicators,
  type IndicatorRow,
} from '@/lib/domain/indicators';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import { buildTemplatePlan, TEMPLATE_IDS } from '@/lib/domain/templates';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { PlanSpec, SheetKind } from '@/lib/model/schema';
import { makeModel } from '../model/helpers';

const TODAY = '2027-03-17';

/**
 * A blank plan in `locale` with rows by position: People name, role, unit, e-mail, trained;
 * Meetings date, kind, attendees; Coding practitioner, date, coder, CCT, SST, …; Plan activity,
 * phase, step, responsible, start, due, status, progress; Indicators indicator, target, actual, unit.
 */
function plan(rows: Partial<Record<SheetKind, unknown[][]>>, locale: Locale = 'en') {
  const spec: PlanSpec = blankPlanSpec('MI', 'Kommunen', locale);
  const model = makeModel();
  model.createPlan({
    ...spec,
    sheets: spec.sheets.map((s) => (rows[s.kind] ? { ...s, rows: rows[s.kind] } : s)),
  });
  return model;
}

const sheetOf = (model: ReturnType<typeof makeModel>, kind: SheetKind) => {
  const sheet = model.sheets().find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet`);
  return sheet;
};

const brief = (rows: IndicatorRow[]) =>
  rows.map((r) => ({ name: r.name, actual: r.actual, by: r.origin.by }));

describe('computedIndicatorOf', () => {
  it('knows the five follow-up indicators in every language, however they are spaced or cased', () => {
    expect(computedIndicatorOf('Staff trained in MI')).toBe('staffTrained');
    expect(computedIndicatorOf('  samtaler   KODET ')).toBe('conversationsCoded');
    expect(computedIndicatorOf('Handledningstillfällen genomförda')).toBe('supervisionSessions');
    expect(computedIndicatorOf('Ressourcepersoner / MI-vejledere udpeget')).toBe('resourcePersons');
    expect(computedIndicatorOf('Oppfriskningsdager gjennomført')).toBe('refresherDays');
  });

  it('leaves the group’s own indicators, and an empty name, to a value typed by hand', () => {
    expect(computedIndicatorOf('Course holders trained')).toBeNull();
    expect(computedIndicatorOf('Staff trained')).toBeNull();
    expect(computedIndicatorOf('')).toBeNull();
  });
});

describe('countIndicator', () => {
  it('counts staff with a training date on or before today, not a course booked ahead or an empty cell', () => {
    const model = plan({
      people: [
        ['Kari', 'workingGroup', '', '', '2027-01-10'],
        ['Ola', 'workingGroup', '', '', TODAY],
        ['Ingrid', 'workingGroup', '', '', '2027-03-18'],
        ['Per', 'workingGroup', '', '', null],
        ['', '', '', '', '2026-11-02'],
      ],
    });
    expect(countIndicator(model, 'staffTrained', TODAY)).toEqual({
      kind: 'staffTrained',
      count: 3,
      sheet: 'People',
    });
  });

  it('counts resource persons by role, by option id or by a label in another language', () => {
    const model = plan({
      people: [
        ['Kari', 'resourcePerson'],
        ['Ola', 'courseHolder'],
        ['Ingrid', 'resourcePerson'],
        ['Per', null],
      ],
    });
    expect(countIndicator(model, 'resourcePersons', TODAY)?.count).toBe(2);
    // A role column a user made text, with the Swedish role written in it.
    const people = sheetOf(model, 'people');
    const role = model.columns(people.id).find((c) => c.name === 'Role');
    if (!role) throw new Error('no role column');
    model.retypeColumn(people.id, role.id, 'text');
    const per = model.rowIds(people.id)[3] ?? '';
    model.setCell(people.id, per, role.id, 'Resursperson / MI-handledare');
    expect(countIndicator(model, 'resourcePersons', TODAY)?.count).toBe(3);
  });

  it('counts supervision meetings dated on or before today, not other kinds, future or undated ones', () => {
    const model = plan(
      {
        meetings: [
          ['2027-01-15', 'supervision'],
          ['2027-03-17', 'supervision'],
          ['2027-06-15', 'supervision'],
          [null, 'supervision'],
          ['2027-02-01', 'steeringGroup'],
          ['2027-02-10', null],
        ],
      },
      'da',
    );
    expect(countIndicator(model, 'supervisionSessions', TODAY)).toEqual({
      kind: 'supervisionSessions',
      count: 2,
      sheet: 'Møder',
    });
  });

  it('counts codings with any score entered, not the planned rows without scores', () => {
    const model = plan({
      coding: [
        ['Practitioner 1', '2027-01-10', '', 3, 4],
        ['Practitioner 2', '2027-02-10'],
        ['Practitioner 3', '2027-09-10', '', null, null, 0],
        ['', null],
      ],
    });
    expect(countIndicator(model, 'conversationsCoded', TODAY)?.count).toBe(2);
  });

  it('counts refresher, booster and inspiration days marked done, not planned or cancelled ones', () => {
    const A = (activity: string, status: string | null, progress: number | null = null) => [
      activity,
      '3',
      '',
      '',
      null,
      '2027-02-01',
      status,
      progress,
    ];
    const model = plan({
      plan: [
        A('Refresher day 1/2', 'done'),
        A('Refresher day 2/2', 'notStarted'),
        A('Colleagues to the yearly MI inspiration day 1/2', 'inProgress', 100),
        A('Boosterdag för handledare', 'cancelled', 100),
        A('Training days', 'done'),
      ],
    });
    expect(countIndicator(model, 'refresherDays', TODAY)?.count).toBe(2);
  });

  it('still finds renamed columns by their type', () => {
    const model = plan({ people: [['Kari', 'resourcePerson', '', '', '2027-01-10']] });
    const people = sheetOf(model, 'people');
    for (const column of model.columns(people.id))
      model.renameColumn(people.id, column.id, `My ${column.name}`);
    expect(countIndicator(model, 'staffTrained', TODAY)?.count).toBe(1);
    expect(countIndicator(model, 'resourcePersons', TODAY)?.count).toBe(1);
  });

  it('says it cannot count without the sheet or the column', () => {
    const model = plan({ people: [['Kari', 'resourcePerson', '', '', '2027-01-10']] });
    const people = sheetOf(model, 'people');
    const trained = model.columns(people.id).find((c) => c.type === 'date');
    if (!trained) throw new Error('no date column');
    model.retypeColumn(people.id, trained.id, 'text');
    expect(countIndicator(model, 'staffTrained', TODAY)).toBeNull();
    expect(countIndicator(model, 'resourcePersons', TODAY)?.count).toBe(1);
    model.deleteSheet(people.id);
    expect(countIndicator(model, 'staffTrained', TODAY)).toBeNull();
    expect(countIndicator(model, 'resourcePersons', TODAY)).toBeNull();
  });
});

describe('readIndicators', () => {
  it('computes the follow-up indicators, keeps a typed value, and reads the group’s own', () => {
    const model = plan({
      indicators: [
        ['Staff trained in MI', 20, null, 'persons'],
        ['Conversations coded', 10, 7, 'codings'],
        ['Course holders trained', 4, 1, 'persons'],
        ['Supervision sessions held', 6, null, 'sessions'],
        ['Our own measure', 5, null, ''],
        ['', null, null, ''],
      ],
      people: [
        ['Kari', 'workingGroup', '', '', '2027-01-10'],
        ['Ola', 'workingGroup', '', '', '2027-02-10'],
      ],
      coding: [['Practitioner 1', '2027-01-10', '', 3]],
    });
    const rows = readIndicators(model, TODAY);
    expect(brief(rows)).toEqual([
      { name: 'Staff trained in MI', actual: 2, by: 'computed' },
      { name: 'Conversations coded', actual: 7, by: 'manual' },
      { name: 'Course holders trained', actual: 1, by: 'manual' },
      { name: 'Supervision sessions held', actual: 0, by: 'computed' },
      { name: 'Our own measure', actual: null, by: 'none' },
    ]);
    // A typed value on a computed indicator wins, and the count is kept to show beside it.
    expect(rows[1]?.origin).toEqual({
      by: 'manual',
      counted: { kind: 'conversationsCoded', count: 1, sheet: 'Coding' },
    });
    expect(rows[2]?.origin).toEqual({ by: 'manual', counted: null });
    expect(rows[0]).toMatchObject({ target: 20, unit: 'persons' });
  });

  it('says which computed indicator the plan cannot count, and has nothing without an Indicators sheet', () => {
    const model = plan({ indicators: [['Staff trained in MI', 20, null, 'persons']] });
    model.deleteSheet(sheetOf(model, 'people').id);
    expect(readIndicators(model, TODAY)[0]).toMatchObject({
      actual: null,
      origin: { by: 'notComputed', kind: 'staffTrained' },
    });
    model.deleteSheet(sheetOf(model, 'indicators').id);
    expect(readIndicators(model, TODAY)).toEqual([]);
  });

  it('updates as the plan changes: a coding entered counts at once', () => {
    const model = plan({
      indicators: [['Conversations coded', 10, null, 'codings']],
      coding: [['Practitioner 1', '2027-01-10']],
    });
    expect(readIndicators(model, TODAY)[0]?.actual).toBe(0);
    const coding = sheetOf(model, 'coding');
    const cct = model.columns(coding.id).find((c) => c.name === 'CCT');
    model.setCell(coding.id, model.rowIds(coding.id)[0] ?? '', cct?.id ?? '', 4);
    expect(readIndicators(model, TODAY)[0]?.actual).toBe(1);
  });

  it.each(LOCALES.flatMap((locale) => TEMPLATE_IDS.map((id) => [id, locale] as const)))(
    'computes every follow-up indicator of the %s template in %s from the start',
    (id, locale) => {
      const model = makeModel();
      model.createPlan(buildTemplatePlan(id, locale, '2027-01-04', 'MI', 'Kommunen'));
      const rows = readIndicators(model, '2027-01-04');
      const computed = rows.filter((r) => computedIndicatorOf(r.name) !== null);
      // Every template but the blank one names the five; a new plan has none of them done yet.
      expect(computed.length).toBe(id === 'blank' ? 0 : 5);
      for (const row of computed)
        expect(row).toMatchObject({ actual: 0, origin: { by: 'computed' } });
      for (const row of computed) {
        if (row.origin.by !== 'computed') continue;
        expect(Object.values(SHEET_WORDS[locale].sheets)).toContain(row.origin.counted.sheet);
      }
    },
  );

  it('counts a template’s supervisions once their dates have passed', () => {
    const model = makeModel();
    model.createPlan(buildTemplatePlan('four-phase', 'sv', '2027-01-31', 'MI', 'Kommunen'));
    const held = (today: string) =>
      readIndicators(model, today).find(
        (r) => computedIndicatorOf(r.name) === 'supervisionSessions',
      )?.actual;
    expect(held('2027-06-29')).toBe(0);
    expect(held('2027-06-30')).toBe(1);
    expect(held('2028-12-31')).toBe(6);
  });
});

describe('countedActuals', () => {
  it('gives the grid the Actual column and the count of each row counted, not typed', () => {
    const model = plan({
      indicators: [
        ['Staff trained in MI', 20, null, 'persons'],
        ['Conversations coded', 10, 7, 'codings'],
        ['Our own measure', 5, null, ''],
      ],
      people: [['Kari', 'workingGroup', '', '', '2027-01-10']],
    });
    const sheet = sheetOf(model, 'indicators');
    const ids = model.rowIds(sheet.id);
    const counted = countedActuals(model, TODAY);
    expect(counted?.sheetId).toBe(sheet.id);
    expect(counted?.columnId).toBe(model.columns(sheet.id)[2]?.id);
    expect([...(counted?.byRow ?? [])]).toEqual([
      [ids[0], { kind: 'staffTrained', count: 1, sheet: 'People' }],
    ]);
  });

  it('has nothing without an Indicators sheet or a number column for the actual', () => {
    const model = plan({ indicators: [['Staff trained in MI', 20, null, 'persons']] });
    const sheet = sheetOf(model, 'indicators');
    for (const column of model.columns(sheet.id).filter((c) => c.type === 'number'))
      model.retypeColumn(sheet.id, column.id, 'text');
    expect(countedActuals(model, TODAY)).toBeNull();
    model.deleteSheet(sheet.id);
    expect(countedActuals(model, TODAY)).toBeNull();
  });
});
