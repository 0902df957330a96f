// Messages between a relay test and a peer process (peer-process.ts).

export type PeerCommand = { id: number } & (
  | { type: 'join'; signalling: string; room: string; password: string }
  | { type: 'insert'; text: string }
  | { type: 'leave' }
  | { type: 'rejoin' }
  | { type: 'read' }
  | { type: 'quit' }
);

/** The peer's state after a command: its text, WebRTC links, and open signalling sockets. */
export interface PeerReply {
  id: number;
  text: string;
  webrtcPeers: number;
  signalling: number;
}
