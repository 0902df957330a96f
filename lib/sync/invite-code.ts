import type { MessageKey } from '../i18n/en';

// An invite code is what a member copies into an e-mail or a chat message so that another
// can join the plan. It reads
//
//   FORANKRA-1-<Crockford base32 of: compact JSON, then its CRC-32 in four bytes>
//
// Base32 rather than base64: letters and digits only, so no mail client or chat turns part of
// it into italics (`_`), a link, or a typographic dash, and case does not matter. The reader
// skips the spaces, line breaks, quote marks (`>`) and soft hyphens that mail clients put into
// long lines, and finds the end of the code by its checksum, so that whatever text follows
// the code ("Regards, Kari") does not spoil it.
//
// The secret is the room's password: whoever holds the code can read and edit the plan, so a
// code is passed on like a key. "New secret" moves the plan to a fresh room, with new codes.

/** What an invite code carries. */
export interface Invite {
  /** The plan's id, the same in every copy: sync files and a repeated join find the plan by it. */
  planId: string;
  room: string;
  /** The room's password: it encrypts all that passes through the signalling relays. */
  secret: string;
  /** The signalling relays in use (ws:// or wss://). */
  relays: string[];
  planTitle: string;
}

/** Why text could not be read as an invite. */
export type InviteProblem = 'notAnInvite' | 'damaged' | 'newerVersion' | 'badRelay';

export type ReadInviteResult =
  | { ok: true; invite: Invite }
  | { ok: false; problem: Exclude<InviteProblem, 'badRelay'> }
  | { ok: false; problem: 'badRelay'; relay: string };

export type MakeInviteResult =
  { ok: true; code: string } | { ok: false; problem: 'badRelay'; relay: string };

export type RelayCheck = { ok: true; relay: string } | { ok: false; problem: 'badRelay' };

/** The invite format this build writes, and the newest it reads. */
export const INVITE_VERSION = 1;
const PREFIX = `FORANKRA-${INVITE_VERSION}-`;

// Crockford's base32: no I, L, O or U, which read as 1, 1, 0 and V (or worse) by eye.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DECODE = new Map<string, number>();
for (const [i, ch] of [...ALPHABET].entries()) {
  DECODE.set(ch, i);
  DECODE.set(ch.toLowerCase(), i);
}
for (const [ch, v] of [
  ['I', 1],
  ['i', 1],
  ['L', 1],
  ['l', 1],
  ['O', 0],
  ['o', 0],
] as const) {
  DECODE.set(ch, v);
}

// What mail clients and chats put into a long line: white space, quote marks of a reply, soft
// hyphens and zero-width characters that mark where the line may break.
const NOISE = String.raw`[\s>\u00AD\u200B-\u200D\u2060\uFEFF]`;
// Dashes: a word processor may have turned the hyphen into one of these.
const DASH = String.raw`[-\u2010\u2011\u2012\u2013\u2014\u2212]`;
// A mail client that hard-wraps a long token may break it anywhere, the marker included.
const MARKER = new RegExp(
  `${[...'FORANKRA'].join(`${NOISE}*`)}${NOISE}*${DASH}${NOISE}*(\\d{1,4})${NOISE}*${DASH}`,
  'giu',
);
const SKIP = new RegExp(`^(?:${NOISE}|${DASH})$`, 'u');

const CHECKSUM_BYTES = 4;
const MAX_CODE_CHARS = 4096;
// Titles are for recognising the plan; a long one is cut so the code stays pasteable.
const MAX_TITLE_LENGTH = 120;
const MAX_RELAYS = 16;
const ROOM = /^[A-Za-z0-9_-]{16,64}$/;
// 22 base64url characters hold 132 bits: no secret is accepted with fewer than 128.
const SECRET = /^[A-Za-z0-9_-]{22,128}$/;
const PLAN_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a string has the form of a room name that newRoom() makes. */
export function isRoomName(value: unknown): value is string {
  return typeof value === 'string' && ROOM.test(value);
}

/** Whether a string has the form of a secret that newSecret() makes (at least 128 bits). */
export function isRoomSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET.test(value);
}

/** A fresh random room name (128 bits, base64url). */
export function newRoom(): string {
  return randomBase64url(16);
}

/** A fresh random room secret (144 bits, base64url). */
export function newSecret(): string {
  return randomBase64url(18);
}

/** Checks a relay address: a ws:// or wss:// URL with a host. Returns it trimmed. */
export function checkRelay(address: string): RelayCheck {
  const relay = address.trim();
  let url: URL;
  try {
    url = new URL(relay);
  } catch {
    return { ok: false, problem: 'badRelay' };
  }
  if ((url.protocol !== 'wss:' && url.protocol !== 'ws:') || url.hostname === '') {
    return { ok: false, problem: 'badRelay' };
  }
  return { ok: true, relay };
}

