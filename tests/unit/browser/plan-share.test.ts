import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/browser/storage-items';
import { watchPlanShare } from '@/lib/browser/plan-share';
import {
  memoryShareStore,
  newShareRecord,
  ShareBook,
  type PlanShare,
} from '@/lib/sync/share-record';

const PLAN = 'k3v9q0x7m2p1z8w4';
const NOW = Date.UTC(2027, 2, 17, 9, 0);

function sources() {
  let settings: Settings = { ...defaultSettings(() => 0), displayName: 'Kari' };
  const watchers = new Set<(s: Settings) => void>();
  return {
    shares: new ShareBook(memoryShareStore()),
    loadSettings: () => Promise.resolve(settings),
    watchSettings: (callback: (s: Settings) => void) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
    save(next: Settings) {
      settings = next;
      for (const watcher of watchers) watcher(next);
    },
    get settings() {
      return settings;
    },
  };
}

describe('watching a plan’s share', () => {
  it('reports null, then the share, and again on each real change only', async () => {
    const s = sources();
    const seen: (PlanShare | null)[] = [];
    const stop = watchPlanShare(s, PLAN, (share) => seen.push(share));
    await vi.waitFor(() => expect(seen).toEqual([null]));

    const record = newShareRecord(['wss://relay.example'], NOW);
    await s.shares.set(PLAN, record);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ room: record.room, displayName: 'Kari', colour: 'blue' });

    // Writing the same record again changes nothing the connection needs.
    await s.shares.set(PLAN, { ...record });
    s.save({ ...s.settings, colour: 'red' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toMatchObject({ colour: 'red', colourHex: '#b91c1c' });

    stop();
    await s.shares.remove(PLAN);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(3);
  });
});
