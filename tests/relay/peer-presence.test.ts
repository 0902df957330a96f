// Reading other members' presence and the connection status, without a network.

import { describe, expect, it } from 'vitest';
import { peerStatus } from '../../lib/sync/peers/peer-status';
import { readPresence } from '../../lib/sync/peers/presence';

const cell = { sheetId: 'sheet-1', rowId: 'row-1', columnId: 'col-1' };

describe('presence from a peer', () => {
  it('reads a full state, trimming the name and lower-casing the colour', () => {
    const state = {
      user: { name: '  Kari Nordmann ', colour: '#A1B2C3' },
      cell,
      text: { cell, anchor: 'AQID', head: 'BAUG' },
    };
    expect(readPresence(state)).toEqual({
      user: { name: 'Kari Nordmann', colour: '#a1b2c3' },
      cell,
      text: { cell, anchor: 'AQID', head: 'BAUG' },
    });
  });

  it('reads nonsense as absent and never throws', () => {
    const nonsense: unknown[] = [
      null,
      undefined,
      42,
      'Kari',
      [],
      { user: null },
      { user: { name: '', colour: '#112233' } },
      { user: { name: 'Kari', colour: 'red' } },
      { user: { name: 'x'.repeat(81), colour: '#112233' } },
      { user: { name: ['Kari'], colour: '#112233' } },
      { user: new Proxy({}, { get: () => 'boom' }) },
    ];
    for (const state of nonsense) expect(readPresence(state)).toBeNull();
  });

  it('keeps the member when only the cell or cursor is nonsense', () => {
    const user = { name: 'Bo', colour: '#123456' };
    for (const bad of [
      { cell: 'row-1', text: 7 },
      { cell: { ...cell, rowId: 5 }, text: { cell, anchor: 'not base64!', head: 'AQID' } },
      { cell: { ...cell, sheetId: '' }, text: { cell: null, anchor: 'AQID', head: 'AQID' } },
      { cell: { ...cell, columnId: 'c'.repeat(129) }, text: { cell, anchor: 'A'.repeat(2000) } },
    ]) {
      expect(readPresence({ user, ...bad })).toEqual({ user, cell: null, text: null });
    }
  });
});

describe('connection status', () => {
  const relay = (url: string, state: 'connecting' | 'open' | 'failed') => ({ url, state });

  it('says alone when not shared or offline', () => {
    expect(peerStatus({ active: true, relays: [], openLinks: 0 })).toEqual({ kind: 'alone' });
    const relays = [relay('ws://a', 'open')];
    expect(peerStatus({ active: false, relays, openLinks: 0 })).toEqual({ kind: 'alone' });
  });

  it('says looking while a relay is reachable or still being tried', () => {
    for (const relays of [
      [relay('ws://a', 'open'), relay('ws://b', 'failed')],
      [relay('ws://a', 'connecting')],
    ]) {
      expect(peerStatus({ active: true, relays, openLinks: 0 })).toEqual({ kind: 'looking' });
    }
  });

  it('counts live links even with every relay down, and names the relays that failed', () => {
    const relays = [relay('ws://a:4444', 'failed'), relay('ws://b:4444', 'failed')];
    expect(peerStatus({ active: true, relays, openLinks: 2 })).toEqual({
      kind: 'connected',
      members: 2,
    });
    expect(peerStatus({ active: true, relays, openLinks: 0 })).toEqual({
      kind: 'relayUnreachable',
      relays: ['ws://a:4444', 'ws://b:4444'],
    });
  });
});
