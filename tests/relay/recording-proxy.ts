// Stands between clients and a relay and keeps a copy of every message the relay receives, so a
// test can look at exactly what the relay gets to see.

import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface RecordingProxy {
  readonly url: string;
  /** Every message a client sent to the relay, as text, in order. */
  readonly frames: string[];
  close(): Promise<void>;
}

/** Listens on a free loopback port and forwards each connection to `relayUrl`. */
export async function startRecordingProxy(relayUrl: string): Promise<RecordingProxy> {
  const frames: string[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));

  server.on('connection', (client) => {
    const upstream = new WebSocket(relayUrl);
    const queued: string[] = [];
    client.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      frames.push(text);
      if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
      else queued.push(text);
    });
    upstream.on('open', () => {
      for (const text of queued.splice(0)) upstream.send(text);
    });
    upstream.on('message', (data: Buffer) => client.send(data.toString('utf8')));
    upstream.on('close', () => client.terminate());
    client.on('close', () => upstream.terminate());
    upstream.on('error', () => client.terminate());
    client.on('error', () => upstream.terminate());
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    frames,
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
