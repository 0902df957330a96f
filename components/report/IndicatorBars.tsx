import { For, Show } from 'solid-js';
import { COUNTED_SHEET, type IndicatorOrigin } from '@/lib/domain/indicators';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import type { IndicatorFigure } from '@/lib/report/figures';
import { barPercent, formatFigure, formatPercent } from '@/lib/report/format';
import { useI18n } from '../app/services';
import { Bar } from './Bar';
import './report.css';

/** Where an indicator's actual comes from, in words: counted from which sheet, typed, or neither. */
export function indicatorSource(origin: IndicatorOrigin, t: Translate, locale: Locale): string {
  switch (origin.by) {
    case 'computed':
      return t(`indicatorSource_${origin.counted.kind}`, {
        count: origin.counted.count,
        sheet: origin.counted.sheet,
      });
    case 'manual':
      return origin.counted
        ? t('indicatorManualCounted', { count: origin.counted.count })
        : t('indicatorManual');
    case 'notComputed':
      return t('indicatorNotComputed', {
        sheet: SHEET_WORDS[locale].sheets[COUNTED_SHEET[origin.kind]],
      });
    case 'none':
      return t('indicatorNoActual');
  }
}

/**
 * Indicators against their targets as bars, each with its figure and where the figure comes
 * from; the bar is a picture, the figure text, the whole line also a tooltip.
 */
export function IndicatorBars(props: {
  indicators: readonly IndicatorFigure[];
  /** Label above bar, for a narrow column whatever the window's width. */
  stacked?: boolean;
}) {
  const { t, locale } = useI18n();
  const figure = (n: number) => formatFigure(n, locale());
  const percent = (n: number) => formatPercent(n, locale());
  // A target without an actual yet reads "– of 4"; an actual without a target says so.
  const value = (i: IndicatorFigure) =>
    i.target !== null
      ? t('reportIndicatorValue', {
          actual: i.actual === null ? '–' : figure(i.actual),
          target: figure(i.target),
        })
      : `${i.actual !== null ? `${figure(i.actual)} · ` : ''}${t('reportNoTarget')}`;
  return (
    <ul class="report-bars" classList={{ 'report-bars--stacked': props.stacked === true }}>
      <For each={props.indicators}>
        {(indicator) => (
          <li
            class="report-bars__row report-bars__row--indicator"
            title={`${indicator.name}: ${value(indicator)} — ${indicatorSource(indicator.origin, t, locale())}`}
          >
            <span class="report-bars__label">{indicator.name}</span>
            <Bar
              percent={barPercent(indicator.share)}
              tone={indicator.share !== null && indicator.share >= 1 ? 'good' : 'accent'}
            />
            <span class="report-bars__value">
              <Show
                when={indicator.target !== null && indicator.actual !== null}
                fallback={<span class="muted">{value(indicator)}</span>}
              >
                <strong>{value(indicator)}</strong>
                <Show when={indicator.unit}> {indicator.unit}</Show>
                <Show when={indicator.share !== null}>
                  <span class="muted"> ({percent((indicator.share ?? 0) * 100)})</span>
                </Show>
              </Show>
            </span>
            <span class="report-bars__source">
              {indicatorSource(indicator.origin, t, locale())}
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
