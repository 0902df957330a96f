import type { Locale } from '../i18n/locales';
import { makeTranslator } from '../i18n/translate';
import type { PlanSpec } from '../model/schema';
import { standardSheets } from './blank-plan';

function isoDay(from: Date, days: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/**
 * A small filled plan for trying Forankra out: a few activities around `today`, some late,
 * some done, and the people who carry them. Not one of the templates (those come from the
 * source documents); it only shows the sheets with data in them.
 */
export function demoPlanSpec(locale: Locale, today: Date): PlanSpec {
  const t = makeTranslator(locale);
  const sheets = standardSheets(locale);
  const plan = sheets[0];
  const people = sheets[4];
  if (plan) {
    plan.rows = [
      [
        'Readiness analysis',
        '1',
        '1.1',
        'Kari Nordmann',
        isoDay(today, -60),
        isoDay(today, -30),
        'done',
        100,
      ],
      [
        'Steering group appointed',
        '2',
        '2.1',
        'Ola Hansen',
        isoDay(today, -30),
        isoDay(today, -14),
        'done',
        100,
      ],
      [
        'Working group meets every other week',
        '2',
        '2.2',
        'Kari Nordmann',
        isoDay(today, -14),
        isoDay(today, 90),
        'inProgress',
        20,
      ],
      [
        'Two training days for 20 staff',
        '3',
        '3.1',
        'Ingrid Berg',
        isoDay(today, -7),
        isoDay(today, -2),
        'inProgress',
        50,
      ],
      [
        'Appoint 5–7 resource persons',
        '3',
        '3.2',
        'Ola Hansen',
        isoDay(today, 0),
        isoDay(today, 21),
        'notStarted',
        0,
      ],
      [
        'First supervision session',
        '3',
        '3.3',
        'Ingrid Berg',
        isoDay(today, 30),
        isoDay(today, 30),
        'notStarted',
        0,
      ],
    ];
  }
  if (people) {
    people.rows = [
      ['Kari Nordmann', 'workingGroup', 'Home care north', '', isoDay(today, -40)],
      ['Ola Hansen', 'leadership', 'Health and care', '', ''],
      ['Ingrid Berg', 'resourcePerson', 'Home care south', '', isoDay(today, -200)],
    ];
  }
  return {
    title: t('demoTitle'),
    organisation: t('demoOrganisation'),
    template: 'demo',
    locale,
    sheets,
  };
}
