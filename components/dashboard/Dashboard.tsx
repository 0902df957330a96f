import { createMemo, For, Show, type JSX } from 'solid-js';
import { codingOverview } from '@/lib/domain/coding-overview';
import { readCodings } from '@/lib/domain/coding-sheet';
import { compareRounds, latestRounds, readReadinessRows } from '@/lib/domain/readiness';
import { formatIsoDate } from '@/lib/i18n/format';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { leadershipFigures, type ActivityItem } from '@/lib/report/figures';
import { formatFigure, formatPercent } from '@/lib/report/format';
import { useI18n } from '../app/services';
import { ReadinessChart } from '../readiness/ReadinessChart';
import { IndicatorBars } from '../report/IndicatorBars';
import { PhaseBars } from '../report/PhaseBars';
import { CodingSpread } from './CodingSpread';
import { ProgressRing } from './ProgressRing';
import '../readiness/readiness.css';
import './dashboard.css';

// A dashboard is a glance: longer lists stop here and say how many more the plan holds.
const LIST_SHOWN = 6;

/**
 * A plan at a glance, live as it changes: overall progress, progress per phase, indicators
 * against targets, what is late and due in the next two weeks, the latest readiness round and
 * the codings. Pictures first; every figure is also text, and a tooltip on the picture.
 */
export function Dashboard(props: { view: PlanView; today: string }) {
  const { t, locale } = useI18n();
  const figures = createMemo(() => leadershipFigures(props.view, props.today));
  const sheetOf = (kind: string) => props.view.sheets().find((s) => s.kind === kind);
  const readiness = createMemo(() => {
    const sheet = sheetOf('readiness');
    if (!sheet) return null;
    const latest = latestRounds(compareRounds(readReadinessRows(props.view, sheet.id)), 1);
    return latest.rounds.length > 0 ? latest : null;
  });
  const coding = createMemo(() => {
    const sheet = sheetOf('coding');
    return sheet ? codingOverview(readCodings(props.view, sheet.id)) : null;
  });
  const onTarget = () =>
    figures().indicators.filter((i) => i.share !== null && i.share >= 1).length;
  const withTarget = () => figures().indicators.filter((i) => i.share !== null).length;
  const percent = (n: number) => formatPercent(n, locale());

  return (
    <div class="dashboard">
      <ul class="dashboard__tiles">
        <Tile
          figure={percent(figures().progress)}
          label={t('reportOverallProgress')}
          picture={<ProgressRing percent={figures().progress} />}
        />
        <Tile
          figure={String(figures().late)}
          label={t('reportLateCount')}
          late={figures().late > 0}
        />
        <Tile figure={String(figures().dueSoon.length)} label={t('dashboardDueSoonCount')} />
        <Show when={withTarget() > 0}>
          <Tile
            figure={t('reportOf', { done: onTarget(), count: withTarget() })}
            label={t('dashboardOnTarget')}
          />
        </Show>
      </ul>

      <div class="dashboard__cards">
        <Card id="dashboard-phases" title={t('reportPhases')}>
          <Show
            when={figures().phases.length > 0}
            fallback={<p class="muted">{t('reportNoActivities')}</p>}
          >
            <PhaseBars phases={figures().phases} stacked />
          </Show>
        </Card>

        <Card id="dashboard-indicators" title={t('reportIndicators')}>
          <Show
            when={figures().indicators.length > 0}
            fallback={<p class="muted">{t('reportNoIndicators')}</p>}
          >
            <IndicatorBars indicators={figures().indicators} stacked />
          </Show>
        </Card>

        <Card id="dashboard-late" title={t('reportLate')}>
          <ItemList items={figures().lateItems} empty={t('reportNoLate')} late />
        </Card>

        <Card id="dashboard-soon" title={t('dashboardDueSoon')}>
          <ItemList items={figures().dueSoon} empty={t('dashboardNoDueSoon')} />
        </Card>

        <Card id="dashboard-readiness" title={t('dashboardReadiness')}>
          <Show when={readiness()} fallback={<p class="muted">{t('reportNoReadiness')}</p>}>
            {(latest) => (
              <>
                <ReadinessChart comparison={latest()} />
                <Show when={figures().readiness?.previousRound}>
                  {(previous) => (
                    <p class="sheet-side__note">
                      {t('reportPreviousRound', {
                        date: formatIsoDate(previous(), locale()),
                        average: formatFigure(figures().readiness?.previousAverage ?? 0, locale()),
                      })}
                    </p>
                  )}
                </Show>
              </>
            )}
          </Show>
        </Card>

        <Card id="dashboard-coding" title={t('dashboardCoding')}>
          <Show when={coding()} fallback={<p class="muted">{t('dashboardNoCodingSheet')}</p>}>
            {(overview) => <CodingSpread overview={overview()} />}
          </Show>
        </Card>
      </div>
    </div>
  );
}

function Tile(props: { figure: string; label: string; late?: boolean; picture?: JSX.Element }) {
  return (
    <li
      class="report-tile dashboard-tile"
      classList={{ 'report-tile--late': props.late === true }}
      title={`${props.label}: ${props.figure}`}
    >
      {props.picture}
      <span class="dashboard-tile__text">
        <span class="report-tile__figure">{props.figure}</span>
        <span class="report-tile__label">{props.label}</span>
      </span>
    </li>
  );
}

function Card(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <section class="dashboard-card" aria-labelledby={props.id}>
      <h2 id={props.id} class="dashboard-card__title">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** Activities with their due date (and how late): the first few, then how many more. */
function ItemList(props: { items: readonly ActivityItem[]; empty: string; late?: boolean }) {
  const { t, locale } = useI18n();
  const when = (item: ActivityItem) =>
    `${formatIsoDate(item.due, locale())}${
      props.late ? ` · ${t('reportDaysLate')}: ${String(item.daysLate)}` : ''
    }`;
  return (
    <Show when={props.items.length > 0} fallback={<p class="muted">{props.empty}</p>}>
      <ul class="dashboard-items">
        <For each={props.items.slice(0, LIST_SHOWN)}>
          {(item) => (
            <li class="dashboard-items__item" title={`${item.activity}: ${when(item)}`}>
              <span class="dashboard-items__name">{item.activity}</span>
              <span
                class="dashboard-items__when"
                classList={{ 'report__late-text': props.late === true }}
              >
                {when(item)}
                <Show when={item.responsible}>
                  <span class="muted"> · {item.responsible}</span>
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.items.length > LIST_SHOWN}>
        <p class="muted report__more">
          {t('reportMore', { count: props.items.length - LIST_SHOWN })}
        </p>
      </Show>
    </Show>
  );
}
