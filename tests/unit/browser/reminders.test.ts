import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installReminders, notifyIfDue } from '@/lib/browser/reminders';
import { extensionPlanIndexStore, remindersItem } from '@/lib/browser/storage-items';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { PlanDirectory } from '@/lib/sync/plan-directory';

// The background's reminders over fake extension APIs and a fake IndexedDB: what a notification
// opens, and how soon a change to a linked plan reaches the badge.

const directory = new PlanDirectory({ store: extensionPlanIndexStore, actor: () => 'Kari' });

/** Makes a Norwegian plan with rows by column name; resolves with its id and the rows' ids. */
async function storedPlan(title: string, rows: Record<string, string>[]) {
  const planId = await directory.create(blankPlanSpec(title, 'Larvik kommune', 'nb'));
  const session = await directory.open(planId);
  const model = session.model;
  const sheet = model.sheets().find((s) => s.kind === 'plan')!;
  const byName = Object.fromEntries(model.columns(sheet.id).map((c) => [c.name, c.id]));
  const rowIds = rows.map((row) => {
    const rowId = model.insertRow(sheet.id);
    for (const [name, value] of Object.entries(row))
      model.setCell(sheet.id, rowId, byName[name]!, value);
    return rowId;
  });
  await session.close();
  return { planId, sheetId: sheet.id, rowIds };
}

const badge = () => fakeBrowser.action.getBadgeText({});

describe('reminders in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nb-NO');
    // Only the clock is fake: IndexedDB and the worker's own short timers run as they are.
    vi.useFakeTimers({ toFake: ['Date'] });
    // Wednesday 17 March 2027, 08:00 local time: the daily reminder is due.
    vi.setSystemTime(new Date(2027, 2, 17, 8, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows a notification per plan that opens its most urgent item of mine in a tab', async () => {
    const plan = await storedPlan('Veiledning', [
      { Aktivitet: 'Book course room', Ansvarlig: 'Kari', Frist: '2027-03-20' },
      { Aktivitet: 'Readiness analysis', Ansvarlig: 'Kari', Frist: '2027-03-15' },
      { Aktivitet: 'Ola’s', Ansvarlig: 'Ola', Frist: '2027-03-01' },
    ]);
    await remindersItem.setValue({
      enabled: true,
      days: 7,
      time: '08:00',
      people: { [plan.planId]: 'Kari' },
    });

    await notifyIfDue(Date.now());
    const shown = await fakeBrowser.notifications.getAll();
    const ids = Object.keys(shown);
    expect(ids).toEqual([`forankra-due:${plan.planId}/${plan.sheetId}/${plan.rowIds[1]}`]);
    const notification = shown[ids[0]!] as { title: string; message: string };
    expect(notification.title).toBe(
      'Veiledning: 2 av aktivitetene dine har snart frist eller er forsinket',
    );
    // The item it opens is the first it lists.
    expect(notification.message.split('\n')[0]).toMatch(/^Readiness analysis — /);
    expect(await badge()).toBe('2');

    installReminders();
    await fakeBrowser.notifications.onClicked.trigger(ids[0]!);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain(
        `chrome-extension://test-extension-id/planner.html#/plan/${plan.planId}/${plan.sheetId}/${plan.rowIds[1]}`,
      );
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('counts again within seconds of a change to a linked plan, reading only that plan', async () => {
    const quiet = await storedPlan('Opplæring', [
      { Aktivitet: 'Kurs', Ansvarlig: 'Kari', Frist: '2027-03-18' },
    ]);
    const changing = await storedPlan('Veiledning', [
      { Aktivitet: 'Gruppe', Ansvarlig: 'Ola', Frist: '2027-03-19' },
    ]);
    await remindersItem.setValue({
      enabled: true,
      days: 7,
      time: '08:00',
      people: { [quiet.planId]: 'Kari', [changing.planId]: 'Kari' },
    });
    installReminders();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));

    // The item is given to Kari: by a member over the network or in a page of this browser,
    // the page that holds the plan records the change in the plan list (plan-directory).
    const opened = vi.spyOn(indexedDB, 'open');
    const session = await directory.open(changing.planId);
    const sheet = session.model.sheets().find((s) => s.kind === 'plan')!;
    const responsible = session.model.columns(sheet.id).find((c) => c.name === 'Ansvarlig')!;
    session.model.setCell(sheet.id, changing.rowIds[0]!, responsible.id, 'Kari');
    await session.close();
    opened.mockClear();

    await vi.waitFor(async () => expect(await badge()).toBe('2'), { timeout: 5000 });
    expect(opened.mock.calls.map((call) => call[0])).toEqual([`forankra-plan-${changing.planId}`]);
  });
});
