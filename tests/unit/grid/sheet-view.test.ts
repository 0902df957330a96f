import { describe, expect, it } from 'vitest';
import { displayLines } from '@/lib/grid/sheet-view';
import type { DisplayLine, FilterSpec, SheetViewSpec, SortSpec } from '@/lib/grid/types';
import { col, countingReader, reader, STATUS } from './builders';

const task = col('task');
const due = col('due', 'date');
const hours = col('hours', 'number');
const status = col('status', 'choice', STATUS);
const done = col('ok', 'checkbox');
const COLUMNS = [task, due, hours, status, done];

const CELLS: Record<string, Record<string, unknown>> = {
  a: { task: 'Øving', due: '2027-03-01', hours: 10, status: 'doing', ok: true },
  b: { task: 'ærend', due: '2027-01-15', hours: 2, status: 'done' },
  c: { task: 'Avtale', hours: 2.5, status: 'todo', ok: false },
  d: { task: 'Zebra', due: 'soon', hours: 'many' },
  e: { task: 'Møte 10', due: '2027-02-01', hours: 100, status: 'doing', ok: true },
  f: { task: 'Møte 9' },
};
const IDS = Object.keys(CELLS);
const read = reader(CELLS);

function view(spec: Partial<SheetViewSpec>, locale: 'nb' | 'sv' | 'en' = 'nb'): DisplayLine[] {
  return displayLines(
    IDS,
    COLUMNS,
    read,
    { sort: [], filters: [], groupBy: null, collapsed: [], ...spec },
    locale,
  );
}
const shownIds = (lines: DisplayLine[]) =>
  lines.flatMap((l) => (l.kind === 'row' ? [l.rowId] : []));
const filtered = (...filters: FilterSpec[]) => shownIds(view({ filters }));
const sorted = (...sort: SortSpec[]) => shownIds(view({ sort }));

describe('displayLines without a view', () => {
  it('shows every row in sheet order', () => {
    expect(shownIds(view({}))).toEqual(IDS);
  });

  it('shows nothing for an empty sheet', () => {
    expect(
      displayLines(
        [],
        COLUMNS,
        read,
        {
          sort: [{ columnId: 'task', direction: 'asc' }],
          filters: [],
          groupBy: 'status',
          collapsed: [],
        },
        'nb',
      ),
    ).toEqual([]);
  });
});

