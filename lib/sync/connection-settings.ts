import type { MessageKey } from '../i18n/en';
import { checkRelay } from './invite-code';

// What a member sets once for all plans so that others can see and reach them: a colour for
// presence, the signalling relays and the STUN/TURN servers. Plain values, checked here so that
// the settings view, storage parsing and the network layer agree on what is acceptable.

/**
 * The member colours: each reaches 4.5:1 against white, so a name label in white on the colour
 * and a cell outline in the colour on the white grid both stay readable, and no two are close
 * enough in hue to be taken for each other in a meeting of fifteen.
 */
export const MEMBER_COLOURS = [
  { id: 'blue', hex: '#1d4ed8' },
  { id: 'green', hex: '#047857' },
  { id: 'orange', hex: '#b45309' },
  { id: 'pink', hex: '#be185d' },
  { id: 'violet', hex: '#6d28d9' },
  { id: 'teal', hex: '#0e7490' },
  { id: 'red', hex: '#b91c1c' },
  { id: 'slate', hex: '#475569' },
] as const;

export type MemberColour = (typeof MEMBER_COLOURS)[number]['id'];

/** Whether a value names one of MEMBER_COLOURS. */
export function isMemberColour(value: unknown): value is MemberColour {
  return MEMBER_COLOURS.some((c) => c.id === value);
}

/** The CSS colour of a member colour. */
export function memberColourHex(colour: MemberColour): string {
  return MEMBER_COLOURS.find((c) => c.id === colour)?.hex ?? MEMBER_COLOURS[0].hex;
}

/** A member colour picked at random, so that members who never choose one still differ. */
export function randomMemberColour(random: () => number = Math.random): MemberColour {
  const index = Math.min(MEMBER_COLOURS.length - 1, Math.floor(random() * MEMBER_COLOURS.length));
  return MEMBER_COLOURS[index]?.id ?? 'blue';
}

/** One STUN or TURN server, in the shape RTCPeerConnection takes (one address per entry). */
export interface IceServer {
  urls: string;
  username?: string;
  credential?: string;
}

/** The relays and STUN/TURN servers a member has set; both empty until they add some. */
export interface NetworkSettings {
  relays: string[];
  iceServers: IceServer[];
}

/** At most this many relays: the invite code carries them all and must stay pasteable. */
export const MAX_RELAYS = 16;
/** A browser tries every STUN/TURN server on each connection; more than a few only slows it. */
export const MAX_ICE_SERVERS = 8;
const MAX_CREDENTIAL_LENGTH = 256;

export type RelayListResult =
  | { ok: true; relays: string[] }
  | { ok: false; problem: 'badRelay' | 'duplicateRelay' | 'tooManyRelays' };

/** Adds a relay address to a list, refusing what is not a ws:// or wss:// URL and repeats. */
export function addRelay(relays: readonly string[], address: string): RelayListResult {
  const check = checkRelay(address);
  if (!check.ok) return { ok: false, problem: 'badRelay' };
  if (relays.some((r) => sameRelay(r, check.relay)))
    return { ok: false, problem: 'duplicateRelay' };
  if (relays.length >= MAX_RELAYS) return { ok: false, problem: 'tooManyRelays' };
  return { ok: true, relays: [...relays, check.relay] };
}

/** Adds the relays of `more` that `relays` lacks; says which were added. */
export function mergeRelays(
  relays: readonly string[],
  more: readonly string[],
): { relays: string[]; added: string[] } {
  const out = [...relays];
  const added: string[] = [];
  for (const address of more) {
    const check = checkRelay(address);
    if (!check.ok || out.some((r) => sameRelay(r, check.relay))) continue;
    if (out.length >= MAX_RELAYS) break;
    out.push(check.relay);
    added.push(check.relay);
  }
  return { relays: out, added };
}

/** The relays of `more` that `relays` lacks. */
export function missingRelays(relays: readonly string[], more: readonly string[]): string[] {
  return more.filter((m) => !relays.some((r) => sameRelay(r, m)));
}

