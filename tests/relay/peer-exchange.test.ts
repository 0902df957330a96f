// The document and presence messages of a link, without a network: two documents reach the same
// state, peers' changes carry an origin the model knows as sync, and nonsense changes nothing.

import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { isSyncOrigin, ORIGIN, syncOrigin } from '../../lib/model/origins';
import {
  openingMessages,
  readExchangeMessage,
  type ExchangeContext,
} from '../../lib/sync/peers/exchange';

function member(text: string): ExchangeContext {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: text, colour: '#112233' } });
  return { doc, awareness, origin: syncOrigin('test'), label: 'test peer' };
}

afterEach(() => vi.restoreAllMocks());

describe('link exchange', () => {
  it('brings two documents to the same state, applying with a sync origin', () => {
    const a = member('[A]');
    const b = member('[B]');
    const origins: unknown[] = [];
    b.doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    // Each sends its opening messages; each answers the other's state vector.
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const message of openingMessages(from)) {
        const received = readExchangeMessage(to, message);
        if (received.kind === 'sync' && received.reply) readExchangeMessage(from, received.reply);
        if (received.kind === 'awareness') expect(received.clients).toEqual([from.doc.clientID]);
      }
    }
    expect(a.doc.getText('notes').toString()).toBe(b.doc.getText('notes').toString());
    expect(a.doc.getText('notes').toString()).toContain('[B]');
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) expect(isSyncOrigin(origin)).toBe(true);
    expect(b.awareness.getStates().get(a.doc.clientID)).toMatchObject({ user: { name: '[A]' } });
  });

  it('tells the answer to our state vector apart from a question and from a live change', () => {
    const a = member('[A]');
    const b = member('[B]');
    const [step1] = openingMessages(a);
    const question = readExchangeMessage(b, step1!);
    expect(question).toMatchObject({ kind: 'sync', answered: false });
    if (question.kind !== 'sync' || !question.reply) throw new Error('no answer to step 1');
    expect(readExchangeMessage(a, question.reply)).toMatchObject({ kind: 'sync', answered: true });
    b.doc.getText('notes').insert(0, 'live ');
    const live = encoding.encode((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(b.doc));
    });
    expect(readExchangeMessage(a, live)).toMatchObject({ kind: 'sync', answered: false });
  });

  it('drops nonsense with a warning, leaving the document as it was', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const b = member('[B]');
    const before = Y.encodeStateAsUpdate(b.doc);
    const message = (...parts: (number | Uint8Array)[]) =>
      encoding.encode((e) => {
        for (const part of parts) {
          if (typeof part === 'number') encoding.writeVarUint(e, part);
          else encoding.writeVarUint8Array(e, part);
        }
      });
    const nonsense = [
      new Uint8Array(0),
      Uint8Array.of(77),
      message(0, 9),
      message(0, 0, Uint8Array.of(200, 200, 200)), // a state vector that does not decode
      message(0, 1, Uint8Array.of(1, 2, 3, 4, 5, 6, 7)), // an update that does not decode
      message(0, 2, crypto.getRandomValues(new Uint8Array(500))),
      message(1, Uint8Array.of(1, 5, 1)), // awareness cut short
      message(
        1,
        encoding.encode((e) => {
          encoding.writeVarUint(e, 1);
          encoding.writeVarUint(e, 99);
          encoding.writeVarUint(e, 1);
          encoding.writeVarString(e, '{not json');
        }),
      ),
    ];
    for (const m of nonsense) {
      expect(() => readExchangeMessage(b, m)).not.toThrow();
      expect(readExchangeMessage(b, m).kind).toBe('dropped');
    }
    expect(Y.encodeStateAsUpdate(b.doc)).toEqual(before);
    expect(b.doc.getText('notes').toString()).toBe('[B]');
    expect(warn).toHaveBeenCalledTimes(nonsense.length * 2);
  });

  it('tells sync origins from local ones', () => {
    expect(isSyncOrigin(syncOrigin('peers:room'))).toBe(true);
    expect(isSyncOrigin(ORIGIN.sync)).toBe(true);
    for (const origin of [ORIGIN.local, ORIGIN.import, null, undefined, {}, { kind: 'x' }]) {
      expect(isSyncOrigin(origin)).toBe(false);
    }
  });
});
