// One WebRTC link to one other member: a peer connection with one ordered data channel, the
// negotiation steps it needs carried through the relay, frames both ways, and a watchdog. A link
// that is not open within `connectTimeoutMs`, or whose ICE stays disconnected for
// `disconnectGraceMs`, closes itself; plan-peers decides whether and how to try again.

import { Reassembler, toFrames, type ReassemblerLimits } from './frames';
import { SendQueue } from './send-queue';
import type { Signal } from './signal-messages';

/** RTCPeerConnection, or an implementation of it (@roamhq/wrtc in Node). */
export type PeerConnectionClass = new (configuration: RTCConfiguration) => RTCPeerConnection;

/** How long a link may take to open, and to recover from ICE 'disconnected'. */
export interface PeerLinkTiming {
  connectTimeoutMs: number;
  disconnectGraceMs: number;
}

/** 15 s to open (TURN on a slow network can take seconds), 5 s to recover. */
export const defaultLinkTiming: PeerLinkTiming = {
  connectTimeoutMs: 15_000,
  disconnectGraceMs: 5000,
};

/** One link's settings and the callbacks through which it reports. */
export interface PeerLinkOptions {
  initiator: boolean;
  /** Names this attempt in its signals; a new attempt gets a new id. */
  id: string;
  label: string;
  iceServers: readonly RTCIceServer[];
  peerConnection: PeerConnectionClass;
  timing: PeerLinkTiming;
  limits: ReassemblerLimits;
  signal(signal: Signal): void;
  open(): void;
  message(message: Uint8Array): void;
  /** Called once, when the link closes for whatever reason. */
  close(wasOpen: boolean, why: string): void;
}

/** A WebRTC data link to one member, framed and with backpressure. */
export class PeerLink {
  readonly id: string;
  readonly initiator: boolean;
  private readonly pc: RTCPeerConnection;
  private channel: RTCDataChannel | null = null;
  private queue: SendQueue | null = null;
  private readonly reassembler: Reassembler;
  /** Whether our offer or answer has been handed on; our candidates wait for it. */
  private described = false;
  // What arrives or is sent before there is somewhere to put it: our candidates before our
  // description, theirs before their description, frames before the channel.
  private readonly early = {
    candidatesOut: [] as Signal[],
    candidates: [] as RTCIceCandidateInit[],
    frames: [] as Uint8Array<ArrayBuffer>[],
  };
  private steps: Promise<void> = Promise.resolve();
  private watchdog: ReturnType<typeof setTimeout> | null;
  private grace: ReturnType<typeof setTimeout> | null = null;
  private isOpen = false;
  private isClosed = false;

  constructor(private readonly options: PeerLinkOptions) {
    this.id = options.id;
    this.initiator = options.initiator;
    this.reassembler = new Reassembler(
      (message) => options.message(message),
      options.limits,
      options.label,
    );
    this.pc = new options.peerConnection({ iceServers: [...options.iceServers] });
    this.pc.onicecandidate = (event) => {
      const found = event.candidate;
      if (!found) return;
      const { candidate, sdpMid, sdpMLineIndex } = found;
      const signal: Signal = { type: 'candidate', candidate: { candidate, sdpMid, sdpMLineIndex } };
      // A candidate can be found before our offer or answer is on its way; the other side
      // drops candidates of a link it has not heard of, so they wait for the description.
      if (this.described) options.signal(signal);
      else this.early.candidatesOut.push(signal);
    };
    this.pc.oniceconnectionstatechange = () => this.onIceState();
    this.watchdog = setTimeout(
      () => this.close('not connected in time'),
      options.timing.connectTimeoutMs,
    );
    if (options.initiator) {
      this.attach(this.pc.createDataChannel('forankra', { ordered: true }));
      this.step(async () => {
        await this.pc.setLocalDescription(await this.pc.createOffer());
        this.sendDescription();
      });
    } else {
      this.pc.ondatachannel = (event) => this.attach(event.channel);
    }
  }

