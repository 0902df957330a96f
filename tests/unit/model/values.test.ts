import { describe, expect, it } from 'vitest';
import type { ChoiceOption } from '@/lib/model/schema';
import {
  coerceValue,
  parseDate,
  parseNumber,
  rawText,
  readValue,
  sameCellRead,
} from '@/lib/model/values';

const OPTIONS: ChoiceOption[] = [
  { id: 'todo', label: 'Ikke startet', color: '#999999' },
  { id: 'done', label: 'Ferdig', color: '#16a34a' },
  { id: 'open', label: 'Åpen', color: '#2563eb' },
];
const NONE: readonly ChoiceOption[] = [];

describe('parseDate', () => {
  it.for([
    ['2027-03-17', '2027-03-17'],
    [' 2027-03-17 ', '2027-03-17'],
    ['17.03.2027', '2027-03-17'],
    ['17.3.2027', '2027-03-17'],
    ['7.3.2027', '2027-03-07'],
    ['17-03-2027', '2027-03-17'],
    ['17/03/2027', '2027-03-17'],
    ['31.12.2027', '2027-12-31'],
    ['01.01.0999', '0999-01-01'],
  ] as const)('reads %j as %s', ([text, iso]) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.for([
    ['31.02.2027', 'the 31st of February'],
    ['29.02.2027', 'a leap day in a common year'],
    ['29.02.2100', 'a leap day in a century that is not a leap year'],
    ['2027-02-30', 'an ISO date past the end of February'],
    ['31.04.2027', 'the 31st of a 30-day month'],
    ['00.03.2027', 'day zero'],
    ['17.00.2027', 'month zero'],
    ['17.13.2027', 'month thirteen'],
    ['2027-13-01', 'an ISO month thirteen'],
    ['17.03.27', 'a two-digit year'],
    ['2027-3-17', 'an ISO date without zero padding'],
    ['2027/03/17', 'a year-first date with slashes'],
    ['17.03.2027 10:00', 'a date with a time'],
    ['next Tuesday', 'words'],
    ['', 'nothing'],
  ] as const)('refuses %j (%s)', ([text]) => {
    expect(parseDate(text)).toBeNull();
  });

  it('knows leap years: 29 February exists in 2028 and 2000 but not in 2027', () => {
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate('29.02.2027')).toBeNull();
  });
});

