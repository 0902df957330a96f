// Long-text cursors between members: they follow the text as others type, and a cursor that
// is nonsense or points at another text resolves to nothing.

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readPresence } from '../../lib/sync/peers/presence';
import { makeTextCursor, resolveTextCursor } from '../../lib/sync/peers/text-cursor';

const cell = { sheetId: 's', rowId: 'r', columnId: 'notes' };

describe('text cursors', () => {
  it('stay on the same characters while another member types before them', () => {
    const mine = new Y.Doc();
    const notes = mine.getText('notes');
    notes.insert(0, 'Referat fra møtet');
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));

    const cursor = makeTextCursor(notes, cell, 8, 11); // "fra"
    expect(readPresence({ user: { name: 'Kari', colour: '#112233' }, text: cursor })?.text).toEqual(
      cursor,
    );
    const theirNotes = theirs.getText('notes');
    theirNotes.insert(0, 'Utkast: ');
    const at = resolveTextCursor(theirNotes, cursor);
    expect(at).toEqual({ anchor: 16, head: 19 });
    expect(theirNotes.toString().slice(at?.anchor, at?.head)).toBe('fra');
  });

  it('resolve to nothing when nonsense or for another text', () => {
    const doc = new Y.Doc();
    const notes = doc.getText('notes');
    const other = doc.getText('other');
    notes.insert(0, 'abc');
    other.insert(0, 'xyz');
    expect(resolveTextCursor(notes, makeTextCursor(other, cell, 1, 1))).toBeNull();
    expect(resolveTextCursor(notes, { cell, anchor: 'AAAA', head: '////' })).toBeNull();
    expect(resolveTextCursor(notes, { cell, anchor: '', head: '' })).toBeNull();
    expect(resolveTextCursor(notes, makeTextCursor(notes, cell, -5, 99))).toEqual({
      anchor: 0,
      head: 3,
    });
  });
});
