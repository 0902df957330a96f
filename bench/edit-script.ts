import { EDITED_COLUMNS, fixtureNumber, fixtureText } from './plan-fixture';
import { makeRandom } from './random';

/** One cell edit by row and column index, so that every layout replays the same edits. */
export interface CellEdit {
  row: number;
  column: number;
  value: string | number;
}

const EDITED = [...EDITED_COLUMNS.text, ...EDITED_COLUMNS.number];
const TEXT_COLUMNS: readonly number[] = EDITED_COLUMNS.text;

/** `count` edits of random cells in the text and number columns of a `rowCount`-row plan. */
export function makeEditScript(count: number, rowCount: number, seed = 4_711): CellEdit[] {
  const random = makeRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const column = random.pick(EDITED);
    const row = random.int(rowCount);
    const value = TEXT_COLUMNS.includes(column)
      ? fixtureText(random, column, n)
      : fixtureNumber(random, column);
    return { row, column, value };
  });
}

/** The value each edited cell ends with, keyed `row:column`, to check a layout kept them all. */
export function finalValues(script: readonly CellEdit[]): Map<string, string | number> {
  const last = new Map<string, string | number>();
  for (const edit of script) last.set(`${edit.row}:${edit.column}`, edit.value);
  return last;
}
