// A large plan for the peer tests and the bench: `rows` rows in a Y.Map, each a Y.Map of 12
// string cells that all carry a known marker, so a test can look for cell text in clear.

import * as Y from 'yjs';

/** Every cell of a built plan contains this, for "no cell text in clear" checks. */
export const CELL_MARKER = 'Kjent celletekst';

const WORDS = ['tiltak', 'veiledning', 'kvartal', 'samtal', 'kodning', 'møte', 'oppfølging'];

/** Fills `doc` with `rows` rows of 12 cells in one transaction. */
export function buildRows(doc: Y.Doc, rows: number): void {
  const table = doc.getMap<Y.Map<string>>('rows');
  doc.transact(() => {
    for (let r = 0; r < rows; r++) {
      const row = new Y.Map<string>();
      for (let c = 0; c < 12; c++) {
        const word = WORDS[(r * 12 + c) % WORDS.length] ?? '';
        row.set(`c${c}`, `${CELL_MARKER} r${r} c${c}: ${word} ${word.toUpperCase()} ${r * c}`);
      }
      table.set(`row-${r}`, row);
    }
  });
}

/** The number of rows, and a cheap fingerprint of their contents to compare two copies by. */
export function rowsDigest(doc: Y.Doc): { rows: number; cells: number; chars: number } {
  const table = doc.getMap<Y.Map<string>>('rows');
  let cells = 0;
  let chars = 0;
  for (const row of table.values()) {
    for (const value of row.values()) {
      cells++;
      chars += value.length;
    }
  }
  return { rows: table.size, cells, chars };
}
