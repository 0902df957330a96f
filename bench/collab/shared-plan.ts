import { newRoom, newSecret } from '../../lib/sync/invite-code';
import { buildGridFixture, type GridFixture } from '../grid/fixture';
import type { SharedPlan } from './seed';

/** A plan of `rows` rows built with the real model (the grid bench's), shared in a fresh room. */
export function sharedPlan(
  rows: number,
  relay: string,
): { plan: SharedPlan; fixture: GridFixture } {
  const fixture = buildGridFixture(rows);
  return {
    fixture,
    plan: {
      planId: fixture.planId,
      title: fixture.title,
      room: newRoom(),
      secret: newSecret(),
      relay,
    },
  };
}
