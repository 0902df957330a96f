import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { readTimelineActivities, timelineLayout } from '@/lib/domain/timeline';
import { localIsoDate } from '@/lib/report/dates';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n, useServices } from '../app/services';
import { TimelineChart } from './TimelineChart';
import { TimelineList } from './TimelineList';
import './timeline.css';

/**
 * The Plan sheet by ISO week, in place of its grid: phases as bands, activities as bars,
 * milestones as diamonds, today marked. The chart scrolls sideways (arrow keys once it has
 * focus) and opens at today; the same content is a list for screen readers, shown on request.
 */
export function PlanTimeline(props: { view: PlanView; sheetId: string; onBack: () => void }) {
  const { t } = useI18n();
  const services = useServices();
  const today = localIsoDate(services.now());
  const layout = createMemo(() =>
    timelineLayout(readTimelineActivities(props.view, props.sheetId), today),
  );
  const drawn = () => layout().bands.reduce((n, b) => n + b.items.length, 0);
  const [listShown, setListShown] = createSignal(false);
  let scroller!: HTMLDivElement;
  // The part of the chart in view, so that a phase's pointer shows only while its name is not.
  const [inView, setInView] = createSignal({ left: 0, width: Number.POSITIVE_INFINITY });
  const measure = () => setInView({ left: scroller.scrollLeft, width: scroller.clientWidth });
  const goToToday = () => {
    scroller.scrollLeft = Math.max(0, layout().today.x - scroller.clientWidth / 3);
    measure();
  };
  onMount(() => {
    goToToday();
    // The Timeline button that opened it is gone with the grid: the chart takes the focus, so
    // the arrow keys scroll it at once.
    scroller.focus({ preventScroll: true });
  });
  const first = () => layout().weeks[0];
  const last = () => layout().weeks.at(-1);

  return (
    <section class="timeline" id="sheet-panel" role="tabpanel" aria-labelledby="timeline-title">
      <div class="sheet-toolbar" role="toolbar" aria-label={t('timeline')}>
        <button type="button" class="button button--small" onClick={() => props.onBack()}>
          ← {t('timelineBackToTable')}
        </button>
        <h2 id="timeline-title" class="timeline__title">
          {t('timeline')}
        </h2>
        <button type="button" class="button button--small" onClick={goToToday}>
          {t('timelineGoToday')}
        </button>
        <button
          type="button"
          class="button button--small"
          aria-pressed={listShown()}
          aria-controls="timeline-list"
          onClick={() => setListShown((s) => !s)}
        >
          {t('timelineShowList')}
        </button>
      </div>
      <p id="timeline-summary" class="timeline__summary">
        {t('timelineSummary', {
          count: drawn(),
          from: first()?.week ?? '',
          fromYear: first()?.year ?? '',
          to: last()?.week ?? '',
          toYear: last()?.year ?? '',
          today: layout().today.week,
        })}
      </p>
      <Show when={drawn() === 0}>
        <p class="timeline__summary">{t('timelineEmpty')}</p>
      </Show>
      <div
        ref={scroller}
        class="timeline__scroller"
        tabindex="0"
        role="region"
        aria-label={t('timelineRegion')}
        aria-describedby="timeline-summary"
        onScroll={measure}
      >
        <TimelineChart layout={layout()} inView={inView()} />
      </div>
      <TimelineList layout={layout()} shown={listShown()} />
    </section>
  );
}
