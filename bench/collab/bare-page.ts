import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

// The bare comparison: a Y.Doc shared with plain y-webrtc (the library our peer layer builds on)
// and one Y.Text bound to an <input> (where the member types) and a <div> (where the other
// member's edits show). No model, no grid, no storage: what the network path alone costs.
// Address: bare.html#room=…&password=…&signaling=ws://…

const params = new URLSearchParams(location.hash.slice(1));
const room = params.get('room') ?? '';
const password = params.get('password') ?? '';
const signaling = params.get('signaling') ?? '';

const doc = new Y.Doc();
const text = doc.getText('cell');
const provider = new WebrtcProvider(room, doc, {
  signaling: [signaling],
  password,
  // As the extension on a network without STUN/TURN: host candidates only, nothing contacted.
  peerOpts: { config: { iceServers: [] } },
});

const input = document.createElement('input');
input.id = 'cell-input';
input.setAttribute('aria-label', 'Cell');
const view = document.createElement('div');
view.id = 'cell-view';
document.body.append(input, view);

// Typing changes only the part between the common prefix and suffix, as an editor binding does.
input.addEventListener('input', () => {
  const before = text.toString();
  const after = input.value;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  doc.transact(() => {
    text.delete(start, before.length - start - end);
    text.insert(start, after.slice(start, after.length - end));
  });
});

text.observe(() => {
  const value = text.toString();
  view.textContent = value;
  if (input.value !== value) input.value = value;
});

// For the bench: how many peers this page is connected to over WebRTC.
Object.assign(globalThis, {
  bareConnections: () =>
    [...(provider.room?.webrtcConns.values() ?? [])].filter((c) => c.connected).length,
});