describe('displayLines: filters', () => {
  it('"contains" matches the shown text, whatever the case', () => {
    expect(filtered({ columnId: 'task', op: 'contains', text: 'MØTE' })).toEqual(['e', 'f']);
  });

  it('"contains" matches a choice by its label', () => {
    expect(filtered({ columnId: 'status', op: 'contains', text: 'pågå' })).toEqual(['a', 'e']);
  });

  it('"contains" matches a date as the locale writes it', () => {
    expect(filtered({ columnId: 'due', op: 'contains', text: '.03.' })).toEqual(['a']);
  });

  it('"contains" with no text hides nothing', () => {
    expect(filtered({ columnId: 'task', op: 'contains', text: '' })).toEqual(IDS);
  });

  it('"contains" does not take ø for o', () => {
    expect(filtered({ columnId: 'task', op: 'contains', text: 'oving' })).toEqual([]);
  });

  it('"is" keeps rows whose choice is one of the options', () => {
    expect(filtered({ columnId: 'status', op: 'is', optionIds: ['done', 'todo'] })).toEqual([
      'b',
      'c',
    ]);
  });

  it('"is" with no option chosen yet hides nothing', () => {
    expect(filtered({ columnId: 'status', op: 'is', optionIds: [] })).toEqual(IDS);
  });

  it('"before" is strict and never matches an empty or invalid date', () => {
    expect(filtered({ columnId: 'due', op: 'before', date: '2027-02-01' })).toEqual(['b']);
  });

  it('"after" is strict and never matches an empty or invalid date', () => {
    expect(filtered({ columnId: 'due', op: 'after', date: '2027-02-01' })).toEqual(['a']);
  });

  it('"empty" keeps rows with nothing in the column', () => {
    expect(filtered({ columnId: 'due', op: 'empty' })).toEqual(['c', 'f']);
  });

  it('"empty" counts an unticked box as empty', () => {
    expect(filtered({ columnId: 'ok', op: 'empty' })).toEqual(['b', 'c', 'd', 'f']);
  });

  it('"notEmpty" keeps rows with something, an invalid value included', () => {
    expect(filtered({ columnId: 'hours', op: 'notEmpty' })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('all filters must hold', () => {
    expect(
      filtered(
        { columnId: 'status', op: 'is', optionIds: ['doing'] },
        { columnId: 'due', op: 'after', date: '2027-02-15' },
      ),
    ).toEqual(['a']);
  });

  it('ignores a filter on a column that no longer exists', () => {
    expect(filtered({ columnId: 'gone', op: 'empty' })).toEqual(IDS);
  });
});

describe('displayLines: sorting', () => {
  it('sorts numbers numerically, invalid then empty last', () => {
    expect(sorted({ columnId: 'hours', direction: 'asc' })).toEqual(['b', 'c', 'a', 'e', 'd', 'f']);
  });

  it('keeps invalid and empty values last when descending', () => {
    expect(sorted({ columnId: 'hours', direction: 'desc' })).toEqual([
      'e',
      'a',
      'c',
      'b',
      'd',
      'f',
    ]);
  });

  it('sorts dates chronologically, empty last either way', () => {
    expect(sorted({ columnId: 'due', direction: 'asc' })).toEqual(['b', 'e', 'a', 'd', 'c', 'f']);
    expect(sorted({ columnId: 'due', direction: 'desc' })).toEqual(['a', 'e', 'b', 'd', 'c', 'f']);
  });

  it('sorts text the Norwegian way: Æ and Ø after Z, numbers inside text by value', () => {
    expect(sorted({ columnId: 'task', direction: 'asc' })).toEqual(['c', 'f', 'e', 'd', 'b', 'a']);
  });

  it('sorts text by the locale given: Swedish puts Ä/Æ and Ö/Ø after Z too, English does not', () => {
    const en = shownIds(view({ sort: [{ columnId: 'task', direction: 'asc' }] }, 'en'));
    expect(en.indexOf('b')).toBeLessThan(en.indexOf('d'));
  });

  it('sorts choices by option order, not by label', () => {
    expect(sorted({ columnId: 'status', direction: 'asc' })).toEqual([
      'c',
      'a',
      'e',
      'b',
      'd',
      'f',
    ]);
  });

  it('sorts unticked before ticked, with never-touched boxes last', () => {
    expect(sorted({ columnId: 'ok', direction: 'asc' })).toEqual(['c', 'a', 'e', 'b', 'd', 'f']);
  });

  it('is stable: equal keys keep sheet order', () => {
    expect(sorted({ columnId: 'status', direction: 'desc' })).toEqual([
      'b',
      'a',
      'e',
      'c',
      'd',
      'f',
    ]);
  });

  it('breaks ties by the next sort', () => {
    expect(
      sorted({ columnId: 'status', direction: 'asc' }, { columnId: 'hours', direction: 'desc' }),
    ).toEqual(['c', 'e', 'a', 'b', 'd', 'f']);
  });

  it('ignores a sort on a column that no longer exists', () => {
    expect(sorted({ columnId: 'gone', direction: 'asc' })).toEqual(IDS);
  });

  it('reads each cell once, however many filters and sorts use it', () => {
    const counting = countingReader(CELLS);
    displayLines(
      IDS,
      COLUMNS,
      counting.read,
      {
        filters: [
          { columnId: 'task', op: 'notEmpty' },
          { columnId: 'task', op: 'contains', text: 'e' },
        ],
        sort: [
          { columnId: 'task', direction: 'asc' },
          { columnId: 'status', direction: 'desc' },
        ],
        groupBy: 'status',
        collapsed: [],
      },
      'nb',
    );
    expect(Math.max(...counting.reads.values())).toBe(1);
  });

  it('sorts 10,000 rows, ties included, as a reference sort does', () => {
    const many: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 10_000; i++)
      many[`r${i}`] = { hours: (i * 7919) % 101, task: `T${i % 13}` };
    const ids = Object.keys(many);
    const lines = displayLines(
      ids,
      COLUMNS,
      reader(many),
      {
        sort: [{ columnId: 'hours', direction: 'desc' }],
        filters: [],
        groupBy: null,
        collapsed: [],
      },
      'nb',
    );
    const expected = [...ids].sort((x, y) => Number(many[y]?.hours) - Number(many[x]?.hours));
    expect(shownIds(lines)).toEqual(expected);
  });
});

describe('displayLines: grouping', () => {
  it('groups by a choice column in option order, with the empty group last', () => {
    expect(view({ groupBy: 'status' })).toEqual([
      {
        kind: 'group',
        key: 'todo',
        label: 'Ikke startet',
        color: '#6b7280',
        count: 1,
        collapsed: false,
      },
      { kind: 'row', rowId: 'c' },
      { kind: 'group', key: 'doing', label: 'Pågår', color: '#2563eb', count: 2, collapsed: false },
      { kind: 'row', rowId: 'a' },
      { kind: 'row', rowId: 'e' },
      { kind: 'group', key: 'done', label: 'Ferdig', color: '#15803d', count: 1, collapsed: false },
      { kind: 'row', rowId: 'b' },
      { kind: 'group', key: '', label: '', color: null, count: 2, collapsed: false },
      { kind: 'row', rowId: 'd' },
      { kind: 'row', rowId: 'f' },
    ]);
  });

  it('shows only the header of a collapsed group, with its count', () => {
    const lines = view({ groupBy: 'status', collapsed: ['doing', ''] });
    expect(lines.filter((l) => l.kind === 'group' && l.collapsed)).toEqual([
      { kind: 'group', key: 'doing', label: 'Pågår', color: '#2563eb', count: 2, collapsed: true },
      { kind: 'group', key: '', label: '', color: null, count: 2, collapsed: true },
    ]);
    expect(shownIds(lines)).toEqual(['c', 'b']);
  });

  it('keeps the sort inside each group', () => {
    const lines = view({ groupBy: 'status', sort: [{ columnId: 'hours', direction: 'desc' }] });
    expect(shownIds(lines)).toEqual(['c', 'e', 'a', 'b', 'd', 'f']);
  });

  it('leaves out groups that the filters emptied', () => {
    const lines = view({
      groupBy: 'status',
      filters: [{ columnId: 'status', op: 'is', optionIds: ['done'] }],
    });
    expect(lines).toEqual([
      { kind: 'group', key: 'done', label: 'Ferdig', color: '#15803d', count: 1, collapsed: false },
      { kind: 'row', rowId: 'b' },
    ]);
  });

  it('puts a value that names no option into the empty group', () => {
    const lines = displayLines(
      ['x'],
      [status],
      reader({ x: { status: 'deleted-option' } }),
      { sort: [], filters: [], groupBy: 'status', collapsed: [] },
      'nb',
    );
    expect(lines[0]).toMatchObject({ kind: 'group', key: '', count: 1 });
  });

  it('does not group by a column that is not a choice column, or that is gone', () => {
    expect(view({ groupBy: 'task' }).every((l) => l.kind === 'row')).toBe(true);
    expect(view({ groupBy: 'gone' }).every((l) => l.kind === 'row')).toBe(true);
  });
});
