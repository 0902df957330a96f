import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PlanConnection } from '../sync/plan-connection';
import type { MemberPresence, PeerStatus, PlanPeers } from '../sync/peers/plan-peers';

/** The connection of an open plan as Solid accessors: its status, the members, the peers. */
export interface ConnectionView {
  status: Accessor<PeerStatus>;
  members: Accessor<MemberPresence[]>;
  peers: Accessor<PlanPeers | null>;
  offline: Accessor<boolean>;
  /** Works offline (no relay, no links) or goes online again. */
  setOffline(offline: boolean): void;
}

const ALONE: PeerStatus = { kind: 'alone' };

/** Reads a plan connection into signals that change when it reports a change. */
export function createConnectionView(connection: PlanConnection): ConnectionView {
  const read = () => {
    const peers = connection.peers();
    return {
      peers,
      status: peers?.status() ?? ALONE,
      members: peers?.members() ?? [],
      offline: connection.offline(),
    };
  };
  const [state, setState] = createSignal(read());
  onCleanup(connection.onChange(() => setState(read())));
  return {
    status: () => state().status,
    members: () => state().members,
    peers: () => state().peers,
    offline: () => state().offline,
    setOffline: (offline) => connection.setOffline(offline),
  };
}
