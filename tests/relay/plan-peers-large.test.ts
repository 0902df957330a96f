// A 10,000-row plan (about 7.9 MB of Yjs state) reaches a member who joins empty, through our
// framed links; bare y-webrtc sends it as one message, which data channels drop.

import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, startTestRelay } from './helpers';
import { CELL_MARKER } from './large-plan';
import { connectedTo, hasText, startPlanPeer, type PlanPeer } from './plan-peers';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

const started: PlanPeer[] = [];
let proxy: RecordingProxy | undefined;

afterAll(async () => {
  await Promise.all(started.map((peer) => peer.quit()));
  await proxy?.close();
  await cleanUp();
});

describe('a large plan', () => {
  it('reaches an empty new member in full, and the relay sees no cell text', async () => {
    const relay = await startTestRelay();
    proxy = await startRecordingProxy(relay.url);
    const [owner, newcomer] = await Promise.all([startPlanPeer(), startPlanPeer()]);
    started.push(owner, newcomer);
    const secret = 'stor-plan-hemmelighet';
    const join = { relays: [proxy.url], room: 'large-plan', secret };

    const built = await owner.send({ type: 'join', ...join, name: 'Kari', rows: 10_000 });
    expect(built.rows).toBe(10_000);
    const startedAt = Date.now();
    await newcomer.send({ type: 'join', ...join, name: 'Nils' });
    const arrived = await newcomer.until(
      (s) => s.rows === 10_000,
      'all rows at the newcomer',
      60_000,
    );
    console.info(`10,000 rows reached the new member in ${Date.now() - startedAt} ms`);
    expect(arrived.chars, 'every cell, character for character').toBe(built.chars);

    // The link is still good for everyday edits after carrying the plan.
    await newcomer.send({ type: 'insert', text: '[after the big sync]' });
    await owner.until(hasText('[after the big sync]'), 'an edit back from the newcomer');
    await owner.until(connectedTo(1), 'owner still connected');

    expect(proxy.frames.length).toBeGreaterThan(2);
    for (const frame of proxy.frames) {
      expect(frame).not.toContain(CELL_MARKER);
      expect(frame).not.toContain(secret);
      expect(frame).not.toContain('after the big sync');
    }
  }, 90_000);

  it('reaches a new member even when the link loses part of the plan on the way', async () => {
    const relay = await startTestRelay();
    const [owner, newcomer] = await Promise.all([startPlanPeer(), startPlanPeer()]);
    started.push(owner, newcomer);
    const join = { relays: [relay.url], room: 'lossy-link', secret: 'tapt-ramme' };
    const timing = { syncAnswerMs: 800 };
    // The owner's link drops one frame of its answer: the newcomer is linked, yet has nothing.
    const built = await owner.send({
      type: 'join',
      ...join,
      name: 'Kari',
      rows: 1_000,
      timing,
      loseOneFrame: true,
    });
    await newcomer.send({ type: 'join', ...join, name: 'Nils', timing });
    const arrived = await newcomer.until(
      (s) => s.rows === 1_000,
      'all rows at the newcomer',
      30_000,
    );
    expect(arrived.chars).toBe(built.chars);
  });
});
