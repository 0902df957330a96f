import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay, TestClient, until } from './helpers';

afterEach(cleanUp);

const isPublish = (m: Record<string, unknown>) => m.type === 'publish';

describe("y-webrtc's signalling protocol", () => {
  it('hands a publish to every subscriber of its topic, the sender included, with the count', async () => {
    const relay = await startTestRelay();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => TestClient.connect(relay.url)));
    if (!a || !b || !c) throw new Error('three clients expected');
    a.send({ type: 'subscribe', topics: ['room-1'] });
    b.send({ type: 'subscribe', topics: ['room-1'] });
    c.send({ type: 'subscribe', topics: ['room-2'] });
    await until(() => relay.health().rooms === 2, 'two rooms');

    const published = { type: 'publish', topic: 'room-1', data: 'Q2lwaGVydGV4dA==', extra: [1] };
    a.send(published);

    expect(await b.next(isPublish), 'the other subscriber gets it as sent, plus clients').toEqual({
      ...published,
      clients: 2,
    });
    expect(
      await a.next(isPublish),
      'y-webrtc echoes to the sender; its client skips its own',
    ).toEqual({
      ...published,
      clients: 2,
    });
    expect(await c.settle(), 'a subscriber of another room gets nothing').toEqual([]);
  });

  it('passes a publish on from a client that is not in the room, as y-webrtc does', async () => {
    const relay = await startTestRelay();
    const member = await TestClient.connect(relay.url);
    const outsider = await TestClient.connect(relay.url);
    member.send({ type: 'subscribe', topics: ['room'] });
    await until(() => relay.health().rooms === 1, 'the room');
    outsider.send({ type: 'publish', topic: 'room', data: { type: 'announce', from: 'x' } });
    expect(await member.next(isPublish)).toMatchObject({ clients: 1, data: { from: 'x' } });
    expect(await outsider.settle()).toEqual([]);
  });

  it('stops sending a room to a client that unsubscribed, and forgets the empty room', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    const b = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['room', 'other'] });
    b.send({ type: 'subscribe', topics: ['room'] });
    await until(() => relay.health().rooms === 2, 'two rooms');

    b.send({ type: 'unsubscribe', topics: ['room'] });
    a.send({ type: 'unsubscribe', topics: ['room', 'never-joined'] });
    await until(() => relay.health().rooms === 1, "'room' forgotten");
    a.send({ type: 'publish', topic: 'room', data: 'x' });
    expect(await b.settle()).toEqual([]);
    expect(await a.settle()).toEqual([]);

    a.send({ type: 'publish', topic: 'other', data: 'y' });
    expect(await a.next(isPublish), 'the other room still works').toMatchObject({ clients: 1 });
  });

  it('counts a room once however often a client subscribes to it', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    // y-webrtc subscribes again on every announce, so repeats are normal.
    for (let i = 0; i < 5; i++) a.send({ type: 'subscribe', topics: ['room', 'room'] });
    a.send({ type: 'publish', topic: 'room', data: 'x' });
    expect(await a.next(isPublish)).toMatchObject({ clients: 1 });
    expect(relay.health().rooms).toBe(1);
  });

  it('answers ping with pong', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    a.send({ type: 'ping' });
    expect(await a.next()).toEqual({ type: 'pong' });
  });

  it('ignores JSON it does not understand, as y-webrtc does, and keeps the connection', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    for (const odd of [
      null,
      42,
      [],
      { type: 'hello' },
      { type: 'subscribe', topics: 'not-a-list' },
      { type: 'subscribe', topics: [7, null, { x: 1 }] },
      { type: 'publish', topic: '' },
      { type: 'publish', topic: 5 },
      { type: 'unsubscribe' },
    ]) {
      a.send(odd);
    }
    a.send({ type: 'ping' });
    expect(await a.next()).toEqual({ type: 'pong' });
    expect(relay.health().rooms).toBe(0);
  });

  it('closes a client that sends text that is not JSON (1007), saying why', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    a.send('{not json');
    expect(await a.closed).toEqual({ code: 1007, reason: 'message is not JSON' });
    expect(relay.log.find((e) => e.event === 'violation')?.fields).toMatchObject({
      limit: 'format',
      action: 'closed',
    });
  });

  it('reads a message sent as a binary frame, as y-webrtc does', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    a.socket.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
    expect(await a.next()).toEqual({ type: 'pong' });
  });

  it('forgets a closed client’s rooms', async () => {
    const relay = await startTestRelay();
    const a = await TestClient.connect(relay.url);
    a.send({ type: 'subscribe', topics: ['r1', 'r2'] });
    await until(() => relay.health().rooms === 2, 'two rooms');
    a.socket.close();
    await until(() => relay.health().connections === 0, 'the client gone');
    expect(relay.health().rooms).toBe(0);
  });
});
