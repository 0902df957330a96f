// One member's connection to one signalling relay, for one room: subscribes, hands on what is
// published in the room, reconnects with a growing pause when the relay goes away, and knows
// whether the relay is reachable, which the connection status reports per address.

/** Whether a relay is reachable: `failed` once an attempt ended without a connection. */
export type RelayState = 'connecting' | 'open' | 'failed';

/** Reconnect pauses and liveness checks of a relay connection. */
export interface RelaySocketTiming {
  /** First pause before reconnecting; doubles per failed attempt up to `maxRetryMs`. */
  minRetryMs: number;
  maxRetryMs: number;
  /** Sends a ping after this long without hearing from the relay… */
  pingAfterMs: number;
  /** …and gives the connection up after this long (a laptop that slept, a dead route). */
  deadAfterMs: number;
}

/** Reconnects within 2.5 s (as y-webrtc does), and gives a silent relay up after 30 s. */
export const defaultRelayTiming: RelaySocketTiming = {
  minRetryMs: 100,
  maxRetryMs: 2500,
  pingAfterMs: 10_000,
  deadAfterMs: 30_000,
};

/** What a relay connection tells its owner. */
export interface RelaySocketEvents {
  /** Connected (again): the room is subscribed and the member should announce itself. */
  open(socket: RelaySocket): void;
  /** The `data` of a publish in the room, unread. */
  publish(data: unknown, socket: RelaySocket): void;
  /** `state` changed. */
  state(): void;
}

/** A reconnecting WebSocket to one relay, subscribed to one room. */
export class RelaySocket {
  state: RelayState = 'connecting';
  private socket: WebSocket | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private liveTimer: ReturnType<typeof setInterval> | null = null;
  private heardAt = 0;
  private stopped = true;

  constructor(
    readonly url: string,
    private readonly room: string,
    private readonly events: RelaySocketEvents,
    private readonly timing: RelaySocketTiming = defaultRelayTiming,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.attempts = 0;
    this.open();
  }

  /** Leaves the room and closes; `start` opens again. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.send({ type: 'unsubscribe', topics: [this.room] });
    this.drop();
    this.setState('connecting');
  }

  /** Publishes to the room; dropped while the relay is not connected (announces repeat). */
  publish(data: unknown): void {
    this.send({ type: 'publish', topic: this.room, data });
  }

  private open(): void {
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch (error) {
      console.warn(`Forankra peers: cannot connect to relay ${this.url}.`, error);
      return this.failed();
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.heardAt = Date.now();
      this.setState('open');
      this.send({ type: 'subscribe', topics: [this.room] });
      this.events.open(this);
    };
    socket.onmessage = (event: MessageEvent) => {
      this.heardAt = Date.now();
      this.receive(event.data);
    };
    socket.onclose = () => {
      if (this.socket === socket) this.failed();
    };
    // A refused connection also closes; the error itself says nothing more to act on.
    socket.onerror = () => {};
    this.liveTimer = setInterval(this.checkLive, Math.min(this.timing.pingAfterMs, 1000));
  }

  private readonly checkLive = (): void => {
    if (this.state !== 'open') return;
    const quiet = Date.now() - this.heardAt;
    if (quiet > this.timing.deadAfterMs) this.failed();
    else if (quiet > this.timing.pingAfterMs) this.send({ type: 'ping' });
  };

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return console.warn(`Forankra peers: relay ${this.url} sent something that is not JSON.`);
    }
    if (typeof message !== 'object' || message === null) return;
    if (!('type' in message) || message.type !== 'publish') return;
    if (!('topic' in message) || message.topic !== this.room || !('data' in message)) return;
    this.events.publish(message.data, this);
  }

  private failed(): void {
    this.drop();
    this.setState('failed');
    if (this.stopped) return;
    const pause = Math.min(this.timing.minRetryMs * 2 ** this.attempts, this.timing.maxRetryMs);
    this.attempts++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) this.open();
    }, pause);
  }

  private drop(): void {
    if (this.liveTimer !== null) clearInterval(this.liveTimer);
    this.liveTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = null;
    socket.onerror = () => {};
    try {
      socket.close();
    } catch {
      // Closing a socket that never connected can throw in some implementations; it is gone.
    }
  }

  private send(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private setState(state: RelayState): void {
    if (this.state === state) return;
    this.state = state;
    this.events.state();
  }
}
