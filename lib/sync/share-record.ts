import type { ConnectionTarget } from './plan-connection';
import {
  memberColourHex,
  mergeRelays,
  type IceServer,
  type MemberColour,
  type NetworkSettings,
} from './connection-settings';
import {
  checkRelay,
  isRoomName,
  isRoomSecret,
  makeInvite,
  newRoom,
  newSecret,
  type Invite,
  type MakeInviteResult,
} from './invite-code';

// How this browser shares a plan: the room, its secret and the relays named in the invite code.
// Kept in extension storage, never in the plan's Y.Doc: the document reaches every member,
// including one whose access "new secret" is meant to end, who would read the new secret there.

/** How one plan is shared from this browser. */
export interface ShareRecord {
  room: string;
  /** The room's password; whoever has it can read and edit the plan. */
  secret: string;
  /** The relays the plan was shared or joined through. */
  relays: string[];
  /** When this room and secret came into use (ms since the epoch). */
  since: number;
}

/** Share records by plan id. */
export type ShareRecords = Record<string, ShareRecord>;

/** A fresh room and secret for a plan that starts being shared through `relays`. */
export function newShareRecord(relays: readonly string[], now: number): ShareRecord {
  return {
    room: newRoom(),
    secret: newSecret(),
    relays: mergeRelays([], relays).relays,
    since: now,
  };
}

/**
 * "New secret": a fresh room and secret for the same plan. Members with the old code stay in
 * the old room and stop receiving changes; what their copies already hold stays with them.
 */
export function rotateShareRecord(record: ShareRecord, now: number): ShareRecord {
  return newShareRecord(record.relays, now);
}

/** The share record of a plan joined with an invite. */
export function shareRecordFromInvite(invite: Invite, now: number): ShareRecord {
  return newShareRecordFrom(invite.room, invite.secret, invite.relays, now);
}

function newShareRecordFrom(
  room: string,
  secret: string,
  relays: readonly string[],
  now: number,
): ShareRecord {
  return { room, secret, relays: mergeRelays([], relays).relays, since: now };
}

/**
 * The relays a shared plan uses: those it was shared or joined through, then the member's own
 * from settings, so that a relay added in settings later reaches this plan too.
 */
export function relaysInUse(record: ShareRecord, settingsRelays: readonly string[]): string[] {
  return mergeRelays(record.relays, settingsRelays).relays;
}

/** The invite code of a shared plan, naming every relay it uses. */
export function shareInviteCode(
  planId: string,
  planTitle: string,
  record: ShareRecord,
  settingsRelays: readonly string[],
): MakeInviteResult {
  return makeInvite({
    planId,
    planTitle,
    room: record.room,
    secret: record.secret,
    relays: relaysInUse(record, settingsRelays),
  });
}

/** What the live connection of one plan needs: room, secret, relays, servers, and who I am. */
export interface PlanShare {
  planId: string;
  room: string;
  secret: string;
  relays: string[];
  iceServers: IceServer[];
  displayName: string;
  colour: MemberColour;
  /** The colour as CSS, for presence. */
  colourHex: string;
  since: number;
}

/** The member's own settings that a connection uses. */
export interface MemberSettings extends NetworkSettings {
  displayName: string;
  colour: MemberColour;
}

/** The connection details of a plan, or null when this browser does not share it. */
export function resolvePlanShare(
  planId: string,
  record: ShareRecord | undefined,
  settings: MemberSettings,
): PlanShare | null {
  if (!record) return null;
  return {
    planId,
    room: record.room,
    secret: record.secret,
    relays: relaysInUse(record, settings.relays),
    iceServers: settings.iceServers.map((s) => ({ ...s })),
    displayName: settings.displayName,
    colour: settings.colour,
    colourHex: memberColourHex(settings.colour),
    since: record.since,
  };
}

/** What the live connection needs of a plan's share: where to meet, and as whom. */
export function connectionTarget(share: PlanShare, name: string): ConnectionTarget {
  return {
    room: share.room,
    secret: share.secret,
    relays: share.relays,
    iceServers: share.iceServers,
    member: { name, colour: share.colourHex },
  };
}

/** Reads stored share records, keeping only the well-formed ones. */
export function parseShareRecords(raw: unknown): ShareRecords {
  const records: ShareRecords = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return records;
  for (const [planId, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(planId)) continue;
    if (typeof value !== 'object' || value === null) continue;
    const { room, secret, relays, since } = value as Record<string, unknown>;
    if (!isRoomName(room) || !isRoomSecret(secret)) continue;
    if (typeof since !== 'number' || !Number.isFinite(since)) continue;
    const addresses = Array.isArray(relays)
      ? relays.filter((r): r is string => typeof r === 'string' && checkRelay(r).ok)
      : [];
    records[planId] = newShareRecordFrom(room, secret, addresses, since);
  }
  return records;
}

/** Where share records are kept: extension storage in the browser, memory in tests. */
export interface ShareStore {
  read(): Promise<unknown>;
  write(records: ShareRecords): Promise<void>;
  /** Calls back when any page changed the records; returns an unsubscribe. */
  watch(callback: () => void): () => void;
}

/** Share records kept in memory, for tests. */
export function memoryShareStore(): ShareStore {
  let stored: ShareRecords = {};
  const watchers = new Set<() => void>();
  return {
    read: () => Promise.resolve(structuredClone(stored)),
    write: (records) => {
      stored = structuredClone(records);
      for (const watcher of watchers) watcher();
      return Promise.resolve();
    },
    watch: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

/** The share records of this browser: read, set per plan, remove, watch. */
export class ShareBook {
  // Serialises read-modify-write within this page, as PlanDirectory does for the plan list.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: ShareStore) {}

  async all(): Promise<ShareRecords> {
    return parseShareRecords(await this.store.read());
  }

  async get(planId: string): Promise<ShareRecord | undefined> {
    return (await this.all())[planId];
  }

  /** Stores the record of a plan, replacing any earlier one. */
  set(planId: string, record: ShareRecord): Promise<void> {
    return this.update((records) => {
      records[planId] = record;
    });
  }

  /**
   * The plan's record; for a plan not shared yet, a fresh room and secret through `relays`,
   * stored now. Null for a plan not shared yet when there is no relay to share it through.
   */
  start(planId: string, relays: readonly string[], now: number): Promise<ShareRecord | null> {
    return this.update((records) => {
      const existing = records[planId];
      if (existing) return existing;
      if (relays.length === 0) return null;
      const fresh = newShareRecord(relays, now);
      records[planId] = fresh;
      return fresh;
    });
  }

  /** "New secret": moves a shared plan to a fresh room and secret; null if it is not shared. */
  rotate(planId: string, now: number): Promise<ShareRecord | null> {
    return this.update((records) => {
      const existing = records[planId];
      if (!existing) return null;
      const next = rotateShareRecord(existing, now);
      records[planId] = next;
      return next;
    });
  }

  /** Forgets how a plan is shared (the plan itself stays). */
  remove(planId: string): Promise<void> {
    return this.update((records) => {
      delete records[planId];
    });
  }

  watch(callback: () => void): () => void {
    return this.store.watch(callback);
  }

  private update<T>(change: (records: ShareRecords) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const records = await this.all();
      const result = change(records);
      await this.store.write(records);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