// `wss://Relay.example/` and `wss://relay.example` are one relay: compare as URLs.
function sameRelay(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

export type IceServerProblem = 'badIceUrl' | 'turnNeedsCredentials' | 'tooManyIceServers';

export type IceServerCheck =
  { ok: true; server: IceServer } | { ok: false; problem: IceServerProblem };

// RFC 7064 / 7065: stun:host[:port], turn:host[:port][?transport=udp|tcp]. No user part and no
// path: browsers refuse those with an exception that would stop the whole connection.
const ICE_URL =
  /^(stuns?|turns?):(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?(\?transport=(?:udp|tcp))?$/;

/** Checks a STUN/TURN server: a stun:, stuns:, turn: or turns: address; TURN needs a username and credential. */
export function checkIceServer(input: {
  urls: string;
  username?: string;
  credential?: string;
}): IceServerCheck {
  const urls = input.urls.trim();
  const match = ICE_URL.exec(urls);
  if (!match) return { ok: false, problem: 'badIceUrl' };
  const [, scheme = '', , port, query] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return { ok: false, problem: 'badIceUrl' };
  const turn = scheme.startsWith('turn');
  if (!turn && query !== undefined) return { ok: false, problem: 'badIceUrl' };
  const username = (input.username ?? '').trim().slice(0, MAX_CREDENTIAL_LENGTH);
  // A credential is kept as typed: spaces may belong to it.
  const credential = (input.credential ?? '').slice(0, MAX_CREDENTIAL_LENGTH);
  if (!turn) return { ok: true, server: { urls } };
  // Browsers throw on a TURN server without both; say so before it reaches the network layer.
  if (username === '' || credential === '') return { ok: false, problem: 'turnNeedsCredentials' };
  return { ok: true, server: { urls, username, credential } };
}

/** Adds a checked STUN/TURN server to a list. */
export function addIceServer(
  servers: readonly IceServer[],
  input: { urls: string; username?: string; credential?: string },
): { ok: true; iceServers: IceServer[] } | { ok: false; problem: IceServerProblem } {
  const check = checkIceServer(input);
  if (!check.ok) return check;
  if (servers.length >= MAX_ICE_SERVERS) return { ok: false, problem: 'tooManyIceServers' };
  const rest = servers.filter((s) => s.urls !== check.server.urls);
  return { ok: true, iceServers: [...rest, check.server] };
}

/** Reads stored network settings, keeping only the well-formed relays and servers. */
export function parseNetworkSettings(raw: unknown): NetworkSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  let relays: string[] = [];
  if (Array.isArray(value.relays)) {
    const strings = value.relays.filter((r): r is string => typeof r === 'string');
    relays = mergeRelays([], strings).relays;
  }
  const iceServers: IceServer[] = [];
  if (Array.isArray(value.iceServers)) {
    for (const entry of value.iceServers as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { urls, username, credential } = entry as Record<string, unknown>;
      if (typeof urls !== 'string') continue;
      const check = checkIceServer({
        urls,
        username: typeof username === 'string' ? username : undefined,
        credential: typeof credential === 'string' ? credential : undefined,
      });
      if (check.ok && iceServers.length < MAX_ICE_SERVERS) iceServers.push(check.server);
    }
  }
  return { relays, iceServers };
}

export type RelayProblem = Extract<RelayListResult, { ok: false }>['problem'];

/** The dictionary key that explains a relay or STUN/TURN problem to the user. */
export function networkProblemMessage(problem: RelayProblem | IceServerProblem): MessageKey {
  switch (problem) {
    case 'badRelay':
      return 'inviteBadRelay';
    case 'duplicateRelay':
      return 'relayDuplicate';
    case 'tooManyRelays':
      return 'relayTooMany';
    case 'badIceUrl':
      return 'iceBadUrl';
    case 'turnNeedsCredentials':
      return 'iceNeedsCredentials';
    case 'tooManyIceServers':
      return 'iceTooMany';
  }
}
