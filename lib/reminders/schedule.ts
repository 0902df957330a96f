// When the daily reminder fires, in the member's local time. Pure: `now` is passed in.

/** The local ISO date (yyyy-mm-dd) of a moment. */
export function localToday(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The next moment (ms) at local time `HH:MM` after `now`: today if still ahead, else tomorrow. */
export function nextReminderAt(time: string, now: number): number {
  const [hours = 8, minutes = 0] = time.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  if (at.getTime() <= now) {
    // setDate keeps the wall-clock time across a daylight-saving change, unlike adding 24 h.
    at.setDate(at.getDate() + 1);
    at.setHours(hours, minutes, 0, 0);
  }
  return at.getTime();
}

/**
 * Whether the daily notification is due now: the chosen time has passed today and none was
 * shown today. Alarms can fire late (a sleeping laptop) or twice (a restart re-arms them).
 */
export function shouldNotify(time: string, now: number, lastNotifiedDay: string): boolean {
  const today = localToday(now);
  if (lastNotifiedDay === today) return false;
  const [hours = 8, minutes = 0] = time.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  return now >= at.getTime();
}
