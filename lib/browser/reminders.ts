import { browser } from 'wxt/browser';
import { matchLocale } from '../i18n/locales';
import { formatIsoDate } from '../i18n/format';
import { makeTranslator } from '../i18n/translate';
import { dueItemsFor, peopleNames, type DueItem } from '../reminders/due';
import {
  notificationId,
  notificationTarget,
  parseNotificationId,
  type ReminderTarget,
} from '../reminders/notification';
import { localToday, nextReminderAt, shouldNotify } from '../reminders/schedule';
import { parseReminderSettings, type ReminderSettings } from '../reminders/settings';
import { parsePlanIndex } from '../sync/plan-index';
import { readStoredPlan } from '../sync/plan-reader';
import { readManagedPolicy } from './managed-storage';
import { routeHash } from './route';
import {
  parseSettings,
  plansItem,
  reminderShownDayItem,
  remindersItem,
  settingsItem,
} from './storage-items';

// The background's part of reminders: the badge count and the daily notification. It holds no
// plan between runs: each run opens the linked plans' databases, reads, and closes them.
//
// How a change reaches the badge: the worker has no document and no connection to the other
// members; changes reach this browser only in a page that has the plan open (its peers, a sync
// file, the member typing). That page records every change it applies, its own or a member's,
// in the plan list within two seconds (plan-session's touch), and a change to the list wakes the
// worker (storage.onChanged), which counts again reading only the plan whose entry changed.
// With no page open nothing arrives, so there is nothing to count; the next page to open the
// plan catches up with the members and records it then.

const REFRESH_ALARM = 'forankra-reminders-refresh';
const DAILY_ALARM = 'forankra-reminders-daily';
// The day turning (an item becoming due or overdue) changes no plan: an hourly look catches it.
const REFRESH_MINUTES = 60;

/** One linked plan's items that are due soon or overdue. */
export interface PlanDue {
  planId: string;
  title: string;
  items: DueItem[];
}

// The due items last read from each plan, and what they were read for: a plan whose list entry
// has not changed since is not opened again. Only these few items stay between runs, never a
// document.
const lastRead = new Map<string, { key: string; items: DueItem[] }>();

/**
 * The member's due items in every plan they linked themselves to; empty while reminders are off.
 * With `reuse`, a plan unchanged in the plan list since its last read is not opened again.
 */
export async function collectDueItems(now: number, reuse = false): Promise<PlanDue[]> {
  const settings = parseReminderSettings(await remindersItem.getValue());
  if (!settings.enabled) return [];
  const index = parsePlanIndex(await plansItem.getValue());
  const today = localToday(now);
  const out: PlanDue[] = [];
  for (const [planId, person] of Object.entries(settings.people)) {
    const entry = index[planId];
    if (!entry || entry.deletedAt !== null) continue;
    const key = JSON.stringify([entry.updatedAt, person, today, settings.days]);
    const cached = lastRead.get(planId);
    try {
      const items =
        reuse && cached?.key === key
          ? cached.items
          : await readStoredPlan(planId, (model) =>
              dueItemsFor(model, person, today, settings.days),
            );
      lastRead.set(planId, { key, items });
      if (items.length > 0) out.push({ planId, title: entry.title, items });
    } catch (error) {
      // One unreadable plan must not hide the others' reminders.
      console.error(`Forankra could not read plan ${planId} for reminders.`, error);
    }
  }
  return out;
}

/** The names of a stored plan's People sheet, for "I am …". */
export function storedPlanPeople(planId: string, locale: string): Promise<string[]> {
  return readStoredPlan(planId, (model) => peopleNames(model, locale));
}

/** Sets the toolbar badge to the number of due and overdue items (none shown at 0). */
export async function refreshBadge(now: number = Date.now(), reuse = false): Promise<PlanDue[]> {
  const due = await collectDueItems(now, reuse);
  const count = due.reduce((sum, plan) => sum + plan.items.length, 0);
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: '#b91c1c' });
  return due;
}

