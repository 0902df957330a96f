import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { daysBetween, leadershipFigures } from '@/lib/report/figures';
import { barPercent, formatFigure, formatLongDate, formatPercent } from '@/lib/report/format';
import type { Locale } from '@/lib/i18n/locales';
import type { PlanSpec } from '@/lib/model/schema';
import { makeModel } from '../model/helpers';

const TODAY = '2027-03-17';

/**
 * A blank plan in `locale` with rows: Plan columns are activity, phase, step, responsible,
 * start, due, status, progress, notes; Indicators: indicator, target, actual, unit;
 * Readiness: factor, round, score.
 */
function plan(
  rows: {
    plan?: unknown[][];
    indicators?: unknown[][];
    readiness?: unknown[][];
    meetings?: unknown[][];
  },
  locale: Locale = 'nb',
) {
  const spec: PlanSpec = blankPlanSpec('MI i Larvik', 'Larvik kommune', locale);
  const sheets = spec.sheets.map((sheet) => {
    const filled = rows[sheet.kind as keyof typeof rows];
    return filled ? { ...sheet, rows: filled } : sheet;
  });
  const model = makeModel();
  model.createPlan({ ...spec, sheets });
  return model;
}

const A = (
  activity: string,
  phase: string,
  due: string | null,
  status: string | null,
  progress: number | null = null,
  responsible = 'Kari',
) => [activity, phase, '', responsible, null, due, status, progress];

describe('leadershipFigures: progress per phase', () => {
  it('groups activities by phase in the order the plan names them, without a phase last', () => {
    const model = plan({
      plan: [
        A('Parathedsanalyse', 'Afklaring', '2027-01-10', 'done'),
        A('Styregruppe', 'Forberedelse', '2027-02-01', 'inProgress', 50),
        A('Uden fase', '', '2027-06-01', 'notStarted'),
        A('Arbejdsgruppe', 'Forberedelse', '2027-04-01', 'notStarted'),
        ['', '', '', '', null, null, null, null],
      ],
    });
    const figures = leadershipFigures(model, TODAY);
    expect(figures.phases).toEqual([
      { phase: 'Afklaring', activities: 1, done: 1, late: 0, progress: 100 },
      { phase: 'Forberedelse', activities: 2, done: 0, late: 1, progress: 25 },
      { phase: '', activities: 1, done: 0, late: 0, progress: 0 },
    ]);
    expect(figures.activities).toBe(4);
    expect(figures.done).toBe(1);
    expect(figures.progress).toBe(Math.round((100 + 50 + 0 + 0) / 4));
  });

  it('counts a stated 100 % as done, and leaves cancelled activities out of every figure', () => {
    const model = plan({
      plan: [
        A('Kurs', '3', '2027-01-10', 'inProgress', 100),
        A('Avlyst kurs', '3', '2027-01-10', 'cancelled', 10),
      ],
    });
    const figures = leadershipFigures(model, TODAY);
    expect(figures.phases).toEqual([
      { phase: '3', activities: 1, done: 1, late: 0, progress: 100 },
    ]);
    expect(figures.lateItems).toEqual([]);
  });

  it('finds the columns of a plan made in another language, and renamed ones by type', () => {
    const model = plan({ plan: [A('Training', 'Change', '2027-03-01', 'inProgress', 40)] }, 'en');
    const sheet = model.sheets()[0]!;
    const progress = model.columns(sheet.id).find((c) => c.type === 'progress')!;
    model.renameColumn(sheet.id, progress.id, 'Hvor langt');
    const figures = leadershipFigures(model, TODAY);
    expect(figures.phases[0]).toMatchObject({ phase: 'Change', progress: 40, late: 1 });
  });

  it('gives empty figures for a plan without a Plan sheet or rows', () => {
    const model = makeModel();
    model.createPlan({ title: 't', organisation: '', template: 'blank', locale: 'en', sheets: [] });
    expect(leadershipFigures(model, TODAY)).toMatchObject({
      activities: 0,
      progress: 0,
      phases: [],
      indicators: [],
      lateItems: [],
      upcoming: [],
      readiness: null,
    });
  });
});

