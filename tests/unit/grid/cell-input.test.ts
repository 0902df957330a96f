import { describe, expect, it } from 'vitest';
import {
  CHECK_MARK,
  formatCellNumber,
  formatCellText,
  parseCellInput,
  parseDateInput,
  parseNumberInput,
} from '@/lib/grid/cell-input';
import type { InputContext } from '@/lib/grid/types';
import type { CellRead, ColumnType } from '@/lib/model/schema';
import { formatNumber } from '@/lib/i18n/format';
import { coerceValue } from '@/lib/model/values';
import { col, STATUS } from './builders';

const TODAY = '2027-03-10';
const nb: InputContext = { locale: 'nb', today: TODAY };
const ok = (value: unknown) => ({ ok: true, value });
const REFUSED = { ok: false };
const value = (v: string | number | boolean): CellRead => ({ state: 'ok', value: v });

describe('parseDateInput', () => {
  it.for([
    ['17.3', '2027-03-17', 'day and month: this year'],
    ['17.3.', '2027-03-17', 'with the trailing dot Norwegians write'],
    ['1.12', '2027-12-01', 'a later month this year'],
    ['17/3', '2027-03-17', 'with a slash'],
    ['17-3', '2027-03-17', 'with a dash'],
    ['17.03.2027', '2027-03-17', 'the nb/da way'],
    ['17.3.2027', '2027-03-17', 'without zero padding'],
    ['17-03-2027', '2027-03-17', 'as Danish Excel copies'],
    ['17/03/2027', '2027-03-17', 'the British way'],
    ['2027-03-17', '2027-03-17', 'ISO, the Swedish way'],
    ['2027-3-7', '2027-03-07', 'ISO without padding'],
    ['17.3.27', '2027-03-17', 'a two-digit year in this century'],
    ['1.1.80', '1980-01-01', 'a two-digit year more than 50 years ahead goes back a century'],
    ['1.1.76', '2076-01-01', 'a two-digit year within 50 years ahead stays ahead'],
    ['  17.03.2027  ', '2027-03-17', 'with spaces around'],
    ['29.2.2028', '2028-02-29', 'a leap day'],
  ] as const)('reads %j as %s (%s)', ([text, iso]) => {
    expect(parseDateInput(text, TODAY)).toBe(iso);
  });

  it.for([
    ['31.2', 'the 31st of February this year'],
    ['29.2', 'a leap day in a common year'],
    ['17.13.2027', 'month thirteen'],
    ['0.3', 'day zero'],
    ['03/17/2027', 'month first, the US way: refused, never misread'],
    ['17.03-2027', 'mixed separators'],
    ['17.3.202', 'a three-digit year'],
    ['2027/03/17', 'year first with slashes'],
    ['17', 'a day alone'],
    ['17.03.2027 10:00', 'a time'],
    ['46463', 'an Excel serial number'],
    ['i morgen', 'words'],
  ] as const)('refuses %j (%s)', ([text]) => {
    expect(parseDateInput(text, TODAY)).toBeNull();
  });

  it('takes the year from today, not from the clock', () => {
    expect(parseDateInput('17.3', '2031-12-31')).toBe('2031-03-17');
  });
});

describe('parseNumberInput', () => {
  it.for([
    ['12', 'nb', 12],
    ['12,5', 'nb', 12.5],
    ['12.5', 'nb', 12.5],
    ['-3,25', 'sv', -3.25],
    ['\u22123,25', 'nb', -3.25],
    ['+4', 'en', 4],
    ['1 234,5', 'nb', 1234.5],
    ['1\u00a0234\u00a0567', 'sv', 1234567],
    ['1\u202f234', 'nb', 1234],
    ['1.234,5', 'da', 1234.5],
    ['1.234.567', 'da', 1234567],
    ['1,234.5', 'en', 1234.5],
    ['1,234,567', 'en', 1234567],
    ['1,234', 'en', 1234],
    ['1.234', 'da', 1234],
    ['1,234', 'nb', 1.234],
    ['1.234', 'nb', 1.234],
    ['1,234', 'da', 1.234],
    ['12,5', 'en', 12.5],
    [',5', 'nb', 0.5],
    ['1,5E+10', 'nb', 1.5e10],
    ['2e-3', 'en', 0.002],
  ] as const)('reads %j in %s as %d', ([text, locale, n]) => {
    expect(parseNumberInput(text, locale)).toBe(n);
  });

  it.for([
    ['', 'nothing'],
    ['abc', 'words'],
    ['12,5,3', 'two decimal commas that are no grouping'],
    ['1.2,3', 'grouping that is not by threes'],
    ['1,2.3.4', 'a decimal mark before grouping marks'],
    ['12 %', 'a percentage in a number column'],
    ['kr 100', 'a currency'],
    ['--3', 'two minus signs'],
  ] as const)('refuses %j (%s)', ([text]) => {
    expect(parseNumberInput(text, 'nb')).toBeNull();
  });
});

