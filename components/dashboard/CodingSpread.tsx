import { For, Show } from 'solid-js';
import type { CodingOverview, ScoreSpread } from '@/lib/domain/coding-overview';
import { formatMitiValue, formatThresholds } from '@/lib/domain/score-format';
import type { MitiLevel } from '@/lib/domain/miti';
import { useI18n } from '../app/services';
import { Bar } from '../report/Bar';

// Below fair first, on the left: the eye reads from where the work is.
const LEVELS: readonly MitiLevel[] = ['belowFair', 'fair', 'good'];

/**
 * The codings at a glance: how many are coded of those planned, and for each marked MITI
 * score a bar split into below fair, fair and good, with the mean and the counts as text.
 */
export function CodingSpread(props: { overview: CodingOverview }) {
  const { t, locale } = useI18n();
  const counts = (s: ScoreSpread) =>
    t('dashboardCodingLevels', {
      good: s.levels.good,
      fair: s.levels.fair,
      below: s.levels.belowFair,
    });
  const mean = (s: ScoreSpread) =>
    s.mean === null ? '–' : formatMitiValue(s.key, s.mean, locale());
  const thresholds = (s: ScoreSpread) => {
    const th = formatThresholds(s.key, locale());
    return th ? t('mitiThresholds', th) : '';
  };
  return (
    <div class="coding-spread">
      <div
        class="coding-spread__coded"
        title={t('dashboardCoded', { coded: props.overview.coded, count: props.overview.planned })}
      >
        <Bar
          percent={
            props.overview.planned === 0 ? 0 : (props.overview.coded / props.overview.planned) * 100
          }
        />
        <span>
          {t('dashboardCoded', { coded: props.overview.coded, count: props.overview.planned })}
        </span>
      </div>
      <Show
        when={props.overview.coded > 0}
        fallback={<p class="muted">{t('dashboardNoCodings')}</p>}
      >
        <ul class="coding-spread__scores">
          <For each={props.overview.spreads}>
            {(spread) => (
              <li
                class="coding-spread__score"
                title={`${t(`miti_${spread.key}`)}: ${t('dashboardCodingMean', { mean: mean(spread) })} · ${counts(spread)} (${thresholds(spread)})`}
              >
                <span class="coding-spread__name">{t(`miti_${spread.key}`)}</span>
                <svg
                  class="coding-spread__bar"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                >
                  <rect class="coding-spread__track" x="0" y="0" width="100" height="10" />
                  <For each={LEVELS}>
                    {(level, i) => {
                      const before = () =>
                        LEVELS.slice(0, i()).reduce((sum, l) => sum + spread.levels[l], 0);
                      const width = (n: number) =>
                        spread.scored === 0 ? 0 : (n / spread.scored) * 100;
                      return (
                        <rect
                          class={`coding-spread__part coding-spread__part--${level}`}
                          x={width(before())}
                          y="0"
                          width={width(spread.levels[level])}
                          height="10"
                        />
                      );
                    }}
                  </For>
                </svg>
                <span class="coding-spread__text">
                  <strong>{t('dashboardCodingMean', { mean: mean(spread) })}</strong>{' '}
                  <span class="muted">{counts(spread)}</span>
                </span>
              </li>
            )}
          </For>
        </ul>
        <ul class="coding-spread__legend" aria-hidden="true">
          <For each={LEVELS}>
            {(level) => (
              <li>
                <span class={`coding-spread__swatch coding-spread__part--${level}`} />
                {t(`mitiLevel_${level}`)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
