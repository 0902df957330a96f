import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// Yjs keeps no timestamps, so "the changes since Monday" needs a record of what this copy
// held on Monday: a checkpoint is the plan's state vector at a moment. Encoding the plan
// against the latest checkpoint at or before a date yields every change this copy received
// after it: possibly a little more than asked for, never less, and merging more is harmless.

export type CheckpointReason = 'daily' | 'export';

/** What this copy of the plan held at one moment. */
export interface Checkpoint {
  at: number;
  stateVector: Uint8Array;
  reason: CheckpointReason;
}

/** Where checkpoints are kept: the custom store of the plan's y-indexeddb database fits. */
export interface CheckpointStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: ArrayBuffer): Promise<unknown>;
}

/** The key under which a plan's checkpoints are stored in its database. */
export const CHECKPOINTS_KEY = 'forankra:checkpoints';

/** A state vector of nothing: encoding against it yields the whole plan. */
export const WHOLE_PLAN: Uint8Array = Uint8Array.of(0);

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
// Every checkpoint of the last weeks is kept, for "since the last meeting"; older ones are
// thinned to one a week, and the oldest dropped beyond a cap. State vectors grow with every
// editing session, so an unbounded list would grow the database for dates nobody asks for.
// Dropping one only makes a later export somewhat larger.
const KEEP_ALL_MS = 45 * DAY_MS;
const MAX_CHECKPOINTS = 200;
const STORAGE_VERSION = 1;
const REASONS: readonly CheckpointReason[] = ['daily', 'export'];

/** The latest checkpoint at or before `sinceMs`, or null when there is none. */
export function checkpointAt(
  checkpoints: readonly Checkpoint[],
  sinceMs: number,
): Checkpoint | null {
  let best: Checkpoint | null = null;
  for (const c of checkpoints) {
    if (c.at <= sinceMs && (best === null || c.at >= best.at)) best = c;
  }
  return best;
}

/** The state vector of the latest checkpoint at or before `sinceMs`; WHOLE_PLAN when there is none. */
export function stateVectorAt(checkpoints: readonly Checkpoint[], sinceMs: number): Uint8Array {
  return checkpointAt(checkpoints, sinceMs)?.stateVector ?? WHOLE_PLAN;
}

/** Whether a state vector is of nothing, so that encoding against it yields the whole plan. */
export function isWholePlan(stateVector: Uint8Array): boolean {
  return Y.decodeStateVector(stateVector).size === 0;
}

/** The calendar day (local time) of a moment, as the user means "since Monday". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * The list with `checkpoint` added, sorted by time and pruned: a daily checkpoint is left out
 * when the list already has one for that day; an export checkpoint is always added.
 */
export function addCheckpoint(
  checkpoints: readonly Checkpoint[],
  checkpoint: Checkpoint,
): Checkpoint[] {
  const day = localDay(checkpoint.at);
  const hasDaily = checkpoints.some((c) => c.reason === 'daily' && localDay(c.at) === day);
  if (checkpoint.reason === 'daily' && hasDaily) return [...checkpoints];
  return pruneCheckpoints([...checkpoints, checkpoint], checkpoint.at);
}

/** Keeps every checkpoint of the last 45 days, the first of each week before that, at most 200. */
export function pruneCheckpoints(checkpoints: readonly Checkpoint[], now: number): Checkpoint[] {
  const sorted = [...checkpoints].sort((a, b) => a.at - b.at);
  const seenWeeks = new Set<number>();
  const kept = sorted.filter((c) => {
    if (now - c.at <= KEEP_ALL_MS) return true;
    const week = Math.floor(c.at / WEEK_MS);
    if (seenWeeks.has(week)) return false;
    seenWeeks.add(week);
    return true;
  });
  return kept.slice(Math.max(0, kept.length - MAX_CHECKPOINTS));
}

