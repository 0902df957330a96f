import { createPlanView } from '@/lib/reactive/create-plan-view';
import { localIsoDate } from '@/lib/report/dates';
import type { PlanSession } from '@/lib/sync/plan-session';
import { createOpenedPlan, OpenedPlan } from '../app/opened-plan';
import { useI18n, useServices } from '../app/services';
import { LeadershipReport } from './LeadershipReport';

/** The leadership report of one plan as a page of its own, to read, print or save as PDF. */
export function ReportPage(props: { planId: string; onBack: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const opened = createOpenedPlan(() => props.planId);

  return (
    <main class="report-page">
      <div class="report-page__toolbar">
        <button type="button" class="button button--quiet" onClick={() => props.onBack()}>
          <span aria-hidden="true">←</span> {t('reportBack')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={!opened()}
          onClick={() => window.print()}
        >
          {t('reportPrint')}
        </button>
      </div>
      <OpenedPlan opened={opened}>
        {(session) => <ReportOf session={session} today={localIsoDate(services.now())} />}
      </OpenedPlan>
    </main>
  );
}

function ReportOf(props: { session: PlanSession; today: string }) {
  // One session per report page: a plan switch makes a new page.
  // eslint-disable-next-line solid/reactivity
  const view = createPlanView(props.session.model);
  return <LeadershipReport view={view} today={props.today} />;
}
