import { describe, expect, it } from 'vitest';
import { buildTemplatePlan } from '@/lib/domain/templates';
import {
  readTimelineActivities,
  timelineLayout,
  WEEK_WIDTH,
  type TimelineActivity,
} from '@/lib/domain/timeline';
import { PlanModel } from '@/lib/model/plan-model';
import * as Y from 'yjs';

let n = 0;
function act(
  start: string | null,
  due: string | null,
  phase = 'P1',
  activity = `A${String(++n)}`,
): TimelineActivity {
  return { rowId: `r${String(n)}`, activity, phase, start, due };
}

const day = WEEK_WIDTH / 7;

describe('the timeline’s layout by ISO week', () => {
  it('runs the axis from the week before the first date to the week after the last, by Monday', () => {
    // 2027-03-17 is a Wednesday in week 11; 2027-04-02 a Friday in week 13.
    const layout = timelineLayout([act('2027-03-17', '2027-04-02')], '2027-03-20');
    expect(layout.weeks[0]).toMatchObject({ monday: '2027-03-08', week: 10, year: 2027, x: 0 });
    expect(layout.weeks.map((w) => w.week).slice(0, 5)).toEqual([10, 11, 12, 13, 14]);
    expect(layout.weeks).toHaveLength(12);
    expect(layout.width).toBe(12 * WEEK_WIDTH);
    const bar = layout.bands[0]?.items[0];
    expect(bar).toMatchObject({ shape: 'bar', reversed: false });
    // From Wednesday of the second week shown, through Friday two weeks later: 17 days.
    expect(bar?.x).toBeCloseTo(WEEK_WIDTH + 2 * day);
    expect(bar?.width).toBeCloseTo(17 * day);
    expect(layout.today).toEqual({ x: WEEK_WIDTH + 5.5 * day, week: 11, date: '2027-03-20' });
  });

  it('numbers weeks across a year end by the ISO rule, with week 53 and the year at week 1', () => {
    // 2026 has 53 ISO weeks; 2027-01-01 is a Friday in week 53 of 2026.
    const layout = timelineLayout([act('2026-12-21', '2027-01-12')], '2026-12-22');
    const weeks = layout.weeks.map((w) => `${String(w.year)}-${String(w.week)}`);
    expect(weeks.slice(0, 5)).toEqual(['2026-51', '2026-52', '2026-53', '2027-1', '2027-2']);
    expect(layout.weeks.filter((w) => w.showYear).map((w) => [w.monday, w.year])).toEqual([
      ['2026-12-14', 2026],
      ['2027-01-04', 2027],
    ]);
    const week53 = layout.weeks.find((w) => w.week === 53);
    expect(week53?.monday).toBe('2026-12-28');
  });

  it('puts a week 1 that starts in December in the new year', () => {
    // 2024-12-30 is the Monday of week 1 of 2025.
    const layout = timelineLayout([act('2024-12-31', '2025-01-02')], '2024-12-31');
    const week1 = layout.weeks.find((w) => w.monday === '2024-12-30');
    expect(week1).toMatchObject({ week: 1, year: 2025, showYear: true });
    expect(layout.weeks[0]).toMatchObject({ week: 52, year: 2024, showYear: true });
  });

  it('draws a due date without start, or start equal to due, as a diamond on that day', () => {
    const layout = timelineLayout(
      [act(null, '2027-03-17'), act('2027-03-24', '2027-03-24'), act('2027-03-31', null)],
      '2027-03-17',
    );
    const items = layout.bands[0]?.items ?? [];
    expect(items.map((i) => [i.shape, i.startOnly])).toEqual([
      ['milestone', false],
      ['milestone', false],
      ['milestone', true],
    ]);
    // Week 10 starts 2027-03-08: the 17th is day 9, drawn at its middle.
    expect(items[0]?.x).toBeCloseTo(9.5 * day);
    expect(items[1]?.x).toBeCloseTo(16.5 * day);
    expect(items[2]?.x).toBeCloseTo(23.5 * day);
  });

  it('draws a due date before the start from the earlier to the later day, marked reversed', () => {
    const layout = timelineLayout([act('2027-03-24', '2027-03-17')], '2027-03-17');
    const bar = layout.bands[0]?.items[0];
    expect(bar).toMatchObject({ shape: 'bar', reversed: true });
    expect(bar?.x).toBeCloseTo(9 * day);
    expect(bar?.width).toBeCloseTo(8 * day);
  });

  it('leaves out rows without dates, and dates years away, and says why', () => {
    const layout = timelineLayout(
      [
        act(null, null, 'P1', 'No dates'),
        act('2207-03-01', '2207-04-01', 'P1', 'Typo'),
        act('2027-03-17', '2027-03-18'),
      ],
      '2027-03-17',
    );
    expect(layout.skipped.map((s) => [s.activity, s.reason])).toEqual([
      ['No dates', 'noDates'],
      ['Typo', 'tooFar'],
    ]);
    expect(layout.bands.flatMap((b) => b.items)).toHaveLength(1);
    expect(layout.weeks.length).toBeLessThan(20);
  });

  it('stacks phases as bands in the order the plan names them, activities without a phase last', () => {
    const layout = timelineLayout(
      [
        act('2027-03-01', '2027-03-05', ''),
        act('2027-03-01', '2027-03-05', 'Explore'),
        act('2027-04-01', '2027-04-30', 'Prepare'),
        act('2027-03-10', '2027-03-20', 'Explore'),
      ],
      '2027-03-01',
    );
    expect(layout.bands.map((b) => [b.phase, b.items.length])).toEqual([
      ['Explore', 2],
      ['Prepare', 1],
      ['', 1],
    ]);
    const [explore, prepare, none] = layout.bands;
    expect(prepare?.y).toBe((explore?.y ?? 0) + (explore?.height ?? 0));
    expect(none?.y).toBe((prepare?.y ?? 0) + (prepare?.height ?? 0));
    expect(layout.height).toBeGreaterThan((none?.y ?? 0) + (none?.height ?? 0));
    // The band spans its activities: 1 March to 20 March inclusive.
    const first = layout.bands[0]?.items[0];
    expect(explore?.spanX).toBeCloseTo(first?.x ?? -1);
    expect(explore?.spanWidth).toBeCloseTo(20 * day);
    // Lanes do not overlap.
    const ys = layout.bands.flatMap((b) => b.items.map((i) => i.y));
    expect(new Set(ys).size).toBe(4);
  });

  it('points from today’s line to phases well ahead or behind it, not to those around it', () => {
    const layout = timelineLayout(
      [
        act('2027-01-04', '2027-01-08', 'Past'),
        act('2027-02-22', '2027-03-12', 'Now'),
        act('2027-05-03', '2027-05-07', 'Later'),
      ],
      '2027-03-03',
    );
    const today = layout.today.x;
    expect(layout.bands.map((b) => [b.phase, b.pointer])).toEqual([
      ['Past', { x: today - 6, direction: 'behind' }],
      ['Now', null],
      ['Later', { x: today + 6, direction: 'ahead' }],
    ]);
  });

  it('includes today when the plan lies in the future, and keeps a plan of no dates drawable', () => {
    const future = timelineLayout([act('2027-06-01', '2027-06-02')], '2027-03-01');
    expect(future.first <= '2027-03-01').toBe(true);
    expect(future.today.x).toBeGreaterThan(0);
    const empty = timelineLayout([act(null, null)], '2027-03-01');
    expect(empty.bands).toEqual([]);
    expect(empty.weeks).toHaveLength(12);
    expect(empty.today.week).toBe(9);
  });

  it('turns a label that would run off the right edge to end at the bar', () => {
    const long = 'A very long activity name that does not fit';
    const layout = timelineLayout(
      [act('2027-03-01', '2027-03-02'), act('2027-05-20', '2027-05-21', 'P1', long)],
      '2027-03-01',
    );
    const [early, late] = layout.bands[0]?.items ?? [];
    expect(early?.labelAnchor).toBe('start');
    expect(late?.labelAnchor).toBe('end');
    expect(late?.labelX).toBeCloseTo((late?.x ?? 0) + (late?.width ?? 0));
  });
});

