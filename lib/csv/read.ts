import Papa from 'papaparse';
import { decodeCsvBytes, type CsvEncoding } from './encoding';
import { restoreFormula } from './formula';
import {
  detectHeader,
  detectNewline,
  detectSeparator,
  readSepLine,
  type CsvSeparator,
} from './sniff';

/** A CSV file as read: its records of fields (neutralised formulas restored), and what was detected. */
export interface CsvTable {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** Records with at least one filled-in field, in file order. */
  rows: string[][];
  /** The row number a spreadsheet shows for each record (blank records and all count). */
  rowNumbers: number[];
  /** Indexes into `rows` of records whose quotes do not pair up: their fields may run together. */
  quoteProblems: number[];
  /** Whether the first record looks like column names. */
  hasHeader: boolean;
}

export type CsvReadResult =
  { ok: true; table: CsvTable } | { ok: false; problem: 'empty' | 'binary' | 'noRecords' };

export interface ParseOptions {
  /** A separator chosen by the user; otherwise a `sep=` line, else a guess. */
  separator?: CsvSeparator;
  /** Called after each chunk with the share of the text parsed so far (0–1). */
  onProgress?: (fraction: number) => void;
  /** Characters per chunk; progress is reported once per chunk. */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 1024 * 1024;

/** Reads a CSV file's bytes: encoding, separator, header and records, or why it cannot be read. */
export function readCsvBytes(bytes: Uint8Array, options: ParseOptions = {}): CsvReadResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  return parseCsvText(decoded.text, decoded.encoding, options);
}

/** Parses decoded CSV text (pasted, or a file's) into records; never throws on bad input. */
export function parseCsvText(
  text: string,
  encoding: CsvEncoding,
  options: ParseOptions = {},
): CsvReadResult {
  // Pasted text may carry a BOM character of its own.
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sepLine = readSepLine(body);
  if (sepLine) body = sepLine.rest;
  const separator = options.separator ?? sepLine?.separator ?? detectSeparator(body);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const quoteProblems: number[] = [];
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  let records = 0;
  let parsed = 0;
  const config = {
    delimiter: separator,
    // Guessed once over the whole start of the file: papaparse guesses per first chunk.
    newline: detectNewline(body),
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunkSize,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const badRows = new Set<number>();
      for (const error of results.errors)
        if (error.type === 'Quotes' && error.row !== undefined) badRows.add(error.row);
      results.data.forEach((record, i) => {
        records++;
        if (!Array.isArray(record) || record.every((f) => f.trim() === '')) return;
        if (badRows.has(i)) quoteProblems.push(rows.length);
        // Our own export put an apostrophe before text a spreadsheet would run as a formula.
        for (let f = 0; f < record.length; f++) {
          const field = record[f];
          if (field !== undefined && field.charCodeAt(0) === 39) record[f] = restoreFormula(field);
        }
        rows.push(record);
        rowNumbers.push(records);
      });
      parsed = Math.min(body.length, parsed + chunkSize);
      options.onProgress?.(body.length === 0 ? 1 : parsed / body.length);
    },
  };
  // With a chunk callback on a string, papaparse runs synchronously, one chunk at a time.
  Papa.parse<string[]>(body, config as Papa.ParseConfig<string[]>);
  if (rows.length === 0) return { ok: false, problem: 'noRecords' };
  return {
    ok: true,
    table: {
      encoding,
      separator,
      rows,
      rowNumbers,
      quoteProblems,
      hasHeader: detectHeader(rows),
    },
  };
}
