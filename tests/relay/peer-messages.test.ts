// What members say through the relay: reading it defensively, who offers, and the encryption,
// which must match y-webrtc's byte for byte.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { onAnnounce, weOffer } from '../../lib/sync/peers/meeting-rules';
import { deriveRoomKey, openJson, sealJson } from '../../lib/sync/peers/room-crypto';
import { readSignalMessage } from '../../lib/sync/peers/signal-messages';

interface YWebrtcCrypto {
  deriveKey(secret: string, room: string): Promise<CryptoKey>;
  encryptJson(data: unknown, key: CryptoKey): Promise<Uint8Array>;
  decryptJson(data: Uint8Array, key: CryptoKey): Promise<unknown>;
}

// y-webrtc's package exports only its provider; its crypto module is loaded from its path.
async function yWebrtcCrypto(): Promise<YWebrtcCrypto> {
  const main = createRequire(import.meta.url).resolve('y-webrtc');
  const file = join(dirname(main), '..', 'src', 'crypto.js');
  return (await import(pathToFileURL(file).href)) as YWebrtcCrypto;
}

describe('room encryption', () => {
  it("is y-webrtc's: each side opens what the other sealed", async () => {
    const theirs = await yWebrtcCrypto();
    const [ourKey, theirKey] = await Promise.all([
      deriveRoomKey('invite-secret', 'room-9'),
      theirs.deriveKey('invite-secret', 'room-9'),
    ]);
    if (!ourKey) throw new Error('a secret gives a key');
    const message = { type: 'announce', from: 'peer-1', links: ['peer-2'], seq: 3 };
    expect(await theirs.decryptJson(await sealJson(message, ourKey), theirKey)).toEqual(message);
    expect(await openJson(await theirs.encryptJson(message, theirKey), ourKey)).toEqual(message);
  });

  it('refuses a wrong secret and damaged data; no secret means no encryption', async () => {
    const right = await deriveRoomKey('right', 'room');
    const wrong = await deriveRoomKey('wrong', 'room');
    const sealed = await sealJson({ type: 'announce' }, right);
    await expect(openJson(sealed, wrong)).rejects.toThrow();
    await expect(openJson(sealed.slice(0, 20), right)).rejects.toThrow();
    expect(await deriveRoomKey('', 'room')).toBeNull();
    expect(await openJson(await sealJson({ a: 1 }, null), null)).toEqual({ a: 1 });
  });
});

describe('relay messages from members', () => {
  it('reads announces and signals', () => {
    expect(readSignalMessage({ type: 'announce', from: 'a', links: ['b', 7], seq: 1 })).toEqual({
      type: 'announce',
      from: 'a',
      links: ['b'],
      seq: 1,
    });
    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0' };
    expect(
      readSignalMessage({
        type: 'signal',
        from: 'a',
        to: 'b',
        link: 'l1',
        signal: { type: 'candidate', candidate },
      }),
    ).toEqual({
      type: 'signal',
      from: 'a',
      to: 'b',
      link: 'l1',
      signal: { type: 'candidate', candidate: { ...candidate, sdpMLineIndex: null } },
    });
  });

  it("reads anything else, and bare y-webrtc's messages, as nothing", () => {
    for (const value of [
      null,
      'announce',
      { type: 'announce', from: 'a' }, // bare y-webrtc: no seq
      { type: 'announce', from: 'a', seq: -1 },
      { type: 'announce', from: '', seq: 1 },
      { type: 'announce', from: 'a', to: 5, seq: 1 },
      { type: 'signal', from: 'a', to: 'b', token: 1, signal: { type: 'offer', sdp: 'v=0' } },
      { type: 'signal', from: 'a', to: 'b', link: 'l', signal: { type: 'offer', sdp: 5 } },
      { type: 'signal', from: 'a', to: 'b', link: 'l', signal: { type: 'rollback' } },
      { type: 'signal', from: 'a', to: 'b', link: 'l', signal: { type: 'candidate' } },
      { type: 'publish', from: 'a' },
    ]) {
      expect(readSignalMessage(value)).toBeNull();
    }
  });
});

describe('who offers', () => {
  it('is the lower peer id, on both sides', () => {
    expect(weOffer('a', 'b')).toBe(true);
    expect(weOffer('b', 'a')).toBe(false);
    expect(onAnnounce('a', 'b', [], 'none')).toEqual({ close: false, then: 'offer' });
    expect(onAnnounce('b', 'a', [], 'none')).toEqual({ close: false, then: 'invite' });
  });

  it('leaves a link alone that the other side also holds', () => {
    for (const ours of ['connecting', 'open'] as const) {
      expect(onAnnounce('a', 'b', ['a'], ours)).toEqual({ close: false, then: 'nothing' });
      expect(onAnnounce('b', 'a', ['b'], ours)).toEqual({ close: false, then: 'nothing' });
    }
  });

  it('replaces a link the other side no longer holds (it slept, or lost it first)', () => {
    expect(onAnnounce('a', 'b', [], 'open')).toEqual({ close: true, then: 'offer' });
    expect(onAnnounce('b', 'a', [], 'open')).toEqual({ close: true, then: 'invite' });
    expect(onAnnounce('b', 'a', [], 'connecting')).toEqual({ close: true, then: 'invite' });
  });

  it('keeps an offer in progress when an announce sent before it arrives', () => {
    expect(onAnnounce('a', 'b', [], 'connecting')).toEqual({ close: false, then: 'nothing' });
  });
});
