import { describe, expect, it } from 'vitest';
import {
  CSV_DIALECTS,
  csvRecord,
  encodeCsv,
  formatCsvBoolean,
  formatCsvCell,
  formatCsvDate,
  formatCsvNumber,
  isCsvDialectId,
  quoteCsvField,
} from '@/lib/csv/dialect';
import type { CellRead } from '@/lib/model/schema';
import { parseCellInput } from '@/lib/grid/cell-input';
import { col, STATUS } from '../grid/builders';

const excel = CSV_DIALECTS['excel-nordic'];
const standard = CSV_DIALECTS.standard;
const ok = (value: string | number | boolean): CellRead => ({ state: 'ok', value });

describe('the two dialects', () => {
  it('Excel (Nordic) is ; with a BOM and CRLF; Standard CSV is , without a BOM and CRLF', () => {
    expect([excel.separator, excel.bom, excel.newline, excel.decimalMark]).toEqual([
      ';',
      true,
      '\r\n',
      ',',
    ]);
    expect([standard.separator, standard.bom, standard.newline, standard.decimalMark]).toEqual([
      ',',
      false,
      '\r\n',
      '.',
    ]);
  });

  it('knows its ids and nothing else', () => {
    expect(isCsvDialectId('excel-nordic')).toBe(true);
    expect(isCsvDialectId('standard')).toBe(true);
    expect(isCsvDialectId('excel')).toBe(false);
    expect(isCsvDialectId(3)).toBe(false);
  });
});

describe('formatCsvNumber', () => {
  it('writes a decimal comma, ASCII minus and no grouping in Excel (Nordic)', () => {
    expect(formatCsvNumber(1234567.5, excel)).toBe('1234567,5');
    expect(formatCsvNumber(-0.25, excel)).toBe('-0,25');
    expect(formatCsvNumber(42, excel)).toBe('42');
  });

  it('writes a decimal point in Standard CSV', () => {
    expect(formatCsvNumber(1234567.5, standard)).toBe('1234567.5');
    expect(formatCsvNumber(-3.125, standard)).toBe('-3.125');
  });

  it('never writes an exponent, and keeps every digit', () => {
    expect(formatCsvNumber(1e21, standard)).toBe('1000000000000000000000');
    expect(formatCsvNumber(1.5e-7, excel)).toBe('0,00000015');
    expect(formatCsvNumber(0.1 + 0.2, standard)).toBe('0.30000000000000004');
    expect(formatCsvNumber(-1.25e-9, standard)).toBe('-0.00000000125');
    expect(formatCsvNumber(1.5e22, excel)).toBe('15000000000000000000000');
    expect(formatCsvNumber(-0, excel)).toBe('0');
  });
});

describe('formatCsvDate', () => {
  it('writes dd.mm.yyyy for nb and da, ISO for sv and en, in Excel (Nordic)', () => {
    expect(formatCsvDate('2027-03-07', excel, 'nb')).toBe('07.03.2027');
    expect(formatCsvDate('2027-03-07', excel, 'da')).toBe('07.03.2027');
    expect(formatCsvDate('2027-03-07', excel, 'sv')).toBe('2027-03-07');
    expect(formatCsvDate('2027-03-07', excel, 'en')).toBe('2027-03-07');
  });

  it('writes ISO dates in Standard CSV whatever the language', () => {
    expect(formatCsvDate('2027-03-07', standard, 'nb')).toBe('2027-03-07');
  });
});

describe('formatCsvBoolean', () => {
  it('writes the language’s yes and no in Excel (Nordic), true and false in Standard CSV', () => {
    expect([true, false].map((b) => formatCsvBoolean(b, excel, 'nb'))).toEqual(['ja', 'nei']);
    expect([true, false].map((b) => formatCsvBoolean(b, excel, 'da'))).toEqual(['ja', 'nej']);
    expect([true, false].map((b) => formatCsvBoolean(b, excel, 'sv'))).toEqual(['ja', 'nej']);
    expect([true, false].map((b) => formatCsvBoolean(b, excel, 'en'))).toEqual(['yes', 'no']);
    expect([true, false].map((b) => formatCsvBoolean(b, standard, 'nb'))).toEqual([
      'true',
      'false',
    ]);
  });
});

