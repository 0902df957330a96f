import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPageLock, type PageLock } from '@/lib/sync/page-lock';
import {
  makePlanConnection,
  type ConnectionTarget,
  type PlanConnection,
} from '@/lib/sync/plan-connection';
import type {
  CellRef,
  MemberIdentity,
  PeerStatus,
  PlanPeers,
  PlanPeersOptions,
} from '@/lib/sync/peers/plan-peers';

interface Joined {
  options: PlanPeersOptions;
  member: MemberIdentity;
  destroyed: boolean;
  online: boolean;
  reconnects: number;
  cell: CellRef | null;
  setStatus(status: PeerStatus): void;
}

/** A stand-in for the peer layer that records what it was asked to do. */
function recordingJoin() {
  const joined: Joined[] = [];
  const join = (doc: Y.Doc, options: PlanPeersOptions): PlanPeers => {
    let status: PeerStatus = { kind: 'looking' };
    const listeners = new Set<() => void>();
    const entry: Joined = {
      options,
      member: options.member,
      destroyed: false,
      online: true,
      reconnects: 0,
      cell: null,
      setStatus(next) {
        status = next;
        for (const listener of listeners) listener();
      },
    };
    joined.push(entry);
    return {
      awareness: new Awareness(doc),
      status: () => status,
      members: () =>
        status.kind === 'connected'
          ? [
              {
                clientId: 7,
                name: 'Lars',
                colour: '#2ca02c',
                cell: null,
                text: null,
                lastExchange: 1,
              },
            ]
          : [],
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      setCell: (cell) => {
        entry.cell = cell;
      },
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
      reconnect: () => {
        entry.reconnects++;
      },
      destroy: () => {
        entry.destroyed = true;
      },
    };
  };
  return { join, joined };
}

let roomCounter = 0;
const target = (overrides: Partial<ConnectionTarget> = {}): ConnectionTarget => ({
  room: `room-${String(roomCounter)}`,
  secret: 'secret-1',
  relays: ['ws://127.0.0.1:4444'],
  iceServers: [],
  member: { name: 'Kari', colour: '#1f77b4' },
  ...overrides,
});

const opened: PlanConnection[] = [];
function connection(
  join: ReturnType<typeof recordingJoin>['join'],
  lock: PageLock = memoryPageLock(),
) {
  const made = makePlanConnection(new Y.Doc(), { join, lock });
  opened.push(made);
  return made;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  for (const made of opened.splice(0)) made.destroy();
  roomCounter++;
});

describe('a plan connection', () => {
  it('stays alone until the plan is shared, then joins its room', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    plan.follow(null);
    expect(joined).toHaveLength(0);
    expect(plan.status()).toEqual({ kind: 'alone' });
    expect(plan.shared()).toBe(false);
    plan.follow(target());
    expect(joined.map((j) => j.options.secret)).toEqual(['secret-1']);
    expect(plan.status()).toEqual({ kind: 'looking' });
  });

  it('only updates presence when the member renames or changes colour', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    plan.follow(target());
    plan.follow(target({ member: { name: 'Kari N.', colour: '#2ca02c' } }));
    expect(joined).toHaveLength(1);
    expect(joined[0]?.member).toEqual({ name: 'Kari N.', colour: '#2ca02c' });
  });

  it('leaves the old room for good after a new secret, and joins the new one', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    plan.follow(target());
    plan.follow(target({ room: `room-${String(roomCounter)}-new`, secret: 'secret-2' }));
    expect(joined.map((j) => [j.options.secret, j.destroyed])).toEqual([
      ['secret-1', true],
      ['secret-2', false],
    ]);
  });

  it('meets anew when the relays or STUN/TURN servers change', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    plan.follow(target());
    plan.follow(target({ relays: ['ws://127.0.0.1:5555'] }));
    plan.follow(
      target({ relays: ['ws://127.0.0.1:5555'], iceServers: [{ urls: 'stun:10.0.0.1' }] }),
    );
    expect(joined.map((j) => j.destroyed)).toEqual([true, true, false]);
  });

  it('passes on the peers’ changes, and stops when the plan is no longer shared or closed', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    let changes = 0;
    plan.onChange(() => changes++);
    plan.follow(target());
    const before = changes;
    joined[0]?.setStatus({ kind: 'connected', members: 1 });
    expect(changes).toBe(before + 1);
    expect(plan.members().map((m) => m.name)).toEqual(['Lars']);
    plan.follow(null);
    expect(joined[0]?.destroyed).toBe(true);
    expect(plan.status()).toEqual({ kind: 'alone' });
    plan.destroy();
    plan.follow(target());
    expect(joined).toHaveLength(1);
  });

  it('stays offline by choice, also in a new room, until the member goes online', () => {
    const { join, joined } = recordingJoin();
    const plan = connection(join);
    plan.follow(target());
    plan.setOffline(true);
    expect(plan.offline()).toBe(true);
    expect(joined[0]?.online).toBe(false);
    plan.follow(target({ room: `room-${String(roomCounter)}-b`, secret: 'secret-2' }));
    expect(joined[1]?.online).toBe(false);
    plan.setOffline(false);
    expect(joined[1]?.online).toBe(true);
  });
});

describe('two pages of one browser on one plan', () => {
  it('connect once: the second page mirrors the first and hands it its cell and requests', async () => {
    const { join, joined } = recordingJoin();
    const lock = memoryPageLock();
    const panel = connection(join, lock);
    const tab = connection(join, lock);
    panel.follow(target());
    tab.follow(target());
    expect(joined).toHaveLength(1);

    joined[0]?.setStatus({ kind: 'connected', members: 1 });
    await tick();
    expect(tab.status()).toEqual({ kind: 'connected', members: 1 });
    expect(tab.members().map((m) => m.name)).toEqual(['Lars']);

    const cell = { sheetId: 's', rowId: 'r', columnId: 'c' };
    tab.setCell(cell);
    tab.reconnect();
    tab.setOffline(true);
    await tick();
    expect(joined[0]?.cell).toEqual(cell);
    expect(joined[0]?.reconnects).toBe(1);
    expect(joined[0]?.online).toBe(false);
    expect(tab.offline()).toBe(true);
    expect(panel.offline()).toBe(true);
  });

  it('hand the connection over when the connecting page closes', async () => {
    const { join, joined } = recordingJoin();
    const lock = memoryPageLock();
    const panel = connection(join, lock);
    const tab = connection(join, lock);
    panel.follow(target());
    tab.follow(target());
    tab.setCell({ sheetId: 's', rowId: 'r2', columnId: 'c' });
    await tick();
    panel.destroy();
    expect(joined.map((j) => j.destroyed)).toEqual([true, false]);
    expect(joined[1]?.cell).toEqual({ sheetId: 's', rowId: 'r2', columnId: 'c' });
    expect(tab.status()).toEqual({ kind: 'looking' });
  });
});
