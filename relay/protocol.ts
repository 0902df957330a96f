// y-webrtc's signalling protocol (node_modules/y-webrtc/bin/server.js and src/y-webrtc.js): JSON
// text messages. Clients send `subscribe {topics}`, `unsubscribe {topics}`, `publish {topic, …}`
// and `ping`; the relay sends `pong`, and hands each publish on to every subscriber of its topic
// (the sender too, if subscribed) with `clients` set to their number. The relay reads only the
// type and the topic names; everything else in a publish (with a password, `data` is ciphertext)
// is passed on untouched and unread.

/** A client message the relay acts on; unknown types are ignored, as y-webrtc's server does. */
export type ClientMessage =
  | { type: 'subscribe'; topics: string[] }
  | { type: 'unsubscribe'; topics: string[] }
  | { type: 'publish'; topic: string; message: Readonly<Record<string, unknown>> }
  | { type: 'ping' }
  | { type: 'ignored' };

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; problem: string };

/** Reads one client message. Only text that is not JSON at all is a problem. */
export function parseClientMessage(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'message is not JSON' };
  }
  if (!isRecord(value)) return { ok: true, message: { type: 'ignored' } };
  switch (value.type) {
    case 'subscribe':
    case 'unsubscribe':
      return { ok: true, message: { type: value.type, topics: topicList(value.topics) } };
    case 'publish':
      // y-webrtc's server skips a publish without a (truthy) topic; topics are only ever strings.
      return typeof value.topic === 'string' && value.topic !== ''
        ? { ok: true, message: { type: 'publish', topic: value.topic, message: value } }
        : { ok: true, message: { type: 'ignored' } };
    case 'ping':
      return { ok: true, message: { type: 'ping' } };
    default:
      return { ok: true, message: { type: 'ignored' } };
  }
}

/** The text sent to each subscriber: the publish as received, plus the number of receivers. */
export function publishFrame(message: Readonly<Record<string, unknown>>, clients: number): string {
  return JSON.stringify({ ...message, clients });
}

export const pongFrame = JSON.stringify({ type: 'pong' });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// y-webrtc's server reads `message.topics || []` and skips entries that are not strings.
function topicList(topics: unknown): string[] {
  if (!Array.isArray(topics)) return [];
  return topics.filter((topic): topic is string => typeof topic === 'string');
}
