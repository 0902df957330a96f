import { describe, expect, it } from 'vitest';
import { isDoneOption, isOverdue } from '@/lib/grid/overdue';
import { standardSheets } from '@/lib/domain/blank-plan';
import { LOCALES } from '@/lib/i18n/locales';

const TODAY = '2027-03-10';

describe('isOverdue', () => {
  it('is overdue when the due date has passed on a row not done', () => {
    expect(isOverdue('2027-03-09', false, TODAY)).toBe(true);
  });

  it('is not overdue on the day it is due', () => {
    expect(isOverdue(TODAY, false, TODAY)).toBe(false);
  });

  it('is not overdue when due later', () => {
    expect(isOverdue('2027-03-11', false, TODAY)).toBe(false);
  });

  it('is not overdue once done', () => {
    expect(isOverdue('2026-01-01', true, TODAY)).toBe(false);
  });

  it('is not overdue without a due date', () => {
    expect(isOverdue(null, false, TODAY)).toBe(false);
  });

  it('is not overdue for a value that is not a real date', () => {
    expect(isOverdue('soon', false, TODAY)).toBe(false);
    expect(isOverdue('2027-02-30', false, TODAY)).toBe(false);
  });

  it('compares across years', () => {
    expect(isOverdue('2026-12-31', false, '2027-01-01')).toBe(true);
  });
});

describe('isDoneOption', () => {
  const option = (id: string, label: string) => ({ id, label, color: '#000' });

  it.for(['done', 'cancelled'])('recognises the blank plan’s option id %j', (id) => {
    expect(isDoneOption(option(id, 'whatever'))).toBe(true);
  });

  it.for(['Done', 'Ferdig', 'Færdig', 'Klar', 'Cancelled', 'Avlyst', 'Aflyst', 'Inställd'])(
    'recognises the label %j on an option a user made',
    (label) => {
      expect(isDoneOption(option('o1', label))).toBe(true);
    },
  );

  it('ignores case and spaces around the label', () => {
    expect(isDoneOption(option('o1', '  FERDIG '))).toBe(true);
  });

  it.for(['Not started', 'Pågår', 'Blokkert', 'I gang', 'Ferdig snart'])(
    'does not take %j for done',
    (label) => {
      expect(isDoneOption(option('o1', label))).toBe(false);
    },
  );

  it('finds done and cancelled, and only those, in the standard Plan sheet of every language', () => {
    for (const locale of LOCALES) {
      const plan = standardSheets(locale).find((s) => s.kind === 'plan');
      const statusColumn = plan?.columns.find((c) => c.type === 'choice');
      const doneIds = (statusColumn?.options ?? []).filter(isDoneOption).map((o) => o.id);
      expect(doneIds, locale).toEqual(['done', 'cancelled']);
    }
  });

  it('recognises the standard labels even when the option ids are not the standard ones', () => {
    for (const locale of LOCALES) {
      const plan = standardSheets(locale).find((s) => s.kind === 'plan');
      const options = plan?.columns.find((c) => c.type === 'choice')?.options ?? [];
      const renamed = options.map((o, i) => ({ ...o, id: `opt${i}` }));
      expect(renamed.filter(isDoneOption).length, locale).toBe(2);
    }
  });
});
