import { createMemo, For, Show } from 'solid-js';
import { formatIsoDate } from '@/lib/i18n/format';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { leadershipFigures, type ActivityItem } from '@/lib/report/figures';
import { formatFigure, formatLongDate, formatPercent } from '@/lib/report/format';
import { useI18n } from '../app/services';
import { Bar } from './Bar';
import { IndicatorBars } from './IndicatorBars';
import { PhaseBars } from './PhaseBars';
import './report.css';

// One to two A4 pages: the longer lists stop here and say how many more the plan holds.
const LATE_SHOWN = 8;

/** The leadership report of a plan as it stands today: pictures first, then the lists. */
export function LeadershipReport(props: { view: PlanView; today: string }) {
  const { t, locale } = useI18n();
  const figures = createMemo(() => leadershipFigures(props.view, props.today));
  const meta = () => props.view.meta();
  const date = (iso: string) => formatIsoDate(iso, locale());
  const percent = (n: number) => formatPercent(n, locale());
  const figure = (n: number) => formatFigure(n, locale());

  return (
    <article class="report" aria-labelledby="report-title">
      <header class="report__head">
        <p class="report__kind">{t('reportTitle')}</p>
        <h1 id="report-title" class="report__title">
          {meta().title}
        </h1>
        <p class="report__meta">
          <Show when={meta().organisation}>
            <span>{meta().organisation}</span>
            <span aria-hidden="true"> · </span>
          </Show>
          <span>{t('reportAsOf', { date: formatLongDate(props.today, locale()) })}</span>
        </p>
      </header>

      <ul class="report__tiles">
        <li class="report-tile">
          <span class="report-tile__figure">{percent(figures().progress)}</span>
          <span class="report-tile__label">{t('reportOverallProgress')}</span>
        </li>
        <li class="report-tile">
          <span class="report-tile__figure">
            {t('reportOf', { done: figures().done, count: figures().activities })}
          </span>
          <span class="report-tile__label">{t('reportActivitiesDone')}</span>
        </li>
        <li class="report-tile" classList={{ 'report-tile--late': figures().late > 0 }}>
          <span class="report-tile__figure">{figures().late}</span>
          <span class="report-tile__label">{t('reportLateCount')}</span>
        </li>
        <Show when={figures().readiness}>
          {(readiness) => (
            <li class="report-tile">
              <span class="report-tile__figure">{figure(readiness().average)}</span>
              <span class="report-tile__label">{t('reportReadinessLatest')}</span>
            </li>
          )}
        </Show>
      </ul>

      <section class="report__section" aria-labelledby="report-phases">
        <h2 id="report-phases">{t('reportPhases')}</h2>
        <Show
          when={figures().phases.length > 0}
          fallback={<p class="muted">{t('reportNoActivities')}</p>}
        >
          <PhaseBars phases={figures().phases} />
        </Show>
      </section>

      <section class="report__section" aria-labelledby="report-indicators">
        <h2 id="report-indicators">{t('reportIndicators')}</h2>
        <Show
          when={figures().indicators.length > 0}
          fallback={<p class="muted">{t('reportNoIndicators')}</p>}
        >
          <IndicatorBars indicators={figures().indicators} />
        </Show>
      </section>

      <section class="report__section" aria-labelledby="report-readiness">
        <h2 id="report-readiness">{t('reportReadiness')}</h2>
        <Show when={figures().readiness} fallback={<p class="muted">{t('reportNoReadiness')}</p>}>
          {(readiness) => (
            <>
              <p class="report__sub">
                {readiness().round
                  ? t('reportRound', { date: date(readiness().round ?? '') })
                  : t('reportUndatedRound')}
                {' · '}
                <strong>{t('reportAverage', { average: figure(readiness().average) })}</strong>
                <Show when={readiness().previousAverage !== null && readiness().previousRound}>
                  {(previous) => (
                    <span class="muted">
                      {' · '}
                      {t('reportPreviousRound', {
                        date: date(previous()),
                        average: figure(readiness().previousAverage ?? 0),
                      })}
                    </span>
                  )}
                </Show>
              </p>
              <ul class="report-bars">
                <For each={readiness().factors}>
                  {(factor) => (
                    <li class="report-bars__row">
                      <span class="report-bars__label">{factor.factor}</span>
                      <Bar
                        percent={(factor.score / 6) * 100}
                        tone={factor.score <= 2 ? 'late' : factor.score <= 3 ? 'warn' : 'good'}
                      />
                      <span class="report-bars__value">
                        <strong>{t('reportScoreOf', { score: figure(factor.score) })}</strong>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </Show>
      </section>

      <section class="report__section report__section--list" aria-labelledby="report-late">
        <h2 id="report-late">{t('reportLate')}</h2>
        <Show
          when={figures().lateItems.length > 0}
          fallback={<p class="muted">{t('reportNoLate')}</p>}
        >
          <ActivityTable items={figures().lateItems.slice(0, LATE_SHOWN)} showDaysLate />
          <Show when={figures().lateItems.length > LATE_SHOWN}>
            <p class="muted report__more">
              {t('reportMore', { count: figures().lateItems.length - LATE_SHOWN })}
            </p>
          </Show>
        </Show>
      </section>

      <section class="report__section report__section--list" aria-labelledby="report-upcoming">
        <h2 id="report-upcoming">{t('reportUpcoming')}</h2>
        <Show
          when={figures().upcoming.length > 0}
          fallback={<p class="muted">{t('reportNoUpcoming')}</p>}
        >
          <ActivityTable items={figures().upcoming} />
        </Show>
      </section>

      <footer class="report__foot muted">
        {t('reportFooter', { date: formatLongDate(props.today, locale()) })}
      </footer>
    </article>
  );
}

function ActivityTable(props: { items: ActivityItem[]; showDaysLate?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <table class="report-table">
      <thead>
        <tr>
          <th scope="col">{t('reportActivity')}</th>
          <th scope="col">{t('reportPhase')}</th>
          <th scope="col">{t('reportResponsible')}</th>
          <th scope="col">{t('reportDue')}</th>
          <Show when={props.showDaysLate}>
            <th scope="col" class="report-table__number">
              {t('reportDaysLate')}
            </th>
          </Show>
        </tr>
      </thead>
      <tbody>
        <For each={props.items}>
          {(item) => (
            <tr>
              <td>{item.activity}</td>
              <td>{item.phase}</td>
              <td>{item.responsible}</td>
              <td class="report-table__date">{formatIsoDate(item.due, locale())}</td>
              <Show when={props.showDaysLate}>
                <td class="report-table__number">{item.daysLate}</td>
              </Show>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
