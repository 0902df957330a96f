// One link over real WebRTC (@roamhq/wrtc, in this process), with a hostile peer on the other
// end: it sends frames that are nonsense, oversized or cut short. The link drops them with a
// warning, stays open, and still applies the good message that follows.

import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { syncOrigin } from '../../lib/model/origins';
import { readExchangeMessage, updateMessage } from '../../lib/sync/peers/exchange';
import { MAX_FRAME_BYTES, MAX_MESSAGE_BYTES, toFrames } from '../../lib/sync/peers/frames';
import { defaultLinkTiming, PeerLink } from '../../lib/sync/peers/peer-link';
import type { Signal } from '../../lib/sync/peers/signal-messages';
import { until } from './helpers';

type Wrtc = typeof import('@roamhq/wrtc');
const wrtc = createRequire(import.meta.url)('@roamhq/wrtc') as Wrtc;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
});

describe('a link with a hostile peer', () => {
  it('drops nonsense frames with a warning and still applies the next good message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const context = { doc, awareness, origin: syncOrigin('test'), label: 'hostile peer' };
    const hostile = new wrtc.RTCPeerConnection({ iceServers: [] });
    const channel = hostile.createDataChannel('forankra', { ordered: true });
    let closed = false;
    const link = new PeerLink({
      initiator: false,
      id: 'link-1',
      label: 'hostile peer',
      iceServers: [],
      peerConnection: wrtc.RTCPeerConnection,
      timing: defaultLinkTiming,
      limits: { maxFrameBytes: MAX_FRAME_BYTES, maxMessageBytes: MAX_MESSAGE_BYTES },
      signal: (signal: Signal) => {
        if (signal.type === 'answer') void hostile.setRemoteDescription(signal);
        else if (signal.type === 'candidate') void hostile.addIceCandidate(signal.candidate);
      },
      open: () => {},
      message: (message) => readExchangeMessage(context, message),
      close: () => (closed = true),
    });
    cleanups.push(
      () => link.close(),
      () => hostile.close(),
      () => doc.destroy(),
    );
    hostile.onicecandidate = ({ candidate }) => {
      if (candidate) link.receive({ type: 'candidate', candidate: candidate.toJSON() });
    };
    await hostile.setLocalDescription(await hostile.createOffer());
    link.receive({ type: 'offer', sdp: hostile.localDescription?.sdp ?? '' });
    await until(() => link.open && channel.readyState === 'open', 'the link open', 10_000);

    const source = new Y.Doc();
    source.getText('notes').insert(0, 'the good message');
    const good = toFrames(updateMessage(Y.encodeStateAsUpdate(source)));
    const nonsense = [
      Uint8Array.of(7, 7, 7),
      Uint8Array.of(2, 1, 2, 3),
      Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0),
      Uint8Array.of(0, 0, 1, 200, 200), // a whole frame whose sync message does not decode
      Uint8Array.of(0, 0, 2, 5, 1, 2, 3, 4, 5), // an update that does not decode
      crypto.getRandomValues(new Uint8Array(MAX_FRAME_BYTES + 100)),
    ];
    for (const frame of nonsense) channel.send(frame);
    channel.send('text, not binary');
    for (const frame of good) channel.send(frame);

    await until(() => doc.getText('notes').toString() === 'the good message', 'the good message');
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    for (const expected of [
      'a frame of unknown kind 7',
      'a message of 4294967295 B',
      'a message that does not decode',
      `a frame of ${MAX_FRAME_BYTES + 100} B`,
      'ignored a text message',
    ]) {
      expect(
        warnings.some((w) => w.includes(expected)),
        expected,
      ).toBe(true);
    }
    expect(link.open, 'the link stays open').toBe(true);
    expect(closed).toBe(false);
    source.destroy();
  }, 20_000);
});
