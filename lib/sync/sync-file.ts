import * as Y from 'yjs';
import type { MessageKey } from '../i18n/en';
import { ORIGIN } from '../model/origins';
import { isWholePlan } from './checkpoints';

// A Forankra sync file carries a plan (or the changes since a checkpoint) where no network
// path exists. Layout, all integers big-endian:
//
//   offset          size  field
//   0               8     magic: 0x89 'F' 'R' 'K' 'S' 'Y' 'N' 'C'
//   8               2     format version (uint16), 1
//   10              4     header length H in bytes (uint32)
//   14              H     header: UTF-8 JSON { planId, title, exportedAt, schemaVersion,
//                                              since, updateBytes }
//   14 + H          U     Yjs update, v1 encoding (U = header.updateBytes)
//   14 + H + U      32    SHA-256 of every byte before it
//
// Every format version, present and future, ends with that SHA-256 trailer, so a reader can
// tell a damaged file from a newer one before it understands anything else.

/** The first bytes of every sync file. 0x89 first, as PNG does: no text file starts with it. */
const MAGIC = Uint8Array.of(0x89, 0x46, 0x52, 0x4b, 0x53, 0x59, 0x4e, 0x43);
/** The format version this build writes, and the newest it reads. */
export const SYNC_FILE_FORMAT = 1;
/** The file name extension of sync files. */
export const SYNC_FILE_EXTENSION = '.forankra';

const PREFIX_BYTES = MAGIC.length + 2 + 4;
const DIGEST_BYTES = 32;
// Far above any real header; a larger claim means the length field itself is damaged.
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_PLAN_ID_LENGTH = 200;

/** What a sync file says about itself and the changes it carries. */
export interface SyncFile {
  format: number;
  planId: string;
  title: string;
  exportedAt: number;
  schemaVersion: number | null;
  /** The checkpoint the changes start from; null when the file holds the whole plan. */
  since: number | null;
  /** A Yjs update in v1 encoding. */
  update: Uint8Array;
}

/** Why a sequence of bytes is not a sync file this build can read. */
export type SyncFileProblem = 'empty' | 'notForankra' | 'truncated' | 'corrupt' | 'newerFormat';

export type SyncFileRead = { ok: true; file: SyncFile } | { ok: false; problem: SyncFileProblem };

/** Why a readable sync file was not merged. */
export type SyncApplyProblem = 'otherPlan' | 'corrupt';

export type SyncApplyResult =
  | {
      ok: true;
      /** Whether the plan gained anything; false when it already held all of the file. */
      changed: boolean;
      /**
       * Whether part of the file waits for changes this copy has not seen (a file of the
       * changes since a date, merged before the file that came earlier). That part takes
       * effect once the earlier changes arrive, by file or from a peer.
       */
      waitingForEarlier: boolean;
    }
  | { ok: false; problem: SyncApplyProblem };

export interface SyncFileMeta {
  planId: string;
  title: string;
  schemaVersion: number | null;
}

export interface SyncFileOptions {
  /** Export only what this copy received after this checkpoint; omit or null for everything. */
  since?: { at: number; stateVector: Uint8Array } | null;
  exportedAt?: number;
}

interface Header {
  planId: string;
  title: string;
  exportedAt: number;
  schemaVersion: number | null;
  since: number | null;
  updateBytes: number;
}

/** Writes the plan in `doc` (or its changes since a checkpoint) as a sync file. */
export async function encodeSyncFile(
  doc: Y.Doc,
  meta: SyncFileMeta,
  options: SyncFileOptions = {},
): Promise<Uint8Array> {
  const since = options.since ?? null;
  // A checkpoint taken before this copy held anything covers the whole plan: say so, so that
  // the file can also be opened on its own.
  const partial = since !== null && !isWholePlan(since.stateVector);
  const update = Y.encodeStateAsUpdate(doc, partial ? since.stateVector : undefined);
  const header: Header = {
    planId: meta.planId,
    title: meta.title,
    exportedAt: options.exportedAt ?? Date.now(),
    schemaVersion: meta.schemaVersion,
    since: partial ? since.at : null,
    updateBytes: update.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyLength = PREFIX_BYTES + headerBytes.length + update.length;
  const bytes = new Uint8Array(bodyLength + DIGEST_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint16(MAGIC.length, SYNC_FILE_FORMAT);
  view.setUint32(MAGIC.length + 2, headerBytes.length);
  bytes.set(headerBytes, PREFIX_BYTES);
  bytes.set(update, PREFIX_BYTES + headerBytes.length);
  bytes.set(await sha256(bytes.subarray(0, bodyLength)), bodyLength);
  return bytes;
}

/** Reads and checks a sync file; never throws, and names the problem when it is not one we can use. */
export async function readSyncFile(input: Uint8Array | ArrayBuffer): Promise<SyncFileRead> {
  // A copy: the caller's buffer could change while the digest is computed.
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input) : new Uint8Array(input).slice();
  const n = bytes.length;
  if (n === 0) return refuse('empty');
  for (let i = 0; i < Math.min(n, MAGIC.length); i++) {
    if (bytes[i] !== MAGIC[i]) return refuse('notForankra');
  }
  if (n < PREFIX_BYTES + DIGEST_BYTES) return refuse('truncated');

  const intact = sameBytes(
    await sha256(bytes.subarray(0, n - DIGEST_BYTES)),
    bytes.subarray(n - DIGEST_BYTES),
  );
  if (!intact) return refuse(looksCutOff(bytes) ? 'truncated' : 'corrupt');

  const format = new DataView(bytes.buffer).getUint16(MAGIC.length);
  if (format > SYNC_FILE_FORMAT) return refuse('newerFormat');
  if (format !== SYNC_FILE_FORMAT) return refuse('corrupt');

  // The digest matched, so what follows only fails for a file written wrongly on purpose or
  // by a broken writer: still a boundary, still checked.
  const layout = readLayout(bytes);
  if (layout?.parts == null || layout.total !== n) return refuse('corrupt');
  const { header, update } = layout.parts;
  if (!isWellFormedUpdate(update)) return refuse('corrupt');
  return {
    ok: true,
    file: {
      format,
      planId: header.planId,
      title: header.title,
      exportedAt: header.exportedAt,
      schemaVersion: header.schemaVersion,
      since: header.since,
      update,
    },
  };
}

/**
 * Merges a sync file into `doc`, after rehearsing the merge on a scratch copy so that a
 * malformed update never touches the plan. Merging is idempotent and order-independent.
 */
export function applySyncFile(doc: Y.Doc, file: SyncFile, expectedPlanId: string): SyncApplyResult {
  if (file.planId !== expectedPlanId) return { ok: false, problem: 'otherPlan' };
  if (!rehearse(doc, file.update)) return { ok: false, problem: 'corrupt' };
  let changed = false;
  // Yjs emits 'update' only for a transaction that added or deleted something.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === ORIGIN.sync) changed = true;
  };
  doc.on('update', onUpdate);
  try {
    Y.applyUpdate(doc, file.update, ORIGIN.sync);
  } finally {
    doc.off('update', onUpdate);
  }
  const waitingForEarlier = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  return { ok: true, changed, waitingForEarlier };
}

