import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PlanConnection } from '../sync/plan-connection';
import type { CellRef, MemberPresence, PeerStatus, TextCursor } from '../sync/peers/plan-peers';

/** The connection of an open plan as Solid accessors, with what a member can ask of it. */
export interface ConnectionView {
  status: Accessor<PeerStatus>;
  members: Accessor<MemberPresence[]>;
  shared: Accessor<boolean>;
  offline: Accessor<boolean>;
  /** Works offline (no relay, no links) or goes online again. */
  setOffline(offline: boolean): void;
  reconnect(): void;
  setCell(cell: CellRef | null): void;
  setTextCursor(cursor: TextCursor | null): void;
}

/** Reads a plan connection into signals that change when it reports a change. */
export function createConnectionView(connection: PlanConnection): ConnectionView {
  const read = () => ({
    status: connection.status(),
    members: connection.members(),
    shared: connection.shared(),
    offline: connection.offline(),
  });
  const [state, setState] = createSignal(read());
  onCleanup(connection.onChange(() => setState(read())));
  return {
    status: () => state().status,
    members: () => state().members,
    shared: () => state().shared,
    offline: () => state().offline,
    setOffline: (offline) => connection.setOffline(offline),
    reconnect: () => connection.reconnect(),
    setCell: (cell) => connection.setCell(cell),
    setTextCursor: (cursor) => connection.setTextCursor(cursor),
  };
}
