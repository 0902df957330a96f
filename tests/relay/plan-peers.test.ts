// Our peer layer (lib/sync/peers) between real WebRTC peers, each in a process of its own,
// meeting through the relay: status, presence, and the everyday case of typing both ways.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay, type TestRelay } from './helpers';
import { connectedTo, hasText, startPlanPeer, type PlanPeer } from './plan-peers';

let relay: TestRelay;
let a: PlanPeer;
let b: PlanPeer;
let c: PlanPeer;

beforeAll(async () => {
  [relay, a, b, c] = await Promise.all([
    startTestRelay(),
    startPlanPeer(),
    startPlanPeer(),
    startPlanPeer(),
  ]);
});

afterEach(async () => {
  await Promise.all([a, b, c].map((peer) => peer.send({ type: 'leave' })));
});

afterAll(async () => {
  await Promise.all([a.quit(), b.quit(), c.quit()]);
  await cleanUp();
});

describe('plan peers through the relay', () => {
  it('report looking, then connected, and sync text and presence both ways', async () => {
    const join = { relays: [relay.url], room: 'plain-meeting', secret: 'hemmelig-7f3a' };
    const alone = await a.send({ type: 'join', ...join, name: 'Kari' });
    expect(['looking', 'connected']).toContain(
      (await a.until((s) => s.status.kind === 'looking', 'A looking')).status.kind,
    );
    expect(alone.members).toEqual([]);
    await b.send({ type: 'join', ...join, name: 'Bo' });
    await a.until(connectedTo(1), 'A connected to B');
    await b.until(connectedTo(1), 'B connected to A');

    await a.send({ type: 'insert', text: '[from A]' });
    await b.until(hasText('[from A]'), "A's text at B");
    await b.send({ type: 'insert', text: '[from B]' });
    const atA = await a.until(hasText('[from B]'), "B's text at A");
    expect(atA.text).toBe((await b.send({ type: 'read' })).text);

    await b.send({ type: 'setCell', rowId: 'row-7' });
    const seen = await a.until(
      (s) => s.members[0]?.cell?.rowId === 'row-7',
      "B's selected cell at A",
    );
    expect(seen.members).toHaveLength(1);
    expect(seen.members[0]).toMatchObject({ name: 'Bo', cell: { sheetId: 's1', rowId: 'row-7' } });
    expect(seen.members[0]?.lastExchange).toBeGreaterThan(Date.now() - 10_000);
  }, 30_000);

  it('say working alone without relays, and name a relay that cannot be reached', async () => {
    const alone = await a.send({ type: 'join', relays: [], room: 'r', secret: 's', name: 'Kari' });
    expect(alone.status).toEqual({ kind: 'alone' });
    // A port nothing listens on (the relay's own, once closed).
    const gone = await startTestRelay();
    await gone.close();
    await a.send({ type: 'join', relays: [gone.url], room: 'r', secret: 's', name: 'Kari' });
    const unreachable = await a.until(
      (s) => s.status.kind === 'relayUnreachable',
      'the relay reported unreachable',
    );
    expect(unreachable.status).toEqual({ kind: 'relayUnreachable', relays: [gone.url] });
    await a.send({ type: 'offline' });
    expect((await a.send({ type: 'read' })).status).toEqual({ kind: 'alone' });
  }, 15_000);

  it('link three members to each other, each seeing the other two', async () => {
    const join = { relays: [relay.url], room: 'three-members', secret: 'tre' };
    await Promise.all([
      a.send({ type: 'join', ...join, name: 'Ada' }),
      b.send({ type: 'join', ...join, name: 'Ben' }),
      c.send({ type: 'join', ...join, name: 'Cai' }),
    ]);
    for (const [peer, text] of [
      [a, '[A]'],
      [b, '[B]'],
      [c, '[C]'],
    ] as const) {
      await peer.send({ type: 'insert', text });
    }
    const all = (s: { text: string }) => ['[A]', '[B]', '[C]'].every((t) => s.text.includes(t));
    const states = await Promise.all(
      [a, b, c].map((peer) =>
        peer.until((s) => all(s) && connectedTo(2)(s) && s.members.length === 2, 'all three'),
      ),
    );
    expect(new Set(states.map((s) => s.text)).size, 'one text on all three').toBe(1);
    expect(states.map((s) => s.members.map((m) => m.name))).toEqual([
      ['Ben', 'Cai'],
      ['Ada', 'Cai'],
      ['Ada', 'Ben'],
    ]);
  }, 30_000);
});
