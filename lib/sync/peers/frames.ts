// Data channels drop or refuse big messages (browsers differ; 16 KiB is the size every
// implementation delivers), so every message a link sends is cut into frames and put back
// together on arrival. Links are ordered and reliable, so one message is in flight at a time
// per direction and a frame never needs more than a kind byte and, on the first, a length.

/** The largest frame we send: 16 KiB, the size every data channel implementation delivers. */
export const MAX_FRAME_BYTES = 16 * 1024;

/** The largest message we put back together by default: a plan's whole state, with room. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const WHOLE = 0;
const FIRST = 1;
const MORE = 2;
const FIRST_HEADER = 5;

/** Cuts a message into frames of at most `maxFrame` bytes, header included. */
export function toFrames(
  message: Uint8Array,
  maxFrame = MAX_FRAME_BYTES,
): Uint8Array<ArrayBuffer>[] {
  if (message.length + 1 <= maxFrame) return [withKind(WHOLE, message)];
  const frames: Uint8Array<ArrayBuffer>[] = [];
  const first = new Uint8Array(maxFrame);
  first[0] = FIRST;
  new DataView(first.buffer).setUint32(1, message.length);
  first.set(message.subarray(0, maxFrame - FIRST_HEADER), FIRST_HEADER);
  frames.push(first);
  for (let at = maxFrame - FIRST_HEADER; at < message.length; at += maxFrame - 1) {
    frames.push(withKind(MORE, message.subarray(at, at + maxFrame - 1)));
  }
  return frames;
}

function withKind(kind: number, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const frame = new Uint8Array(payload.length + 1);
  frame[0] = kind;
  frame.set(payload, 1);
  return frame;
}

/** What one peer may make us hold: the largest frame, and the largest message put together. */
export interface ReassemblerLimits {
  maxFrameBytes: number;
  /** Memory a peer can make us hold for one unfinished message. */
  maxMessageBytes: number;
}

/**
 * Puts frames from one peer back into messages. Frames are untrusted: anything malformed is
 * dropped with one warning, together with the message it belonged to, and never throws.
 */
export class Reassembler {
  private buffer: Uint8Array | null = null;
  private filled = 0;
  /** After a bad frame, the rest of that message is skipped without a warning per frame. */
  private skipping = false;

  constructor(
    private readonly deliver: (message: Uint8Array) => void,
    private readonly limits: ReassemblerLimits = {
      maxFrameBytes: MAX_FRAME_BYTES,
      maxMessageBytes: MAX_MESSAGE_BYTES,
    },
    private readonly label = 'peer',
  ) {}

  /** Bytes held for the message in progress. */
  get held(): number {
    return this.buffer?.length ?? 0;
  }

  push(frame: Uint8Array): void {
    if (frame.length < 1 || frame.length > this.limits.maxFrameBytes) {
      return this.drop(`a frame of ${frame.length} B (at most ${this.limits.maxFrameBytes})`);
    }
    const kind = frame[0];
    if (kind === WHOLE) {
      if (this.buffer) this.drop('a message cut short by the next one');
      this.skipping = false;
      this.deliver(frame.subarray(1));
    } else if (kind === FIRST) {
      if (this.buffer) this.drop('a message cut short by the next one');
      this.skipping = false;
      this.start(frame);
    } else if (kind === MORE) {
      this.continue(frame);
    } else {
      this.drop(`a frame of unknown kind ${kind}`);
    }
  }

  private start(frame: Uint8Array): void {
    if (frame.length < FIRST_HEADER) return this.drop('a first frame without its length');
    const length = new DataView(frame.buffer, frame.byteOffset, frame.length).getUint32(1);
    const part = frame.subarray(FIRST_HEADER);
    if (length > this.limits.maxMessageBytes) {
      return this.drop(`a message of ${length} B (at most ${this.limits.maxMessageBytes})`);
    }
    if (part.length >= length) return this.drop('a split message that fits in one frame');
    this.buffer = new Uint8Array(length);
    this.buffer.set(part);
    this.filled = part.length;
  }

  private continue(frame: Uint8Array): void {
    if (!this.buffer) {
      if (!this.skipping) this.drop('a continuation without a first frame');
      return;
    }
    const part = frame.subarray(1);
    if (this.filled + part.length > this.buffer.length) {
      return this.drop('more bytes than the message announced');
    }
    this.buffer.set(part, this.filled);
    this.filled += part.length;
    if (this.filled < this.buffer.length) return;
    const message = this.buffer;
    this.buffer = null;
    this.deliver(message);
  }

  private drop(what: string): void {
    console.warn(`Forankra peers: dropped ${what} from ${this.label}.`);
    this.buffer = null;
    this.filled = 0;
    this.skipping = true;
  }
}
