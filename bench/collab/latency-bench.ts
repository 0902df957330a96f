import { newRoom, newSecret } from '../../lib/sync/invite-code';
import type { ExtensionBrowser, Page } from '../../tests/e2e/browser';
import { clockSkew } from './clock-skew';
import { measureBlock, type EditPair } from './edit-latency';
import { log } from './log';
import { openWithProbe, planUrl, waitForRows } from './open-pages';
import type { CollabPages } from './pages';
import { barePair, forankraPair } from './pairs';
import { seedProfile } from './seed';
import { sharedPlan } from './shared-plan';

// Part 1: the same edits through the extension and through two bare y-webrtc pages, in the same
// two profiles and the same run, in alternating blocks so that the machine's changing load (two
// cores shared with other work) falls on both alike.

const PLAN_ROWS = 20;
const BLOCKS = 4;
const EDITS_PER_BLOCK = 25;
const WARM_UP_EDITS = 5;
const CONNECT_TIMEOUT_MS = 60_000;

export interface SideFigures {
  name: string;
  latencies: number[];
  lost: number;
  /** Receiver's clock minus sender's (ms), ± uncertainty: the method's own error bar. */
  skew: { skew: number; uncertainty: number };
}

async function waitForBareLink(tab: Page): Promise<void> {
  await tab.waitForFunction(
    () => (globalThis as { bareConnections?: () => number }).bareConnections?.() === 1,
    undefined,
    { timeout: CONNECT_TIMEOUT_MS, polling: 100 },
  );
}

export async function latencyBench(
  a: ExtensionBrowser,
  b: ExtensionBrowser,
  relay: string,
  pages: CollabPages,
): Promise<SideFigures[]> {
  const { plan, fixture } = sharedPlan(PLAN_ROWS, relay);
  await seedProfile(a, plan, { name: 'Kari', colour: 'blue' }, fixture.update);
  await seedProfile(b, plan, { name: 'Lars', colour: 'green' }, null);

  log('latency: opening the shared plan in both profiles…');
  const aPlan = await openWithProbe(a, pages.probe, planUrl(plan.planId));
  await waitForRows(aPlan, PLAN_ROWS, CONNECT_TIMEOUT_MS);
  const bPlan = await openWithProbe(b, pages.probe, planUrl(plan.planId));
  await waitForRows(bPlan, PLAN_ROWS, CONNECT_TIMEOUT_MS);

  log('latency: opening the bare y-webrtc pages…');
  // A room and password of their own, made as the product makes them.
  const url = pages.bareUrl(newRoom(), newSecret(), relay);
  const aBare = await openWithProbe(a, pages.probe, url);
  const bBare = await openWithProbe(b, pages.probe, url);
  await Promise.all([waitForBareLink(aBare), waitForBareLink(bBare)]);

  const pairs: EditPair[] = [forankraPair(aPlan, bPlan), barePair(aBare, bBare)];
  const figures: SideFigures[] = [];
  for (const pair of pairs) {
    await measureBlock(pair, WARM_UP_EDITS);
    figures.push({
      name: pair.name,
      latencies: [],
      lost: 0,
      skew: await clockSkew(pair.sender, pair.receiver),
    });
  }
  for (let block = 0; block < BLOCKS; block++) {
    for (const [i, pair] of pairs.entries()) {
      const result = await measureBlock(pair, EDITS_PER_BLOCK);
      const side = figures[i];
      if (!side) continue;
      side.latencies.push(...result.latencies);
      side.lost += result.lost;
      log(`latency: ${pair.name}, block ${String(block + 1)}/${String(BLOCKS)} done`);
    }
  }
  for (const tab of [aPlan, bPlan, aBare, bBare]) await tab.close();
  return figures;
}
