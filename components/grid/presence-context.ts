import { createContext, useContext, type Accessor } from 'solid-js';
import type { CellRef, MemberPresence, TextCursor } from '@/lib/sync/peers/plan-peers';

/** The other members' places in the plan, and how to show ours; absent when nobody shares. */
export interface Presence {
  members: Accessor<MemberPresence[]>;
  setCell(cell: CellRef | null): void;
  setTextCursor(cursor: TextCursor | null): void;
}

export const PresenceContext = createContext<Presence>();

/** The plan's presence, or undefined outside a plan workspace (tests of a bare grid). */
export function usePresence(): Presence | undefined {
  return useContext(PresenceContext);
}
