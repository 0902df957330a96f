import { describe, expect, it } from 'vitest';
import {
  applyManagedPolicy,
  ownSettings,
  parseManagedPolicy,
  relaysNotAllowed,
} from '@/lib/browser/managed-policy';
import { readManagedPolicy, startingPolicy } from '@/lib/browser/managed-storage';
import { defaultSettings, type Settings } from '@/lib/browser/storage-items';

const member: Settings = {
  ...defaultSettings(() => 0),
  displayName: 'Kari',
  language: 'nb',
  relays: ['wss://public.example', 'wss://intranet.kommune.no'],
  iceServers: [{ urls: 'stun:stun.example' }],
};

describe('the managed policy', () => {
  it('keeps only well-formed fields; what is not set stays unset', () => {
    expect(
      parseManagedPolicy({
        relays: ['wss://intranet.kommune.no/', 'http://no.example', 7],
        iceServers: [{ urls: 'turn:turn.kommune.no', username: 'u', credential: 'c' }, 'x'],
        language: 'da',
        allowOtherRelays: false,
        extra: true,
      }),
    ).toEqual({
      relays: ['wss://intranet.kommune.no/'],
      iceServers: [{ urls: 'turn:turn.kommune.no', username: 'u', credential: 'c' }],
      language: 'da',
      allowOtherRelays: false,
    });
    expect(parseManagedPolicy({ language: 'de', allowOtherRelays: 'no' })).toEqual({});
    expect(parseManagedPolicy(undefined)).toEqual({});
  });

  it('lays the managed values over the member’s: managed relays first, others only if allowed', () => {
    const policy = parseManagedPolicy({
      relays: ['wss://intranet.kommune.no'],
      language: 'sv',
      allowOtherRelays: false,
    });
    const effective = applyManagedPolicy(member, policy);
    expect(effective.language).toBe('sv');
    expect(effective.relays).toEqual(['wss://intranet.kommune.no']);
    expect(effective.iceServers).toEqual(member.iceServers);
    expect(
      relaysNotAllowed(policy, ['wss://public.example', 'wss://intranet.kommune.no/']),
    ).toEqual(['wss://public.example']);
    const open = applyManagedPolicy(member, { relays: ['wss://relay.kommune.no'] });
    expect(open.relays).toEqual([
      'wss://relay.kommune.no',
      'wss://public.example',
      'wss://intranet.kommune.no',
    ]);
    expect(relaysNotAllowed({ relays: [] }, ['wss://anything.example'])).toEqual([]);
  });

  it('stores the member’s own values only, never the managed ones', () => {
    const policy = parseManagedPolicy({
      relays: ['wss://intranet.kommune.no'],
      language: 'sv',
      iceServers: [{ urls: 'stun:stun.kommune.no' }],
    });
    const effective = applyManagedPolicy(member, policy);
    const changed = {
      ...effective,
      displayName: 'Kari N',
      relays: [...effective.relays, 'wss://x.example/'],
    };
    expect(ownSettings(changed, member, policy)).toEqual({
      ...member,
      displayName: 'Kari N',
      relays: ['wss://public.example', 'wss://x.example/'],
    });
  });
});

describe('reading managed storage', () => {
  it('treats an absent or failing managed area as no policy, never throwing', async () => {
    const sources = {
      managed: () => Promise.reject(new Error('Managed storage manifest not found')),
      testOverride: () => Promise.resolve({ language: 'da' }),
      installType: () => Promise.resolve('normal'),
    };
    await expect(readManagedPolicy(sources)).resolves.toEqual({});
  });

  it('honours the test stand-in only in an unpacked (development) install', async () => {
    const sources = {
      managed: () => Promise.resolve({}),
      testOverride: () => Promise.resolve({ language: 'da' }),
      installType: () => Promise.resolve('development'),
    };
    await expect(readManagedPolicy(sources)).resolves.toEqual({ language: 'da' });
    // Real policy wins over the stand-in.
    await expect(
      readManagedPolicy({ ...sources, managed: () => Promise.resolve({ language: 'sv' }) }),
    ).resolves.toEqual({ language: 'sv' });
  });
});

describe('the policy a page starts with', () => {
  const later = <T>(value: T, ms: number) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
  const fresh = { relays: ['wss://intranet.kommune.no/'], allowOtherRelays: false };

  it('is the fresh read when managed storage answers first', async () => {
    const stored = { relays: ['wss://old.kommune.no/'] };
    expect(await startingPolicy(Promise.resolve(fresh), () => later(stored, 20))).toEqual(fresh);
  });

  it('is the policy read last time while managed storage has not answered yet', async () => {
    const stored = { relays: ['wss://old.kommune.no/'], extra: 1 };
    const slow = later(fresh, 500);
    expect(await startingPolicy(slow, () => Promise.resolve(stored))).toEqual({
      relays: ['wss://old.kommune.no/'],
    });
  });

  it('waits for managed storage when nothing was read before, or what is stored is not a policy', async () => {
    for (const stored of [null, 'junk', 7]) {
      expect(await startingPolicy(later(fresh, 30), () => Promise.resolve(stored))).toEqual(fresh);
    }
    const unreadable = () => Promise.reject(new Error('storage gone'));
    expect(await startingPolicy(later(fresh, 30), unreadable)).toEqual(fresh);
  });
});