/** Checkpoints as compact bytes for storage. */
export function encodeCheckpoints(checkpoints: readonly Checkpoint[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, STORAGE_VERSION);
  encoding.writeVarUint(encoder, checkpoints.length);
  for (const c of checkpoints) {
    encoding.writeVarUint(encoder, Math.max(0, Math.round(c.at)));
    encoding.writeVarUint(encoder, REASONS.indexOf(c.reason));
    encoding.writeVarUint8Array(encoder, c.stateVector);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Checkpoints from whatever storage held. Anything unreadable yields an empty list rather
 * than an error: without checkpoints an export simply holds the whole plan.
 */
export function decodeCheckpoints(stored: unknown): Checkpoint[] {
  let bytes: Uint8Array;
  if (stored instanceof Uint8Array) bytes = stored;
  else if (stored instanceof ArrayBuffer) bytes = new Uint8Array(stored);
  else return [];
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== STORAGE_VERSION) return [];
    const count = decoding.readVarUint(decoder);
    const checkpoints: Checkpoint[] = [];
    for (let i = 0; i < count; i++) {
      const at = decoding.readVarUint(decoder);
      const reason = REASONS[decoding.readVarUint(decoder)];
      // Copied out of the stored buffer, and checked to be a state vector Yjs can use.
      const stateVector = decoding.readVarUint8Array(decoder).slice();
      Y.decodeStateVector(stateVector);
      if (reason === undefined) return [];
      checkpoints.push({ at, stateVector, reason });
    }
    return checkpoints.sort((a, b) => a.at - b.at);
  } catch {
    return [];
  }
}

export interface PlanCheckpointsOptions {
  now?: () => number;
}

/** The checkpoints of one plan, read from and written to its database. */
export class PlanCheckpoints {
  private readonly storage: CheckpointStorage;
  private readonly now: () => number;
  // Serialises read-modify-write within this page. Two pages of one browser may still race;
  // the loser's checkpoint is lost, which only makes a later export larger.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(storage: CheckpointStorage, options: PlanCheckpointsOptions = {}) {
    this.storage = storage;
    this.now = options.now ?? Date.now;
  }

  /** The stored checkpoints, oldest first. */
  async list(): Promise<Checkpoint[]> {
    await this.queue;
    return decodeCheckpoints(await this.storage.get(CHECKPOINTS_KEY));
  }

  /** Records what `doc` holds now, unless a daily checkpoint of today exists; resolves to whether it did. */
  recordDaily(doc: Y.Doc): Promise<boolean> {
    return this.record({ at: this.now(), stateVector: Y.encodeStateVector(doc), reason: 'daily' });
  }

  /**
   * Records the checkpoint of an export: the state vector the exported update was encoded
   * from, taken in the same synchronous step, since the plan may change while the file is
   * written and a later "since" must not skip those changes.
   */
  async recordExport(stateVector: Uint8Array, at: number = this.now()): Promise<void> {
    await this.record({ at, stateVector, reason: 'export' });
  }

  private record(checkpoint: Checkpoint): Promise<boolean> {
    const run = this.queue.then(async () => {
      const before = decodeCheckpoints(await this.storage.get(CHECKPOINTS_KEY));
      const after = addCheckpoint(before, checkpoint);
      if (!after.includes(checkpoint)) return false;
      await this.storage.set(CHECKPOINTS_KEY, toArrayBuffer(encodeCheckpoints(after)));
      return true;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export interface DailyCheckpointOptions {
  /** How often to look whether a new day has begun. */
  checkEveryMs?: number;
  /** Told when a checkpoint could not be stored; the plan itself is unaffected. */
  onError?: (error: unknown) => void;
}

/** A running daily checkpoint keeper; `stop` waits for a checkpoint being written. */
export interface DailyCheckpoints {
  stop(): Promise<void>;
}

/**
 * Records a checkpoint of `doc` now (a plan being opened) and again whenever a new day has
 * begun while it stays open.
 */
export function keepDailyCheckpoints(
  doc: Y.Doc,
  checkpoints: PlanCheckpoints,
  options: DailyCheckpointOptions = {},
): DailyCheckpoints {
  const onError = options.onError ?? warnCheckpointFailed;
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const check = () => {
    if (stopped) return;
    inFlight = checkpoints.recordDaily(doc).catch(onError);
  };
  check();
  const timer = setInterval(check, options.checkEveryMs ?? 60 * 60 * 1000);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
    },
  };
}

function warnCheckpointFailed(error: unknown): void {
  console.warn('Forankra could not store a checkpoint of the plan.', error);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}
