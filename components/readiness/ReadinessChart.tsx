import { For } from 'solid-js';
import type { ReadinessComparison } from '@/lib/domain/readiness';
import { formatMean } from '@/lib/domain/score-format';
import { formatIsoDate } from '@/lib/i18n/format';
import { useI18n } from '../app/services';

// Oldest round palest, the newest in the accent colour: the eye goes to where the group is now.
const ROUND_COLORS = ['#c5dde3', '#8dbcc8', '#4a93a6', '#0f5f73'];

/** The colour of round `index` of `count` rounds shown. */
function roundColor(index: number, count: number): string {
  return ROUND_COLORS[ROUND_COLORS.length - count + index] ?? ROUND_COLORS[0] ?? '#0f5f73';
}

/**
 * Readiness rounds as grouped bars: for each factor or question, one bar per round, oldest
 * first, the score written beside each bar. Bars are drawn in SVG and hidden from screen
 * readers, which read the round's date and the score as text.
 */
export function ReadinessChart(props: { comparison: ReadinessComparison }) {
  const { t, locale } = useI18n();
  const date = (iso: string) => formatIsoDate(iso, locale());
  const count = () => props.comparison.rounds.length;
  return (
    <div class="readiness-chart">
      <ul class="readiness-legend">
        <For each={props.comparison.rounds}>
          {(round, i) => (
            <li>
              <span
                class="readiness-legend__swatch"
                style={{ background: roundColor(i(), count()) }}
                aria-hidden="true"
              />
              {round.mean === null
                ? t('readinessRoundEmpty', { date: date(round.date) })
                : t('readinessRoundMean', {
                    date: date(round.date),
                    mean: formatMean(round.mean, locale()),
                    count: round.scored,
                  })}
            </li>
          )}
        </For>
      </ul>
      <ol class="readiness-items">
        <For each={props.comparison.items}>
          {(item) => (
            <li class="readiness-item">
              <span class="readiness-item__label">{item.item}</span>
              <For each={item.scores}>
                {(score, i) => (
                  <span class="readiness-bar">
                    <span class="visually-hidden">
                      {date(props.comparison.rounds[i()]?.date ?? '')}:
                    </span>
                    <svg
                      class="readiness-bar__svg"
                      viewBox="0 0 60 6"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                    >
                      <rect class="readiness-bar__track" x="0" y="0" width="60" height="6" />
                      <rect
                        x="0"
                        y="0"
                        width={(score ?? 0) * 10}
                        height="6"
                        fill={roundColor(i(), count())}
                      />
                    </svg>
                    <span
                      class="readiness-bar__score"
                      classList={{ 'readiness-bar__score--none': score === null }}
                    >
                      {score === null ? t('readinessNotScored') : formatMean(score, locale())}
                    </span>
                  </span>
                )}
              </For>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
