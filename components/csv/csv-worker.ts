// The CSV reader off the page's thread: a 50 MB file is decoded and parsed here while the page
// stays responsive, and the rows come back in batches, so that no one message takes long to unpack.
import { readCsvBytes } from '@/lib/csv/read';
import type { CsvWorkerReply, CsvWorkerRequest } from './csv-worker-protocol';

const BATCH = 5000;

interface WorkerScope {
  onmessage: ((event: MessageEvent<CsvWorkerRequest>) => void) | null;
  postMessage: (message: CsvWorkerReply) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const { bytes, separator } = event.data;
    let last = 0;
    const result = readCsvBytes(new Uint8Array(bytes), {
      separator,
      onProgress: (fraction) => {
        if (fraction - last < 0.01 && fraction < 1) return;
        last = fraction;
        scope.postMessage({ kind: 'progress', fraction });
      },
    });
    if (!result.ok) {
      scope.postMessage({ kind: 'done', result });
      return;
    }
    const { rows } = result.table;
    for (let i = 0; i < rows.length; i += BATCH)
      scope.postMessage({ kind: 'rows', rows: rows.slice(i, i + BATCH) });
    scope.postMessage({ kind: 'done', result: { ok: true, table: { ...result.table, rows: [] } } });
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
