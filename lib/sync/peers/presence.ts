// What each member shows the others (awareness state): who they are, the cell they have
// selected, their cursor in a long text. Remote states are whatever a peer sent, so they are
// read through a validator: a field that is nonsense reads as absent, and a member without a
// usable name and colour is not shown at all. Nothing here throws.

/** A cell of the plan, by ids. */
export interface CellRef {
  sheetId: string;
  rowId: string;
  columnId: string;
}

/** A cursor in a long text cell: Yjs relative positions, each encoded as base64. */
export interface TextCursor {
  cell: CellRef;
  anchor: string;
  head: string;
}

/** Who a member is, as they chose. */
export interface MemberIdentity {
  name: string;
  /** `#rrggbb`. */
  colour: string;
}

/** One member's awareness state, as we publish ours and read others'. */
export interface PresenceState {
  user: MemberIdentity;
  cell: CellRef | null;
  text: TextCursor | null;
}

const MAX_NAME = 80;
const MAX_ID = 128;
const MAX_POSITION = 1024;
const COLOUR = /^#[0-9a-f]{6}$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Reads a remote awareness state; null when it has no valid member identity. */
export function readPresence(state: unknown): PresenceState | null {
  if (!isRecord(state)) return null;
  const user = readIdentity(state.user);
  if (!user) return null;
  return { user, cell: readCell(state.cell), text: readText(state.text) };
}

/** A member identity if `value` is one (a name of 1–80 characters, a `#rrggbb` colour). */
export function readIdentity(value: unknown): MemberIdentity | null {
  if (!isRecord(value)) return null;
  const { name, colour } = value;
  if (typeof name !== 'string' || typeof colour !== 'string') return null;
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME || !COLOUR.test(colour)) return null;
  return { name: trimmed, colour: colour.toLowerCase() };
}

function readCell(value: unknown): CellRef | null {
  if (!isRecord(value)) return null;
  const { sheetId, rowId, columnId } = value;
  return isId(sheetId) && isId(rowId) && isId(columnId) ? { sheetId, rowId, columnId } : null;
}

function readText(value: unknown): TextCursor | null {
  if (!isRecord(value)) return null;
  const cell = readCell(value.cell);
  const { anchor, head } = value;
  return cell && isPosition(anchor) && isPosition(head) ? { cell, anchor, head } : null;
}

function isPosition(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_POSITION && BASE64.test(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
