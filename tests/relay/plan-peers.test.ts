// Our peer layer (lib/sync/peers) between real WebRTC peers, each in a process of its own,
// meeting through the relay: status, presence, and the everyday case of typing both ways.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay, type TestRelay } from './helpers';
import { connectedTo, hasText, startPlanPeer, type PlanPeer } from './plan-peers';

let relay: TestRelay;
let a: PlanPeer;
let b: PlanPeer;

beforeAll(async () => {
  [relay, a, b] = await Promise.all([startTestRelay(), startPlanPeer(), startPlanPeer()]);
});

afterAll(async () => {
  await Promise.all([a.quit(), b.quit()]);
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
});
