// A plan's members, live: finds the others in the plan's room through the signalling relays,
// keeps a WebRTC link to each, exchanges the document and presence over them, and reports a
// status anyone understands.
//
// Why our own provider rather than y-webrtc itself: the three fixes the plan needs (frames with
// backpressure on every message, a deterministic offerer with a watchdog, links that notice they
// died and mend themselves) all live inside y-webrtc's module-private WebrtcConn, Room and
// SignalingConn, which also keep module-global state (one room per JS context, shared sockets).
// Patching those would break on any release. So this file speaks y-webrtc's signalling protocol
// (subscribe / publish / announce / signal, encrypted the same way, see room-crypto.ts) to our
// relay, and y-webrtc's sync and awareness messages over the link, with plain RTCPeerConnection
// instead of simple-peer. It does not link to bare y-webrtc peers: our link frames differ.

import * as buffer from 'lib0/buffer';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { syncOrigin } from '../../model/origins';
import {
  awarenessMessage,
  openingMessages,
  readExchangeMessage,
  updateMessage,
  type ExchangeContext,
} from './exchange';
import { MAX_FRAME_BYTES, MAX_MESSAGE_BYTES } from './frames';
import { onAnnounce, weOffer, type LinkState } from './meeting-rules';
import {
  defaultLinkTiming,
  PeerLink,
  type PeerConnectionClass,
  type PeerLinkTiming,
} from './peer-link';
import { peerStatus, type PeerStatus } from './peer-status';
import {
  readPresence,
  type CellRef,
  type MemberIdentity,
  type PresenceState,
  type TextCursor,
} from './presence';
import { defaultRelayTiming, RelaySocket, type RelaySocketTiming } from './relay-socket';
import { openJson, sealJson, deriveRoomKey } from './room-crypto';
import { readSignalMessage, type Signal, type SignalMessage } from './signal-messages';

export type { PeerStatus } from './peer-status';
export type { CellRef, MemberIdentity, TextCursor } from './presence';

/** Timeouts; tests shorten them. */
export interface PlanPeersTiming extends PeerLinkTiming, RelaySocketTiming {
  /** Announce again this often, so members whose announces were lost still meet. */
  reannounceMs: number;
  /** Offers to one member that may fail in a row before we wait for it to announce again. */
  maxFailedOffers: number;
  /** How long an open link may go without the answer to our state vector before we ask again. */
  syncAnswerMs: number;
  /** Unanswered asks after which the link is dropped and made anew. */
  maxUnansweredAsks: number;
}

/** How to join a plan's room. */
export interface PlanPeersOptions {
  /** The room name, from the invite code. */
  room: string;
  /** The room's password: everything crossing a relay is encrypted with a key derived from it. */
  secret: string;
  /** Signalling relays (ws:// or wss://). None: working alone. */
  relays: readonly string[];
  /** STUN/TURN servers. None by default: no public server is contacted unless configured. */
  iceServers: readonly RTCIceServer[];
  /** Who we are to the others. */
  member: MemberIdentity;
  /** Test seam: an RTCPeerConnection for Node (@roamhq/wrtc); browsers use their own. */
  peerConnection?: PeerConnectionClass;
  /** Test seam: shorter timeouts. */
  timing?: Partial<PlanPeersTiming>;
}

/** Another member we see: who, where their cursor is, and when data last came from them. */
export interface MemberPresence {
  clientId: number;
  name: string;
  colour: string;
  cell: CellRef | null;
  text: TextCursor | null;
  /** Date.now() when the plan last received a sync message from them; null if never. */
  lastExchange: number | null;
}

/** The live side of a shared plan: status, members, our presence. */
export interface PlanPeers {
  /** Our presence and the others' (y-protocols), for editors that draw remote cursors. */
  readonly awareness: Awareness;
  status(): PeerStatus;
  /** The other members online, sorted by name. */
  members(): MemberPresence[];
  /** Calls `listener` after the status, the members or their last exchange changed. */
  onChange(listener: () => void): () => void;
  /** Shows the others which cell we have selected (null: none). */
  setCell(cell: CellRef | null): void;
  /** Shows the others our cursor in a long text (null: none). */
  setTextCursor(cursor: TextCursor | null): void;
  setMember(member: MemberIdentity): void;
  /** Goes offline: links and relay connections close; the plan keeps working alone. */
  disconnect(): void;
  /** Comes back online after disconnect(). */
  connect(): void;
  /** Drops every connection and starts again (after the network changed, or on request). */
  reconnect(): void;
  destroy(): void;
}

