// What two linked members say over their data link: y-webrtc's message types (sync, awareness,
// awareness query) with y-protocols' encodings, read defensively. A message from a peer that does
// not decode is dropped with a warning; it never throws into the link or half-applies to the doc.

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { SyncOrigin } from '../../model/origins';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** The document and presence a link exchanges, and the origin its changes are applied with. */
export interface ExchangeContext {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  origin: SyncOrigin;
  label: string;
}

/** What a received message was, and the reply to send back if it needs one. */
export type Received =
  | {
      kind: 'sync';
      reply: Uint8Array | null;
      /** Whether this answered our state vector with what we lacked (sync step 2). */
      answered: boolean;
    }
  | { kind: 'awareness'; clients: number[] }
  | { kind: 'query'; reply: Uint8Array }
  | { kind: 'dropped' };

/**
 * The first messages on a fresh link: our state vector, and our presence only. y-webrtc sends
 * every state it holds; every member links to every other here, so each speaks for itself, and
 * the client ids on a link then name the member behind it.
 */
export function openingMessages(ctx: ExchangeContext): Uint8Array[] {
  const step1 = encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, ctx.doc);
  });
  return [step1, awarenessMessage(ctx.awareness, [ctx.doc.clientID])];
}

/** A document update to pass on. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
  });
}

/** The presence of `clients` to pass on. */
export function awarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** Reads one message from a peer and applies it; never throws. */
export function readExchangeMessage(ctx: ExchangeContext, message: Uint8Array): Received {
  try {
    const decoder = decoding.createDecoder(message);
    switch (decoding.readVarUint(decoder)) {
      case MESSAGE_SYNC:
        return readSync(ctx, decoder);
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        const clients = awarenessClients(update);
        awarenessProtocol.applyAwarenessUpdate(ctx.awareness, update, ctx.origin);
        return { kind: 'awareness', clients };
      }
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'query', reply: awarenessMessage(ctx.awareness, [ctx.doc.clientID]) };
      default:
        return drop(ctx, 'a message of unknown type');
    }
  } catch (error) {
    return drop(ctx, 'a message that does not decode', error);
  }
}

function readSync(ctx: ExchangeContext, decoder: decoding.Decoder): Received {
  const type = decoding.readVarUint(decoder);
  if (type === syncProtocol.messageYjsSyncStep1) {
    const stateVector = decoding.readVarUint8Array(decoder);
    // Checked before use: encodeStateAsUpdate would throw on nonsense after partly encoding.
    Y.decodeStateVector(stateVector);
    const reply = encoding.encode((encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(encoder, ctx.doc, stateVector);
    });
    return { kind: 'sync', reply, answered: false };
  }
  if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
    return drop(ctx, `a sync message of unknown type ${type}`);
  }
  const update = decoding.readVarUint8Array(decoder);
  // Yjs reads the whole update before it integrates anything, so nonsense throws here with the
  // document untouched.
  Y.applyUpdate(ctx.doc, update, ctx.origin);
  return { kind: 'sync', reply: null, answered: type === syncProtocol.messageYjsSyncStep2 };
}

// The client ids an awareness update speaks for: tells which member sits behind which link.
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const clients: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    clients.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return clients;
}

function drop(ctx: ExchangeContext, what: string, error?: unknown): Received {
  console.warn(`Forankra peers: dropped ${what} from ${ctx.label}.`, ...(error ? [error] : []));
  return { kind: 'dropped' };
}
