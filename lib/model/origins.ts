/**
 * Transaction origins. Every write names one, so that undo can track local edits only and
 * observers can tell an import or a migration from a keystroke.
 */
export const ORIGIN = {
  local: 'forankra:local',
  import: 'forankra:import',
  template: 'forankra:template',
  migration: 'forankra:migration',
  sync: 'forankra:sync-file',
} as const;

export type Origin = (typeof ORIGIN)[keyof typeof ORIGIN];

/** An origin object for changes that came from another copy over the network, one per provider. */
export interface SyncOrigin {
  readonly kind: 'sync';
  /** Who applied the change, for logs: e.g. `peers:<room>`. */
  readonly via: string;
}

/** Makes a fresh origin object: providers compare by identity to skip their own updates. */
export function syncOrigin(via: string): SyncOrigin {
  return Object.freeze({ kind: 'sync', via });
}

/** True for a change that arrived from another copy: a sync file or a peer. */
export function isSyncOrigin(origin: unknown): boolean {
  return (
    origin === ORIGIN.sync ||
    (typeof origin === 'object' && origin !== null && 'kind' in origin && origin.kind === 'sync')
  );
}
