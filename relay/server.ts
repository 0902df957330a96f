// The relay: one HTTP server whose upgrades become signalling connections. It keeps the open
// connections and who is in which room, in memory only, and nothing else.

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CloseCode, RelayConnection, type ConnectionContext } from './connection';
import { httpHandler, type RelayHealth } from './http';
import type { Logger } from './log';
import type { RelayOptions } from './options';
import { TopicRegistry } from './topics';

export interface Relay {
  /** The address clients use, such as ws://127.0.0.1:4444. */
  readonly url: string;
  readonly port: number;
  health(): RelayHealth;
  /** Closes every connection (1001, so clients reconnect elsewhere or later) and stops. */
  close(): Promise<void>;
}

/** How long shutdown waits for clients to answer the close frame before cutting them off. */
const closeGraceMs = 2000;

/** Starts listening; resolves once the port is open. */
export async function startRelay(options: RelayOptions, log: Logger): Promise<Relay> {
  const startedAt = performance.now();
  const topics = new TopicRegistry<RelayConnection>();
  const connections = new Set<RelayConnection>();
  let upgrading = 0;
  let nextId = 1;
  let stopping = false;

  const health = (): RelayHealth => ({
    ok: !stopping,
    connections: connections.size,
    rooms: topics.rooms,
    uptimeSeconds: Math.floor((performance.now() - startedAt) / 1000),
  });

  const context: ConnectionContext = {
    options,
    topics,
    log,
    closed: (connection) => connections.delete(connection),
  };

  // ws rejects anything over twice the limit before reading it into memory (close code 1009);
  // the relay itself closes messages between the limit and that cap, giving the reason.
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 2 * options.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const server = createServer(httpHandler(health));
  // Hardening against sockets that connect and never finish a request or handshake: they get
  // 10 s, and there can be only so many sockets in all (the 503 above handles the polite case).
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  server.maxConnections = options.maxConnections + 100;

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const remote = remoteAddress(request, options.trustProxy);
    const full = connections.size + upgrading >= options.maxConnections;
    if (stopping || full) {
      const reason = stopping
        ? 'relay shutting down'
        : `relay full (${options.maxConnections} connections)`;
      log('refused', { remote, reason });
      socket.on('error', () => {});
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 10\r\n` +
          `Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason) + 1}\r\n\r\n${reason}\n`,
      );
      return;
    }
    upgrading += 1;
    // A handshake that fails never calls back (ws answers with an HTTP error), hence the close.
    let pending = true;
    const settled = () => {
      if (pending) upgrading -= 1;
      pending = false;
    };
    socket.once('close', settled);
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      settled();
      socket.off('close', settled);
      const connection = new RelayConnection(webSocket, nextId++, remote, context);
      connections.add(connection);
      log('open', { id: connection.id, remote, connections: connections.size });
      // A handshake that finished while shutting down gets the same close as the others.
      if (stopping) connection.close(CloseCode.goingAway, 'relay shutting down');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log('error', { error: error.message }));
  const pinger = setInterval(() => {
    for (const connection of connections) connection.heartbeat();
  }, options.pingIntervalMs);
  pinger.unref();

  const { port } = server.address() as AddressInfo;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `ws://${hostInUrl}:${port}`,
    port,
    health,
    async close() {
      if (stopping) return;
      stopping = true;
      clearInterval(pinger);
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) {
        connection.close(CloseCode.goingAway, 'relay shutting down');
      }
      await waitUntil(() => connections.size === 0, closeGraceMs);
      for (const connection of connections) connection.terminate();
      await waitUntil(() => connections.size === 0, closeGraceMs);
      sockets.close();
      server.closeAllConnections();
      await serverClosed;
    },
  };
}

function remoteAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The last entry is the one our own proxy added; earlier ones the client could have made up.
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (done() || performance.now() - started > timeoutMs) resolve();
      else setTimeout(tick, 10);
    };
    tick();
  });
}