  get open(): boolean {
    return this.isOpen;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Applies a negotiation step from the other member, in the order they arrive. */
  receive(signal: Signal): void {
    if (signal.type === 'candidate') {
      return this.step(async () => {
        if (this.pc.remoteDescription) await this.pc.addIceCandidate(signal.candidate);
        else this.early.candidates.push(signal.candidate);
      });
    }
    if ((signal.type === 'offer') === this.initiator) return;
    this.step(async () => {
      await this.pc.setRemoteDescription({ type: signal.type, sdp: signal.sdp });
      for (const candidate of this.early.candidates.splice(0))
        await this.pc.addIceCandidate(candidate);
      if (signal.type === 'offer') {
        await this.pc.setLocalDescription(await this.pc.createAnswer());
        this.sendDescription();
      }
    });
  }

  /** Sends one message, framed; held until the channel exists and can take it. */
  send(message: Uint8Array): void {
    if (this.isClosed) return;
    const frames = toFrames(message);
    if (this.queue) this.queue.push(frames);
    else this.early.frames.push(...frames);
  }

  close(why = 'closed'): void {
    if (this.isClosed) return;
    this.isClosed = true;
    const wasOpen = this.isOpen;
    this.isOpen = false;
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    if (this.grace !== null) clearTimeout(this.grace);
    this.queue?.close();
    if (this.channel) this.channel.onopen = this.channel.onclose = this.channel.onmessage = null;
    this.pc.onicecandidate = this.pc.oniceconnectionstatechange = this.pc.ondatachannel = null;
    try {
      this.channel?.close();
      this.pc.close();
    } catch (error) {
      console.warn(`Forankra peers: closing the link to ${this.options.label} failed.`, error);
    }
    this.options.close(wasOpen, why);
  }

  private attach(channel: RTCDataChannel): void {
    if (this.channel) return channel.close();
    this.channel = channel;
    channel.binaryType = 'arraybuffer';
    // Made now, not on open: a message can arrive (and want a reply) before the answering
    // side's open event; the queue holds frames until the channel is open.
    this.queue = new SendQueue(channel);
    this.queue.push(this.early.frames.splice(0));
    channel.onopen = () => this.opened();
    // The answering side may be handed a channel that is open already.
    if (channel.readyState === 'open') queueMicrotask(() => this.opened());
    channel.onclose = () => this.close('the other side closed');
    channel.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (data instanceof ArrayBuffer) this.reassembler.push(new Uint8Array(data));
      else if (ArrayBuffer.isView(data))
        this.reassembler.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      else console.warn(`Forankra peers: ignored a text message from ${this.options.label}.`);
    };
  }

  private opened(): void {
    if (this.isClosed || this.isOpen) return;
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.isOpen = true;
    this.queue?.flush();
    this.options.open();
  }

  private onIceState(): void {
    const state = this.pc.iceConnectionState;
    if (state === 'failed' || state === 'closed') return this.close(`ICE ${state}`);
    if (state !== 'disconnected') {
      if (this.grace !== null) clearTimeout(this.grace);
      this.grace = null;
      return;
    }
    // 'disconnected' often heals by itself (a brief Wi-Fi hiccup); give it a moment.
    this.grace ??= setTimeout(
      () => this.close('ICE disconnected'),
      this.options.timing.disconnectGraceMs,
    );
  }

  private sendDescription(): void {
    const description = this.pc.localDescription;
    if (this.isClosed || !description) return;
    const type = description.type === 'offer' ? 'offer' : 'answer';
    this.options.signal({ type, sdp: description.sdp });
    this.described = true;
    for (const candidate of this.early.candidatesOut.splice(0)) this.options.signal(candidate);
  }

  private step(run: () => Promise<void>): void {
    this.steps = this.steps.then(async () => {
      if (this.isClosed) return;
      try {
        await run();
      } catch (error) {
        console.warn(`Forankra peers: negotiation with ${this.options.label} failed.`, error);
        this.close('negotiation failed');
      }
    });
  }
}
