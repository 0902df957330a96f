import { EXTENSION_ID, type ExtensionBrowser } from '../../tests/e2e/browser';
import { writeYjsDatabase } from '../y-indexeddb-page';

// Puts a shared plan into a profile the way the product keeps it, without clicking through
// Share and Join: the plan's y-indexeddb database (only for the member who has the plan), its
// plan-list entry, its share record (room, secret, relay) and settings naming the relay.
// chrome.storage.local keys are those of lib/browser/storage-items.ts (`local:shares` → `shares`).

export interface SharedPlan {
  planId: string;
  title: string;
  room: string;
  secret: string;
  relay: string;
}

export interface Member {
  name: string;
  colour: string;
}

interface ChromeLocal {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

/** Writes the plan (if `update` is given), its list entry, share record and settings. */
export async function seedProfile(
  browser: ExtensionBrowser,
  plan: SharedPlan,
  member: Member,
  update: Uint8Array | null,
): Promise<void> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(`chrome-extension://${EXTENSION_ID}/planner.html#/`);
    if (update) {
      await tab.evaluate(writeYjsDatabase, {
        name: `forankra-plan-${plan.planId}`,
        base64: Buffer.from(update).toString('base64'),
      });
    }
    const now = Date.now();
    await tab.evaluate(
      async (items) => {
        const chrome = (globalThis as unknown as { chrome: ChromeLocal }).chrome;
        await chrome.storage.local.set(items);
      },
      {
        plans: {
          [plan.planId]: {
            id: plan.planId,
            title: plan.title,
            organisation: '',
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          },
        },
        shares: {
          [plan.planId]: { room: plan.room, secret: plan.secret, relays: [plan.relay], since: now },
        },
        settings: {
          displayName: member.name,
          language: 'en',
          colour: member.colour,
          relays: [plan.relay],
          iceServers: [],
        },
        // WXT keeps an item's schema version under `<key>$`; settings are at version 2.
        settings$: { v: 2 },
      },
    );
  } finally {
    await tab.close();
  }
}