describe('reading the Plan sheet for the timeline', () => {
  it('reads a template plan’s activities, phases and dates in every row', () => {
    const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
    model.createPlan(buildTemplatePlan('qif', 'sv', '2027-03-15', 'Plan', 'Kommun'));
    const sheet = model.sheets().find((s) => s.kind === 'plan');
    if (!sheet) throw new Error('no plan sheet');
    const activities = readTimelineActivities(model, sheet.id);
    expect(activities).toHaveLength(model.rowIds(sheet.id).length);
    expect(activities.every((a) => a.phase !== '' && a.start !== null && a.due !== null)).toBe(
      true,
    );
    const layout = timelineLayout(activities, '2027-03-15');
    expect(layout.bands).toHaveLength(4);
    expect(layout.skipped).toEqual([]);
  });

  it('skips empty lines and reads the dates a member typed', () => {
    const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
    model.createPlan(buildTemplatePlan('blank', 'en', '2027-03-15', 'Plan', ''));
    const sheet = model.sheets().find((s) => s.kind === 'plan');
    if (!sheet) throw new Error('no plan sheet');
    const [activity, , , , start, due] = model.columns(sheet.id);
    model.appendRowValues(sheet.id, [
      {},
      { [activity?.id ?? '']: 'Kick-off', [start?.id ?? '']: '2027-03-20' },
    ]);
    const rowId = model.rowIds(sheet.id)[1] ?? '';
    model.setCell(sheet.id, rowId, due?.id ?? '', '2027-03-25');
    expect(readTimelineActivities(model, sheet.id)).toEqual([
      { rowId, activity: 'Kick-off', phase: '', start: '2027-03-20', due: '2027-03-25' },
    ]);
  });
});