describe('leadershipFigures: late items and next milestones', () => {
  const model = () =>
    plan({
      plan: [
        A('Due today', '2', TODAY, 'notStarted'),
        A('Two weeks late', '2', '2027-03-03', 'inProgress', 30, 'Ola'),
        A('Done late', '2', '2027-03-01', 'done'),
        A('One day late', '2', '2027-03-16', null),
        A('Far ahead', '3', '2027-12-01', 'notStarted'),
        A('Soon', '3', '2027-03-20', 'notStarted'),
        A('No date', '3', null, 'notStarted'),
        A('Done ahead', '3', '2027-03-18', 'done'),
      ],
    });

  it('lists activities due before today and not done, the most overdue first', () => {
    const figures = leadershipFigures(model(), TODAY);
    expect(figures.lateItems).toEqual([
      {
        activity: 'Two weeks late',
        phase: '2',
        responsible: 'Ola',
        due: '2027-03-03',
        daysLate: 14,
      },
      { activity: 'One day late', phase: '2', responsible: 'Kari', due: '2027-03-16', daysLate: 1 },
    ]);
    expect(figures.late).toBe(2);
  });

  it('lists the next activities due from today on, soonest first, not done, at most five', () => {
    const figures = leadershipFigures(model(), TODAY);
    expect(figures.upcoming.map((i) => i.activity)).toEqual(['Due today', 'Soon', 'Far ahead']);
    expect(leadershipFigures(model(), TODAY, 1).upcoming.map((i) => i.activity)).toEqual([
      'Due today',
    ]);
  });

  it('lists what is due in the next two weeks, today and the fourteenth day included', () => {
    const soon = (due: string) =>
      leadershipFigures(plan({ plan: [A('Item', '1', due, 'notStarted')] }), TODAY).dueSoon;
    expect(leadershipFigures(model(), TODAY).dueSoon.map((i) => i.activity)).toEqual([
      'Due today',
      'Soon',
    ]);
    expect(soon('2027-03-31')).toHaveLength(1);
    expect(soon('2027-04-01')).toEqual([]);
    expect(soon('2027-03-16')).toEqual([]);
  });
});

describe('leadershipFigures: indicators', () => {
  it('holds actual against target, with no share where a target is missing or zero', () => {
    const model = plan({
      indicators: [
        ['Ansatte kurset', 20, 12, 'ansatte'],
        ['Ressurspersoner', 6, 7, 'personer'],
        ['Kodinger', null, 3, ''],
        ['Oppfriskningsdag', 0, 0, 'dager'],
        ['', null, null, ''],
      ],
    });
    const manual = { by: 'manual', counted: null };
    expect(leadershipFigures(model, TODAY).indicators).toEqual([
      {
        name: 'Ansatte kurset',
        target: 20,
        actual: 12,
        unit: 'ansatte',
        share: 0.6,
        origin: manual,
      },
      {
        name: 'Ressurspersoner',
        target: 6,
        actual: 7,
        unit: 'personer',
        share: 7 / 6,
        origin: manual,
      },
      { name: 'Kodinger', target: null, actual: 3, unit: '', share: null, origin: manual },
      {
        name: 'Oppfriskningsdag',
        target: 0,
        actual: 0,
        unit: 'dager',
        share: null,
        origin: manual,
      },
    ]);
  });

  it('counts the follow-up indicators from the plan where no value is typed', () => {
    const model = plan({
      indicators: [
        ['Samtaler kodet', 4, null, 'kodinger'],
        ['Veiledninger gjennomført', 6, null, 'ganger'],
      ],
      meetings: [
        ['2027-01-15', 'supervision'],
        ['2027-04-15', 'supervision'],
      ],
    });
    expect(leadershipFigures(model, TODAY).indicators).toMatchObject([
      { name: 'Samtaler kodet', actual: 0, share: 0, origin: { by: 'computed' } },
      {
        name: 'Veiledninger gjennomført',
        actual: 1,
        share: 1 / 6,
        origin: { by: 'computed', counted: { count: 1, sheet: 'Møter' } },
      },
    ]);
  });
});

describe('leadershipFigures: readiness', () => {
  it('takes the latest dated round, its mean, and the round before for comparison', () => {
    const model = plan({
      readiness: [
        ['Ledelsesstøtte', '2026-09-01', 2],
        ['Kultur', '2026-09-01', 3],
        ['Ledelsesstøtte', '2027-02-15', 4],
        ['Kultur', '2027-02-15', 5],
        ['Kompetanse', '2027-02-15', 3],
        ['Skrivefeil', '2027-02-15', 9],
      ],
    });
    expect(leadershipFigures(model, TODAY).readiness).toEqual({
      round: '2027-02-15',
      factors: [
        { factor: 'Ledelsesstøtte', score: 4 },
        { factor: 'Kultur', score: 5 },
        { factor: 'Kompetanse', score: 3 },
      ],
      average: 4,
      previousAverage: 2.5,
      previousRound: '2026-09-01',
    });
  });

  it('uses undated scores as one round when no round has a date', () => {
    const model = plan({ readiness: [['Kultur', null, 5]] });
    expect(leadershipFigures(model, TODAY).readiness).toMatchObject({
      round: null,
      average: 5,
      previousAverage: null,
    });
  });

  it('is null without any score', () => {
    expect(leadershipFigures(plan({ readiness: [['Kultur', null, null]] }), TODAY).readiness).toBe(
      null,
    );
  });
});

describe('report formatting', () => {
  it('writes per cent, figures and long dates as each language does', () => {
    expect(formatPercent(45, 'nb')).toMatch(/^45\s%$/);
    expect(formatPercent(45, 'en')).toBe('45%');
    expect(formatFigure(3.25, 'sv')).toBe('3,3');
    expect(formatFigure(1234, 'en')).toBe('1,234');
    expect(formatLongDate('2027-03-17', 'nb')).toBe('17. mars 2027');
    expect(formatLongDate('2027-03-17', 'en')).toBe('17 March 2027');
  });

  it('draws bars from 0 to 100 whatever the share', () => {
    expect([null, -1, 0.5, 3].map(barPercent)).toEqual([0, 0, 50, 100]);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });
});
