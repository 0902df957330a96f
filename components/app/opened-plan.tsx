import {
  createEffect,
  createResource,
  Match,
  onCleanup,
  Switch,
  type JSX,
  type Resource,
} from 'solid-js';
import type { PlanSession } from '@/lib/sync/plan-session';
import { useI18n, useServices } from './services';

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

/** A plan being opened: "loading", "not in this browser", or the page made from its session. */
export function OpenedPlan(props: {
  opened: Resource<PlanSession | null>;
  children: (session: PlanSession) => JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <Switch>
      <Match when={props.opened.loading}>
        <p class="muted" role="status">
          {t('loadingPlan')}
        </p>
      </Match>
      <Match
        when={
          props.opened.error !== undefined || (props.opened.state === 'ready' && !props.opened())
        }
      >
        <p class="banner" role="alert">
          {t('planNotFound')}
        </p>
      </Match>
      <Match when={props.opened()}>{(session) => props.children(session())}</Match>
    </Switch>
  );
}