/** The invite code for a plan's room, to paste into e-mail or chat. */
export function makeInvite(invite: Invite): MakeInviteResult {
  if (!PLAN_ID.test(invite.planId))
    throw new Error(`Invite: plan id "${invite.planId}" is not valid.`);
  if (!ROOM.test(invite.room)) throw new Error('Invite: the room name should come from newRoom().');
  if (!SECRET.test(invite.secret)) {
    throw new Error('Invite: the secret should come from newSecret() (at least 128 bits).');
  }
  const relays: string[] = [];
  for (const address of invite.relays) {
    const check = checkRelay(address);
    if (!check.ok) return { ok: false, problem: 'badRelay', relay: address };
    if (!relays.includes(check.relay)) relays.push(check.relay);
  }
  if (relays.length > MAX_RELAYS) throw new Error(`Invite: at most ${MAX_RELAYS} relays.`);
  const payload: WirePayload = {
    p: invite.planId,
    r: invite.room,
    s: invite.secret,
    t: [...invite.planTitle].slice(0, MAX_TITLE_LENGTH).join(''),
    u: relays,
  };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const bytes = new Uint8Array(json.length + CHECKSUM_BYTES);
  bytes.set(json);
  new DataView(bytes.buffer).setUint32(json.length, crc32(json));
  return { ok: true, code: PREFIX + toBase32(bytes) };
}

/** Finds and reads an invite code in pasted text, tolerant of what mail and chat do to it. */
export function readInvite(text: string): ReadInviteResult {
  let sawNewer = false;
  let sawMarker = false;
  let badRelay: string | null = null;
  for (const match of text.matchAll(MARKER)) {
    sawMarker = true;
    const version = Number(match[1]);
    if (version > INVITE_VERSION) {
      sawNewer = true;
      continue;
    }
    if (version !== INVITE_VERSION) continue;
    const result = readBody(text, match.index + match[0].length);
    if (result.ok) return result;
    if (result.problem === 'badRelay') badRelay ??= result.relay;
  }
  // A message may hold an old and a new code; report the most useful problem of them all.
  if (badRelay !== null) return { ok: false, problem: 'badRelay', relay: badRelay };
  if (sawNewer) return { ok: false, problem: 'newerVersion' };
  return { ok: false, problem: sawMarker ? 'damaged' : 'notAnInvite' };
}

/** The dictionary key of the message that explains an invite problem to the user. */
export function inviteProblemMessage(problem: InviteProblem): MessageKey {
  switch (problem) {
    case 'notAnInvite':
      return 'inviteNotAnInvite';
    case 'damaged':
      return 'inviteDamaged';
    case 'newerVersion':
      return 'inviteNewerVersion';
    case 'badRelay':
      return 'inviteBadRelay';
  }
}

interface WirePayload {
  p: string;
  r: string;
  s: string;
  t: string;
  u: string[];
}

/** Reads the code that starts at `start`, ending wherever its checksum first matches. */
function readBody(text: string, start: number): ReadInviteResult {
  const values: number[] = [];
  for (const ch of text.slice(start, start + 2 * MAX_CODE_CHARS)) {
    const value = DECODE.get(ch);
    if (value !== undefined) values.push(value);
    else if (!SKIP.test(ch)) break;
    if (values.length >= MAX_CODE_CHARS) break;
  }
  const bytes = fromBase32(values);
  let crc = CRC_START;
  // Candidate ends, shortest first: k bytes of payload plus checksum need ceil(8k / 5)
  // characters whose spare low bits are zero. A false match is a 1 in 2^32 chance per candidate.
  for (let k = 1; k + CHECKSUM_BYTES <= bytes.length; k++) {
    crc = crcStep(crc, bytes[k - 1] ?? 0);
    const total = k + CHECKSUM_BYTES;
    const chars = Math.ceil((total * 8) / 5);
    const spareBits = chars * 5 - total * 8;
    if (((values[chars - 1] ?? 0) & ((1 << spareBits) - 1)) !== 0) continue;
    const stored = new DataView(bytes.buffer).getUint32(k);
    if (stored !== (crc ^ CRC_START) >>> 0) continue;
    return parsePayload(bytes.subarray(0, k));
  }
  return { ok: false, problem: 'damaged' };
}

function parsePayload(bytes: Uint8Array): ReadInviteResult {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: 'damaged' };
  const { p, r, s, t, u } = raw as Record<string, unknown>;
  if (typeof p !== 'string' || !PLAN_ID.test(p)) return { ok: false, problem: 'damaged' };
  if (typeof r !== 'string' || !ROOM.test(r)) return { ok: false, problem: 'damaged' };
  if (typeof s !== 'string' || !SECRET.test(s)) return { ok: false, problem: 'damaged' };
  if (typeof t !== 'string') return { ok: false, problem: 'damaged' };
  if (!Array.isArray(u) || u.length > MAX_RELAYS) return { ok: false, problem: 'damaged' };
  const relays: string[] = [];
  for (const address of u) {
    if (typeof address !== 'string') return { ok: false, problem: 'damaged' };
    const check = checkRelay(address);
    // A code that arrived whole but names something other than a relay is refused outright:
    // the address would be handed to the network layer.
    if (!check.ok) return { ok: false, problem: 'badRelay', relay: address };
    relays.push(check.relay);
  }
  return {
    ok: true,
    invite: { planId: p, room: r, secret: s, relays, planTitle: t },
  };
}

function randomBase64url(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.floor((values.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const value of values) {
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}

// CRC-32 (IEEE 802.3): it catches every burst of damage up to 32 bits long, which is what a
// mangled or mistyped stretch of a code amounts to. It guards against accidents, not forgery:
// a forged code would only invite someone to a room the forger chose.
const CRC_START = 0xffffffff;
let crcTable: Uint32Array | null = null;

function crcStep(crc: number, byte: number): number {
  crcTable ??= makeCrcTable();
  return (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
}

function makeCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

function crc32(bytes: Uint8Array): number {
  let crc = CRC_START;
  for (const byte of bytes) crc = crcStep(crc, byte);
  return (crc ^ CRC_START) >>> 0;
}
