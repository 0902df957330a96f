// A member's reminder settings: off until they turn them on, and for each plan the person in
// its People sheet that they are ("I am …").

/** How and when this browser reminds its member of their items. */
export interface ReminderSettings {
  enabled: boolean;
  /** Items due within this many days from today (and every overdue one) count. */
  days: number;
  /** The daily notification, local time `HH:MM`. */
  time: string;
  /** planId → the name the member has in that plan's People sheet. */
  people: Record<string, string>;
}

export const REMINDER_DAYS = [1, 3, 7, 14, 30] as const;

/** Reminders as a browser has them before the member turns them on. */
export function defaultReminderSettings(): ReminderSettings {
  return { enabled: false, days: 7, time: '08:00', people: {} };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a value is a local time `HH:MM`. */
export function isReminderTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** Reads stored reminder settings, keeping only well-formed fields. */
export function parseReminderSettings(raw: unknown): ReminderSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const fallback = defaultReminderSettings();
  const people: Record<string, string> = {};
  if (typeof value.people === 'object' && value.people !== null) {
    for (const [planId, name] of Object.entries(value.people as Record<string, unknown>)) {
      if (/^[a-z0-9]{1,64}$/.test(planId) && typeof name === 'string' && name.trim() !== '')
        people[planId] = name.trim().slice(0, 200);
    }
  }
  const days = value.days;
  return {
    enabled: value.enabled === true,
    days:
      typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= 365
        ? days
        : fallback.days,
    time: isReminderTime(value.time) ? value.time : fallback.time,
    people,
  };
}
