import { For, Show } from 'solid-js';
import type { PhaseFigure } from '@/lib/report/figures';
import { formatPercent } from '@/lib/report/format';
import { useI18n } from '../app/services';
import { Bar } from './Bar';

/** Progress per phase as bars, each with its per cent, done and late as text (and tooltip). */
export function PhaseBars(props: { phases: readonly PhaseFigure[]; stacked?: boolean }) {
  const { t, locale } = useI18n();
  const percent = (n: number) => formatPercent(n, locale());
  // Templates number their phases; "Phase 2" reads better on its own line than a bare "2".
  const phaseName = (phase: string) =>
    phase === ''
      ? t('reportNoPhase')
      : /^\d+$/.test(phase)
        ? `${t('reportPhase')} ${phase}`
        : phase;
  const detail = (phase: PhaseFigure) =>
    t('reportPhaseDetail', { done: phase.done, count: phase.activities });
  return (
    <ul class="report-bars" classList={{ 'report-bars--stacked': props.stacked === true }}>
      <For each={props.phases}>
        {(phase) => (
          <li
            class="report-bars__row"
            title={`${phaseName(phase.phase)}: ${percent(phase.progress)} · ${detail(phase)}${
              phase.late > 0 ? `, ${t('reportPhaseLate', { count: phase.late })}` : ''
            }`}
          >
            <span class="report-bars__label">{phaseName(phase.phase)}</span>
            <Bar percent={phase.progress} tone={phase.late > 0 ? 'warn' : 'accent'} />
            <span class="report-bars__value">
              <strong>{percent(phase.progress)}</strong>{' '}
              <span class="muted">
                {detail(phase)}
                <Show when={phase.late > 0}>
                  {', '}
                  <span class="report__late-text">
                    {t('reportPhaseLate', { count: phase.late })}
                  </span>
                </Show>
              </span>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
