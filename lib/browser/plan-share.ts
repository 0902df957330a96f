import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { resolvePlanShare, type PlanShare } from '../sync/share-record';
import type { AppServices } from './app-services';
import { relayAllowed } from './managed-policy';

type ShareSources = Pick<
  AppServices,
  'shares' | 'loadSettings' | 'watchSettings' | 'loadManagedPolicy'
>;

/**
 * Calls back with a plan's connection details (room, secret, relays, STUN/TURN, name, colour)
 * now and whenever its share record or the settings change; null while the plan is not shared.
 * Returns an unsubscribe. For code outside Solid; createPlanShare is the reactive form.
 */
export function watchPlanShare(
  services: ShareSources,
  planId: string,
  callback: (share: PlanShare | null) => void,
): () => void {
  let stopped = false;
  let last = '';
  let latest = 0;
  // Reads both sources afresh on every change, so that the two never mix stale halves; a read
  // overtaken by a later one is dropped.
  const refresh = async () => {
    const seq = ++latest;
    const [record, settings, policy] = await Promise.all([
      services.shares.get(planId),
      services.loadSettings(),
      services.loadManagedPolicy?.() ?? {},
    ]);
    const share = resolvePlanShare(planId, record, settings);
    // A plan joined before the organisation restricted relays may name others: not used.
    if (share) share.relays = share.relays.filter((relay) => relayAllowed(policy, relay));
    // Storage watchers fire for every write: only a real change reaches the connection.
    const key = JSON.stringify(share);
    if (stopped || seq !== latest || key === last) return;
    last = key;
    callback(share);
  };
  const run = () => void refresh().catch((error: unknown) => console.error(error));
  const unwatchShares = services.shares.watch(run);
  const unwatchSettings = services.watchSettings(run);
  run();
  return () => {
    stopped = true;
    unwatchShares();
    unwatchSettings();
  };
}

/** A plan's connection details as a Solid accessor: undefined until read, null while not shared. */
export function createPlanShare(
  services: ShareSources,
  planId: string,
): Accessor<PlanShare | null | undefined> {
  const [share, setShare] = createSignal<PlanShare | null | undefined>(undefined, {
    equals: false,
  });
  onCleanup(watchPlanShare(services, planId, setShare));
  return share;
}
