import { readCsvBytes, type CsvReadResult } from '@/lib/csv/read';
import type { CsvSeparator } from '@/lib/csv/sniff';
import type { CsvWorkerReply, CsvWorkerRequest } from './csv-worker-protocol';
// Vite's `?worker` import, not `new Worker(new URL(…, import.meta.url))`: WXT defines
// import.meta.url as self.location.href for its service worker, which hides that pattern from
// Vite, and the worker file would never be built.
import CsvWorker from './csv-worker?worker';

/** A file being read: its outcome, and a way to stop (the plan is never touched by reading). */
export interface CsvReadJob {
  result: Promise<CsvReadResult>;
  cancel: () => void;
}

export class CsvReadCancelled extends Error {
  constructor() {
    super('Reading the CSV file was cancelled.');
    this.name = 'CsvReadCancelled';
  }
}

/**
 * Reads a CSV file's bytes in a Web Worker, reporting progress; where no worker can start
 * (tests, an old browser), on this thread after a yield.
 */
export function readCsvFile(
  bytes: ArrayBuffer,
  options: { separator?: CsvSeparator; onProgress?: (fraction: number) => void } = {},
): CsvReadJob {
  let worker: Worker | null = null;
  let cancelled = false;
  let rejectRead: (error: Error) => void = () => undefined;
  const result = new Promise<CsvReadResult>((resolve, reject) => {
    rejectRead = reject;
    const onThisThread = () =>
      setTimeout(() => {
        if (cancelled) return;
        try {
          resolve(readCsvBytes(new Uint8Array(bytes), options));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    if (typeof Worker === 'undefined') {
      onThisThread();
      return;
    }
    try {
      worker = new CsvWorker();
    } catch {
      onThisThread();
      return;
    }
    const rows: string[][] = [];
    worker.onmessage = (event: MessageEvent<CsvWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') options.onProgress?.(reply.fraction);
      else if (reply.kind === 'rows') for (const row of reply.rows) rows.push(row);
      else {
        worker?.terminate();
        if (reply.kind === 'failed') reject(new Error(reply.message));
        else if (reply.result.ok) resolve({ ok: true, table: { ...reply.result.table, rows } });
        else resolve(reply.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      reject(new Error(event.message || 'worker error'));
    };
    // A copy goes to the worker, so the caller keeps its bytes for a re-read with another separator.
    const request: CsvWorkerRequest = { bytes: bytes.slice(0), separator: options.separator };
    worker.postMessage(request, [request.bytes]);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      rejectRead(new CsvReadCancelled());
    },
  };
}
