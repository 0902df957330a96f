import { Show } from 'solid-js';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import { localIsoDate } from '@/lib/report/dates';
import type { PlanSession } from '@/lib/sync/plan-session';
import { createOpenedPlan, OpenedPlan } from '../app/opened-plan';
import { OpenInTabButton } from '../common/OpenInTabButton';
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
          {(open) => <OpenInTabButton onClick={() => open()(props.planId, 'dashboard')} />}
        </Show>
      </div>
      <OpenedPlan opened={opened}>
        {(session) => <DashboardOf session={session} today={localIsoDate(services.now())} />}
      </OpenedPlan>
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
