import { describe, expect, it } from 'vitest';
import {
  addIceServer,
  addRelay,
  checkIceServer,
  MAX_ICE_SERVERS,
  MAX_RELAYS,
  MEMBER_COLOURS,
  memberColourHex,
  mergeRelays,
  missingRelays,
  networkProblemMessage,
  parseNetworkSettings,
  randomMemberColour,
} from '@/lib/sync/connection-settings';
import { en } from '@/lib/i18n/en';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('member colours', () => {
  it('offers eight colours, each readable as text on white and as white text on it', () => {
    expect(MEMBER_COLOURS).toHaveLength(8);
    for (const colour of MEMBER_COLOURS) {
      expect(contrast(colour.hex, '#ffffff'), colour.id).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(MEMBER_COLOURS.map((c) => c.hex)).size).toBe(8);
  });

  it('picks every colour at random, and none outside the palette', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) seen.add(randomMemberColour(() => i / 8));
    expect(seen.size).toBe(8);
    expect(randomMemberColour(() => 0.999999)).toBe('slate');
    expect(randomMemberColour(() => 1)).toBe('slate');
    expect(memberColourHex('green')).toBe('#047857');
  });
});

describe('relay lists', () => {
  it('adds a wss:// or ws:// address, trimmed', () => {
    expect(addRelay([], '  wss://relay.larvik.kommune.no ')).toEqual({
      ok: true,
      relays: ['wss://relay.larvik.kommune.no'],
    });
    expect(addRelay(['wss://a.example'], 'ws://10.0.4.12:4444')).toEqual({
      ok: true,
      relays: ['wss://a.example', 'ws://10.0.4.12:4444'],
    });
  });

  it('refuses what is not a relay, a repeat in another spelling, and a seventeenth', () => {
    expect(addRelay([], 'https://relay.example')).toEqual({ ok: false, problem: 'badRelay' });
    expect(addRelay([], 'relay.example')).toEqual({ ok: false, problem: 'badRelay' });
    expect(addRelay(['wss://relay.example'], 'WSS://Relay.Example/')).toEqual({
      ok: false,
      problem: 'duplicateRelay',
    });
    const full = Array.from({ length: MAX_RELAYS }, (_, i) => `wss://r${String(i)}.example`);
    expect(addRelay(full, 'wss://one-more.example')).toEqual({
      ok: false,
      problem: 'tooManyRelays',
    });
  });

  it('merges the relays of an invite, saying which were new', () => {
    expect(
      mergeRelays(['wss://a.example'], ['wss://a.example/', 'wss://b.example', 'nope']),
    ).toEqual({ relays: ['wss://a.example', 'wss://b.example'], added: ['wss://b.example'] });
    expect(missingRelays(['wss://a.example'], ['wss://a.example', 'wss://c.example'])).toEqual([
      'wss://c.example',
    ]);
  });
});

describe('STUN and TURN servers', () => {
  it('accepts stun:, stuns:, turn: and turns: addresses, with port and transport', () => {
    for (const urls of [
      'stun:stun.example.org',
      'stun:stun.example.org:3478',
      'stuns:stun.example.org:5349',
      'stun:10.0.0.1:3478',
      'stun:[2001:db8::1]:3478',
    ]) {
      expect(checkIceServer({ urls }), urls).toEqual({ ok: true, server: { urls } });
    }
    expect(
      checkIceServer({
        urls: ' turn:turn.example.org:3478?transport=udp ',
        username: ' kari ',
        credential: ' s3cret ',
      }),
    ).toEqual({
      ok: true,
      server: {
        urls: 'turn:turn.example.org:3478?transport=udp',
        username: 'kari',
        credential: ' s3cret ',
      },
    });
  });

  it('refuses other schemes, paths, bad ports and a transport on STUN', () => {
    for (const urls of [
      'https://stun.example.org',
      'stun://stun.example.org',
      'stun:stun.example.org/path',
      'stun:stun.example.org:70000',
      'stun:stun.example.org?transport=udp',
      'turn:user@turn.example.org',
      'stun:',
      '',
    ]) {
      expect(checkIceServer({ urls }), urls).toEqual({ ok: false, problem: 'badIceUrl' });
    }
  });

  it('asks for a username and password for TURN, which browsers require', () => {
    expect(checkIceServer({ urls: 'turn:turn.example.org', username: 'kari' })).toEqual({
      ok: false,
      problem: 'turnNeedsCredentials',
    });
    expect(
      checkIceServer({ urls: 'stun:stun.example.org', username: 'x', credential: 'y' }),
    ).toEqual({ ok: true, server: { urls: 'stun:stun.example.org' } });
  });

  it('replaces a server of the same address and keeps at most eight', () => {
    const first = addIceServer([], { urls: 'turn:t.example', username: 'a', credential: 'b' });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = addIceServer(first.iceServers, {
      urls: 'turn:t.example',
      username: 'a',
      credential: 'new',
    });
    expect(again).toEqual({
      ok: true,
      iceServers: [{ urls: 'turn:t.example', username: 'a', credential: 'new' }],
    });
    const full = Array.from({ length: MAX_ICE_SERVERS }, (_, i) => ({
      urls: `stun:s${String(i)}.example`,
    }));
    expect(addIceServer(full, { urls: 'stun:more.example' })).toEqual({
      ok: false,
      problem: 'tooManyIceServers',
    });
  });
});

describe('stored network settings', () => {
  it('keeps the well-formed relays and servers of whatever storage held', () => {
    expect(
      parseNetworkSettings({
        relays: ['wss://a.example', 'javascript:alert(1)', 7, 'wss://a.example'],
        iceServers: [
          { urls: 'stun:s.example' },
          { urls: 'turn:t.example' },
          { urls: 'turn:t.example', username: 'u', credential: 'p' },
          'stun:loose.example',
          null,
        ],
      }),
    ).toEqual({
      relays: ['wss://a.example'],
      iceServers: [
        { urls: 'stun:s.example' },
        { urls: 'turn:t.example', username: 'u', credential: 'p' },
      ],
    });
    expect(parseNetworkSettings(null)).toEqual({ relays: [], iceServers: [] });
  });

  it('names a message in the dictionary for every problem', () => {
    for (const problem of [
      'badRelay',
      'duplicateRelay',
      'tooManyRelays',
      'badIceUrl',
      'turnNeedsCredentials',
      'tooManyIceServers',
    ] as const) {
      expect(en[networkProblemMessage(problem)]).toBeTruthy();
    }
  });
});
