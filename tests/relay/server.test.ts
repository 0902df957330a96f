import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLogLine } from '../../relay/log';
import { cleanUp, health, startTestRelay, TestClient, until } from './helpers';

afterEach(cleanUp);

describe('GET /health', () => {
  it('reports connections, rooms and uptime as JSON on the WebSocket port', async () => {
    const relay = await startTestRelay();
    expect(await health(relay)).toEqual({
      ok: true,
      connections: 0,
      rooms: 0,
      uptimeSeconds: expect.any(Number) as number,
    });

    const a = await TestClient.connect(relay.url);
    const b = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['r1', 'r2'] });
    b.send({ type: 'subscribe', topics: ['r2'] });
    await until(() => relay.health().rooms === 2, 'two rooms');
    const response = await fetch(`${relay.url.replace('ws:', 'http:')}/health`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      ok: true,
      connections: 2,
      rooms: 2,
      uptimeSeconds: expect.any(Number) as number,
    });
  });

  it('answers / with a line of text, other paths with 404 and other methods with 405', async () => {
    const relay = await startTestRelay();
    const base = relay.url.replace('ws:', 'http:');
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toMatch(/signalling relay/);
    expect((await fetch(`${base}/plans`)).status).toBe(404);
    expect((await fetch(`${base}/health`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the log', () => {
  it('has a line per opening and closing with address, rooms, messages and reason', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['r1', 'r2'] });
    a.send({ type: 'ping' });
    await a.next();
    a.socket.close(1000);
    await until(() => relay.log.some((e) => e.event === 'close'), 'the close line');
    expect(relay.log.map((e) => e.event)).toEqual(['open', 'close']);
    expect(relay.log[0]?.fields).toEqual({ id: 1, remote: '127.0.0.1', connections: 1 });
    expect(relay.log[1]?.fields).toMatchObject({
      id: 1,
      remote: '127.0.0.1',
      rooms: 2,
      messages: 2,
      forwarded: 1,
      by: 'client',
      code: 1000,
    });
  });

  it('never holds what clients sent: no room names, no payloads', async () => {
    const lines: string[] = [];
    const relay = await startTestRelay({ maxMessageBytes: 2048, maxRoomsPerConnection: 1 });
    const a = await TestClient.connect(relay.url);
    const b = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['room-SECRET-1', 'room-SECRET-2'] });
    b.send({ type: 'subscribe', topics: ['room-SECRET-1'] });
    b.send({ type: 'publish', topic: 'room-SECRET-1', data: 'payload-SECRET' });
    await a.next((m) => m.type === 'publish');
    b.send({ type: 'publish', topic: 'room-SECRET-1', data: 'SECRET'.repeat(1000) });
    a.socket.close(1000, 'reason-SECRET');
    await until(() => relay.health().connections === 0, 'both closed');
    for (const { event, fields } of relay.log) lines.push(formatLogLine(event, fields, new Date()));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).not.toMatch(/SECRET/);
  });

  it('writes one line per event as "timestamp event key=value", quoting values with spaces', () => {
    const line = formatLogLine(
      'close',
      { id: 3, remote: '::1', reason: 'no pong within 30 s', code: 1006, skipped: undefined },
      new Date(Date.UTC(2026, 0, 5, 8)),
    );
    expect(line).toBe(
      '2026-01-05T08:00:00.000Z close id=3 remote=::1 reason="no pong within 30 s" code=1006',
    );
  });
});

describe('shutting down', () => {
  it('closes every client with 1001 so they reconnect later, and takes no new ones', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    const b = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['room'] });
    await until(() => relay.health().rooms === 1, 'the room');
    const closing = relay.close();
    expect(relay.health().ok).toBe(false);
    expect(await a.closed).toEqual({ code: 1001, reason: 'relay shutting down' });
    expect(await b.closed).toEqual({ code: 1001, reason: 'relay shutting down' });
    await closing;
    expect(relay.health()).toMatchObject({ connections: 0, rooms: 0 });
    const refused = await new Promise<boolean>((resolve) => {
      const late = new WebSocket(relay.url);
      late.on('open', () => resolve(false));
      late.on('error', () => resolve(true));
    });
    expect(refused, 'the port is closed').toBe(true);
  });

  it('is what SIGTERM does to `npm run relay` (through npm and tsx), which then exits 0', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('npm', ['run', '--silent', 'relay', '--', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await until(() => /listening url=(\S+)/.test(output), 'the relay listening', 10_000);
    const url = /listening url=(\S+)/.exec(output)?.[1] ?? '';
    const client = await TestClient.connect(url);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // What systemd or a process manager does: SIGTERM to the process it started, npm.
    child.kill('SIGTERM');
    expect(await client.closed).toEqual({ code: 1001, reason: 'relay shutting down' });
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopping signal=SIGTERM connections=1/);
    expect(output).toMatch(/ close id=1 .*reason="relay shutting down"/);
    expect(output).toMatch(/ stopped\n$/);
  }, 15_000);
});
