import type { ExtensionBrowser } from '../../tests/e2e/browser';
import { closeProfile, launchProfile } from './browsers';
import { log } from './log';
import { openWithProbe, planUrl, waitForRows } from './open-pages';
import type { CollabPages } from './pages';
import { seedProfile, type SharedPlan } from './seed';
import { sharedPlan } from './shared-plan';

// Part 2: a new member receiving a whole plan. Profile A holds the plan (its database written as
// y-indexeddb keeps it, built with the real model) and has it open; each run launches a fresh
// profile B that has only the share record (as after "Join"), opens the plan, and is timed from
// its navigation start (performance.timeOrigin, B's own clock) to the moment a MutationObserver
// sees the grid's aria-rowcount reach the full plan. So the figure includes loading the planner
// page, deriving the room key, meeting A through the relay, WebRTC setup and the transfer.

export const JOIN_SIZES = [
  { rows: 1_000, runs: 5 },
  { rows: 10_000, runs: 3 },
] as const;

const OPEN_TIMEOUT_MS = 120_000;
const FULL_TIMEOUT_MS = 180_000;

export interface JoinRun {
  /** Navigation start → the grid in the DOM, and the rows it showed then. */
  firstGrid: { at: number; rows: number } | null;
  /** Navigation start → the grid shows every row; null if it never did within the timeout. */
  full: number | null;
}

export interface JoinFigures {
  rows: number;
  runs: JoinRun[];
}

async function oneJoin(probe: string, plan: SharedPlan, rows: number): Promise<JoinRun> {
  const b = await launchProfile();
  try {
    await seedProfile(b, plan, { name: 'Lars', colour: 'green' }, null);
    const tab = await openWithProbe(b, probe, planUrl(plan.planId));
    const reached = await tab.evaluate(
      ([count, timeout]) => globalThis.collabProbe?.rowCountReached(count, timeout) ?? null,
      [rows + 1, FULL_TIMEOUT_MS] as const,
    );
    const { origin, grid } = await tab.evaluate(() => ({
      origin: performance.timeOrigin,
      grid: globalThis.collabProbe?.firstGrid() ?? null,
    }));
    return {
      firstGrid: grid === null ? null : { at: grid.at - origin, rows: grid.rowCount },
      full: reached === null ? null : reached - origin,
    };
  } finally {
    await closeProfile(b);
  }
}

export async function joinBench(
  a: ExtensionBrowser,
  relay: string,
  pages: CollabPages,
): Promise<JoinFigures[]> {
  const figures: JoinFigures[] = [];
  for (const { rows, runs } of JOIN_SIZES) {
    log(`join: building and opening the ${String(rows)}-row plan in profile A…`);
    const { plan, fixture } = sharedPlan(rows, relay);
    await seedProfile(a, plan, { name: 'Kari', colour: 'blue' }, fixture.update);
    const owner = await openWithProbe(a, pages.probe, planUrl(plan.planId));
    await waitForRows(owner, rows, OPEN_TIMEOUT_MS);
    const result: JoinFigures = { rows, runs: [] };
    for (let run = 0; run < runs; run++) {
      const figure = await oneJoin(pages.probe, plan, rows);
      result.runs.push(figure);
      log(
        `join: ${String(rows)} rows, run ${String(run + 1)}: full plan at ${figure.full?.toFixed(0) ?? 'never'} ms`,
      );
    }
    figures.push(result);
    await owner.close();
  }
  return figures;
}