describe('parseNumber', () => {
  it.for([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['12,', 12],
    ['+3', 3],
    ['-3,25', -3.25],
    ['\u22123,25', -3.25],
    ['1 234', 1234],
    ['1 234 567,89', 1234567.89],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['  42  ', 42],
    ['0', 0],
  ] as const)('reads %j as %d', ([text, value]) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.for([
    ['', 'nothing'],
    ['   ', 'only spaces'],
    ['abc', 'words'],
    ['12 kr', 'a unit'],
    ['1.234,5', 'two kinds of separator'],
    ['1,2,3', 'two decimal commas'],
    ['--5', 'a double minus'],
    ['-', 'a lone minus'],
    ['1e5', 'an exponent'],
    ['0x10', 'hexadecimal'],
    ['Infinity', 'infinity'],
    ['1'.repeat(400), 'a number too large to hold'],
  ] as const)('refuses %j (%s)', ([text]) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('coerceValue', () => {
  const ok = (value: string | number | boolean | null) => ({ ok: true, value });
  const refused = { ok: false };

  it.for([
    'text',
    'longText',
    'number',
    'date',
    'person',
    'choice',
    'checkbox',
    'progress',
  ] as const)('clears a %s cell given nothing or an empty string', (type) => {
    for (const input of [null, undefined, '']) {
      expect(coerceValue(input, type, OPTIONS), JSON.stringify(input)).toEqual(ok(null));
    }
  });

  it.for(['number', 'date', 'choice', 'checkbox', 'progress'] as const)(
    'clears a %s cell given only spaces',
    (type) => {
      expect(coerceValue(' \u00a0 ', type, OPTIONS)).toEqual(ok(null));
    },
  );

  it('keeps text as typed, spaces included, and writes other values as text', () => {
    expect(coerceValue('  Kari  ', 'text', NONE)).toEqual(ok('  Kari  '));
    expect(coerceValue('   ', 'text', NONE)).toEqual(ok('   '));
    expect(coerceValue('Linje 1\nLinje 2', 'longText', NONE)).toEqual(ok('Linje 1\nLinje 2'));
    expect(coerceValue('Ola Nordmann', 'person', NONE)).toEqual(ok('Ola Nordmann'));
    expect(coerceValue(12.5, 'text', NONE)).toEqual(ok('12.5'));
    expect(coerceValue(false, 'person', NONE)).toEqual(ok('false'));
    expect(coerceValue({ a: 1 }, 'longText', NONE)).toEqual(ok('{"a":1}'));
  });

  it('converts numbers written the Nordic way and refuses what is not a number', () => {
    expect(coerceValue(7, 'number', NONE)).toEqual(ok(7));
    expect(coerceValue('1 234,5', 'number', NONE)).toEqual(ok(1234.5));
    expect(coerceValue('\u22127', 'number', NONE)).toEqual(ok(-7));
    expect(coerceValue(true, 'number', NONE)).toEqual(ok(1));
    expect(coerceValue(false, 'number', NONE)).toEqual(ok(0));
    expect(coerceValue('about ten', 'number', NONE)).toEqual(refused);
    expect(coerceValue(Number.NaN, 'number', NONE)).toEqual(refused);
    expect(coerceValue(Number.POSITIVE_INFINITY, 'number', NONE)).toEqual(refused);
  });

  it('accepts progress from 0 to 100, with or without a percent sign, and nothing outside', () => {
    expect(coerceValue(0, 'progress', NONE)).toEqual(ok(0));
    expect(coerceValue(100, 'progress', NONE)).toEqual(ok(100));
    expect(coerceValue('50 %', 'progress', NONE)).toEqual(ok(50));
    expect(coerceValue('99,5%', 'progress', NONE)).toEqual(ok(99.5));
    expect(coerceValue(' 12 ', 'progress', NONE)).toEqual(ok(12));
    expect(coerceValue(150, 'progress', NONE)).toEqual(refused);
    expect(coerceValue('100,1', 'progress', NONE)).toEqual(refused);
    expect(coerceValue('-1', 'progress', NONE)).toEqual(refused);
    expect(coerceValue(-0.5, 'progress', NONE)).toEqual(refused);
    expect(coerceValue('half', 'progress', NONE)).toEqual(refused);
  });

  it('converts dates to ISO form and refuses days that do not exist', () => {
    expect(coerceValue('2027-03-17', 'date', NONE)).toEqual(ok('2027-03-17'));
    expect(coerceValue('17.3.2027', 'date', NONE)).toEqual(ok('2027-03-17'));
    expect(coerceValue('29.02.2028', 'date', NONE)).toEqual(ok('2028-02-29'));
    expect(coerceValue('29.02.2027', 'date', NONE)).toEqual(refused);
    expect(coerceValue('31.02.2027', 'date', NONE)).toEqual(refused);
    expect(coerceValue(20270317, 'date', NONE)).toEqual(refused);
  });

  it.for([
    ['ja', true],
    ['JA', true],
    ['Ja', true],
    ['yes', true],
    ['true', true],
    ['x', true],
    ['X', true],
    ['1', true],
    ['✓', true],
    ['on', true],
    ['nei', false],
    ['Nei', false],
    ['nej', false],
    ['NEJ', false],
    ['no', false],
    ['false', false],
    ['0', false],
    ['off', false],
  ] as const)('reads the checkbox word %j as %s (nb, da, sv and en)', ([word, value]) => {
    expect(coerceValue(word, 'checkbox', NONE)).toEqual(ok(value));
  });

  it('takes booleans and 1/0 as checkbox values and refuses other words', () => {
    expect(coerceValue(true, 'checkbox', NONE)).toEqual(ok(true));
    expect(coerceValue(false, 'checkbox', NONE)).toEqual(ok(false));
    expect(coerceValue(1, 'checkbox', NONE)).toEqual(ok(true));
    expect(coerceValue(0, 'checkbox', NONE)).toEqual(ok(false));
    expect(coerceValue('kanskje', 'checkbox', NONE)).toEqual(refused);
    expect(coerceValue(2, 'checkbox', NONE)).toEqual(refused);
  });

  it('finds a choice by its id or by its label in any case, and refuses an unknown one', () => {
    expect(coerceValue('done', 'choice', OPTIONS)).toEqual(ok('done'));
    expect(coerceValue(' done ', 'choice', OPTIONS)).toEqual(ok('done'));
    expect(coerceValue('Ferdig', 'choice', OPTIONS)).toEqual(ok('done'));
    expect(coerceValue('FERDIG', 'choice', OPTIONS)).toEqual(ok('done'));
    expect(coerceValue('ikke startet', 'choice', OPTIONS)).toEqual(ok('todo'));
    expect(coerceValue('ÅPEN', 'choice', OPTIONS)).toEqual(ok('open'));
    expect(coerceValue('Kanskje', 'choice', OPTIONS)).toEqual(refused);
    expect(coerceValue('done', 'choice', NONE)).toEqual(refused);
  });
});

describe('readValue', () => {
  const ok = (value: string | number | boolean) => ({ state: 'ok', value });
  const invalid = (raw: string) => ({ state: 'invalid', raw });
  const empty = { state: 'empty' };

  it.for([
    'text',
    'longText',
    'number',
    'date',
    'person',
    'choice',
    'checkbox',
    'progress',
  ] as const)('shows nothing stored in a %s cell as empty', (type) => {
    for (const stored of [null, undefined, '']) {
      expect(readValue(stored, type, OPTIONS), JSON.stringify(stored)).toEqual(empty);
    }
  });

  it.for([
    ['text', 'Kari', ok('Kari')],
    ['text', '   ', ok('   ')],
    ['text', 17, invalid('17')],
    ['longText', 'Linje 1\nLinje 2', ok('Linje 1\nLinje 2')],
    ['person', true, invalid('true')],
    ['number', 0, ok(0)],
    ['number', -12.5, ok(-12.5)],
    ['number', '12', invalid('12')],
    ['number', Number.NaN, invalid('NaN')],
    ['number', Number.POSITIVE_INFINITY, invalid('Infinity')],
    ['progress', 0, ok(0)],
    ['progress', 100, ok(100)],
    ['progress', 101, invalid('101')],
    ['progress', -1, invalid('-1')],
    ['date', '2028-02-29', ok('2028-02-29')],
    ['date', '2027-02-29', invalid('2027-02-29')],
    ['date', '2000-02-29', ok('2000-02-29')],
    ['date', '2100-02-29', invalid('2100-02-29')],
    ['date', '2027-04-31', invalid('2027-04-31')],
    ['date', '2027-12-31', ok('2027-12-31')],
    ['date', ' 2027-12-31', invalid(' 2027-12-31')],
    ['date', '17.03.2027', invalid('17.03.2027')],
    ['checkbox', false, ok(false)],
    ['checkbox', 'ja', invalid('ja')],
    ['choice', 'done', ok('done')],
    ['choice', 'Ferdig', invalid('Ferdig')],
    ['choice', 'gone', invalid('gone')],
  ] as const)('reads %s %j as %j', ([type, stored, expected]) => {
    expect(readValue(stored, type, OPTIONS)).toEqual(expected);
  });

  it('flags anything a peer might send instead of throwing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(readValue({ nested: ['object'] }, 'number', NONE)).toEqual(
      invalid('{"nested":["object"]}'),
    );
    expect(readValue([1, 'two'], 'text', NONE)).toEqual(invalid('[1,"two"]'));
    expect(readValue(circular, 'date', NONE)).toEqual(invalid('[?]'));
    expect(readValue(10n, 'number', NONE)).toEqual(invalid('[?]'));
    expect(readValue(() => 1, 'text', NONE)).toEqual(invalid(''));
  });
});

describe('sameCellRead', () => {
  it('holds two reads of the same value the same, and any other difference not', () => {
    expect(sameCellRead({ state: 'ok', value: 'Kari' }, { state: 'ok', value: 'Kari' })).toBe(true);
    expect(sameCellRead({ state: 'empty' }, { state: 'empty' })).toBe(true);
    expect(sameCellRead({ state: 'invalid', raw: 'x' }, { state: 'invalid', raw: 'x' })).toBe(true);
    expect(sameCellRead({ state: 'ok', value: 1 }, { state: 'ok', value: '1' })).toBe(false);
    expect(sameCellRead({ state: 'ok', value: 'x' }, { state: 'invalid', raw: 'x' })).toBe(false);
    expect(sameCellRead({ state: 'invalid', raw: 'x' }, { state: 'invalid', raw: 'y' })).toBe(
      false,
    );
    expect(sameCellRead({ state: 'empty' }, { state: 'ok', value: false })).toBe(false);
    expect(sameCellRead({ state: 'ok', value: false }, { state: 'empty' })).toBe(false);
  });
});

describe('rawText', () => {
  it('renders plain values as they are and nothing as an empty string', () => {
    expect(rawText(undefined)).toBe('');
    expect(rawText(null)).toBe('');
    expect(rawText('')).toBe('');
    expect(rawText('  Kari ')).toBe('  Kari ');
    expect(rawText(12.5)).toBe('12.5');
    expect(rawText(-0)).toBe('0');
    expect(rawText(true)).toBe('true');
  });

  it('renders objects and arrays as JSON, and what JSON cannot hold as a marker', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(rawText({ a: 1, b: 'x' })).toBe('{"a":1,"b":"x"}');
    expect(rawText([1, null, 'x'])).toBe('[1,null,"x"]');
    expect(rawText(circular)).toBe('[?]');
    expect(rawText(10n)).toBe('[?]');
    expect(rawText(Symbol('s'))).toBe('');
    expect(rawText(() => 1)).toBe('');
  });
});
