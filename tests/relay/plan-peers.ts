// Starts plan peer processes (plan-peer-process.ts: our layer over @roamhq/wrtc).

import { fileURLToPath } from 'node:url';
import type { PlanPeerCommand, PlanPeerReply } from './plan-peer-protocol';
import { startDriver, type Driver } from './peers';

const script = fileURLToPath(new URL('./plan-peer-process.ts', import.meta.url));

export type PlanPeer = Driver<PlanPeerCommand, PlanPeerReply>;

/** Starts a plan peer process and waits until it is ready for commands. */
export function startPlanPeer(): Promise<PlanPeer> {
  return startDriver<PlanPeerCommand, PlanPeerReply>(script, { type: 'read' }, { type: 'quit' });
}

/** Reads as "connected to `members` members". */
export const connectedTo =
  (members: number) =>
  (state: PlanPeerReply): boolean =>
    state.status.kind === 'connected' && state.status.members === members;

/** Holds once the peer's notes contain `text`. */
export const hasText =
  (text: string) =>
  (state: PlanPeerReply): boolean =>
    state.text.includes(text);
