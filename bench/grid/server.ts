import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A static server on 127.0.0.1 for the comparison pages, their scripts and the bench data.

export interface Served {
  type: string;
  body: string | Uint8Array;
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export function page(title: string, script: string): Served {
  return {
    type: 'text/html; charset=utf-8',
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      '<style>html,body{margin:0;font:14px system-ui,sans-serif}</style></head>' +
      `<body><div id="grid"></div><script type="module" src="${script}"></script></body></html>`,
  };
}

export async function serve(routes: ReadonlyMap<string, Served>): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
    res.end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
