// Cursors in a long-text cell, as members show them to each other. Positions are Yjs relative
// positions (they stay on the same character while others type), carried in presence as
// base64, and read back defensively: a position from a peer may be nonsense or point elsewhere.

import * as buffer from 'lib0/buffer';
import * as Y from 'yjs';
import type { CellRef, TextCursor } from './presence';

/** Our cursor (or selection from `anchor` to `head`) in `text`, to publish with setTextCursor. */
export function makeTextCursor(
  text: Y.Text,
  cell: CellRef,
  anchor: number,
  head: number,
): TextCursor {
  const encode = (index: number) =>
    buffer.toBase64(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, clamp(index, text))),
    );
  return { cell, anchor: encode(anchor), head: encode(head) };
}

/** Where a member's cursor is in `text` now; null if it does not point into `text`. */
export function resolveTextCursor(
  text: Y.Text,
  cursor: TextCursor,
): { anchor: number; head: number } | null {
  const doc = text.doc;
  if (!doc) return null;
  const anchor = resolve(doc, text, cursor.anchor);
  const head = resolve(doc, text, cursor.head);
  return anchor === null || head === null ? null : { anchor, head };
}

function resolve(doc: Y.Doc, text: Y.Text, encoded: string): number | null {
  try {
    const relative = Y.decodeRelativePosition(buffer.fromBase64(encoded));
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
    return absolute && absolute.type === text ? absolute.index : null;
  } catch {
    return null;
  }
}

function clamp(index: number, text: Y.Text): number {
  return Math.max(0, Math.min(Number.isFinite(index) ? Math.floor(index) : 0, text.length));
}
