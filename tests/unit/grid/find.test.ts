import { describe, expect, it } from 'vitest';
import { findMatches, nextMatch, searchText } from '@/lib/grid/find';
import { col, reader, STATUS } from './builders';

const COLUMNS = [
  col('task'),
  col('due', 'date'),
  col('status', 'choice', STATUS),
  col('n', 'number'),
];
const CELLS: Record<string, Record<string, unknown>> = {
  r0: { task: 'Får opplæring', due: '2027-03-17', status: 'doing', n: 12.5 },
  r1: { task: 'Far til møte', status: 'done' },
  r2: { task: 'MØTE med leder', due: 'neste uke' },
};
const IDS = Object.keys(CELLS);
const read = reader(CELLS);
const find = (query: string, locale: 'nb' | 'sv' = 'nb') =>
  findMatches(query, IDS, COLUMNS, read, locale);

describe('findMatches', () => {
  it('finds cells whose shown text contains the query, in reading order', () => {
    expect(find('møte')).toEqual([
      { row: 1, col: 0 },
      { row: 2, col: 0 },
    ]);
  });

  it('ignores case', () => {
    expect(find('MØTE')).toEqual(find('møte'));
  });

  it('does not take å for a: "far" finds the father, not the sheep', () => {
    expect(find('far')).toEqual([{ row: 1, col: 0 }]);
    expect(find('får')).toEqual([{ row: 0, col: 0 }]);
  });

  it('does not take ø for o', () => {
    expect(find('mote')).toEqual([]);
  });

  it('finds a decomposed å typed or pasted from a Mac', () => {
    expect(find('fa\u030ar')).toEqual([{ row: 0, col: 0 }]);
  });

  it('searches dates and numbers as the locale writes them', () => {
    expect(find('17.03')).toEqual([{ row: 0, col: 1 }]);
    expect(find('2027-03-17', 'sv')).toEqual([{ row: 0, col: 1 }]);
    expect(find('12,5')).toEqual([{ row: 0, col: 3 }]);
  });

  it('searches a choice by its label, not its id', () => {
    expect(find('ferdig')).toEqual([{ row: 1, col: 2 }]);
    expect(find('done')).toEqual([]);
  });

  it('searches an invalid value by its raw text', () => {
    expect(find('neste')).toEqual([{ row: 2, col: 1 }]);
  });

  it('finds nothing for an empty query', () => {
    expect(find('')).toEqual([]);
  });

  it('finds nothing in an empty sheet', () => {
    expect(findMatches('a', [], COLUMNS, read, 'nb')).toEqual([]);
  });
});

describe('searchText', () => {
  it('lower-cases and composes, but keeps æ, ø, å, ä and ö', () => {
    expect(searchText('ÆØÅ ÄÖ A\u030a', 'nb')).toBe('æøå äö å');
  });
});

describe('nextMatch', () => {
  const matches = [
    { row: 0, col: 2 },
    { row: 1, col: 0 },
    { row: 3, col: 1 },
  ];

  it('goes to the next match after the current one', () => {
    expect(nextMatch(matches, { row: 0, col: 2 }, false)).toEqual({ row: 1, col: 0 });
  });

  it('goes to the next match after a cell that is not a match', () => {
    expect(nextMatch(matches, { row: 2, col: 4 }, false)).toEqual({ row: 3, col: 1 });
  });

  it('wraps from the last match to the first', () => {
    expect(nextMatch(matches, { row: 3, col: 1 }, false)).toEqual({ row: 0, col: 2 });
  });

  it('goes to the previous match backwards', () => {
    expect(nextMatch(matches, { row: 3, col: 1 }, true)).toEqual({ row: 1, col: 0 });
    expect(nextMatch(matches, { row: 2, col: 0 }, true)).toEqual({ row: 1, col: 0 });
  });

  it('wraps from the first match to the last backwards', () => {
    expect(nextMatch(matches, { row: 0, col: 2 }, true)).toEqual({ row: 3, col: 1 });
  });

  it('finds the first match from before the first cell', () => {
    expect(nextMatch(matches, { row: 0, col: -1 }, false)).toEqual({ row: 0, col: 2 });
  });

  it('stays on a lone match', () => {
    expect(nextMatch([{ row: 2, col: 2 }], { row: 2, col: 2 }, false)).toEqual({ row: 2, col: 2 });
    expect(nextMatch([{ row: 2, col: 2 }], { row: 2, col: 2 }, true)).toEqual({ row: 2, col: 2 });
  });

  it('is null without matches', () => {
    expect(nextMatch([], { row: 0, col: 0 }, false)).toBeNull();
  });
});
