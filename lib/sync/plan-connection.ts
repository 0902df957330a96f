import type * as Y from 'yjs';
import { browserPageLock, type PageLock } from './page-lock';
import {
  joinPlanPeers,
  type CellRef,
  type MemberIdentity,
  type MemberPresence,
  type PeerStatus,
  type PlanPeers,
  type PlanPeersOptions,
  type TextCursor,
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
  /** Whom the plan exchanges changes with; `alone` while it is not shared. */
  status(): PeerStatus;
  /** The other members online. */
  members(): MemberPresence[];
  /** Whether the plan is shared (a target is followed), whichever page of ours connects. */
  shared(): boolean;
  /** Whether the member chose to work offline: no relay, no links, until they go online. */
  offline(): boolean;
  setOffline(offline: boolean): void;
  /** Drops every connection and meets the others anew. */
  reconnect(): void;
  /** Shows the others which cell we are in (null: none). */
  setCell(cell: CellRef | null): void;
  /** Shows the others our cursor in a long text (null: none). */
  setTextCursor(cursor: TextCursor | null): void;
  /** Calls `listener` when the status, the members or the offline choice changed. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

type Join = (doc: Y.Doc, options: PlanPeersOptions) => PlanPeers;

export interface PlanConnectionSeams {
  join?: Join;
  lock?: PageLock;
}

// Pages of one browser (side panel, full tab) on one plan share one connection: were each to
// join, the others would see the member twice and the member would see themself. The page
// holding a Web Lock per room connects; the others mirror its status and members over a
// BroadcastChannel and hand it their selected cell and requests. When it closes, the lock
// passes to the next page, which connects in its turn.
type MirrorMessage =
  | { kind: 'state'; status: PeerStatus; members: MemberPresence[]; offline: boolean }
  | { kind: 'ask' }
  | { kind: 'offline'; offline: boolean }
  | { kind: 'reconnect' }
  | { kind: 'cell'; cell: CellRef | null }
  | { kind: 'text'; cursor: TextCursor | null };

const ALONE: PeerStatus = { kind: 'alone' };
const LOOKING: PeerStatus = { kind: 'looking' };

/** Makes the connection of one plan's document; the seams are for tests. */
export function makePlanConnection(doc: Y.Doc, seams: PlanConnectionSeams = {}): PlanConnection {
  const join = seams.join ?? joinPlanPeers;
  const lock = seams.lock ?? browserPageLock;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  let target: ConnectionTarget | null = null;
  let targetKey = '';
  let destroyed = false;
  let offline = false;
  // This page's own connection, while it holds the lock.
  let peers: PlanPeers | null = null;
  let stopWatchingPeers = () => undefined as void;
  let giveUpLock = () => undefined as void;
  // The other page's, as it last told us.
  let mirrored: { status: PeerStatus; members: MemberPresence[] } | null = null;
  let channel: BroadcastChannel | null = null;
  let lastCell: CellRef | null = null;

  const post = (message: MirrorMessage) => channel?.postMessage(message);
  const postState = () => {
    if (peers) post({ kind: 'state', status: peers.status(), members: peers.members(), offline });
  };

  const receive = (message: MirrorMessage) => {
    if (peers) {
      // We connect for the browser: do what the other pages ask.
      if (message.kind === 'ask') postState();
      else if (message.kind === 'offline') applyOffline(message.offline);
      else if (message.kind === 'reconnect') peers.reconnect();
      else if (message.kind === 'cell') peers.setCell(message.cell);
      else if (message.kind === 'text') peers.setTextCursor(message.cursor);
    } else if (message.kind === 'state') {
      mirrored = { status: message.status, members: message.members };
      offline = message.offline;
      notify();
    }
  };

  const applyOffline = (next: boolean) => {
    if (next === offline) return;
    offline = next;
    if (offline) peers?.disconnect();
    else peers?.connect();
    postState();
    notify();
  };

  const becomeConnector = () => {
    if (destroyed || !target) return;
    const joined = join(doc, {
      room: target.room,
      secret: target.secret,
      relays: target.relays,
      iceServers: target.iceServers,
      member: target.member,
    });
    peers = joined;
    mirrored = null;
    if (offline) joined.disconnect();
    if (lastCell) joined.setCell(lastCell);
    stopWatchingPeers = joined.onChange(() => {
      postState();
      notify();
    });
    postState();
    notify();
  };

  const leave = () => {
    giveUpLock();
    giveUpLock = () => undefined;
    stopWatchingPeers();
    stopWatchingPeers = () => undefined;
    peers?.destroy();
    peers = null;
    mirrored = null;
    channel?.close();
    channel = null;
  };

  return {
    follow(next) {
      if (destroyed) return;
      // Room, secret and the network decide whom we meet; name and colour only how we look.
      const key = next
        ? JSON.stringify([next.room, next.secret, next.relays, next.iceServers])
        : '';
      target = next;
      if (next && key === targetKey) {
        peers?.setMember(next.member);
        return;
      }
      leave();
      targetKey = key;
      if (next) {
        const name = `forankra-connection:${next.room}`;
        channel = new BroadcastChannel(name);
        channel.onmessage = (event: MessageEvent<MirrorMessage>) => receive(event.data);
        post({ kind: 'ask' });
        giveUpLock = lock.hold(name, becomeConnector);
      }
      notify();
    },
    status() {
      if (!target) return ALONE;
      return peers?.status() ?? mirrored?.status ?? LOOKING;
    },
    members: () => peers?.members() ?? mirrored?.members ?? [],
    shared: () => target !== null,
    offline: () => offline,
    setOffline(next) {
      if (destroyed) return;
      if (peers || !target) applyOffline(next);
      else post({ kind: 'offline', offline: next });
    },
    reconnect() {
      if (peers) peers.reconnect();
      else post({ kind: 'reconnect' });
    },
    setCell(cell) {
      lastCell = cell;
      if (peers) peers.setCell(cell);
      else post({ kind: 'cell', cell });
    },
    setTextCursor(cursor) {
      if (peers) peers.setTextCursor(cursor);
      else post({ kind: 'text', cursor });
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
