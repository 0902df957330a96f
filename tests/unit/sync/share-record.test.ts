import { describe, expect, it } from 'vitest';
import { readInvite, type Invite } from '@/lib/sync/invite-code';
import {
  memoryShareStore,
  newShareRecord,
  parseShareRecords,
  relaysInUse,
  resolvePlanShare,
  rotateShareRecord,
  ShareBook,
  shareInviteCode,
  shareRecordFromInvite,
} from '@/lib/sync/share-record';

const NOW = Date.UTC(2027, 2, 17, 9, 0);
const PLAN = 'k3v9q0x7m2p1z8w4';

describe('share records', () => {
  it('gives a newly shared plan a fresh room and a secret of at least 128 bits', () => {
    const a = newShareRecord(['wss://relay.example', 'wss://relay.example/'], NOW);
    const b = newShareRecord(['wss://relay.example'], NOW);
    expect(a.relays).toEqual(['wss://relay.example']);
    expect(a.since).toBe(NOW);
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.room).not.toBe(b.room);
    expect(a.secret).not.toBe(b.secret);
  });

  it('moves a plan to a new room and secret on "new secret", keeping its relays', () => {
    const before = newShareRecord(['wss://relay.example'], NOW);
    const after = rotateShareRecord(before, NOW + 1000);
    expect(after.room).not.toBe(before.room);
    expect(after.secret).not.toBe(before.secret);
    expect(after.relays).toEqual(before.relays);
    expect(after.since).toBe(NOW + 1000);
  });

  it('makes an invite code that reads back as the plan, room, secret and every relay in use', () => {
    const record = newShareRecord(['wss://relay.example'], NOW);
    const made = shareInviteCode(PLAN, 'MI i hjemmetjenesten', record, [
      'ws://10.0.4.12:4444',
      'wss://relay.example',
    ]);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const read = readInvite(`Hei! Her er koden:\n\n${made.code}\n\nHilsen Kari`);
    expect(read).toEqual({
      ok: true,
      invite: {
        planId: PLAN,
        room: record.room,
        secret: record.secret,
        relays: ['wss://relay.example', 'ws://10.0.4.12:4444'],
        planTitle: 'MI i hjemmetjenesten',
      },
    });
    if (!read.ok) return;
    expect(shareRecordFromInvite(read.invite, NOW)).toEqual({
      ...record,
      relays: read.invite.relays,
    });
  });

  it('uses the relays of the record, then those of the settings', () => {
    const record = { ...newShareRecord(['wss://b.example'], NOW) };
    expect(relaysInUse(record, ['wss://a.example', 'wss://b.example'])).toEqual([
      'wss://b.example',
      'wss://a.example',
    ]);
  });

  it('resolves what a connection needs, or null for a plan that is not shared', () => {
    const record = newShareRecord(['wss://b.example'], NOW);
    const settings = {
      displayName: 'Kari',
      colour: 'teal' as const,
      relays: ['wss://a.example'],
      iceServers: [{ urls: 'stun:s.example' }],
    };
    expect(resolvePlanShare(PLAN, undefined, settings)).toBeNull();
    expect(resolvePlanShare(PLAN, record, settings)).toEqual({
      planId: PLAN,
      room: record.room,
      secret: record.secret,
      relays: ['wss://b.example', 'wss://a.example'],
      iceServers: [{ urls: 'stun:s.example' }],
      displayName: 'Kari',
      colour: 'teal',
      colourHex: '#0e7490',
      since: NOW,
    });
  });

  it('keeps only the well-formed records of whatever storage held', () => {
    const good = newShareRecord(['wss://a.example'], NOW);
    expect(
      parseShareRecords({
        [PLAN]: { ...good, relays: ['wss://a.example', 'http://evil.example'] },
        short: { ...good, secret: 'tooShort' },
        noRoom: { ...good, room: 7 },
        'bad id!': good,
        noSince: { ...good, since: 'yesterday' },
      }),
    ).toEqual({ [PLAN]: good });
    expect(parseShareRecords(null)).toEqual({});
    expect(parseShareRecords([good])).toEqual({});
  });
});

describe('the share book', () => {
  it('stores, replaces and forgets records, telling watchers', async () => {
    const book = new ShareBook(memoryShareStore());
    let changes = 0;
    const unwatch = book.watch(() => changes++);
    const first = newShareRecord(['wss://a.example'], NOW);
    const invite: Invite = {
      planId: 'other',
      room: 'q2Jr8c0V3m_T1xY-a7Zb9w',
      secret: 'Zk4pQ9_w2Rr7hY-0nB3vX8cL',
      relays: [],
      planTitle: 'x',
    };
    await Promise.all([
      book.set(PLAN, first),
      book.set('other', shareRecordFromInvite(invite, NOW)),
    ]);
    expect(Object.keys(await book.all()).sort()).toEqual([PLAN, 'other']);
    const second = rotateShareRecord(first, NOW + 1);
    await book.set(PLAN, second);
    expect(await book.get(PLAN)).toEqual(second);
    await book.remove('other');
    expect(await book.get('other')).toBeUndefined();
    expect(changes).toBe(4);
    unwatch();
  });
});

describe('starting to share and "new secret" in the share book', () => {
  it('starts a plan once, and not at all without a relay', async () => {
    const book = new ShareBook(memoryShareStore());
    expect(await book.start(PLAN, [], NOW)).toBeNull();
    expect(await book.all()).toEqual({});
    const [a, b] = await Promise.all([
      book.start(PLAN, ['wss://a.example'], NOW),
      book.start(PLAN, ['wss://b.example'], NOW + 1),
    ]);
    expect(a).not.toBeNull();
    expect(b).toEqual(a);
    // Once shared, the plan keeps its room even if the relays are gone from the settings.
    expect(await book.start(PLAN, [], NOW + 2)).toEqual(a);
  });

  it('rotates a shared plan and leaves an unshared one alone', async () => {
    const book = new ShareBook(memoryShareStore());
    expect(await book.rotate(PLAN, NOW)).toBeNull();
    const first = await book.start(PLAN, ['wss://a.example'], NOW);
    const next = await book.rotate(PLAN, NOW + 1);
    expect(next?.room).not.toBe(first?.room);
    expect(await book.get(PLAN)).toEqual(next);
  });
});
