// Who starts a link, decided the same way on both sides. Bare y-webrtc lets both members offer
// at once and settles the collision ("glare") with random tokens, which lost both offers in
// about 2 of 10 simultaneous starts here. Here only the member with the lower peer id ever
// offers; the other answers, or invites the lower one with an announce addressed to it.

/** Our link to a member: none, being set up, or open. */
export type LinkState = 'none' | 'connecting' | 'open';

/** What an announce asks of us. */
export interface AnnounceAction {
  /** Our link is stale (the other side holds none to us): close it first. */
  close: boolean;
  /** Then: offer a link, ask the other side to offer one, or nothing. */
  then: 'offer' | 'invite' | 'nothing';
}

/** Whether we start the link to `other`: the lower peer id does. */
export function weOffer(me: string, other: string): boolean {
  return me < other;
}

/** What to do when `from` announces itself, listing the members it holds links to. */
export function onAnnounce(
  me: string,
  from: string,
  theirLinks: readonly string[],
  ours: LinkState,
): AnnounceAction {
  const listed = theirLinks.includes(me);
  const fresh: AnnounceAction['then'] = weOffer(me, from) ? 'offer' : 'invite';
  if (ours === 'none') return { close: false, then: fresh };
  if (listed) return { close: false, then: 'nothing' };
  // They hold no link to us. An open link of ours is dead on their side (they slept, or lost it
  // before we noticed). A half-made link of ours is only stale if we answer: the offering side
  // may have announced before it started the link it is making now.
  if (ours === 'open' || !weOffer(me, from)) return { close: true, then: fresh };
  return { close: false, then: 'nothing' };
}