describe('parseCellInput', () => {
  it.for([
    'text',
    'longText',
    'number',
    'date',
    'person',
    'choice',
    'checkbox',
    'progress',
  ] as const)('clears a %s cell on empty or blank input', (type) => {
    expect(parseCellInput('', col('c', type, STATUS), nb)).toEqual(ok(null));
    expect(parseCellInput('  ', col('c', type, STATUS), nb)).toEqual(ok(null));
  });

  it('keeps text exactly as typed, spaces included', () => {
    expect(parseCellInput(' Møte  ', col('c', 'text'), nb)).toEqual(ok(' Møte  '));
  });

  it('keeps line breaks in long text and makes Windows line ends plain', () => {
    expect(parseCellInput('one\r\ntwo\nthree', col('c', 'longText'), nb)).toEqual(
      ok('one\ntwo\nthree'),
    );
  });

  it('takes any text for a person', () => {
    expect(parseCellInput('Åse Ødegård', col('c', 'person'), nb)).toEqual(ok('Åse Ødegård'));
  });

  it('reads a number with a decimal comma in nb, da and sv', () => {
    for (const locale of ['nb', 'da', 'sv'] as const) {
      expect(parseCellInput('12,5', col('c', 'number'), { locale, today: TODAY })).toEqual(
        ok(12.5),
      );
    }
  });

  it('refuses words in a number column', () => {
    expect(parseCellInput('tolv', col('c', 'number'), nb)).toEqual(REFUSED);
  });

  it.for([
    ['12 %', 12],
    ['12%', 12],
    ['12,5\u00a0%', 12.5],
    ['100', 100],
    ['0', 0],
  ] as const)('reads progress %j as %d', ([text, n]) => {
    expect(parseCellInput(text, col('c', 'progress'), nb)).toEqual(ok(n));
  });

  it.for(['101', '-1', '50 %%', 'half'])('refuses progress %j', (text) => {
    expect(parseCellInput(text, col('c', 'progress'), nb)).toEqual(REFUSED);
  });

  it('reads dates the way the issue asks: 17.3, 17.03.2027, 2027-03-17', () => {
    const date = col('c', 'date');
    expect(parseCellInput('17.3', date, nb)).toEqual(ok('2027-03-17'));
    expect(parseCellInput('17.03.2027', date, nb)).toEqual(ok('2027-03-17'));
    expect(parseCellInput('2027-03-17', date, { locale: 'sv', today: TODAY })).toEqual(
      ok('2027-03-17'),
    );
  });

  it('refuses a date that does not exist', () => {
    expect(parseCellInput('31.02.2027', col('c', 'date'), nb)).toEqual(REFUSED);
  });

  it.for([
    ['TRUE', true],
    ['FALSE', false],
    ['SANN', true],
    ['USANN', false],
    ['SAND', true],
    ['FALSK', false],
    ['SANT', true],
    ['FALSKT', false],
    ['ja', true],
    ['nei', false],
    ['Nej', false],
    ['yes', true],
    ['no', false],
    ['x', true],
    ['✓', true],
    ['1', true],
    ['0', false],
  ] as const)('reads checkbox %j as %s', ([text, b]) => {
    expect(parseCellInput(text, col('c', 'checkbox'), nb)).toEqual(ok(b));
  });

  it('refuses a checkbox word it does not know', () => {
    expect(parseCellInput('kanskje', col('c', 'checkbox'), nb)).toEqual(REFUSED);
  });

  it('reads a choice by its label, whatever the case', () => {
    const status = col('c', 'choice', STATUS);
    expect(parseCellInput('Ferdig', status, nb)).toEqual(ok('done'));
    expect(parseCellInput('PÅGÅR', status, nb)).toEqual(ok('doing'));
    expect(parseCellInput(' ikke startet ', status, nb)).toEqual(ok('todo'));
  });

  it('reads a choice by its id, as the editor’s list hands it over', () => {
    expect(parseCellInput('doing', col('c', 'choice', STATUS), nb)).toEqual(ok('doing'));
  });

  it('matches a label typed with a decomposed å (as pasted from a Mac)', () => {
    expect(parseCellInput('Pa\u030agår', col('c', 'choice', STATUS), nb)).toEqual(ok('doing'));
  });

  it('refuses a choice that is not an option', () => {
    expect(parseCellInput('Kanskje', col('c', 'choice', STATUS), nb)).toEqual(REFUSED);
  });

  it('gives values the model accepts unchanged', () => {
    const cases: [string, ColumnType][] = [
      ['12,5', 'number'],
      ['40 %', 'progress'],
      ['17.3', 'date'],
      ['SANT', 'checkbox'],
      ['Ferdig', 'choice'],
      ['Kari', 'person'],
    ];
    for (const [text, type] of cases) {
      const parsed = parseCellInput(text, col('c', type, STATUS), nb);
      expect(parsed.ok, text).toBe(true);
      if (!parsed.ok) continue;
      expect(coerceValue(parsed.value, type, STATUS), text).toEqual({
        ok: true,
        value: parsed.value,
      });
    }
  });
});

