import * as Y from 'yjs';

// Yjs writes a client id as a variable-length integer wherever an item names its parent, so a
// random id makes sizes wobble by a few per cent between runs. The bench pins ids of the size
// real ones mostly have (random 32-bit, so five bytes), one per member.
const CLIENT_IDS = { Kari: 2_654_435_761, Ola: 3_141_592_653 } as const;

export type Member = keyof typeof CLIENT_IDS;

/** An empty document written to by `member`, with a pinned client id. */
export function memberDoc(member: Member): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = CLIENT_IDS[member];
  return doc;
}
