import { describe, expect, it } from 'vitest';
import { parseTable } from '@/lib/grid/clipboard';
import { planClear, planFillDown, planPaste } from '@/lib/grid/paste';
import type { PasteContext } from '@/lib/grid/types';
import { makePlan } from '../model/helpers';
import { col, reader, rowIds, STATUS } from './builders';

const TODAY = '2027-03-10';
const TEXT_COLS = [col('a'), col('b'), col('c')];

/** A paste context over `rows` displayed rows and the given columns, in nb. */
function ctx(rows: number, columns = TEXT_COLS, extra: Partial<PasteContext> = {}): PasteContext {
  return { rowIds: rowIds(rows), columns, locale: 'nb', today: TODAY, ...extra };
}

describe('planPaste', () => {
  it('writes a block at the target, cell for cell', () => {
    const plan = planPaste(parseTable('x\ty\r\nz\tw\r\n'), { row: 1, col: 1 }, ctx(4));
    expect(plan).toEqual({
      writes: [
        { rowId: 'r1', columnId: 'b', value: 'x' },
        { rowId: 'r1', columnId: 'c', value: 'y' },
        { rowId: 'r2', columnId: 'b', value: 'z' },
        { rowId: 'r2', columnId: 'c', value: 'w' },
      ],
      newRows: 0,
      problems: [],
      droppedColumns: 0,
    });
  });

  it('types each value by its column', () => {
    const columns = [
      col('due', 'date'),
      col('n', 'number'),
      col('s', 'choice', STATUS),
      col('ok', 'checkbox'),
    ];
    const plan = planPaste(
      [['17.3', '12,5', 'Ferdig', 'SANN']],
      { row: 0, col: 0 },
      ctx(1, columns),
    );
    expect(plan.writes.map((w) => w.value)).toEqual(['2027-03-17', 12.5, 'done', true]);
  });

  it('clears cells for pasted empty strings', () => {
    const plan = planPaste([['', 'x']], { row: 0, col: 0 }, ctx(1));
    expect(plan.writes).toEqual([
      { rowId: 'r0', columnId: 'a', value: null },
      { rowId: 'r0', columnId: 'b', value: 'x' },
    ]);
  });

  it('writes nothing for an empty block', () => {
    expect(planPaste([], { row: 0, col: 0 }, ctx(3))).toEqual({
      writes: [],
      newRows: 0,
      problems: [],
      droppedColumns: 0,
    });
    expect(planPaste([[]], { row: 0, col: 0 }, ctx(3)).writes).toEqual([]);
  });

  it('writes only the cells a short (ragged) row has, leaving the rest alone', () => {
    const plan = planPaste(parseTable('1\t2\t3\n4\n'), { row: 0, col: 0 }, ctx(2));
    expect(plan.writes.filter((w) => w.rowId === 'r1')).toEqual([
      { rowId: 'r1', columnId: 'a', value: '4' },
    ]);
  });

  it('keeps a quoted multiline cell as one cell', () => {
    const plan = planPaste(
      parseTable('"one\ntwo"\tx\n'),
      { row: 0, col: 0 },
      ctx(1, [col('a', 'longText'), col('b')]),
    );
    expect(plan.writes).toEqual([
      { rowId: 'r0', columnId: 'a', value: 'one\ntwo' },
      { rowId: 'r0', columnId: 'b', value: 'x' },
    ]);
  });

  it('adds rows for a block that runs past the end, with new:<n> ids in order', () => {
    const plan = planPaste([['a'], ['b'], ['c'], ['d']], { row: 1, col: 0 }, ctx(3));
    expect(plan.newRows).toBe(2);
    expect(plan.writes.map((w) => w.rowId)).toEqual(['r1', 'r2', 'new:0', 'new:1']);
  });

  it('pastes into an empty sheet by adding every row', () => {
    const plan = planPaste([['a'], ['b']], { row: 0, col: 0 }, ctx(0));
    expect(plan.newRows).toBe(2);
    expect(plan.writes.map((w) => w.rowId)).toEqual(['new:0', 'new:1']);
  });

  it('starts at the first new row when the target lies past the end, never skipping one', () => {
    const plan = planPaste([['a']], { row: 9, col: 0 }, ctx(2));
    expect(plan.newRows).toBe(1);
    expect(plan.writes).toEqual([{ rowId: 'new:0', columnId: 'a', value: 'a' }]);
  });

  it('drops columns past the last visible column and says how many', () => {
    const plan = planPaste([['1', '2', '3', '4']], { row: 0, col: 1 }, ctx(1));
    expect(plan.writes.map((w) => w.columnId)).toEqual(['b', 'c']);
    expect(plan.droppedColumns).toBe(2);
  });

  it('drops everything when the sheet has no columns', () => {
    const plan = planPaste([['1', '2']], { row: 0, col: 0 }, ctx(1, []));
    expect(plan.writes).toEqual([]);
    expect(plan.droppedColumns).toBe(2);
  });

  it('fills a bigger selection with a single copied cell', () => {
    const selection = { top: 0, left: 1, bottom: 2, right: 2 };
    const plan = planPaste([['x']], { row: 0, col: 1 }, ctx(4, TEXT_COLS, { selection }));
    expect(plan.writes).toHaveLength(6);
    expect(new Set(plan.writes.map((w) => w.value))).toEqual(new Set(['x']));
    expect(plan.writes.map((w) => `${w.rowId}/${w.columnId}`)).toEqual([
      'r0/b',
      'r0/c',
      'r1/b',
      'r1/c',
      'r2/b',
      'r2/c',
    ]);
  });

  it('repeats a block that fits the selection a whole number of times', () => {
    const selection = { top: 0, left: 0, bottom: 3, right: 0 };
    const plan = planPaste([['x'], ['y']], { row: 0, col: 0 }, ctx(4, TEXT_COLS, { selection }));
    expect(plan.writes.map((w) => w.value)).toEqual(['x', 'y', 'x', 'y']);
  });

  it('pastes a block once at the target when it does not fit the selection evenly', () => {
    const selection = { top: 0, left: 0, bottom: 2, right: 0 };
    const plan = planPaste([['x'], ['y']], { row: 0, col: 0 }, ctx(4, TEXT_COLS, { selection }));
    expect(plan.writes.map((w) => w.value)).toEqual(['x', 'y']);
  });

  it('pastes a single cell onto a single-cell selection once', () => {
    const selection = { top: 1, left: 1, bottom: 1, right: 1 };
    const plan = planPaste([['x']], { row: 1, col: 1 }, ctx(4, TEXT_COLS, { selection }));
    expect(plan.writes).toEqual([{ rowId: 'r1', columnId: 'b', value: 'x' }]);
  });

  it('lists a cell that does not fit, with its place as shown (1-based), and writes nothing', () => {
    const columns = [col('task'), col('due', 'date')];
    const plan = planPaste(
      [
        ['Møte', '17.3'],
        ['Kurs', 'snart'],
      ],
      { row: 2, col: 0 },
      ctx(5, columns),
    );
    expect(plan.writes).toEqual([]);
    expect(plan.problems).toEqual([{ row: 4, col: 2, columnName: 'due', text: 'snart' }]);
  });

  it('refuses a 20×5 block with one bad date in the middle, listing it and writing nothing', () => {
    const columns = [
      col('task'),
      col('who', 'person'),
      col('due', 'date'),
      col('n', 'number'),
      col('s', 'choice', STATUS),
    ];
    const block = Array.from({ length: 20 }, (_, i) => [
      `Task ${i}`,
      'Kari',
      `${i + 1}.4.2027`,
      `${i},5`,
      'Pågår',
    ]);
    const bad = block[11];
    if (bad) bad[2] = '31.4.2027';
    const plan = planPaste(block, { row: 3, col: 0 }, ctx(10, columns));
    expect(plan.writes).toEqual([]);
    expect(plan.newRows).toBe(0);
    expect(plan.problems).toEqual([{ row: 15, col: 3, columnName: 'due', text: '31.4.2027' }]);
  });

  it('accepts the same 20×5 block without the bad date, adding the 13 rows it needs', () => {
    const columns = [
      col('task'),
      col('who', 'person'),
      col('due', 'date'),
      col('n', 'number'),
      col('s', 'choice', STATUS),
    ];
    const block = Array.from({ length: 20 }, (_, i) => [
      `Task ${i}`,
      'Kari',
      `${i + 1}.4.2027`,
      `${i},5`,
      'Pågår',
    ]);
    const plan = planPaste(block, { row: 3, col: 0 }, ctx(10, columns));
    expect(plan.problems).toEqual([]);
    expect(plan.writes).toHaveLength(100);
    expect(plan.newRows).toBe(13);
    expect(plan.writes.at(-1)).toEqual({ rowId: 'new:12', columnId: 's', value: 'doing' });
  });

  it('lists every cell that does not fit, in reading order', () => {
    const columns = [col('n', 'number'), col('d', 'date')];
    const plan = planPaste(
      [
        ['x', 'y'],
        ['1', 'z'],
      ],
      { row: 0, col: 0 },
      ctx(2, columns),
    );
    expect(plan.problems.map((p) => [p.row, p.col, p.text])).toEqual([
      [1, 1, 'x'],
      [1, 2, 'y'],
      [2, 2, 'z'],
    ]);
  });

  it('numbers a problem on a new row by where it will be shown', () => {
    const plan = planPaste([['1'], ['nope']], { row: 1, col: 0 }, ctx(2, [col('n', 'number')]));
    expect(plan.problems).toEqual([{ row: 3, col: 1, columnName: 'n', text: 'nope' }]);
  });
});

