import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { PlanModel } from '@/lib/model/plan-model';
import { dueItemsFor } from '@/lib/reminders/due';
import {
  notificationId,
  notificationTarget,
  parseNotificationId,
} from '@/lib/reminders/notification';
import { localToday } from '@/lib/reminders/schedule';

/** A Norwegian blank plan; returns the model and each row's id by its activity. */
function planWith(rows: Record<string, string>[]) {
  const model = new PlanModel(new Y.Doc(), { actor: 'test' });
  model.createPlan(blankPlanSpec('MI i hjemmetjenesten', 'Larvik kommune', 'nb'));
  const sheet = model.sheets().find((s) => s.kind === 'plan')!;
  const byName = Object.fromEntries(model.columns(sheet.id).map((c) => [c.name, c.id]));
  const ids: Record<string, string> = {};
  for (const row of rows) {
    const rowId = model.insertRow(sheet.id);
    for (const [name, value] of Object.entries(row))
      model.setCell(sheet.id, rowId, byName[name]!, value);
    ids[row.Aktivitet ?? ''] = rowId;
  }
  return { model, sheetId: sheet.id, ids };
}

/** What the daily notification of the plan would open today. */
function opensToday(model: PlanModel) {
  return notificationTarget('plan1', dueItemsFor(model, 'Kari', localToday(Date.now()), 7));
}

describe('the item a reminder opens', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Wednesday 17 March 2027, 08:00 local time: the daily reminder fires.
    vi.setSystemTime(new Date(2027, 2, 17, 8, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the one overdue longest, else the one due soonest; my done items and others’ never', () => {
    const { model, sheetId, ids } = planWith([
      { Aktivitet: 'Book course room', Ansvarlig: 'Kari', Frist: '2027-03-20' },
      { Aktivitet: 'Steering group', Ansvarlig: 'Kari', Frist: '2027-03-18' },
      { Aktivitet: 'Ola’s late item', Ansvarlig: 'Ola', Frist: '2027-03-01' },
      { Aktivitet: 'Done long ago', Ansvarlig: 'Kari', Frist: '2027-03-02', Status: 'done' },
    ]);
    expect(opensToday(model)).toEqual({
      planId: 'plan1',
      item: { sheetId, rowId: ids['Steering group'] },
    });

    // Two days on, the steering group is overdue and still first; then it is done, and the
    // course room (overdue since yesterday by then) is what the reminder opens.
    vi.advanceTimersByTime(2 * 86_400_000);
    expect(opensToday(model).item?.rowId).toBe(ids['Steering group']);
    const status = model.columns(sheetId).find((c) => c.name === 'Status')!;
    model.setCell(sheetId, ids['Steering group']!, status.id, 'done');
    vi.advanceTimersByTime(2 * 86_400_000);
    expect(opensToday(model).item?.rowId).toBe(ids['Book course room']);
  });

  it('puts the earlier of two items due the same day first by name, as the notification lists them', () => {
    const { model, ids } = planWith([
      { Aktivitet: 'Veiledning', Ansvarlig: 'Kari', Frist: '2027-03-19' },
      { Aktivitet: 'Opplæring', Ansvarlig: 'Kari', Frist: '2027-03-19' },
    ]);
    const items = dueItemsFor(model, 'Kari', localToday(Date.now()), 7);
    expect(opensToday(model).item?.rowId).toBe(ids.Opplæring);
    // Whatever order the items come in.
    expect(notificationTarget('plan1', [...items].reverse()).item?.rowId).toBe(ids.Opplæring);
  });

  it('is the plan alone when nothing of mine is due', () => {
    const { model } = planWith([{ Aktivitet: 'Later', Ansvarlig: 'Kari', Frist: '2027-05-01' }]);
    expect(opensToday(model)).toEqual({ planId: 'plan1' });
  });
});

describe('a reminder’s notification id', () => {
  it('carries the item it opens, and reads back', () => {
    const target = { planId: 'abc123', item: { sheetId: 'sheet1', rowId: 'row9' } };
    expect(notificationId(target)).toBe('forankra-due:abc123/sheet1/row9');
    expect(parseNotificationId(notificationId(target))).toEqual(target);
    expect(parseNotificationId(notificationId({ planId: 'abc123' }))).toEqual({ planId: 'abc123' });
  });

  it('is not taken from other notifications or malformed ids', () => {
    for (const id of [
      'other:abc',
      'forankra-due:',
      'forankra-due:ABC',
      'forankra-due:abc/sheet1',
      'forankra-due:abc/sheet1/',
      'forankra-due:abc/sheet1/row9/x',
      'forankra-due:abc/../row9',
    ])
      expect(parseNotificationId(id), id).toBeNull();
  });
});