async function translator() {
  const settings = parseSettings(await settingsItem.getValue());
  const policy = await readManagedPolicy();
  const chosen = policy.language ?? settings.language;
  const locale = chosen === 'auto' ? matchLocale(browser.i18n.getUILanguage()) : chosen;
  return { t: makeTranslator(locale), locale };
}

/** Shows the daily notification, one per plan, if it is time and not yet shown today. */
export async function notifyIfDue(now: number = Date.now()): Promise<void> {
  const settings = parseReminderSettings(await remindersItem.getValue());
  if (!settings.enabled) return;
  if (!shouldNotify(settings.time, now, await reminderShownDayItem.getValue())) return;
  const due = await refreshBadge(now);
  await reminderShownDayItem.setValue(localToday(now));
  const { t, locale } = await translator();
  for (const plan of due) {
    const lines = plan.items.slice(0, 3).map((item) => {
      const date = formatIsoDate(item.due, locale);
      const activity = item.activity || '—';
      return item.daysLeft < 0
        ? t('reminderOverdue', { activity, date })
        : t('reminderDue', { activity, date });
    });
    if (plan.items.length > 3) lines.push(t('reminderMore', { count: plan.items.length - 3 }));
    // The id names the item the click opens; yesterday's notification of the plan makes way.
    const id = notificationId(notificationTarget(plan.planId, plan.items));
    for (const old of Object.keys(await browser.notifications.getAll()))
      if (old !== id && parseNotificationId(old)?.planId === plan.planId)
        await browser.notifications.clear(old);
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminderTitle', { plan: plan.title, count: plan.items.length }),
      message: lines.join('\n'),
    });
  }
}

/**
 * Opens what a clicked reminder points at in a tab: the plan with the item selected. A tab,
 * not the side panel: neither Chrome's sidePanel.open nor Firefox's sidebarAction.open counts
 * a notification click as the user gesture they require.
 */
export async function openReminder(id: string, target: ReminderTarget): Promise<void> {
  const hash = routeHash({ page: 'plan', ...target });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/planner.html')}${hash}` });
  await browser.notifications.clear(id);
}

/** Arms the alarms for the settings (or clears them and the badge when reminders are off). */
export async function armReminders(settings: ReminderSettings, now: number): Promise<void> {
  if (!settings.enabled) {
    await browser.alarms.clear(REFRESH_ALARM);
    await browser.alarms.clear(DAILY_ALARM);
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ text: '' });
    return;
  }
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  // One shot, re-armed when it fires: a fixed 24 h period would drift an hour at DST changes.
  await browser.alarms.create(DAILY_ALARM, { when: nextReminderAt(settings.time, now) });
}

/** Wires reminders into the background: alarms, storage changes, notification clicks. */
export function installReminders(): void {
  const run = (what: () => Promise<unknown>) =>
    void what().catch((error: unknown) => console.error('Forankra reminders failed.', error));
  let pending: ReturnType<typeof setTimeout> | null = null;
  const refreshSoon = () => {
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      // Typing touches the plan list every few seconds: only the plan that changed is read.
      run(() => refreshBadge(Date.now(), true));
    }, 1000);
  };
  const rearm = async () => {
    const settings = parseReminderSettings(await remindersItem.getValue());
    await armReminders(settings, Date.now());
    await refreshBadge();
    await notifyIfDue();
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) run(() => refreshBadge());
    if (alarm.name === DAILY_ALARM) run(rearm);
  });
  remindersItem.watch(() => run(rearm));
  // A page records every change it applies in the plan list: count again shortly after.
  plansItem.watch(refreshSoon);
  browser.notifications.onClicked.addListener((id) => {
    const target = parseNotificationId(id);
    if (target) run(() => openReminder(id, target));
  });
  // The worker starts for any event (and after every browser start): count now.
  run(rearm);
}