describe('formatCsvCell', () => {
  it('writes each column type as the dialect asks', () => {
    const cases: [ReturnType<typeof col>, CellRead, string, string][] = [
      [col('n', 'number'), ok(-12.5), '-12,5', '-12.5'],
      [col('p', 'progress'), ok(62.5), '62,5', '62.5'],
      [col('d', 'date'), ok('2027-12-31'), '31.12.2027', '2027-12-31'],
      [col('c', 'choice', STATUS), ok('doing'), 'Pågår', 'Pågår'],
      [col('b', 'checkbox'), ok(true), 'ja', 'true'],
      [col('who', 'person'), ok('Kari Nordmann'), 'Kari Nordmann', 'Kari Nordmann'],
      [col('t', 'text'), ok('=SUM(A1:A9)'), "'=SUM(A1:A9)", "'=SUM(A1:A9)"],
      [col('t', 'text'), { state: 'empty' }, '', ''],
      [col('n', 'number'), { state: 'invalid', raw: '-x' }, "'-x", "'-x"],
    ];
    for (const [column, read, inExcel, inStandard] of cases) {
      expect(formatCsvCell(read, column, excel, 'nb'), column.type).toBe(inExcel);
      expect(formatCsvCell(read, column, standard, 'nb'), column.type).toBe(inStandard);
    }
  });

  it('never neutralises a negative number, but does a text cell that starts with a minus', () => {
    expect(formatCsvCell(ok(-5), col('n', 'number'), excel, 'nb')).toBe('-5');
    expect(formatCsvCell(ok('-5'), col('t', 'text'), excel, 'nb')).toBe("'-5");
  });

  it('neutralises a choice label and a person that would run as a formula', () => {
    const options = [{ id: 'x', label: '@risk', color: '#000' }];
    expect(formatCsvCell(ok('x'), col('c', 'choice', options), standard, 'en')).toBe("'@risk");
    expect(formatCsvCell(ok('+47 900 00 000'), col('who', 'person'), standard, 'en')).toBe(
      "'+47 900 00 000",
    );
  });

  it('writes values that Forankra itself reads back to the same value', () => {
    const today = { locale: 'nb' as const, today: '2027-01-01' };
    const cases: [ReturnType<typeof col>, string | number | boolean][] = [
      [col('n', 'number'), -1234.0625],
      [col('p', 'progress'), 37.5],
      [col('d', 'date'), '2027-02-28'],
      [col('c', 'choice', STATUS), 'done'],
      [col('b', 'checkbox'), true],
      [col('b', 'checkbox'), false],
    ];
    for (const [column, value] of cases) {
      const text = formatCsvCell(ok(value), column, excel, 'nb');
      expect(parseCellInput(text, column, today), `${column.type} ${text}`).toEqual({
        ok: true,
        value,
      });
    }
  });
});

describe('quoting and records', () => {
  it('quotes a field holding the separator, a quote or a line break, and doubles quotes', () => {
    expect(quoteCsvField('a;b', excel)).toBe('"a;b"');
    expect(quoteCsvField('a;b', standard)).toBe('a;b');
    expect(quoteCsvField('a,b', standard)).toBe('"a,b"');
    expect(quoteCsvField('a,b', excel)).toBe('a,b');
    expect(quoteCsvField('say "hei"', excel)).toBe('"say ""hei"""');
    expect(quoteCsvField('line\nbreak', standard)).toBe('"line\nbreak"');
    expect(quoteCsvField('cr\rhere', standard)).toBe('"cr\rhere"');
    expect(quoteCsvField('plain', standard)).toBe('plain');
  });

  it('joins a record with the separator and ends it with CRLF', () => {
    expect(csvRecord(['a', 'b;c', ''], excel)).toBe('a;"b;c";\r\n');
    expect(csvRecord(['a', 'b;c', ''], standard)).toBe('a,b;c,\r\n');
  });

  it('encodes UTF-8 with a BOM for Excel (Nordic) and without one for Standard CSV', () => {
    expect([...encodeCsv('æ', excel)]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa6]);
    expect([...encodeCsv('æ', standard)]).toEqual([0xc3, 0xa6]);
  });
});
