// Backpressure for one data channel. A channel whose buffer grows without bound is closed by
// some implementations and stalls others, so frames wait here until the channel's buffer has
// drained below a low mark, as RTCDataChannel's `bufferedamountlow` event announces.

/** The part of RTCDataChannel the queue uses. */
export interface FrameChannel {
  readonly readyState: RTCDataChannelState;
  readonly bufferedAmount: number;
  bufferedAmountLowThreshold: number;
  send(data: Uint8Array<ArrayBuffer>): void;
  addEventListener(type: 'bufferedamountlow', listener: () => void): void;
  removeEventListener(type: 'bufferedamountlow', listener: () => void): void;
}

/** When to stop handing frames to a channel, and when to start again. */
export interface SendQueueLimits {
  /** Stop handing frames to the channel once this much is buffered in it. */
  highWaterBytes: number;
  /** Resume once the channel's buffer has drained below this. */
  lowWaterBytes: number;
}

const defaultLimits: SendQueueLimits = { highWaterBytes: 1024 * 1024, lowWaterBytes: 256 * 1024 };

// Not every implementation fires `bufferedamountlow` reliably (older wrtc builds); a slow poll
// keeps the queue moving without depending on the event.
const POLL_MS = 50;

/** Feeds frames to one channel in order, never letting its buffer pass the high mark. */
export class SendQueue {
  private readonly frames: Uint8Array<ArrayBuffer>[] = [];
  private head = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly channel: FrameChannel,
    private readonly limits: SendQueueLimits = defaultLimits,
  ) {
    channel.bufferedAmountLowThreshold = limits.lowWaterBytes;
    channel.addEventListener('bufferedamountlow', this.pump);
  }

  /** Frames waiting to be handed to the channel. */
  get waiting(): number {
    return this.frames.length - this.head;
  }

  push(frames: readonly Uint8Array<ArrayBuffer>[]): void {
    if (this.closed) return;
    this.frames.push(...frames);
    this.pump();
  }

  /** Hands waiting frames to the channel, e.g. once it has opened. */
  flush(): void {
    this.pump();
  }

  close(): void {
    this.closed = true;
    this.frames.length = 0;
    this.head = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.channel.removeEventListener('bufferedamountlow', this.pump);
  }

  private readonly pump = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.closed || this.channel.readyState !== 'open') return;
    while (this.head < this.frames.length) {
      if (this.channel.bufferedAmount > this.limits.highWaterBytes) {
        this.timer = setTimeout(this.pump, POLL_MS);
        return;
      }
      const frame = this.frames[this.head++];
      if (!frame) continue;
      try {
        this.channel.send(frame);
      } catch (error) {
        // The channel closed under us; the link notices and closes the queue with it.
        console.warn('Forankra peers: a data channel refused a frame.', error);
        return this.close();
      }
    }
    this.frames.length = 0;
    this.head = 0;
  };
}
