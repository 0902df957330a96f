// One client's WebSocket: enforces the per-connection limits, acts on its messages, and logs its
// opening, its closing and each limit it breaks. It logs counts, never what the client sent.

import { WebSocket, type RawData } from 'ws';
import type { Logger } from './log';
import type { RelayOptions } from './options';
import { parseClientMessage, pongFrame, publishFrame } from './protocol';
import { TokenBucket } from './token-bucket';
import type { TopicRegistry } from './topics';

/** Close codes the relay uses (RFC 6455 §7.4.1). 1006 is never sent, only logged: the
 * connection was cut without a close frame. */
export const CloseCode = {
  goingAway: 1001,
  protocolError: 1002,
  cut: 1006,
  invalidData: 1007,
  policy: 1008,
  tooBig: 1009,
} as const;

/** What a connection needs from the relay around it. */
export interface ConnectionContext {
  readonly options: RelayOptions;
  readonly topics: TopicRegistry<RelayConnection>;
  readonly log: Logger;
  /** Called once, after the socket has closed and its subscriptions are gone. */
  readonly closed: (connection: RelayConnection) => void;
}

interface Ending {
  code: number;
  reason: string;
}

export class RelayConnection {
  private received = 0;
  private forwarded = 0;
  private alive = true;
  /** Set when the relay ends the connection; later messages are ignored. */
  private ending: Ending | undefined;
  private readonly bucket: TokenBucket;
  private readonly openedAt = performance.now();

  constructor(
    private readonly socket: WebSocket,
    readonly id: number,
    readonly remote: string,
    private readonly context: ConnectionContext,
  ) {
    const { options } = context;
    this.bucket = new TokenBucket(options.maxMessagesPerSecond, options.messageBurst);
    socket.on('message', (data) => this.onMessage(data));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('error', (error: Error & { code?: string }) => this.onSocketError(error));
    socket.on('close', (code) => this.onClose(code));
  }

  /** Called by the relay's ping timer: drops the connection if the last ping got no pong. */
  heartbeat(): void {
    if (this.ending) return;
    if (!this.alive) {
      const seconds = this.context.options.pingIntervalMs / 1000;
      this.ending = { code: CloseCode.cut, reason: `no pong within ${seconds} s` };
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /** Sends one frame to this client; a client that stopped reading is dropped, not buffered for. */
  deliver(frame: string): void {
    if (this.ending || this.socket.readyState !== WebSocket.OPEN) return;
    const limit = 16 * this.context.options.maxMessageBytes;
    if (this.socket.bufferedAmount > limit) {
      this.violation('unread', 'closed', { bufferedBytes: this.socket.bufferedAmount, max: limit });
      this.ending = { code: CloseCode.cut, reason: 'client stopped reading its messages' };
      this.socket.terminate();
      return;
    }
    this.forwarded += 1;
    this.socket.send(frame);
  }

  /** Ends the connection with a close frame the client can read. */
  close(code: number, reason: string): void {
    if (this.ending) return;
    this.ending = { code, reason };
    this.socket.close(code, reason);
  }

  /** Last resort at shutdown, for a client that did not answer the close frame. */
  terminate(): void {
    this.socket.terminate();
  }

  private onMessage(data: RawData): void {
    if (this.ending) return;
    this.received += 1;
    const { options } = this.context;
    const bytes = asBuffer(data);
    if (bytes.length > options.maxMessageBytes) {
      this.violation('size', 'closed', { bytes: bytes.length, max: options.maxMessageBytes });
      this.close(
        CloseCode.tooBig,
        `message of ${bytes.length} bytes is over the relay's limit of ${options.maxMessageBytes}`,
      );
      return;
    }
    if (!this.bucket.take()) {
      const { maxMessagesPerSecond: rate, messageBurst: burst } = options;
      this.violation('rate', 'closed', { rate, burst });
      this.close(CloseCode.policy, `more than ${rate} messages per second (burst ${burst})`);
      return;
    }
    const parsed = parseClientMessage(bytes.toString('utf8'));
    if (!parsed.ok) {
      this.violation('format', 'closed', { problem: parsed.problem });
      this.close(CloseCode.invalidData, parsed.problem);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'subscribe':
        this.subscribe(message.topics);
        break;
      case 'unsubscribe':
        for (const topic of message.topics) this.context.topics.unsubscribe(this, topic);
        break;
      case 'publish': {
        // As y-webrtc's server: to every subscriber of the topic, the sender included if it is one.
        const receivers = [...this.context.topics.subscribers(message.topic)];
        if (receivers.length === 0) break;
        const frame = publishFrame(message.message, receivers.length);
        for (const receiver of receivers) receiver.deliver(frame);
        break;
      }
      case 'ping':
        this.deliver(pongFrame);
        break;
      case 'ignored':
        break;
    }
  }

  private subscribe(topics: readonly string[]): void {
    const { topics: registry, options } = this.context;
    let refused = 0;
    for (const topic of topics) {
      if (registry.isSubscribed(this, topic)) continue;
      if (registry.roomsOf(this) >= options.maxRoomsPerConnection) refused += 1;
      else registry.subscribe(this, topic);
    }
    if (refused > 0) {
      this.violation('rooms', 'refused', { refused, max: options.maxRoomsPerConnection });
    }
  }

  private onSocketError(error: Error & { code?: string }): void {
    // ws closes the socket itself after a protocol error; the close line follows.
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      const limit = this.context.options.maxMessageBytes;
      this.violation('size', 'closed', { max: limit, overHardCap: true });
      this.ending ??= { code: CloseCode.tooBig, reason: `message far over the limit of ${limit}` };
    } else {
      this.violation('protocol', 'closed', { error: error.code ?? error.name });
      this.ending ??= {
        code: CloseCode.protocolError,
        reason: `WebSocket protocol error ${error.code ?? ''}`,
      };
    }
  }

  private onClose(code: number): void {
    const rooms = this.context.topics.roomsOf(this);
    this.context.topics.removeClient(this);
    this.context.log('close', {
      id: this.id,
      remote: this.remote,
      rooms,
      messages: this.received,
      forwarded: this.forwarded,
      seconds: Math.round((performance.now() - this.openedAt) / 100) / 10,
      by: this.ending ? 'relay' : 'client',
      code: this.ending?.code ?? code,
      reason: this.ending?.reason,
    });
    this.context.closed(this);
  }

  private violation(
    limit: string,
    action: 'closed' | 'refused',
    details: Record<string, string | number | boolean>,
  ): void {
    this.context.log('violation', { id: this.id, remote: this.remote, limit, action, ...details });
  }
}

function asBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
