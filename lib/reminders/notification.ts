import type { DueItem } from './due';

// Which item a plan's daily notification opens, carried in the notification's id so that a
// click (perhaps hours later, in a worker started afresh) needs no stored state to find it.

/** What a click on a reminder opens: a plan, at one of its rows when it names one. */
export interface ReminderTarget {
  planId: string;
  item?: { sheetId: string; rowId: string };
}

const PREFIX = 'forankra-due:';
const ID = /^[a-z0-9]{1,64}$/;

/**
 * The item a plan's notification opens: the first it lists, the one overdue longest (or, with
 * none overdue, due soonest). The plan opens with that row selected, the member's view of the
 * sheet untouched, so the other items stay where the member knows them.
 */
export function notificationTarget(planId: string, items: readonly DueItem[]): ReminderTarget {
  const first = [...items].sort(
    (a, b) => a.daysLeft - b.daysLeft || a.activity.localeCompare(b.activity),
  )[0];
  return first ? { planId, item: { sheetId: first.sheetId, rowId: first.rowId } } : { planId };
}

/** The id of the notification that opens `target`. */
export function notificationId(target: ReminderTarget): string {
  const { planId, item } = target;
  return item ? `${PREFIX}${planId}/${item.sheetId}/${item.rowId}` : `${PREFIX}${planId}`;
}

/** What a notification of ours opens, or null for another's (or a malformed) id. */
export function parseNotificationId(id: string): ReminderTarget | null {
  if (!id.startsWith(PREFIX)) return null;
  const [planId = '', sheetId, rowId, ...rest] = id.slice(PREFIX.length).split('/');
  if (!ID.test(planId) || rest.length > 0) return null;
  if (sheetId === undefined && rowId === undefined) return { planId };
  if (!sheetId || !rowId || !ID.test(sheetId) || !ID.test(rowId)) return null;
  return { planId, item: { sheetId, rowId } };
}
