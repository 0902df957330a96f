import type { TimelineActivity, TimelineItem } from '@/lib/domain/timeline';
import { formatIsoDate, isoWeek } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';

/** A date as the timeline says it: its ISO week and the date in the locale's form. */
function when(iso: string, t: Translate, locale: Locale): string {
  return t('timelineWhen', { week: isoWeek(iso), date: formatIsoDate(iso, locale) });
}

/** An activity's name, or words for a row without one. */
export function activityName(a: TimelineActivity, t: Translate): string {
  return a.activity === '' ? t('timelineNoName') : a.activity;
}

/** One timeline item in words, for its hover text and the list read by screen readers. */
export function itemText(item: TimelineItem, t: Translate, locale: Locale): string {
  const activity = activityName(item, t);
  const start = item.start ? when(item.start, t, locale) : '';
  const due = item.due ? when(item.due, t, locale) : '';
  if (item.startOnly) return t('timelineStartOnly', { activity, start });
  if (item.shape === 'milestone') return t('timelineMilestone', { activity, due });
  if (item.reversed) return t('timelineReversed', { activity, start, due });
  return t('timelineBar', { activity, start, due });
}

/** A phase's name, or words for the band of activities without one. */
export function phaseName(phase: string, t: Translate): string {
  return phase === '' ? t('timelineNoPhase') : phase;
}
