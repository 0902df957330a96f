import { createMemo, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { localIsoDate } from '@/lib/report/dates';
import { indicatorFigures } from '@/lib/report/figures';
import { useI18n, useServices } from '../app/services';
import { IndicatorBars } from '../report/IndicatorBars';

/** Beside the Indicators sheet: each indicator against its target, and where its actual comes from. */
export function IndicatorsPanel(props: { view: PlanView }) {
  const { t } = useI18n();
  const services = useServices();
  const indicators = createMemo(() => indicatorFigures(props.view, localIsoDate(services.now())));
  return (
    <div class="indicators-panel">
      <h2 class="sheet-side__title">{t('reportIndicators')}</h2>
      <p class="sheet-side__note">{t('indicatorsHelp')}</p>
      <Show
        when={indicators().length > 0}
        fallback={<p class="muted">{t('reportNoIndicators')}</p>}
      >
        <IndicatorBars indicators={indicators()} stacked />
      </Show>
    </div>
  );
}
