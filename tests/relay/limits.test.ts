import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay, TestClient, until } from './helpers';

afterEach(cleanUp);

const violations = (log: { event: string; fields: Record<string, unknown> }[]) =>
  log.filter((e) => e.event === 'violation').map((e) => e.fields);

/** A publish whose JSON text is exactly `bytes` long. */
function publishOfSize(bytes: number): string {
  const empty = JSON.stringify({ type: 'publish', topic: 'room', data: '' });
  return JSON.stringify({ type: 'publish', topic: 'room', data: 'x'.repeat(bytes - empty.length) });
}

describe('message size', () => {
  it('passes a message of exactly the limit on', async () => {
    const relay = await startTestRelay({ maxMessageBytes: 4096 });
    const a = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['room'] });
    const text = publishOfSize(4096);
    expect(Buffer.byteLength(text)).toBe(4096);
    a.send(text);
    expect(await a.next((m) => m.type === 'publish')).toMatchObject({ clients: 1 });
  });

  it('closes a client whose message is over the limit (1009), saying why', async () => {
    const relay = await startTestRelay({ maxMessageBytes: 4096 });
    const a = await TestClient.connect(relay.url);
    const b = await TestClient.connect(relay.url);
    b.send({ type: 'subscribe', topics: ['room'] });
    await until(() => relay.health().rooms === 1, 'the room');
    a.send(publishOfSize(4097));
    expect(await a.closed).toEqual({
      code: 1009,
      reason: "message of 4097 bytes is over the relay's limit of 4096",
    });
    expect(await b.settle(), 'nothing of it was passed on').toEqual([]);
    expect(violations(relay.log)).toEqual([
      expect.objectContaining({ limit: 'size', action: 'closed', bytes: 4097, max: 4096 }),
    ]);
  });

  it('lets ws refuse a message far over the limit before reading it (1009), and logs it', async () => {
    const relay = await startTestRelay({ maxMessageBytes: 4096 });
    const a = await TestClient.connect(relay.url);
    a.send(publishOfSize(3 * 4096));
    expect((await a.closed).code).toBe(1009);
    await until(() => relay.log.some((e) => e.event === 'close'), 'the close line');
    expect(violations(relay.log)).toEqual([
      expect.objectContaining({ limit: 'size', action: 'closed', overHardCap: true }),
    ]);
    expect(relay.log.find((e) => e.event === 'close')?.fields).toMatchObject({
      by: 'relay',
      code: 1009,
    });
  });
});

