import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

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
    // Ask the others for what we lack, and offer what we have; both directions, once.
    this.post((encoder) => syncProtocol.writeSyncStep1(encoder, doc));
    this.post((encoder) => syncProtocol.writeSyncStep2(encoder, doc));
  }

  private post(write: (encoder: encoding.Encoder) => void): void {
    if (this.destroyed) return;
    const encoder = encoding.createEncoder();
    write(encoder);
    this.channel.postMessage(encoding.toUint8Array(encoder));
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    this.post((encoder) => syncProtocol.writeUpdate(encoder, update));
  };

  private receive(data: unknown): void {
    if (!(data instanceof Uint8Array)) return;
    try {
      const decoder = decoding.createDecoder(data);
      const reply = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoder, reply, this.doc, this, warnUnreadable);
      if (encoding.length(reply) > 0) this.channel.postMessage(encoding.toUint8Array(reply));
    } catch (error) {
      warnUnreadable(error);
    }
  }

  readonly destroy = (): void => {
    if (this.destroyed) return;
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
