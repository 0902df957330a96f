// The connection status in words any member understands, from the state of relays and links.

import type { RelayState } from './relay-socket';

/** Working alone, looking for others, connected to N members, or no relay reachable. */
export type PeerStatus =
  | { kind: 'alone' }
  | { kind: 'looking' }
  | { kind: 'connected'; members: number }
  | { kind: 'relayUnreachable'; relays: string[] };

/** What the status is made from. */
export interface StatusInput {
  /** False when the plan is not shared (no relays) or the member went offline. */
  active: boolean;
  relays: readonly { url: string; state: RelayState }[];
  openLinks: number;
}

/** Live links win (they need no relay); then a reachable relay; then the relays that failed. */
export function peerStatus({ active, relays, openLinks }: StatusInput): PeerStatus {
  if (!active || relays.length === 0) return { kind: 'alone' };
  if (openLinks > 0) return { kind: 'connected', members: openLinks };
  if (relays.some((relay) => relay.state !== 'failed')) return { kind: 'looking' };
  return { kind: 'relayUnreachable', relays: relays.map((relay) => relay.url) };
}
