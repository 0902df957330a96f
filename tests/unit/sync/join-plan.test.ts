import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { joinPlan } from '@/lib/sync/join-plan';
import { PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore } from '@/lib/sync/plan-index';
import { memoryShareStore, newShareRecord, ShareBook } from '@/lib/sync/share-record';
import type { Invite } from '@/lib/sync/invite-code';

const NOW = Date.UTC(2027, 2, 17, 9, 0);

function setup() {
  return {
    directory: new PlanDirectory({
      store: memoryPlanIndexStore(),
      actor: () => 'Lars',
      now: () => NOW,
    }),
    shares: new ShareBook(memoryShareStore()),
  };
}

const invite: Invite = {
  planId: 'q8w7e6r5t4y3u2i1',
  room: 'q2Jr8c0V3m_T1xY-a7Zb9w',
  secret: 'Zk4pQ9_w2Rr7hY-0nB3vX8cL',
  relays: ['wss://relay.odense.dk', 'wss://relay.example'],
  planTitle: 'MI i ældreplejen',
};

describe('joining a plan', () => {
  it('adds the plan, stores its room and secret, and merges the relays into the settings', async () => {
    const { directory, shares } = setup();
    const result = await joinPlan(invite, {
      directory,
      shares,
      relays: ['wss://relay.example'],
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      planId: invite.planId,
      created: true,
      relays: ['wss://relay.example', 'wss://relay.odense.dk'],
      addedRelays: ['wss://relay.odense.dk'],
    });
    expect((await directory.list()).plans.map((p) => [p.id, p.title])).toEqual([
      [invite.planId, 'MI i ældreplejen'],
    ]);
    expect(await shares.get(invite.planId)).toEqual({
      room: invite.room,
      secret: invite.secret,
      relays: invite.relays,
      since: NOW,
    });
  });

  it('only replaces the share record of a plan this browser has (a newer code after "new secret")', async () => {
    const { directory, shares } = setup();
    await joinPlan(invite, { directory, shares, relays: [], now: NOW });
    const old = await shares.get(invite.planId);
    const rotated = newShareRecord(invite.relays, NOW + 5);
    const again = await joinPlan(
      { ...invite, room: rotated.room, secret: rotated.secret, planTitle: 'Renamed' },
      { directory, shares, relays: invite.relays, now: NOW + 5 },
    );
    expect(again).toMatchObject({ ok: true, created: false, addedRelays: [] });
    const record = await shares.get(invite.planId);
    expect(record?.room).toBe(rotated.room);
    expect(record?.room).not.toBe(old?.room);
    expect((await directory.get(invite.planId))?.title).toBe('MI i ældreplejen');
  });

  it('refuses a plan id this app does not make, storing nothing', async () => {
    const { directory, shares } = setup();
    expect(
      await joinPlan({ ...invite, planId: 'UPPER' }, { directory, shares, relays: [], now: NOW }),
    ).toEqual({ ok: false, problem: 'damaged' });
    expect(await shares.all()).toEqual({});
  });
});
