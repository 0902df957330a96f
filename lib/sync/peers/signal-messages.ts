// What members say to each other through the relay (encrypted when the room has a secret), in
// y-webrtc's envelope: `announce` to find each other and `signal` to carry WebRTC offers,
// answers and ICE candidates. Ours adds `to` on an announce (a reply to one member), `links` (the
// members the sender holds a link to, so a member whose link died unnoticed learns it), and a
// `link` id on signals so that pieces of an abandoned attempt are never mixed into a new one, and
// `seq` on announces, so a copy of an older announce (through a second relay) is ignored.
// Everything here arrives from other members and is read as untrusted.

/** A WebRTC negotiation step, as carried between two members. */
export type Signal =
  { type: 'offer' | 'answer'; sdp: string } | { type: 'candidate'; candidate: RTCIceCandidateInit };

/** A message between members through the relay. */
export type SignalMessage =
  | { type: 'announce'; from: string; to?: string; links: string[]; seq: number }
  | { type: 'signal'; from: string; to: string; link: string; signal: Signal };

const MAX_ID = 64;
const MAX_SDP = 32 * 1024;
const MAX_LINKS = 256;

/** Reads a decrypted relay message; anything that is not one of ours is null. */
export function readSignalMessage(value: unknown): SignalMessage | null {
  if (!isRecord(value) || !isId(value.from)) return null;
  if (value.type === 'announce') {
    const { from, to, seq } = value;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    const links = Array.isArray(value.links) ? value.links.slice(0, MAX_LINKS).filter(isId) : [];
    if (to === undefined) return { type: 'announce', from, links, seq };
    return isId(to) ? { type: 'announce', from, to, links, seq } : null;
  }
  if (value.type !== 'signal' || !isId(value.to) || !isId(value.link)) return null;
  const signal = readSignal(value.signal);
  return signal && { type: 'signal', from: value.from, to: value.to, link: value.link, signal };
}

function readSignal(value: unknown): Signal | null {
  if (!isRecord(value)) return null;
  if (value.type === 'offer' || value.type === 'answer') {
    return typeof value.sdp === 'string' && value.sdp.length <= MAX_SDP
      ? { type: value.type, sdp: value.sdp }
      : null;
  }
  if (value.type !== 'candidate' || !isRecord(value.candidate)) return null;
  const { candidate, sdpMid, sdpMLineIndex } = value.candidate;
  if (typeof candidate !== 'string' || candidate.length > 4096) return null;
  return {
    type: 'candidate',
    candidate: {
      candidate,
      sdpMid: typeof sdpMid === 'string' ? sdpMid : null,
      sdpMLineIndex: typeof sdpMLineIndex === 'number' ? sdpMLineIndex : null,
    },
  };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
