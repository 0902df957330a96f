// Frames and backpressure of lib/sync/peers, without a network: splitting and putting back,
// what a peer's nonsense does (nothing but a warning), and a channel that fills up.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FRAME_BYTES, Reassembler, toFrames } from '../../lib/sync/peers/frames';
import { SendQueue, type FrameChannel } from '../../lib/sync/peers/send-queue';

function bytes(length: number, seed = 7): Uint8Array {
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) data[i] = (i * seed + (i >> 8)) & 0xff;
  return data;
}

function collect(limits = { maxFrameBytes: MAX_FRAME_BYTES, maxMessageBytes: 1 << 20 }) {
  const messages: Uint8Array[] = [];
  const reassembler = new Reassembler((m) => messages.push(m.slice()), limits, 'test peer');
  return { messages, reassembler };
}

afterEach(() => vi.restoreAllMocks());

describe('frames', () => {
  it('puts back messages of every size, none above 16 KiB on the wire', () => {
    const { messages, reassembler } = collect();
    const sizes = [0, 1, MAX_FRAME_BYTES - 1, MAX_FRAME_BYTES, MAX_FRAME_BYTES * 3 + 17, 300_000];
    for (const size of sizes) {
      const frames = toFrames(bytes(size, size));
      for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
      for (const frame of frames) reassembler.push(frame);
    }
    expect(messages.map((m) => m.length)).toEqual(sizes);
    sizes.forEach((size, i) => expect(messages[i]).toEqual(bytes(size, size)));
    expect(reassembler.held).toBe(0);
  });

  it('drops nonsense with a warning, never throws, and reads the next good message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { messages, reassembler } = collect();
    const good = toFrames(bytes(40_000));
    const nonsense: Uint8Array[] = [
      new Uint8Array(0),
      Uint8Array.of(9, 1, 2),
      Uint8Array.of(2, 1, 2, 3), // a continuation with no first frame
      Uint8Array.of(1, 0, 0), // a first frame without its length
      Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 1), // announces 4 GiB
      Uint8Array.of(1, 0, 0, 0, 2, 1, 2, 3), // "split" but fits in one frame
      new Uint8Array(MAX_FRAME_BYTES + 1), // oversized
    ];
    for (const frame of nonsense) expect(() => reassembler.push(frame)).not.toThrow();
    // A message cut short by another, and one overrun by more bytes than it announced.
    reassembler.push(good[0] ?? new Uint8Array());
    reassembler.push(Uint8Array.of(0, 42));
    reassembler.push(good[0] ?? new Uint8Array());
    for (let i = 0; i < 4; i++) reassembler.push(good[1] ?? new Uint8Array());
    expect(messages).toEqual([Uint8Array.of(42)]);
    expect(reassembler.held, 'nothing held after a dropped message').toBe(0);

    for (const frame of good) reassembler.push(frame);
    expect(messages[1]).toEqual(bytes(40_000));
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.length, 'one warning per bad message, not per frame').toBeLessThan(15);
  });

  it('holds no more than the limit for a message in progress', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { messages, reassembler } = collect({ maxFrameBytes: 1024, maxMessageBytes: 4096 });
    for (const frame of toFrames(bytes(5000), 1024)) reassembler.push(frame);
    expect(messages).toEqual([]);
    expect(reassembler.held).toBe(0);
    for (const frame of toFrames(bytes(4096), 1024)) reassembler.push(frame);
    expect(messages[0]).toEqual(bytes(4096));
  });
});

class FakeChannel implements FrameChannel {
  readyState: RTCDataChannelState = 'open';
  bufferedAmount = 0;
  bufferedAmountLowThreshold = 0;
  readonly sent: Uint8Array[] = [];
  private low: (() => void) | null = null;
  send(data: Uint8Array): void {
    this.sent.push(data);
    this.bufferedAmount += data.length;
  }
  addEventListener(_type: 'bufferedamountlow', listener: () => void): void {
    this.low = listener;
  }
  removeEventListener(): void {
    this.low = null;
  }
  /** The network takes everything buffered. */
  drain(): void {
    this.bufferedAmount = 0;
    this.low?.();
  }
}

describe('send queue', () => {
  it('stops at the high mark and goes on when the channel drains, in order', () => {
    const channel = new FakeChannel();
    const queue = new SendQueue(channel, { highWaterBytes: 64 * 1024, lowWaterBytes: 16 * 1024 });
    expect(channel.bufferedAmountLowThreshold).toBe(16 * 1024);
    const frames = toFrames(bytes(1_000_000));
    queue.push(frames);
    expect(channel.bufferedAmount).toBeLessThanOrEqual(64 * 1024 + MAX_FRAME_BYTES);
    expect(queue.waiting).toBeGreaterThan(0);
    while (queue.waiting > 0) channel.drain();
    expect(channel.sent).toEqual(frames);
    queue.close();
  });

  it('holds frames until the channel opens', () => {
    const channel = new FakeChannel();
    channel.readyState = 'connecting';
    const queue = new SendQueue(channel);
    queue.push(toFrames(bytes(10)));
    expect(channel.sent).toHaveLength(0);
    channel.readyState = 'open';
    queue.flush();
    expect(channel.sent).toHaveLength(1);
    queue.close();
  });
});
