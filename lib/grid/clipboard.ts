/**
 * Tab-separated text as Excel, LibreOffice Calc and Google Sheets put it on the clipboard.
 *
 * All three write one line per row and a tab between cells. A cell holding a tab, a line break
 * or a quote is wrapped in quotes with its quotes doubled (`"a ""b""` + newline + `c"`).
 * Excel ends the text with CRLF, LibreOffice and Sheets with LF (or nothing); line breaks
 * inside a cell are LF in all three.
 */

/** Reads clipboard text into rows of cells: tabs, CRLF/LF/CR, quoted cells; one final newline ignored. */
export function parseTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;

  while (i <= n) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.end;
    } else {
      // Unquoted, or a quote that does not close right before a tab or line end (`5" pipe`,
      // `"hello`): the cell is the literal text up to the next tab or line break.
      let end = i;
      while (end < n && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);

    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text[i];
    if (c === '\t') {
      i++;
      continue;
    }
    // A line break: CRLF, LF, or a lone CR (old Mac Excel).
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    // The final line break ends the last row; it does not start an empty one.
    if (i >= n) break;
  }
  return rows;
}

/** A quoted cell starting at `start`, if its closing quote is followed by a tab, a line break or the end. */
function readQuoted(text: string, start: number): { cell: string; end: number } | null {
  let cell = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return null;
    cell += text.slice(i, close);
    if (text[close + 1] === '"') {
      cell += '"';
      i = close + 2;
      continue;
    }
    const after = text[close + 1];
    if (after === undefined || after === '\t' || after === '\n' || after === '\r') {
      return { cell, end: close + 1 };
    }
    return null;
  }
}

const NEEDS_QUOTES = /[\t\n\r"]/;

/**
 * Writes rows of cells as clipboard text the three spreadsheets paste back cell for cell.
 *
 * Every row ends with CRLF, the last one too: byte for byte the shape Excel itself puts on the
 * clipboard, so whatever accepts a paste from Excel accepts ours (LibreOffice and Sheets split
 * rows on LF and drop the CR; Notepad shows the rows on their own lines). The final CRLF is
 * not decoration: without it a copied empty cell would be an empty clipboard, and an empty
 * cell at the foot of a one-column block would vanish, since readers drop one trailing newline.
 * Line breaks inside a cell stay as they are, inside quotes.
 */
export function formatTable(cells: readonly (readonly string[])[]): string {
  return cells
    .map(
      (row) =>
        row
          .map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
          .join('\t') + '\r\n',
    )
    .join('');
}
