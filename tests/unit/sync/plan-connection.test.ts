import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import { makePlanConnection, type ConnectionTarget } from '@/lib/sync/plan-connection';
import type { MemberIdentity, PlanPeers, PlanPeersOptions } from '@/lib/sync/peers/plan-peers';

/** A stand-in for the peer layer that records what it was asked to do. */
function recordingJoin() {
  const joined: {
    options: PlanPeersOptions;
    member: MemberIdentity;
    destroyed: boolean;
    online: boolean;
  }[] = [];
  const changeListeners = new Set<() => void>();
  const join = (doc: Y.Doc, options: PlanPeersOptions): PlanPeers => {
    const entry = { options, member: options.member, destroyed: false, online: true };
    joined.push(entry);
    return {
      awareness: new Awareness(doc),
      status: () => ({ kind: 'looking' }),
      members: () => [],
      onChange: (listener) => {
        changeListeners.add(listener);
        return () => changeListeners.delete(listener);
      },
      setCell: () => undefined,
      setTextCursor: () => undefined,
      setMember: (member) => {
        entry.member = member;
      },
      disconnect: () => {
        entry.online = false;
      },
      connect: () => {
        entry.online = true;
      },
      reconnect: () => undefined,
      destroy: () => {
        entry.destroyed = true;
      },
    };
  };
  const emitChange = () => {
    for (const listener of changeListeners) listener();
  };
  return { join, joined, emitChange };
}

const target = (overrides: Partial<ConnectionTarget> = {}): ConnectionTarget => ({
  room: 'room-1',
  secret: 'secret-1',
  relays: ['ws://127.0.0.1:4444'],
  iceServers: [],
  member: { name: 'Kari', colour: '#1f77b4' },
  ...overrides,
});

describe('a plan connection', () => {
  it('stays alone until the plan is shared, then joins its room', () => {
    const { join, joined } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    connection.follow(null);
    expect(joined).toHaveLength(0);
    expect(connection.peers()).toBeNull();
    connection.follow(target());
    expect(joined.map((j) => [j.options.room, j.options.secret])).toEqual([['room-1', 'secret-1']]);
    expect(connection.peers()).not.toBeNull();
  });

  it('only updates presence when the member renames or changes colour', () => {
    const { join, joined } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    connection.follow(target());
    connection.follow(target({ member: { name: 'Kari N.', colour: '#2ca02c' } }));
    expect(joined).toHaveLength(1);
    expect(joined[0]?.member).toEqual({ name: 'Kari N.', colour: '#2ca02c' });
  });

  it('leaves the old room for good after a new secret, and joins the new one', () => {
    const { join, joined } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    let changes = 0;
    connection.onChange(() => changes++);
    connection.follow(target());
    connection.follow(target({ room: 'room-2', secret: 'secret-2' }));
    expect(joined.map((j) => [j.options.room, j.destroyed])).toEqual([
      ['room-1', true],
      ['room-2', false],
    ]);
    expect(changes).toBe(2);
  });

  it('meets anew when the relays or STUN/TURN servers change', () => {
    const { join, joined } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    connection.follow(target());
    connection.follow(target({ relays: ['ws://127.0.0.1:5555'] }));
    connection.follow(
      target({ relays: ['ws://127.0.0.1:5555'], iceServers: [{ urls: 'stun:10.0.0.1' }] }),
    );
    expect(joined.map((j) => j.destroyed)).toEqual([true, true, false]);
  });

  it('passes on the peers’ changes, and stops when the plan is no longer shared or closed', () => {
    const { join, joined, emitChange } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    let changes = 0;
    connection.onChange(() => changes++);
    connection.follow(target());
    emitChange();
    expect(changes).toBe(2);
    connection.follow(null);
    expect(joined[0]?.destroyed).toBe(true);
    emitChange();
    expect(changes).toBe(3);
    connection.destroy();
    connection.follow(target());
    expect(joined).toHaveLength(1);
  });

  it('stays offline by choice, also in a new room, until the member goes online', () => {
    const { join, joined } = recordingJoin();
    const connection = makePlanConnection(new Y.Doc(), join);
    connection.follow(target());
    connection.setOffline(true);
    expect(connection.offline()).toBe(true);
    expect(joined[0]?.online).toBe(false);
    connection.follow(target({ room: 'room-2', secret: 'secret-2' }));
    expect(joined[1]?.online).toBe(false);
    connection.setOffline(false);
    expect(joined[1]?.online).toBe(true);
  });
});