describe('message rate', () => {
  it('allows a burst, then closes a client that floods (1008), saying why', async () => {
    // A slow refill, so that the test's own speed cannot add a token to the burst.
    const relay = await startTestRelay({ maxMessagesPerSecond: 2, messageBurst: 20 });
    const a = await TestClient.connect(relay.url);
    for (let i = 0; i < 100; i++) a.send({ type: 'ping' });
    expect(await a.closed).toEqual({
      code: 1008,
      reason: 'more than 2 messages per second (burst 20)',
    });
    const pongs = a.received.filter((m) => m.type === 'pong').length;
    expect(pongs, 'the burst was answered, then nothing').toBe(20);
    expect(violations(relay.log)).toEqual([
      expect.objectContaining({ limit: 'rate', action: 'closed', rate: 2, burst: 20 }),
    ]);
  });

  it('keeps a client that stays under the rate', async () => {
    const relay = await startTestRelay({ maxMessagesPerSecond: 20, messageBurst: 5 });
    const a = await TestClient.connect(relay.url);
    for (let i = 0; i < 12; i++) {
      a.send({ type: 'ping' });
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await until(() => a.received.length === 12, 'twelve pongs');
    expect(a.socket.readyState).toBe(WebSocket.OPEN);
    expect(violations(relay.log)).toEqual([]);
  });
});

describe('rooms per connection', () => {
  it('refuses rooms beyond the limit, logs it, and keeps the connection and its other rooms', async () => {
    const relay = await startTestRelay({ maxRoomsPerConnection: 3 });
    const greedy = await TestClient.connect(relay.url);
    const other = await TestClient.connect(relay.url);
    greedy.send({ type: 'subscribe', topics: ['r1', 'r2'] });
    greedy.send({ type: 'subscribe', topics: ['r2', 'r3', 'r4', 'r5'] });
    greedy.send({ type: 'ping' });
    await greedy.next((m) => m.type === 'pong');
    expect(relay.health().rooms).toBe(3);

    other.send({ type: 'publish', topic: 'r4', data: 'x' });
    other.send({ type: 'publish', topic: 'r3', data: 'y' });
    expect(await greedy.next((m) => m.type === 'publish')).toMatchObject({ topic: 'r3' });
    expect(await greedy.settle(), 'nothing from the refused room').toEqual([]);
    expect(violations(relay.log)).toEqual([
      expect.objectContaining({ limit: 'rooms', action: 'refused', refused: 2, max: 3 }),
    ]);

    greedy.send({ type: 'unsubscribe', topics: ['r1'] });
    greedy.send({ type: 'subscribe', topics: ['r4'] });
    other.send({ type: 'publish', topic: 'r4', data: 'z' });
    expect(
      await greedy.next((m) => m.type === 'publish'),
      'a freed place can be used',
    ).toMatchObject({
      topic: 'r4',
    });
  });
});

describe('connections in total', () => {
  it('turns the connection over the limit away with HTTP 503, and takes one again when a place frees', async () => {
    const relay = await startTestRelay({ maxConnections: 2 });
    const first = await TestClient.connect(relay.url);
    await TestClient.connect(relay.url);

    const refused = await new Promise<number>((resolve, reject) => {
      const third = new WebSocket(relay.url);
      third.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      third.on('open', () => reject(new Error('a third connection was accepted')));
      third.on('error', () => {});
    });
    expect(refused).toBe(503);
    expect(relay.log.filter((e) => e.event === 'refused').map((e) => e.fields)).toEqual([
      expect.objectContaining({ reason: 'relay full (2 connections)' }),
    ]);

    first.socket.close();
    await until(() => relay.health().connections === 1, 'a place freed');
    const again = await TestClient.connect(relay.url);
    again.send({ type: 'ping' });
    expect(await again.next()).toEqual({ type: 'pong' });
  });
});

describe('dead and stuck connections', () => {
  it('drops a connection that does not answer pings, and keeps one that does', async () => {
    const relay = await startTestRelay({ pingIntervalMs: 100 });
    const silent = await TestClient.connect(relay.url, { autoPong: false });
    const lively = await TestClient.connect(relay.url);
    const closed = await silent.closed;
    expect(closed.code).toBe(1006);
    expect(lively.socket.readyState).toBe(WebSocket.OPEN);
    await until(() => relay.health().connections === 1, 'the silent one gone');
    expect(relay.log.find((e) => e.event === 'close')?.fields).toMatchObject({
      by: 'relay',
      reason: 'no pong within 0.1 s',
    });
  });

  it('drops a subscriber that stops reading instead of buffering for it', async () => {
    const relay = await startTestRelay({
      maxMessageBytes: 64 * 1024,
      maxMessagesPerSecond: 10_000,
      messageBurst: 10_000,
    });
    const stuck = await TestClient.connect(relay.url);
    const sender = await TestClient.connect(relay.url);
    stuck.send({ type: 'subscribe', topics: ['room'] });
    await until(() => relay.health().rooms === 1, 'the room');
    stuck.socket.pause();

    const big = publishOfSize(60 * 1024);
    for (let i = 0; i < 2000 && relay.health().connections === 2; i++) {
      sender.send(big);
      if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await until(() => relay.health().connections === 1, 'the stuck client dropped', 10_000);
    expect(violations(relay.log)).toEqual([
      expect.objectContaining({ limit: 'unread', action: 'closed', max: 1024 * 1024 }),
    ]);
    expect(sender.socket.readyState).toBe(WebSocket.OPEN);
  });
});
