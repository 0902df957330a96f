import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '@/lib/i18n/en';
import { LOCALES } from '@/lib/i18n/locales';
import { DICTIONARIES, makeTranslator, messageParams } from '@/lib/i18n/translate';

describe('translations', () => {
  it('use the same parameters as English in every language', () => {
    const keys = Object.keys(en) as MessageKey[];
    for (const locale of LOCALES) {
      for (const key of keys) {
        expect({ locale, key, params: messageParams(DICTIONARIES[locale][key]) }).toEqual({
          locale,
          key,
          params: messageParams(en[key]),
        });
      }
    }
  });

  it('pick the singular for one and the plural otherwise, in every language', () => {
    const one = { nb: '1 rad', da: '1 række', sv: '1 rad', en: '1 row' };
    const many = { nb: '0 rader', da: '0 rækker', sv: '0 rader', en: '0 rows' };
    for (const locale of LOCALES) {
      const t = makeTranslator(locale);
      expect(t('rowCount', { count: 1 })).toBe(one[locale]);
      expect(t('rowCount', { count: 0 })).toBe(many[locale]);
    }
    const t = makeTranslator('en');
    expect(t('rowCount', { count: '10 000' })).toBe('10 000 rows');
    expect(t('csvProblemsTitle', { count: 1, rows: 1 })).toBe('1 problem in 1 row');
    expect(t('csvProblemsTitle', { count: 3, rows: 2 })).toBe('3 problems in 2 rows');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    const t = makeTranslator('en');
    expect(t('rowCount', {})).toContain('{count, plural');
    expect(t('csvExported', { count: 2 })).toBe('Saved {file} (2 rows).');
  });
});
