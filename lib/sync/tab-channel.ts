import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { UpdatesAfterPaint } from './updates-after-paint';

// Every message starts with one of these, then a y-protocols sync message.
// A page that opens says HELLO with its state vector; the others answer with what it lacks and
// with their own state vector, to which it answers in turn with what they lack. Neither side
// ever sends its whole plan: a page opens from the shared IndexedDB, so the differences are
// small, whereas encoding a 10,000-row plan costs a few hundred milliseconds.
const HELLO = 0;
const SYNC = 1;

/**
 * Keeps the copies of one plan that are open in several pages of this browser (side panel,
 * full tab) in step, over a BroadcastChannel. Each page also persists to the shared
 * IndexedDB, so this channel only has to carry what happens while both are open.
 */
export class TabChannel {
  private readonly channel: BroadcastChannel;
  private destroyed = false;

  constructor(
    private readonly doc: Y.Doc,
    name: string,
  ) {
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    doc.on('update', this.onUpdate);
    doc.on('destroy', this.destroy);
    this.post(HELLO, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
  }

  private post(kind: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.destroyed) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kind);
    write(encoder);
    this.channel.postMessage(encoding.toUint8Array(encoder));
  }

  // A change goes to the other pages after the frame that shows it: posting costs about
  // 0.2 ms, which a keystroke's frame need not wait for. A hidden page (it may be the one
  // talking to the other members for the side panel) sends it in a task of its own at once.
  private readonly queued = new UpdatesAfterPaint((update) =>
    this.post(SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update)),
  );

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.destroyed) return;
    this.queued.add(update);
  };

  private receive(data: unknown): void {
    if (this.destroyed || !(data instanceof Uint8Array)) return;
    try {
      const decoder = decoding.createDecoder(data);
      const kind = decoding.readVarUint(decoder);
      if (kind !== HELLO && kind !== SYNC) throw new Error(`unknown message kind ${kind}`);
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, SYNC);
      const replyHeader = encoding.length(reply);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, this, warnUnreadable);
      if (encoding.length(reply) > replyHeader)
        this.channel.postMessage(encoding.toUint8Array(reply));
      if (kind === HELLO)
        this.post(SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    } catch (error) {
      warnUnreadable(error);
    }
  }

  readonly destroy = (): void => {
    if (this.destroyed) return;
    this.queued.close();
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    this.doc.off('destroy', this.destroy);
    this.channel.close();
  };
}

// Another page of ours sent something unreadable: skip it and keep the plan as it is.
function warnUnreadable(error: unknown): void {
  console.warn('Forankra ignored an unreadable message from another page.', error);
}
