// One plan member in a process of its own, running our peer layer (lib/sync/peers) over real
// WebRTC from @roamhq/wrtc, driven over IPC by a test or the bench (see peers.ts). A process per
// member keeps each one's WebRTC stack and event loop apart, as in two browsers.

import { createRequire } from 'node:module';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { MAX_FRAME_BYTES } from '../../lib/sync/peers/frames';
import type { PeerConnectionClass } from '../../lib/sync/peers/peer-link';
import { joinPlanPeers, type PlanPeers } from '../../lib/sync/peers/plan-peers';
import { buildRows } from './large-plan';
import type { PlanPeerCommand, PlanPeerReply } from './plan-peer-protocol';

type Wrtc = typeof import('@roamhq/wrtc');
const wrtc = createRequire(import.meta.url)('@roamhq/wrtc') as Wrtc;

// The peer layer uses the global WebSocket, as in a browser; Node 20 has none.
globalThis.WebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];

/** An RTCPeerConnection whose data channels lose the first full-size frame sent on them. */
function lossyPeerConnection(): PeerConnectionClass {
  const lose = (channel: RTCDataChannel) => {
    const send: (data: ArrayBufferView<ArrayBuffer>) => void = channel.send.bind(channel);
    let lost = false;
    Object.defineProperty(channel, 'send', {
      value: (data: ArrayBufferView<ArrayBuffer>) => {
        if (!lost && data.byteLength >= MAX_FRAME_BYTES) {
          lost = true;
          return;
        }
        send(data);
      },
    });
  };
  return class extends wrtc.RTCPeerConnection {
    override createDataChannel(label: string, init?: RTCDataChannelInit): RTCDataChannel {
      const channel = super.createDataChannel(label, init);
      lose(channel);
      return channel;
    }
    constructor(configuration: RTCConfiguration) {
      super(configuration);
      // The answering side's channel; its send is looked up when frames go out, so wrapping
      // it here, whenever this runs against the link's own handler, is in time.
      this.addEventListener('datachannel', (event) => lose(event.channel));
    }
  };
}

let doc = new Y.Doc();
let peers: PlanPeers | undefined;
let rowsChangedAt = 0;

function state(id: number): PlanPeerReply {
  const rows = doc.getMap<Y.Map<string>>('rows');
  let chars = 0;
  for (const row of rows.values()) for (const value of row.values()) chars += value.length;
  return {
    id,
    text: doc.getText('notes').toString(),
    rows: rows.size,
    chars,
    status: peers?.status() ?? { kind: 'alone' },
    members: peers?.members() ?? [],
    rowsChangedAt,
  };
}

function leave(): void {
  peers?.destroy();
  peers = undefined;
  doc.destroy();
  doc = new Y.Doc();
}

function handle(command: PlanPeerCommand): void {
  switch (command.type) {
    case 'join': {
      leave();
      if (command.rows) buildRows(doc, command.rows);
      const rows = doc.getMap('rows');
      rows.observe(() => (rowsChangedAt = performance.timeOrigin + performance.now()));
      peers = joinPlanPeers(doc, {
        room: command.room,
        secret: command.secret,
        relays: command.relays,
        iceServers: [],
        member: { name: command.name, colour: COLOURS[command.name.length % 4] ?? '#000000' },
        peerConnection: command.loseOneFrame ? lossyPeerConnection() : wrtc.RTCPeerConnection,
        timing: command.timing,
      });
      break;
    }
    case 'leave':
      leave();
      break;
    case 'insert': {
      const notes = doc.getText('notes');
      notes.insert(notes.length, command.text);
      break;
    }
    case 'setCell':
      peers?.setCell(
        command.rowId === null ? null : { sheetId: 's1', rowId: command.rowId, columnId: 'c1' },
      );
      break;
    case 'offline':
      peers?.disconnect();
      break;
    case 'online':
      peers?.connect();
      break;
    case 'reconnect':
      peers?.reconnect();
      break;
    case 'read':
      break;
    case 'quit':
      leave();
      process.send?.(state(command.id), () => process.exit(0));
      return;
  }
  process.send?.(state(command.id));
}

process.on('message', (command: PlanPeerCommand) => handle(command));
process.on('disconnect', () => process.exit(0));
process.send?.({ ...state(0) } satisfies PlanPeerReply);
