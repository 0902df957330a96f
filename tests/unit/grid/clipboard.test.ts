import { describe, expect, it } from 'vitest';
import { formatTable, parseTable } from '@/lib/grid/clipboard';

describe('parseTable', () => {
  it('reads nothing from an empty clipboard', () => {
    expect(parseTable('')).toEqual([]);
  });

  it('reads a single cell as Excel copies it, with a trailing CRLF', () => {
    expect(parseTable('Kari\r\n')).toEqual([['Kari']]);
  });

  it('reads a single cell with no trailing newline, as Sheets copies it', () => {
    expect(parseTable('Kari')).toEqual([['Kari']]);
  });

  it('reads a block with CRLF between rows and at the end (Excel on Windows)', () => {
    expect(parseTable('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads a block with LF between rows (LibreOffice, Sheets)', () => {
    expect(parseTable('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads rows ended by a lone CR (old Excel for Mac)', () => {
    expect(parseTable('a\tb\rc\td\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('ignores only one trailing newline: a blank last row that was copied stays', () => {
    expect(parseTable('a\n\n')).toEqual([['a'], ['']]);
  });

  it('keeps empty cells, leading, inner and trailing', () => {
    expect(parseTable('\tb\t\t\r\n')).toEqual([['', 'b', '', '']]);
  });

  it('keeps a single empty cell', () => {
    expect(parseTable('\n')).toEqual([['']]);
  });

  it('reads a quoted cell with a line break inside (Alt+Enter in Excel)', () => {
    expect(parseTable('"Line one\nline two"\tnext\r\nx\ty\r\n')).toEqual([
      ['Line one\nline two', 'next'],
      ['x', 'y'],
    ]);
  });

  it('reads a quoted cell with a CRLF inside', () => {
    expect(parseTable('"one\r\ntwo"\r\n')).toEqual([['one\r\ntwo']]);
  });

  it('reads a quoted cell holding a tab', () => {
    expect(parseTable('"a\tb"\tc')).toEqual([['a\tb', 'c']]);
  });

  it('turns doubled quotes inside a quoted cell into one', () => {
    expect(parseTable('"She said ""hei"""\tx\n')).toEqual([['She said "hei"', 'x']]);
  });

  it('reads a quoted cell that is nothing but a quote', () => {
    expect(parseTable('""""\n')).toEqual([['"']]);
  });

  it('reads an empty quoted cell as empty', () => {
    expect(parseTable('""\tb')).toEqual([['', 'b']]);
  });

  it('keeps a quote in the middle of an unquoted cell', () => {
    expect(parseTable('5" pipe\tx')).toEqual([['5" pipe', 'x']]);
  });

  it('reads a cell that starts with a quote but does not close before a tab as literal text', () => {
    expect(parseTable('"Fin" dag\tx\n')).toEqual([['"Fin" dag', 'x']]);
  });

  it('reads an unterminated quote as literal text up to the next tab', () => {
    expect(parseTable('"hello\tworld\nnext')).toEqual([['"hello', 'world'], ['next']]);
  });

  it('keeps ragged rows ragged', () => {
    expect(parseTable('a\tb\tc\nd\ne\tf\n')).toEqual([['a', 'b', 'c'], ['d'], ['e', 'f']]);
  });

  it('keeps Nordic letters and spaces exactly', () => {
    expect(parseTable(' Ærlig  \tø\u00a0å\n')).toEqual([[' Ærlig  ', 'ø\u00a0å']]);
  });
});

describe('formatTable', () => {
  it('writes tabs between cells and ends every row with CRLF, as Excel does', () => {
    expect(
      formatTable([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a\tb\r\nc\td\r\n');
  });

  it('leaves plain cells unquoted', () => {
    expect(formatTable([['Pågår', '17.03.2027', '12,5']])).toBe('Pågår\t17.03.2027\t12,5\r\n');
  });

  it('quotes a cell with a line break and keeps the break inside', () => {
    expect(formatTable([['one\ntwo', 'x']])).toBe('"one\ntwo"\tx\r\n');
  });

  it('quotes a cell with a tab', () => {
    expect(formatTable([['a\tb']])).toBe('"a\tb"\r\n');
  });

  it('quotes a cell with a quote and doubles the quote', () => {
    expect(formatTable([['5" pipe']])).toBe('"5"" pipe"\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(formatTable([])).toBe('');
  });

  it('round-trips awkward cells through parseTable', () => {
    const cells = [
      ['plain', '', 'with\ttab', 'line\nbreak'],
      ['"quoted"', 'say ""hi""', '\r\n', 'æøå ÄÖ'],
      ['', '', '', ''],
    ];
    expect(parseTable(formatTable(cells))).toEqual(cells);
  });

  it('copies a single empty cell as a line, so pasting it clears rather than does nothing', () => {
    expect(formatTable([['']])).toBe('\r\n');
    expect(parseTable(formatTable([['']]))).toEqual([['']]);
  });

  it('keeps an empty cell at the foot of a one-column block', () => {
    const cells = [['a'], ['b'], ['']];
    expect(parseTable(formatTable(cells))).toEqual(cells);
  });
});
