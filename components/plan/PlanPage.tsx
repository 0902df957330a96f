import {
  createEffect,
  createResource,
  createSignal,
  Match,
  onCleanup,
  Switch,
  untrack,
} from 'solid-js';
import type { ItemRef } from '@/lib/browser/route';
import type { PlanSession } from '@/lib/sync/plan-session';
import { useI18n, useServices } from '../app/services';
import { PlanWorkspace } from './PlanWorkspace';

type Opened = { kind: 'missing' } | { kind: 'open'; session: PlanSession };

/** Opens one plan from this browser's storage and shows it (at `item`, if given); closes it when left. */
export function PlanPage(props: {
  planId: string;
  item?: ItemRef;
  actor: string;
  onBack: () => void;
  onOpenPlan: (planId: string) => void;
}) {
  const services = useServices();
  const { t } = useI18n();
  const actorName = () => props.actor || t('anonymous');
  // A reminder's item may lie beyond the first screen: opened at one, the plan waits to load.
  const firstScreen = untrack(() => props.item === undefined);
  const [opened] = createResource(
    () => props.planId,
    async (planId): Promise<Opened> => {
      const entry = await services.directory.get(planId);
      if (!entry) return { kind: 'missing' };
      return { kind: 'open', session: await services.directory.open(planId, { firstScreen }) };
    },
  );
  // A plan shown from its first-screen copy may still fail to load: the failure replaces it.
  const [loadFailed, setLoadFailed] = createSignal<unknown>(undefined);
  const session = () => {
    const current = opened.state === 'ready' ? opened() : undefined;
    return current?.kind === 'open' ? current.session : undefined;
  };
  // Apart from the session's lifetime: a new name (set in another page) must not close it.
  createEffect(() => session()?.model.setActor(actorName()));
  createEffect(() => {
    const current = session();
    if (!current) return;
    setLoadFailed(undefined);
    let shown = true;
    current.loaded.catch((error: unknown) => {
      if (shown) setLoadFailed(() => error ?? 'unknown error');
    });
    onCleanup(() => {
      shown = false;
      void current.close();
    });
  });
  const failure = (): unknown => {
    const error: unknown = opened.error;
    return error !== undefined ? error : loadFailed();
  };

  return (
    <Switch>
      <Match when={failure() !== undefined}>
        <main class="page">
          <p class="banner banner--error" role="alert">
            {t('openFailed', { reason: describeError(failure()) })}
          </p>
          <button type="button" class="button" onClick={() => props.onBack()}>
            ← {t('allPlans')}
          </button>
        </main>
      </Match>
      <Match when={opened.loading}>
        <p class="muted page" role="status">
          {t('loadingPlan')}
        </p>
      </Match>
      <Match when={opened()?.kind === 'missing'}>
        <main class="page">
          <p class="banner" role="alert">
            {t('planNotFound')}
          </p>
          <button type="button" class="button" onClick={() => props.onBack()}>
            ← {t('allPlans')}
          </button>
        </main>
      </Match>
      <Match when={sessionOf(opened())}>
        {(session) => (
          <PlanWorkspace
            planId={props.planId}
            item={props.item}
            session={session()}
            onBack={() => props.onBack()}
            onOpenPlan={(id) => props.onOpenPlan(id)}
          />
        )}
      </Match>
    </Switch>
  );
}

function sessionOf(opened: Opened | undefined): PlanSession | false {
  return opened?.kind === 'open' ? opened.session : false;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
