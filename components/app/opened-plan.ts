import { createEffect, createResource, onCleanup } from 'solid-js';
import type { PlanSession } from '@/lib/sync/plan-session';
import { useServices } from './services';

/**
 * Opens a plan for a page of its own (the report, the dashboard): null when this browser has
 * no such plan; the session closes when the page goes.
 */
export function createOpenedPlan(planId: () => string) {
  const services = useServices();
  const [opened] = createResource(planId, async (id): Promise<PlanSession | null> => {
    const entry = await services.directory.get(id);
    return entry ? services.directory.open(id) : null;
  });
  createEffect(() => {
    const session = opened.state === 'ready' ? opened() : null;
    if (session) onCleanup(() => void session.close());
  });
  return opened;
}
