import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { PlanModel } from '@/lib/model/plan-model';
import { dueItemsFor, peopleNames } from '@/lib/reminders/due';
import { localToday, nextReminderAt, shouldNotify } from '@/lib/reminders/schedule';
import { parseReminderSettings } from '@/lib/reminders/settings';

/** A Norwegian blank plan with rows typed by column name. */
function planWith(rows: Record<string, unknown>[], people: string[] = []): PlanModel {
  const model = new PlanModel(new Y.Doc(), { actor: 'test' });
  model.createPlan(blankPlanSpec('MI i hjemmetjenesten', 'Larvik kommune', 'nb'));
  const fill = (kind: string, values: Record<string, unknown>) => {
    const sheet = model.sheets().find((s) => s.kind === kind);
    if (!sheet) throw new Error(`no ${kind} sheet`);
    const byName = Object.fromEntries(model.columns(sheet.id).map((c) => [c.name, c.id]));
    const rowId = model.insertRow(sheet.id);
    for (const [name, value] of Object.entries(values)) {
      const columnId = byName[name];
      if (!columnId) throw new Error(`no column ${name}`);
      model.setCell(sheet.id, rowId, columnId, value);
    }
  };
  for (const row of rows) fill('plan', row);
  for (const name of people) fill('people', { Navn: name });
  return model;
}

describe('reminder selection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Wednesday 17 March 2027, 09:00 local time.
    vi.setSystemTime(new Date(2027, 2, 17, 9, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts my open items due within the window and every overdue one, soonest first', () => {
    const today = localToday(Date.now());
    expect(today).toBe('2027-03-17');
    const model = planWith([
      { Aktivitet: 'Readiness analysis', Ansvarlig: 'Kari Nordmann', Frist: '2027-03-10' },
      { Aktivitet: 'Book course room', Ansvarlig: 'kari  nordmann', Frist: '2027-03-24' },
      { Aktivitet: 'Steering group', Ansvarlig: 'Ola, Kari Nordmann', Frist: '2027-03-17' },
      { Aktivitet: 'Too far ahead', Ansvarlig: 'Kari Nordmann', Frist: '2027-03-25' },
      { Aktivitet: 'Someone else', Ansvarlig: 'Ola', Frist: '2027-03-18' },
      { Aktivitet: 'No date', Ansvarlig: 'Kari Nordmann' },
      {
        Aktivitet: 'Done already',
        Ansvarlig: 'Kari Nordmann',
        Frist: '2027-03-12',
        Status: 'done',
      },
      {
        Aktivitet: 'Cancelled',
        Ansvarlig: 'Kari Nordmann',
        Frist: '2027-03-12',
        Status: 'cancelled',
      },
      {
        Aktivitet: 'All progress',
        Ansvarlig: 'Kari Nordmann',
        Frist: '2027-03-12',
        Fremdrift: 100,
      },
    ]);
    const items = dueItemsFor(model, 'Kari Nordmann', today, 7);
    expect(items.map((i) => [i.activity, i.daysLeft])).toEqual([
      ['Readiness analysis', -7],
      ['Steering group', 0],
      ['Book course room', 7],
    ]);
    expect(dueItemsFor(model, 'Kari Nordmann', today, 0)).toHaveLength(2);
    expect(dueItemsFor(model, '', today, 7)).toEqual([]);
  });

  it('moves items into the window as the days pass', () => {
    const model = planWith([
      { Aktivitet: 'Refresher day', Ansvarlig: 'Kari', Frist: '2027-04-01' },
    ]);
    expect(dueItemsFor(model, 'Kari', localToday(Date.now()), 7)).toEqual([]);
    vi.advanceTimersByTime(8 * 86_400_000);
    const items = dueItemsFor(model, 'Kari', localToday(Date.now()), 7);
    expect(items.map((i) => i.daysLeft)).toEqual([7]);
    vi.advanceTimersByTime(10 * 86_400_000);
    expect(dueItemsFor(model, 'Kari', localToday(Date.now()), 7)[0]?.daysLeft).toBe(-3);
  });

  it('offers the People sheet’s names once each, sorted', () => {
    const model = planWith([], ['Ola', 'Kari', ' kari ', '', 'Åse']);
    expect(peopleNames(model, 'nb')).toEqual(['Kari', 'Ola', 'Åse']);
  });
});

describe('reminder schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires today at the chosen time while it is ahead, else tomorrow', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2027, 2, 17, 7, 30));
    expect(new Date(nextReminderAt('08:00', Date.now()))).toEqual(new Date(2027, 2, 17, 8, 0));
    vi.setSystemTime(new Date(2027, 2, 17, 8, 0));
    expect(new Date(nextReminderAt('08:00', Date.now()))).toEqual(new Date(2027, 2, 18, 8, 0));
  });

  it('notifies once a day, after the chosen time, also when the alarm comes late', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2027, 2, 17, 7, 59));
    expect(shouldNotify('08:00', Date.now(), '')).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(shouldNotify('08:00', Date.now(), '')).toBe(true);
    expect(shouldNotify('08:00', Date.now(), '2027-03-17')).toBe(false);
    // A laptop asleep over the morning: the alarm fires at 14:00 and still notifies.
    vi.advanceTimersByTime(6 * 3_600_000);
    expect(shouldNotify('08:00', Date.now(), '2027-03-16')).toBe(true);
  });

  it('reads stored settings: off by default, junk ignored', () => {
    expect(parseReminderSettings(undefined)).toEqual({
      enabled: false,
      days: 7,
      time: '08:00',
      people: {},
    });
    expect(
      parseReminderSettings({
        enabled: true,
        days: 3,
        time: '25:00',
        people: { abc123: ' Kari ', 'BAD ID': 'Ola', def456: '' },
      }),
    ).toEqual({ enabled: true, days: 3, time: '08:00', people: { abc123: 'Kari' } });
  });
});
