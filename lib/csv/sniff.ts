import { parseDate, parseNumber } from '../model/values';

/** The separators Forankra reads: Nordic Excel's `;`, the standard `,`, and tab. */
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

const SEP_LINE = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i;

/**
 * Reads Excel's `sep=;` first line: the separator it names and the text after that line, or
 * null when the file has none (or names a separator we do not read).
 */
export function readSepLine(text: string): { separator: CsvSeparator; rest: string } | null {
  const match = SEP_LINE.exec(text);
  if (!match) return null;
  const named = match[1];
  const separator = CSV_SEPARATORS.find((s) => s === named);
  return separator ? { separator, rest: text.slice(match[0].length) } : null;
}

const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 50;

/** Counts each separator outside quotes in each non-blank record among the first of `text`. */
function countPerRecord(text: string): Record<CsvSeparator, number>[] {
  const records: Record<CsvSeparator, number>[] = [];
  const end = Math.min(text.length, SNIFF_CHARS);
  let current = { ';': 0, ',': 0, '\t': 0 };
  let blank = true;
  let quoted = false;
  let i = 0;
  for (; i < end && records.length < SNIFF_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (quoted || c === '"') {
      blank = false;
      continue;
    }
    if (c === ';' || c === ',' || c === '\t') current[c]++;
    if (c === '\n' || c === '\r') {
      if (!blank) records.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
      blank = true;
    } else if (c !== ' ') blank = false;
  }
  // The last record counts only if the sample holds all of it.
  if (!blank && i >= text.length) records.push(current);
  return records;
}

/**
 * Guesses the separator: the one that occurs the same number of times in most records, `;`
 * winning ties (Nordic Excel writes it, and decimal commas make `,` look regular too).
 */
export function detectSeparator(text: string): CsvSeparator {
  const records = countPerRecord(text);
  let best: CsvSeparator = ';';
  let bestScore = 0;
  for (const separator of CSV_SEPARATORS) {
    const frequency = new Map<number, number>();
    for (const record of records) {
      const n = record[separator];
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    let mode = 0;
    let modeCount = 0;
    for (const [n, f] of frequency) {
      if (f > modeCount || (f === modeCount && n > mode)) {
        mode = n;
        modeCount = f;
      }
    }
    // The share of records that agree, and a little weight for more columns.
    const score = modeCount / Math.max(1, records.length) + Math.min(mode, 50) / 10_000;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/** Whether a field reads as a value rather than a column name: a number or a date. */
function looksLikeValue(field: string): boolean {
  const s = field.trim();
  return parseNumber(s) !== null || parseDate(s) !== null;
}

/**
 * Guesses whether the first record is a header: every field filled in, none a number or a
 * date, none repeated, none as long as a sentence of notes.
 */
export function detectHeader(rows: readonly (readonly string[])[]): boolean {
  const first = rows[0];
  if (!first || first.length === 0) return false;
  const names = first.map((f) => f.trim());
  // Excel ends a record with a separator when its last column is empty, header included.
  while (names.length > 1 && names.at(-1) === '') names.pop();
  if (names.some((n) => n === '' || n.length > 60 || looksLikeValue(n))) return false;
  return new Set(names.map((n) => n.toLowerCase())).size === names.length;
}

/** The line break of the first record that ends outside quotes: `\r\n`, `\n` or `\r`. */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const end = Math.min(text.length, SNIFF_CHARS);
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\r\n';
}
