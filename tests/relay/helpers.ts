// A relay on a free loopback port with a log the test can read, and a bare signalling client.

import { WebSocket } from 'ws';
import type { LogFields } from '../../relay/log';
import { defaultOptions, type RelayOptions } from '../../relay/options';
import { startRelay, type Relay } from '../../relay/server';

export interface LogEntry {
  event: string;
  fields: LogFields;
}

export interface TestRelay extends Relay {
  readonly log: LogEntry[];
  readonly options: RelayOptions;
}

const running = new Set<Relay>();
const clients = new Set<WebSocket>();

/** Starts a relay on 127.0.0.1 (a free port unless given) that records its log lines. */
export async function startTestRelay(overrides: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const options: RelayOptions = { ...defaultOptions, port: 0, ...overrides };
  const log: LogEntry[] = [];
  const relay = await startRelay(options, (event, fields) => log.push({ event, fields }));
  running.add(relay);
  return { ...relay, log, options };
}

/** Closes what the tests left open: clients first, then relays. */
export async function cleanUp(): Promise<void> {
  for (const client of clients) client.terminate();
  clients.clear();
  await Promise.all([...running].map((relay) => relay.close()));
  running.clear();
}

export interface Closed {
  code: number;
  reason: string;
}

/** A raw signalling client: sends JSON, queues what arrives, reports how it was closed. */
export class TestClient {
  readonly received: Record<string, unknown>[] = [];
  readonly closed: Promise<Closed>;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    clients.add(socket);
    socket.on('message', (data: Buffer) => {
      this.received.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }));
    });
    socket.on('error', () => {});
  }

  static async connect(url: string, options: { autoPong?: boolean } = {}): Promise<TestClient> {
    const socket = new WebSocket(url, options);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new TestClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Resolves with the first message (from the start of the connection) that `match` accepts. */
  async next(
    match: (message: Record<string, unknown>) => boolean = () => true,
    timeoutMs = 2000,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex(match);
      if (index >= 0) return this.received.splice(index, 1)[0] ?? {};
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('The expected message did not arrive.');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits a moment and returns everything that arrived (for "nothing arrives" checks). */
  async settle(ms = 100): Promise<Record<string, unknown>[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received.splice(0);
  }
}

/** Resolves once `check` holds, polling every few milliseconds. */
export { until } from '../until';

/** GET /health of a relay, parsed. */
export async function health(relay: Relay): Promise<unknown> {
  const response = await fetch(`${relay.url.replace(/^ws/, 'http')}/health`);
  return response.json();
}
