import { mergeRelays } from './connection-settings';
import type { Invite } from './invite-code';
import type { PlanDirectory } from './plan-directory';
import { shareRecordFromInvite, type ShareBook } from './share-record';

export type JoinResult =
  | {
      ok: true;
      planId: string;
      /** False when this browser already had the plan: only its share record changed. */
      created: boolean;
      /** The member's relays with the invite's added, to store in settings. */
      relays: string[];
      /** The invite's relays that the member's settings lacked. */
      addedRelays: string[];
    }
  | { ok: false; problem: 'damaged' };

/**
 * Joins a plan with an invite: the plan is added under the inviter's id (or kept, if this
 * browser has it), its room and secret are stored as its share record, and the invite's relays
 * are merged into the member's. The caller stores the relays in settings and opens the plan.
 */
export async function joinPlan(
  invite: Invite,
  options: { directory: PlanDirectory; shares: ShareBook; relays: readonly string[]; now: number },
): Promise<JoinResult> {
  const joined = await options.directory.join(invite);
  if (!joined.ok) return joined;
  await options.shares.set(joined.planId, shareRecordFromInvite(invite, options.now));
  const { relays, added } = mergeRelays(options.relays, invite.relays);
  return { ...joined, relays, addedRelays: added };
}