describe('formatCellText', () => {
  it('shows nothing for an empty cell', () => {
    expect(formatCellText({ state: 'empty' }, col('c', 'date'), 'nb')).toBe('');
  });

  it('shows an invalid value as its raw text', () => {
    expect(formatCellText({ state: 'invalid', raw: 'soon' }, col('c', 'date'), 'nb')).toBe('soon');
  });

  it.for([
    ['nb', '17.03.2027'],
    ['da', '17.03.2027'],
    ['sv', '2027-03-17'],
    ['en', '17/03/2027'],
  ] as const)('writes a date in %s as %s', ([locale, text]) => {
    expect(formatCellText(value('2027-03-17'), col('c', 'date'), locale)).toBe(text);
  });

  it.for([
    ['nb', '1234,5'],
    ['da', '1234,5'],
    ['sv', '1234,5'],
    ['en', '1234.5'],
  ] as const)('writes a number in %s as %s, without grouping', ([locale, text]) => {
    expect(formatCellText(value(1234.5), col('c', 'number'), locale)).toBe(text);
  });

  it('writes a negative number with an ASCII minus, which spreadsheets read as a number', () => {
    expect(formatCellText(value(-3.25), col('c', 'number'), 'nb')).toBe('-3,25');
    expect(formatCellText(value(-3.25), col('c', 'number'), 'sv')).toBe('-3,25');
  });

  it('writes progress as a bare number', () => {
    expect(formatCellText(value(40), col('c', 'progress'), 'nb')).toBe('40');
  });

  it('writes a choice as its label', () => {
    expect(formatCellText(value('doing'), col('c', 'choice', STATUS), 'nb')).toBe('Pågår');
  });

  it('writes a ticked box as ✓ and an unticked one as nothing', () => {
    expect(formatCellText(value(true), col('c', 'checkbox'), 'nb')).toBe(CHECK_MARK);
    expect(formatCellText(value(false), col('c', 'checkbox'), 'nb')).toBe('');
  });

  it('writes text as it is', () => {
    expect(formatCellText(value('a\nb'), col('c', 'longText'), 'nb')).toBe('a\nb');
  });

  it('reads back what it writes, in every locale', () => {
    const cells: [ColumnType, string | number | boolean][] = [
      ['date', '2027-03-17'],
      ['date', '1999-12-31'],
      ['number', 1234.5],
      ['number', -0.125],
      ['number', 1.234],
      ['number', 1234],
      ['progress', 12.5],
      ['choice', 'done'],
      ['checkbox', true],
      ['text', 'Plan'],
    ];
    for (const locale of ['nb', 'da', 'sv', 'en'] as const) {
      for (const [type, v] of cells) {
        const column = col('c', type, STATUS);
        const text = formatCellText(value(v), column, locale);
        expect(
          parseCellInput(text, column, { locale, today: TODAY }),
          `${locale} ${type} ${text}`,
        ).toEqual(ok(v));
      }
    }
  });
});

describe('formatCellNumber', () => {
  it('writes numbers as lib/i18n formatNumber does, bar the ASCII minus', () => {
    for (const locale of ['nb', 'da', 'sv', 'en'] as const) {
      for (const n of [0, 1, -1, 12.5, -3.25, 1234567.891, 0.000123, 1 / 3, 1e15]) {
        expect(formatCellNumber(n, locale), `${locale} ${n}`).toBe(
          formatNumber(n, locale).replace(/\u2212/g, '-'),
        );
      }
    }
  });
});
