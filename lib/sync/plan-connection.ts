import type * as Y from 'yjs';
import {
  joinPlanPeers,
  type MemberIdentity,
  type PlanPeers,
  type PlanPeersOptions,
} from './peers/plan-peers';

/** Where and as whom a plan is shared: what a share record and the settings resolve to. */
export interface ConnectionTarget {
  room: string;
  secret: string;
  relays: readonly string[];
  iceServers: readonly RTCIceServer[];
  member: MemberIdentity;
}

/** The live connection of one open plan, following its share record and settings. */
export interface PlanConnection {
  /** Joins, moves to another room, or leaves (null), as the target says; a new name or colour
   * only updates presence. */
  follow(target: ConnectionTarget | null): void;
  /** The members' side of the plan while it is shared, or null. */
  peers(): PlanPeers | null;
  /** Whether the member chose to work offline: no relay, no links, until they go online. */
  offline(): boolean;
  setOffline(offline: boolean): void;
  /** Calls `listener` when the connection was replaced or its status or members changed. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

type Join = (doc: Y.Doc, options: PlanPeersOptions) => PlanPeers;

/** Makes the connection of one plan's document; `join` is a seam for tests. */
export function makePlanConnection(doc: Y.Doc, join: Join = joinPlanPeers): PlanConnection {
  let current: { peers: PlanPeers; stopWatching: () => void } | null = null;
  let currentKey = '';
  let destroyed = false;
  let offline = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const leave = () => {
    if (!current) return;
    current.stopWatching();
    current.peers.destroy();
    current = null;
    currentKey = '';
  };

  return {
    follow(target) {
      if (destroyed) return;
      // Room, secret and the network decide whom we meet; name and colour only how we look.
      const key = target
        ? JSON.stringify([target.room, target.secret, target.relays, target.iceServers])
        : '';
      if (current && key === currentKey && target) {
        current.peers.setMember(target.member);
        return;
      }
      leave();
      if (target) {
        const peers = join(doc, {
          room: target.room,
          secret: target.secret,
          relays: target.relays,
          iceServers: target.iceServers,
          member: target.member,
        });
        current = { peers, stopWatching: peers.onChange(notify) };
        currentKey = key;
        if (offline) peers.disconnect();
      }
      notify();
    },
    peers: () => current?.peers ?? null,
    offline: () => offline,
    setOffline(next) {
      if (destroyed || next === offline) return;
      offline = next;
      if (offline) current?.peers.disconnect();
      else current?.peers.connect();
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      leave();
      listeners.clear();
    },
  };
}
