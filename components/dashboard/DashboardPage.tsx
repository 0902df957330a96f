import { Match, Show, Switch } from 'solid-js';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import { localIsoDate } from '@/lib/report/dates';
import type { PlanSession } from '@/lib/sync/plan-session';
import { createOpenedPlan } from '../app/opened-plan';
import { useI18n, useServices } from '../app/services';
import { Dashboard } from './Dashboard';

/** A plan's dashboard as a page of its own, in the side panel or a full tab. */
export function DashboardPage(props: { planId: string; onBack: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const opened = createOpenedPlan(() => props.planId);
  return (
    <main class="dashboard-page">
      <div class="dashboard-page__toolbar">
        <button type="button" class="button button--quiet" onClick={() => props.onBack()}>
          <span aria-hidden="true">←</span> {t('reportBack')}
        </button>
        <Show when={services.openInTab}>
          {(open) => (
            <button
              type="button"
              class="button button--icon"
              aria-label={t('openInTab')}
              title={t('openInTab')}
              onClick={() => open()(props.planId, 'dashboard')}
            >
              <span aria-hidden="true">⤢</span>
            </button>
          )}
        </Show>
      </div>
      <Switch>
        <Match when={opened.loading}>
          <p class="muted" role="status">
            {t('loadingPlan')}
          </p>
        </Match>
        <Match when={opened.error !== undefined || (opened.state === 'ready' && !opened())}>
          <p class="banner" role="alert">
            {t('planNotFound')}
          </p>
        </Match>
        <Match when={opened()}>
          {(session) => <DashboardOf session={session()} today={localIsoDate(services.now())} />}
        </Match>
      </Switch>
    </main>
  );
}

function DashboardOf(props: { session: PlanSession; today: string }) {
  const { t } = useI18n();
  // One session per page: another plan makes a new page.
  // eslint-disable-next-line solid/reactivity
  const view = createPlanView(props.session.model);
  return (
    <>
      <header class="dashboard-page__head">
        <p class="report__kind">{t('dashboardTitle')}</p>
        <h1 class="dashboard-page__title">{view.meta().title}</h1>
      </header>
      <Dashboard view={view} today={props.today} />
    </>
  );
}
