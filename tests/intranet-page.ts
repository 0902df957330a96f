import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page "of the intranet" served on 127.0.0.1, for clipping from it in a real browser. */
export interface IntranetPage {
  url: string;
  close(): Promise<void>;
}

/** Serves `html` at `http://127.0.0.1:<port>/<path>` until closed. */
export async function serveIntranetPage(html: string, path = 'mi.html'): Promise<IntranetPage> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/${path}`,
    async close() {
      // Browsers keep their connection open: close it, or close() waits for it.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
