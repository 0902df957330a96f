import type { CsvSeparator } from '@/lib/csv/sniff';
import type { CsvReadResult } from '@/lib/csv/read';

/** What the page asks the CSV worker: read these bytes (transferred), maybe with a separator. */
export interface CsvWorkerRequest {
  bytes: ArrayBuffer;
  separator?: CsvSeparator;
}

/** What the worker answers: progress, the rows in batches, then the result without its rows. */
export type CsvWorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'rows'; rows: string[][] }
  | { kind: 'done'; result: CsvReadResult }
  | { kind: 'failed'; message: string };