describe('planFillDown', () => {
  const columns = [col('task'), col('due', 'date'), col('s', 'choice', STATUS)];
  const read = reader({
    r0: { task: 'Møte', due: '2027-03-17', s: 'doing' },
    r1: { task: 'Kurs' },
    r2: { task: 'Evaluering', due: 'soon' },
  });
  const fill = { rowIds: rowIds(4), columns, read };

  it('copies the top row of the range into the rows below it, per column', () => {
    const plan = planFillDown({ top: 0, left: 1, bottom: 2, right: 2 }, fill);
    expect(plan.writes).toEqual([
      { rowId: 'r1', columnId: 'due', value: '2027-03-17' },
      { rowId: 'r2', columnId: 'due', value: '2027-03-17' },
      { rowId: 'r1', columnId: 's', value: 'doing' },
      { rowId: 'r2', columnId: 's', value: 'doing' },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('copies the row above into a one-row range', () => {
    const plan = planFillDown({ top: 1, left: 0, bottom: 1, right: 0 }, fill);
    expect(plan.writes).toEqual([{ rowId: 'r1', columnId: 'task', value: 'Møte' }]);
  });

  it('does nothing on the first row, which has no row above', () => {
    expect(planFillDown({ top: 0, left: 0, bottom: 0, right: 2 }, fill).writes).toEqual([]);
  });

  it('copies an empty source cell as a clear', () => {
    const plan = planFillDown({ top: 1, left: 1, bottom: 3, right: 1 }, fill);
    expect(plan.writes.map((w) => w.value)).toEqual([null, null]);
  });

  it('refuses to copy an invalid value, naming the source cell, and writes nothing', () => {
    const plan = planFillDown({ top: 2, left: 0, bottom: 3, right: 1 }, fill);
    expect(plan.writes).toEqual([]);
    expect(plan.problems).toEqual([{ row: 3, col: 2, columnName: 'due', text: 'soon' }]);
  });

  it('does nothing on an empty grid', () => {
    const plan = planFillDown({ top: 0, left: 0, bottom: 3, right: 3 }, { ...fill, rowIds: [] });
    expect(plan.writes).toEqual([]);
  });

  it('keeps to the grid when the range reaches past it', () => {
    const plan = planFillDown({ top: 2, left: 0, bottom: 9, right: 0 }, fill);
    expect(plan.writes).toEqual([{ rowId: 'r3', columnId: 'task', value: 'Evaluering' }]);
  });
});

describe('planClear', () => {
  it('sets every cell of the range to null', () => {
    expect(planClear({ top: 1, left: 0, bottom: 2, right: 1 }, ctx(4))).toEqual([
      { rowId: 'r1', columnId: 'a', value: null },
      { rowId: 'r1', columnId: 'b', value: null },
      { rowId: 'r2', columnId: 'a', value: null },
      { rowId: 'r2', columnId: 'b', value: null },
    ]);
  });

  it('clears a single cell', () => {
    expect(planClear({ top: 0, left: 2, bottom: 0, right: 2 }, ctx(1))).toEqual([
      { rowId: 'r0', columnId: 'c', value: null },
    ]);
  });

  it('clears nothing on an empty grid', () => {
    expect(planClear({ top: 0, left: 0, bottom: 0, right: 0 }, ctx(0))).toEqual([]);
  });

  it('keeps to the grid when the range reaches past it', () => {
    expect(planClear({ top: 2, left: 2, bottom: 8, right: 8 }, ctx(3))).toEqual([
      { rowId: 'r2', columnId: 'c', value: null },
    ]);
  });
});

describe('plans and the model', () => {
  it('a paste past the end, planned from clipboard text, is applied by the model as planned', () => {
    const { model, sheet, activity, due, hours, status } = makePlan();
    const columns = model.columns(sheet.id);
    const ids = model.rowIds(sheet.id);
    const text = 'Kurs\t17.3\t2,5\tDone\r\nOppfølging\t01.04.2027\t1\tnot started\r\n';
    const plan = planPaste(
      parseTable(text),
      { row: 1, col: 0 },
      {
        rowIds: ids,
        columns,
        locale: 'nb',
        today: TODAY,
      },
    );
    expect(plan.problems).toEqual([]);
    expect(model.applyCellWrites(sheet.id, plan.writes, plan.newRows).ok).toBe(true);
    const [, second, third] = model.rowIds(sheet.id);
    expect(model.cell(sheet.id, second!, activity)).toEqual({ state: 'ok', value: 'Kurs' });
    expect(model.cell(sheet.id, second!, due)).toEqual({ state: 'ok', value: '2027-03-17' });
    expect(model.cell(sheet.id, second!, hours)).toEqual({ state: 'ok', value: 2.5 });
    expect(model.cell(sheet.id, third!, status)).toEqual({ state: 'ok', value: 'todo' });
  });

  it('a fill down read from the model is applied by the model', () => {
    const { model, sheet, status } = makePlan();
    const ids = model.rowIds(sheet.id);
    const plan = planFillDown(
      { top: 0, left: 3, bottom: 1, right: 3 },
      {
        rowIds: ids,
        columns: model.columns(sheet.id),
        read: (rowId, column) => model.cell(sheet.id, rowId, column),
      },
    );
    expect(model.applyCellWrites(sheet.id, plan.writes).ok).toBe(true);
    expect(model.cell(sheet.id, ids[1]!, status)).toEqual({ state: 'ok', value: 'todo' });
  });
});
