import type { ChoiceOption } from '../model/schema';
import { parseDate } from '../model/values';

/**
 * Whether a due date has passed on a row that is not done: due strictly before today (a row
 * due today is not late yet). No date, or a date that is not a real ISO date, is never overdue.
 */
export function isOverdue(dueIso: string | null, done: boolean, todayIso: string): boolean {
  if (done || dueIso === null || parseDate(dueIso) !== dueIso) return false;
  return dueIso < todayIso;
}

// The option ids of lib/domain/blank-plan.ts, and the labels for done and cancelled in the
// four languages (en, nb, da, sv), so a status column a user built by hand is understood too.
const DONE_IDS = new Set(['done', 'cancelled']);
const DONE_LABELS = new Set(
  ['Done', 'Ferdig', 'Færdig', 'Klar', 'Cancelled', 'Canceled', 'Avlyst', 'Aflyst', 'Inställd'].map(
    (label) => label.toLowerCase(),
  ),
);

/** Whether a status option means the row needs nothing more: done or cancelled, by id or label. */
export function isDoneOption(option: ChoiceOption): boolean {
  return (
    DONE_IDS.has(option.id) || DONE_LABELS.has(option.label.normalize('NFC').trim().toLowerCase())
  );
}

// The template's id, and the label in en, nb, da and sv, for a status list a user built by hand.
const CANCELLED = new Set(['cancelled', 'canceled', 'avlyst', 'aflyst', 'inställd']);

/** Whether a status option means the row was called off: by id, or by label in any language. */
export function isCancelledOption(option: ChoiceOption): boolean {
  return (
    CANCELLED.has(option.id) || CANCELLED.has(option.label.normalize('NFC').trim().toLowerCase())
  );
}