const defaultTiming: PlanPeersTiming = {
  ...defaultLinkTiming,
  ...defaultRelayTiming,
  reannounceMs: 20_000,
  maxFailedOffers: 3,
  syncAnswerMs: 4000,
  maxUnansweredAsks: 3,
};

interface LinkEntry {
  remote: string;
  link: PeerLink;
  via: RelaySocket;
  /** Awareness client ids seen on this link: the member (and only they) behind it. */
  clients: Set<number>;
  lastSync: number | null;
  /** Whether the member has answered our state vector: only then do we hold all they have. */
  answered: boolean;
  /** Asks again while they have not answered (see watchSyncAnswer). */
  answerTimer: ReturnType<typeof setTimeout> | null;
  /** Closed by us to make way for a new attempt: no retry from its close. */
  replaced: boolean;
}

/** Joins the plan's room and starts looking for the other members. */
export function joinPlanPeers(doc: Y.Doc, options: PlanPeersOptions): PlanPeers {
  return new Members(doc, options);
}

class Members implements PlanPeers {
  readonly awareness: Awareness;
  private readonly peerId = crypto.randomUUID();
  private readonly timing: PlanPeersTiming;
  private readonly context: ExchangeContext;
  private readonly key: Promise<CryptoKey | null>;
  private readonly sockets: RelaySocket[];
  private readonly links = new Map<string, LinkEntry>();
  private readonly lastExchange = new Map<number, number>();
  private readonly failedOffers = new Map<string, number>();
  private readonly lastSeq = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly peerConnection: PeerConnectionClass | undefined;
  private seq = 0;
  private active = false;
  // Encryption and decryption are asynchronous; these chains keep each direction in order.
  private outgoing: Promise<void> = Promise.resolve();
  private incoming: Promise<void> = Promise.resolve();
  private reannounceTimer: ReturnType<typeof setInterval> | null = null;
  private notifyQueued = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: PlanPeersOptions,
  ) {
    this.timing = { ...defaultTiming, ...options.timing };
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState({ user: options.member, cell: null, text: null });
    this.context = {
      doc,
      awareness: this.awareness,
      origin: syncOrigin(`peers:${options.room}`),
      label: 'a member',
    };
    this.peerConnection = options.peerConnection ?? globalThis.RTCPeerConnection;
    this.key = deriveRoomKey(options.secret, options.room);
    this.key.catch((error: unknown) => console.warn('Forankra peers: no room key.', error));
    this.sockets = options.relays.map(
      (url) =>
        new RelaySocket(
          url,
          options.room,
          {
            open: (socket) => this.announce([socket]),
            publish: (data, socket) => this.receive(data, socket),
            state: () => this.notify(),
          },
          this.timing,
        ),
    );
    this.awareness.on('change', this.notify);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
    doc.on('destroy', this.destroy);
    this.connect();
  }

  // ---- public ----

  status(): PeerStatus {
    return peerStatus({
      active: this.active,
      relays: this.sockets.map(({ url, state }) => ({ url, state })),
      openLinks: [...this.links.values()].filter((entry) => entry.link.open).length,
    });
  }

  members(): MemberPresence[] {
    const members: MemberPresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.doc.clientID) continue;
      const presence = readPresence(state);
      if (!presence) continue;
      const { user, cell, text } = presence;
      const lastExchange = this.lastExchange.get(clientId) ?? null;
      members.push({ clientId, ...user, cell, text, lastExchange });
    }
    return members.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setCell(cell: CellRef | null): void {
    this.setPresence({ cell });
  }

  setTextCursor(text: TextCursor | null): void {
    this.setPresence({ text });
  }

  setMember(member: MemberIdentity): void {
    this.setPresence({ user: member });
  }

  connect(): void {
    if (this.active) return;
    this.active = true;
    for (const socket of this.sockets) socket.start();
    this.reannounceTimer = setInterval(() => this.announce(), this.timing.reannounceMs);
    this.notify();
  }

  disconnect(): void {
    if (!this.active) return;
    this.active = false;
    if (this.reannounceTimer !== null) clearInterval(this.reannounceTimer);
    this.reannounceTimer = null;
    for (const entry of [...this.links.values()]) this.closeLink(entry, 'went offline');
    for (const socket of this.sockets) socket.stop();
    this.notify();
  }

  reconnect(): void {
    this.disconnect();
    this.connect();
  }

  readonly destroy = (): void => {
    this.disconnect();
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('destroy', this.destroy);
    this.awareness.off('change', this.notify);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.listeners.clear();
  };

  // ---- meeting the others through the relays ----

  private announce(sockets?: RelaySocket[], to?: string): void {
    if (!this.active) return;
    const links = [...this.links.keys()];
    const message: SignalMessage = { type: 'announce', from: this.peerId, links, seq: ++this.seq };
    this.publish(to === undefined ? message : { ...message, to }, sockets);
  }

  private publish(message: SignalMessage, sockets = this.sockets): void {
    this.outgoing = this.outgoing.then(async () => {
      try {
        const key = await this.key;
        const data = key ? buffer.toBase64(await sealJson(message, key)) : message;
        for (const socket of sockets) socket.publish(data);
      } catch (error) {
        console.warn('Forankra peers: could not seal a message for the relay.', error);
      }
    });
  }

  private receive(data: unknown, socket: RelaySocket): void {
    this.incoming = this.incoming.then(async () => {
      let value: unknown = data;
      try {
        const key = await this.key;
        if (key) {
          if (typeof data !== 'string') return;
          value = await openJson(buffer.fromBase64(data), key);
        }
      } catch {
        // Another secret in a room of the same name, or damage: not for us.
        return;
      }
      const message = readSignalMessage(value);
      if (!message || !this.active || message.from === this.peerId) return;
      if (message.to !== undefined && message.to !== this.peerId) return;
      if (message.type === 'announce') this.onAnnounce(message, socket);
      else this.onSignal(message.from, message.link, message.signal, socket);
    });
  }

  private onAnnounce(message: Extract<SignalMessage, { type: 'announce' }>, socket: RelaySocket) {
    const { from, links, seq } = message;
    // A copy through a second relay, or an older announce overtaken by a newer one.
    if (seq <= (this.lastSeq.get(from) ?? -1)) return;
    this.lastSeq.set(from, seq);
    const entry = this.links.get(from);
    const ours: LinkState = !entry ? 'none' : entry.link.open ? 'open' : 'connecting';
    const action = onAnnounce(this.peerId, from, links, ours);
    if (action.close && entry) this.closeLink(entry, 'the other side holds no link to us');
    if (action.then === 'offer') this.startLink(from, socket, true);
    else if (action.then === 'invite') this.announce([socket], from);
  }

  private onSignal(from: string, linkId: string, signal: Signal, socket: RelaySocket): void {
    const entry = this.links.get(from);
    if (signal.type === 'offer') {
      // Only the lower id offers; an offer the other way is from a confused or older client.
      if (weOffer(this.peerId, from) || entry?.link.id === linkId) return;
      if (entry) this.closeLink(entry, 'replaced by a new offer');
      this.startLink(from, socket, false, linkId)?.link.receive(signal);
      return;
    }
    // An answer or candidate of an attempt we already gave up is dropped.
    if (entry?.link.id === linkId) entry.link.receive(signal);
  }

  // ---- links ----

  private startLink(
    remote: string,
    via: RelaySocket,
    initiator: boolean,
    id: string = crypto.randomUUID(),
  ): LinkEntry | null {
    const existing = this.links.get(remote);
    if (existing) this.closeLink(existing, 'replaced');
    if (!this.peerConnection) {
      console.warn('Forankra peers: this browser has no WebRTC; working alone.');
      return null;
    }
    const label = `member ${remote.slice(0, 8)}`;
    const entry: LinkEntry = {
      remote,
      via,
      clients: new Set(),
      lastSync: null,
      answered: false,
      answerTimer: null,
      replaced: false,
      link: new PeerLink({
        initiator,
        id,
        label,
        iceServers: this.options.iceServers,
        peerConnection: this.peerConnection,
        timing: this.timing,
        limits: { maxFrameBytes: MAX_FRAME_BYTES, maxMessageBytes: MAX_MESSAGE_BYTES },
        signal: (signal) => this.sendSignal(entry, signal),
        open: () => this.onLinkOpen(entry),
        message: (message) => this.onLinkMessage(entry, message),
        close: (wasOpen, why) => this.onLinkClosed(entry, wasOpen, why),
      }),
    };
    this.links.set(remote, entry);
    this.notify();
    return entry;
  }

  private sendSignal(entry: LinkEntry, signal: Signal): void {
    // Answers and candidates go back the way the attempt came, unless that relay is down.
    const via =
      entry.via.state === 'open' ? entry.via : this.sockets.find((s) => s.state === 'open');
    if (!via) return;
    const { remote, link } = entry;
    this.publish({ type: 'signal', from: this.peerId, to: remote, link: link.id, signal }, [via]);
  }

  private closeLink(entry: LinkEntry, why: string): void {
    entry.replaced = true;
    entry.link.close(why);
  }

  private onLinkOpen(entry: LinkEntry): void {
    this.failedOffers.delete(entry.remote);
    for (const message of openingMessages(this.context)) entry.link.send(message);
    this.watchSyncAnswer(entry, 0);
    this.notify();
  }

  // A link can open and still never bring the plan: in about one first join in three, between
  // two Chromium profiles, the new member showed "connected" and never received the answer to
  // its state vector. Whatever loses it, the remedy is the same: ask again, and if the member
  // still does not answer, drop the link so that a fresh one is made.
  private watchSyncAnswer(entry: LinkEntry, asked: number): void {
    entry.answerTimer = setTimeout(() => {
      entry.answerTimer = null;
      if (entry.answered || !entry.link.open || this.links.get(entry.remote) !== entry) return;
      if (asked + 1 >= this.timing.maxUnansweredAsks) {
        entry.link.close('the member did not answer our state vector');
        return;
      }
      console.info(`Forankra peers: asking member ${entry.remote.slice(0, 8)} again for the plan.`);
      for (const message of openingMessages(this.context)) entry.link.send(message);
      this.watchSyncAnswer(entry, asked + 1);
    }, this.timing.syncAnswerMs);
  }

  private onLinkMessage(entry: LinkEntry, message: Uint8Array): void {
    const context = { ...this.context, label: `member ${entry.remote.slice(0, 8)}` };
    const received = readExchangeMessage(context, message);
    switch (received.kind) {
      case 'sync': {
        const now = Date.now();
        entry.lastSync = now;
        if (received.answered) entry.answered = true;
        for (const client of entry.clients) this.lastExchange.set(client, now);
        if (received.reply) entry.link.send(received.reply);
        this.notify();
        break;
      }
      case 'awareness':
        for (const client of received.clients) {
          if (client === this.doc.clientID || entry.clients.has(client)) continue;
          entry.clients.add(client);
          if (entry.lastSync !== null) this.lastExchange.set(client, entry.lastSync);
        }
        break;
      case 'query':
        entry.link.send(received.reply);
        break;
      case 'dropped':
        break;
    }
  }

  private onLinkClosed(entry: LinkEntry, wasOpen: boolean, why: string): void {
    if (entry.answerTimer !== null) clearTimeout(entry.answerTimer);
    entry.answerTimer = null;
    if (this.links.get(entry.remote) === entry) this.links.delete(entry.remote);
    // Their presence leaves with their link, rather than lingering for awareness's 30 s.
    const carried = new Set([...this.links.values()].flatMap((other) => [...other.clients]));
    const gone = [...entry.clients].filter((client) => !carried.has(client));
    if (gone.length > 0) removeAwarenessStates(this.awareness, gone, this.context.origin);
    this.notify();
    if (entry.replaced || !this.active) return;
    console.info(`Forankra peers: link to member ${entry.remote.slice(0, 8)} closed (${why}).`);
    this.retry(entry, wasOpen);
  }

  /** After a link failed or died: the offering side offers again, a few times; the other asks. */
  private retry(entry: LinkEntry, wasOpen: boolean): void {
    const { remote, via } = entry;
    if (weOffer(this.peerId, remote) && !wasOpen) {
      const failed = (this.failedOffers.get(remote) ?? 0) + 1;
      this.failedOffers.set(remote, failed);
      if (failed < this.timing.maxFailedOffers) {
        this.startLink(remote, via, true);
        return;
      }
      this.failedOffers.delete(remote);
    }
    // A link that was open died (they left, slept, or the network dropped): ask whether they
    // are still there; if they answer, the rules in onAnnounce make a new link.
    this.announce(undefined, remote);
  }

  // ---- document and presence ----

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // Changes from our links are not passed on: every member links to every other.
    if (origin === this.context.origin || this.links.size === 0) return;
    const message = updateMessage(update);
    // Links still opening get it too: the other side may already have asked for our state
    // (its messages can arrive before our channel's open event) and got it without this change.
    for (const entry of this.links.values()) entry.link.send(message);
  };

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this.context.origin) return;
    const ours = this.doc.clientID;
    const { added, updated, removed } = changes;
    if (![...added, ...updated, ...removed].includes(ours)) return;
    const message = awarenessMessage(this.awareness, [ours]);
    for (const entry of this.links.values()) entry.link.send(message);
  };

  private setPresence(change: Partial<PresenceState>): void {
    const current = readPresence(this.awareness.getLocalState());
    const base: PresenceState = current ?? { user: this.options.member, cell: null, text: null };
    this.awareness.setLocalState({ ...base, ...change });
  }

  private readonly notify = (): void => {
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const listener of this.listeners) listener();
    });
  };
}