/** Whether a file holds a whole plan, and so could be opened as a plan of its own. */
export function canOpenAsNewPlan(file: SyncFile): boolean {
  return file.since === null;
}

/** A file name for a sync file: the plan's title and the export date, safe on every system. */
export function syncFileName(title: string, exportedAt: number): string {
  const d = new Date(exportedAt);
  const date = [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  // Windows refuses these characters, and control characters confuse every system.
  const safe = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${safe || 'Forankra'} ${date}${SYNC_FILE_EXTENSION}`;
}

/** The dictionary key of the message that explains a sync file problem to the user. */
export function syncFileProblemMessage(
  problem: SyncFileProblem | SyncApplyProblem,
  file?: SyncFile,
): MessageKey {
  switch (problem) {
    case 'empty':
      return 'syncFileEmpty';
    case 'notForankra':
      return 'syncFileNotForankra';
    case 'truncated':
      return 'syncFileTruncated';
    case 'corrupt':
      return 'syncFileCorrupt';
    case 'newerFormat':
      return 'syncFileNewerFormat';
    case 'otherPlan':
      return file && !canOpenAsNewPlan(file) ? 'syncFileOtherPlanPartial' : 'syncFileOtherPlan';
  }
}

function refuse(problem: SyncFileProblem): SyncFileRead {
  return { ok: false, problem };
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Layout {
  /** The length the file should have, as far as its header can be read. */
  total: number;
  /** Header and update, when the file is long enough to hold them. */
  parts: { header: Header; update: Uint8Array } | null;
}

/** Where the version-1 layout places header and update; null where the layout does not hold. */
function readLayout(bytes: Uint8Array): Layout | null {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES) return null;
  const headerEnd = PREFIX_BYTES + headerLength;
  if (headerEnd > bytes.length) return { total: headerEnd + DIGEST_BYTES, parts: null };
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, headerEnd));
  if (header === null) return null;
  const total = headerEnd + header.updateBytes + DIGEST_BYTES;
  if (total > bytes.length) return { total, parts: null };
  const update = bytes.slice(headerEnd, headerEnd + header.updateBytes);
  return { total, parts: { header, update } };
}

/** For a file whose digest does not match: does its own header say it should be longer? */
function looksCutOff(bytes: Uint8Array): boolean {
  const layout = readLayout(bytes);
  return layout !== null && layout.total > bytes.length;
}

function parseHeader(bytes: Uint8Array): Header | null {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const h = raw as Record<string, unknown>;
  const { planId, title, exportedAt, schemaVersion, since, updateBytes } = h;
  if (typeof planId !== 'string' || planId.length === 0 || planId.length > MAX_PLAN_ID_LENGTH)
    return null;
  if (typeof title !== 'string') return null;
  if (!isTime(exportedAt)) return null;
  if (schemaVersion !== null && !isCount(schemaVersion)) return null;
  if (since !== null && !isTime(since)) return null;
  if (!isCount(updateBytes)) return null;
  return { planId, title, exportedAt, schemaVersion, since, updateBytes };
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isWellFormedUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies `update` to a scratch copy of `doc`, with the same root types, and reports whether
 * Yjs accepted it. Yjs can throw half-way through applying a malformed update, leaving part of
 * it behind, so the real document only ever sees an update that went through here whole.
 * It costs a copy of the plan, which an import the user asked for can afford.
 */
function rehearse(doc: Y.Doc, update: Uint8Array): boolean {
  const scratch = new Y.Doc({ gc: doc.gc });
  try {
    for (const [name, type] of doc.share) {
      if (type instanceof Y.Map) scratch.getMap(name);
      else if (type instanceof Y.Array) scratch.getArray(name);
      else if (type instanceof Y.Text) scratch.getText(name);
      else if (type instanceof Y.XmlFragment) scratch.getXmlFragment(name);
    }
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}
