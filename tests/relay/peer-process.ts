// One plan member in a process of its own, as a browser would be: a Y.Doc joined to its room with
// y-webrtc over real WebRTC (@roamhq/wrtc). The test drives it over IPC (see peers.ts). A process
// rather than a second module instance: y-webrtc allows one provider per room in a JS context,
// and two contexts in one process would find each other over Node's BroadcastChannel instead of
// through the relay.

import { createRequire } from 'node:module';
import { WebSocket } from 'ws';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { PeerCommand, PeerReply } from './peer-protocol';

type Wrtc = typeof import('@roamhq/wrtc');
const wrtc = createRequire(import.meta.url)('@roamhq/wrtc') as Wrtc;

// y-webrtc's signalling client (lib0/websocket) uses the global WebSocket, which Node 20 lacks.
globalThis.WebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

const doc = new Y.Doc();
const notes = doc.getText('notes');
let provider: WebrtcProvider | undefined;

function state(id: number): PeerReply {
  return {
    id,
    text: notes.toString(),
    webrtcPeers: provider?.room?.webrtcConns.size ?? 0,
    signalling: provider?.signalingConns.filter((conn) => isConnected(conn)).length ?? 0,
  };
}

function isConnected(conn: unknown): boolean {
  return (
    typeof conn === 'object' && conn !== null && 'connected' in conn && conn.connected === true
  );
}

function handle(command: PeerCommand): void {
  switch (command.type) {
    case 'join':
      provider = new WebrtcProvider(command.room, doc, {
        signaling: [command.signalling],
        password: command.password,
        peerOpts: { wrtc, config: { iceServers: [] } },
      });
      break;
    case 'insert':
      notes.insert(notes.length, command.text);
      break;
    case 'leave':
      provider?.disconnect();
      break;
    case 'rejoin':
      provider?.connect();
      break;
    case 'read':
      break;
    case 'quit':
      provider?.destroy();
      doc.destroy();
      process.send?.(state(command.id), () => process.exit(0));
      return;
  }
  process.send?.(state(command.id));
}

process.on('message', (command: PeerCommand) => handle(command));
process.on('disconnect', () => process.exit(0));
process.send?.({ id: 0, text: '', webrtcPeers: 0, signalling: 0 } satisfies PeerReply);
