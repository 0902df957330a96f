// Members find each other again after the relay restarts or a member's network drops, and
// exchange what each typed meanwhile, both ways.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay, until, type TestRelay } from './helpers';
import { connectedTo, hasText, startPlanPeer, type PlanPeer } from './plan-peers';

let a: PlanPeer;
let b: PlanPeer;

beforeAll(async () => {
  [a, b] = await Promise.all([startPlanPeer(), startPlanPeer()]);
});

afterEach(async () => {
  await Promise.all([a.send({ type: 'leave' }), b.send({ type: 'leave' })]);
  await cleanUp();
});

afterAll(async () => {
  await Promise.all([a.quit(), b.quit()]);
});

async function meet(relay: TestRelay, room: string): Promise<void> {
  const join = { relays: [relay.url], room, secret: `${room}-secret` };
  await Promise.all([
    a.send({ type: 'join', ...join, name: 'Ada' }),
    b.send({ type: 'join', ...join, name: 'Ben' }),
  ]);
  await Promise.all([
    a.until(connectedTo(1), 'A connected'),
    b.until(connectedTo(1), 'B connected'),
  ]);
}

describe('plan peers reconnecting', () => {
  it('meet again after the relay restarts while both were apart, and exchange what they missed', async () => {
    const first = await startTestRelay();
    await meet(first, 'relay-restart');
    await a.send({ type: 'insert', text: '[before]' });
    await b.until(hasText('[before]'), 'the first edit at B');

    // The relay goes down, and A's laptop drops off the network at the same time.
    await first.close();
    await a.send({ type: 'offline' });
    const bAlone = await b.until(
      (s) => s.status.kind === 'relayUnreachable',
      'B: relay unreachable, no members',
    );
    expect(bAlone.status).toEqual({ kind: 'relayUnreachable', relays: [first.url] });
    expect(bAlone.members, "A's presence leaves with its link").toEqual([]);
    await a.send({ type: 'insert', text: '[A while apart]' });
    await b.send({ type: 'insert', text: '[B while apart]' });

    const second = await startTestRelay({ port: first.port });
    await a.send({ type: 'online' });
    const atA = await a.until(hasText('[B while apart]'), "B's edit at A");
    const atB = await b.until(hasText('[A while apart]'), "A's edit at B");
    expect(atA.text).toBe(atB.text);
    expect(atB.status).toEqual({ kind: 'connected', members: 1 });
    expect(second.health()).toMatchObject({ connections: 2, rooms: 1 });
  }, 45_000);

  it('keep a live link through a relay restart, and re-join the relay by themselves', async () => {
    const first = await startTestRelay();
    await meet(first, 'relay-blip');
    await first.close();
    await a.send({ type: 'insert', text: '[relay down]' });
    await b.until(hasText('[relay down]'), 'the live link does not need the relay');
    expect((await b.send({ type: 'read' })).status).toEqual({ kind: 'connected', members: 1 });
    const second = await startTestRelay({ port: first.port });
    // Both sockets come back (the backoff is at most 2.5 s) and the link is left alone.
    await until(() => second.health().connections === 2, 'both back at the relay', 10_000, 20);
    expect((await a.send({ type: 'read' })).status).toEqual({ kind: 'connected', members: 1 });
  }, 30_000);

  it("meet again after one member's network drops and returns, exchanging edits both ways", async () => {
    const relay = await startTestRelay();
    await meet(relay, 'network-drop');
    await b.send({ type: 'offline' });
    expect((await b.send({ type: 'read' })).status).toEqual({ kind: 'alone' });
    await a.until((s) => s.status.kind === 'looking', 'A looking for others');
    await a.send({ type: 'insert', text: '[A offline edit]' });
    await b.send({ type: 'insert', text: '[B offline edit]' });

    await b.send({ type: 'online' });
    const atA = await a.until(hasText('[B offline edit]'), "B's offline edit at A");
    const atB = await b.until(hasText('[A offline edit]'), "A's offline edit at B");
    expect(atA.text).toBe(atB.text);

    // reconnect() (after a network change) drops and re-makes everything; still in step.
    await a.send({ type: 'reconnect' });
    await a.send({ type: 'insert', text: '[after reconnect]' });
    await b.until(hasText('[after reconnect]'), 'the edit after reconnect() at B');
  }, 30_000);
});

describe('a member whose laptop sleeps', () => {
  it('is found again when it wakes, though its own side never saw the link die', async () => {
    const relay = await startTestRelay();
    const join = { relays: [relay.url], room: 'laptop-sleeps', secret: 'zzz' };
    // Short timeouts, so the sleeping side's link is given up within the test.
    const timing = { disconnectGraceMs: 500, connectTimeoutMs: 4000 };
    await Promise.all([
      a.send({ type: 'join', ...join, name: 'Ada', timing }),
      b.send({ type: 'join', ...join, name: 'Ben', timing }),
    ]);
    await Promise.all([
      a.until(connectedTo(1), 'A connected'),
      b.until(connectedTo(1), 'B connected'),
    ]);

    a.freeze(true);
    try {
      // B's ICE checks go unanswered; B gives the link up and looks for A again.
      await b.until((s) => s.status.kind === 'looking', 'B notices A is gone', 30_000);
      await b.send({ type: 'insert', text: '[B while A slept]' });
    } finally {
      a.freeze(false);
    }
    // A wakes believing its link is fine; B's announce says otherwise, and they meet again.
    await a.send({ type: 'insert', text: '[A on waking]' });
    const atA = await a.until(hasText('[B while A slept]'), "B's edit at A", 30_000);
    const atB = await b.until(hasText('[A on waking]'), "A's edit at B", 30_000);
    expect(atA.text).toBe(atB.text);
  }, 75_000);
});
