import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// Applying the whole state of a 10,000-row plan (~170,000 structs) in one `Y.applyUpdate`
// blocks the page for hundreds of milliseconds. Stored as several smaller updates, it can be
// applied one per task. That only helps if every update integrates at once when applied after
// the ones before it: a struct whose origin, right origin or parent arrives in a later update
// is parked in `store.pendingStructs`, and Yjs re-encodes and retries the pending rest with every
// later update, which is slow and defeats the purpose. So the structs are put in a causal
// (topological) order first, and that order is cut into chunks.

/**
 * The fields of a Yjs struct (Item or GC) read here. Yjs-internal, but stable throughout v13;
 * `doc.store.clients` is assigned to this type, so tsc notices if yjs's own types drift.
 */
interface StoredStruct {
  readonly id: Y.ID;
  readonly length: number;
  /** Items only: the ID just left of where the item was inserted. */
  readonly origin?: Y.ID | null;
  /** Items only: the ID just right of where the item was inserted. */
  readonly rightOrigin?: Y.ID | null;
  /** Items only: a root type (`_item` null), a nested type, or an ID before integration. */
  readonly parent?: { readonly _item: { readonly id: Y.ID } | null } | Y.ID | null;
  write(encoder: Y.UpdateEncoderV1, offset: number): void;
}

/** One client's structs, in clock order without gaps, as the store keeps them. */
interface ClientStructs {
  readonly client: number;
  readonly structs: readonly StoredStruct[];
}

/** Per client (index as in the `ClientStructs` list), how many of its structs lie before a cut. */
type Cut = readonly number[];

/** A frame of the walk: client `k`'s structs are wanted up to index `upTo`. */
interface Frame {
  readonly k: number;
  readonly upTo: number;
}

/** A struct refers to an ID the doc does not hold, or the references go round in a circle. */
class NoCausalOrder extends Error {}

/** `doc`'s whole state as V1 updates of about `structsPerChunk` structs, none needing a later one. */
export function encodeStateAsChunks(doc: Y.Doc, structsPerChunk = 8000): Uint8Array[] {
  const store: ReadonlyMap<number, readonly StoredStruct[]> = doc.store.clients;
  const clients = [...store].map(([client, structs]) => ({ client, structs }));
  let cuts: Cut[];
  try {
    cuts = causalCuts(clients, Math.max(1, Math.floor(structsPerChunk)));
  } catch (error) {
    // A consistent doc always has a causal order; should one not, a single update is still
    // correct, only slow to apply.
    if (error instanceof NoCausalOrder) return [Y.encodeStateAsUpdate(doc)];
    throw error;
  }

  const chunks: Uint8Array[] = [];
  let from: Cut = clients.map(() => 0);
  for (const to of cuts) {
    chunks.push(encodeStructRanges(clients, from, to));
    from = to;
  }
  // The rest, with the delete set of the whole doc, which may name structs of any chunk.
  // With no cut (a small or empty doc) this is the whole state, so there is always a chunk.
  const before = new Map<number, number>();
  clients.forEach(({ client, structs }, k) => {
    const last = structs[(from[k] ?? 0) - 1];
    if (last) before.set(client, last.id.clock + last.length);
  });
  chunks.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(before)));
  return chunks;
}

/** Walks all structs in a causal order; returns where to cut it every `size` structs. */
function causalCuts(clients: readonly ClientStructs[], size: number): Cut[] {
  const indexOf = new Map(clients.map(({ client }, k) => [client, k]));
  const total = clients.reduce((sum, { structs }) => sum + structs.length, 0);
  /** Per client: how many of its structs are emitted, and the clock they reach. */
  const emitted = clients.map(() => 0);
  const reached = clients.map(() => 0);
  const cuts: Cut[] = [];
  let count = 0;

  /** Where `id` lies if it is not emitted yet: its client's index and its struct's index. */
  const pending = (id: Y.ID | null | undefined): Frame | undefined => {
    if (!id) return undefined;
    const k = indexOf.get(id.client);
    if (k === undefined) throw new NoCausalOrder();
    if (id.clock < (reached[k] ?? 0)) return undefined;
    const upTo = findStruct(clients[k]?.structs ?? [], id.clock);
    if (upTo < 0) throw new NoCausalOrder();
    return { k, upTo };
  };

  // A frame asks for its client's structs up to index `upTo`. A struct's dependencies were all
  // created before it, so a client waiting on the stack is never asked for again: at most one
  // frame per client, whatever the length of the chains.
  const stack: Frame[] = [];
  const onStack = clients.map(() => false);
  clients.forEach(({ structs }, start) => {
    stack.push({ k: start, upTo: structs.length - 1 });
    onStack[start] = true;
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const i = emitted[top.k] ?? 0;
      const struct = clients[top.k]?.structs[i];
      if (i > top.upTo || !struct) {
        onStack[top.k] = false;
        stack.pop();
        continue;
      }
      const need =
        pending(struct.origin) ?? pending(struct.rightOrigin) ?? pending(parentItemId(struct));
      if (need) {
        if (onStack[need.k]) throw new NoCausalOrder();
        onStack[need.k] = true;
        stack.push(need);
        continue;
      }
      emitted[top.k] = i + 1;
      reached[top.k] = struct.id.clock + struct.length;
      count++;
      if (count % size === 0 && count < total) cuts.push(emitted.slice());
    }
  });
  return cuts;
}

/** The ID of the item that created the struct's parent type: none for a root type or a GC. */
function parentItemId({ parent }: StoredStruct): Y.ID | null | undefined {
  return parent instanceof Y.ID ? parent : parent?._item?.id;
}

/** Index of the struct in `structs` (in clock order, gapless) that holds `clock`, or -1. */
function findStruct(structs: readonly StoredStruct[], clock: number): number {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid];
    if (!struct) break;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A V1 update of each client's structs from index `from[k]` to `to[k]` with an empty delete set,
 * laid out as yjs's own `writeClientsStructs`. Cuts lie between structs, so none is split.
 */
function encodeStructRanges(clients: readonly ClientStructs[], from: Cut, to: Cut): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  // Higher client ids first, as yjs writes them.
  const ranges = clients
    .map(({ client, structs }, k) => ({ client, structs, start: from[k] ?? 0, end: to[k] ?? 0 }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => b.client - a.client);
  encoding.writeVarUint(encoder.restEncoder, ranges.length);
  for (const { client, structs, start, end } of ranges) {
    encoding.writeVarUint(encoder.restEncoder, end - start);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, structs[start]?.id.clock ?? 0);
    for (let i = start; i < end; i++) structs[i]?.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // no deletions: the last chunk has them all
  return encoder.toUint8Array();
}
