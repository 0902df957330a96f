// Messages between a test and a plan peer process (plan-peer-process.ts), which runs our peer
// layer (lib/sync/peers) rather than bare y-webrtc.

import type { MemberPresence, PeerStatus, PlanPeersTiming } from '../../lib/sync/peers/plan-peers';

export type PlanPeerCommand = { id: number } & (
  | {
      type: 'join';
      relays: string[];
      room: string;
      secret: string;
      name: string;
      /** Rows to build into the fresh plan before joining (0: join empty). */
      rows?: number;
      timing?: Partial<PlanPeersTiming>;
      /** Lose the first full-size frame this member sends, as a link that drops data would. */
      loseOneFrame?: boolean;
    }
  /** Destroys the peers and the plan; the process can join another room. */
  | { type: 'leave' }
  | { type: 'insert'; text: string }
  | { type: 'setCell'; rowId: string | null }
  | { type: 'offline' }
  | { type: 'online' }
  | { type: 'reconnect' }
  | { type: 'read' }
  | { type: 'quit' }
);

/** The peer's state after a command. */
export interface PlanPeerReply {
  id: number;
  text: string;
  rows: number;
  /** Total characters in all cells, to compare two copies of a large plan. */
  chars: number;
  status: PeerStatus;
  members: MemberPresence[];
  /** When rows last changed (epoch ms, sub-millisecond: timeOrigin + now), for the bench. */
  rowsChangedAt: number;
}
