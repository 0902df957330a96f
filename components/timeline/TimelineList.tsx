import { For, Show } from 'solid-js';
import type { TimelineLayout } from '@/lib/domain/timeline';
import { useI18n } from '../app/services';
import { activityName, itemText, phaseName } from './item-text';

/**
 * The timeline in words, phase by phase: always there for screen readers, shown to everyone
 * on request ("Show as list").
 */
export function TimelineList(props: { layout: TimelineLayout; shown: boolean }) {
  const { t, locale } = useI18n();
  const skipped = (reason: 'noDates' | 'tooFar') =>
    props.layout.skipped
      .filter((s) => s.reason === reason)
      .map((s) => activityName(s, t))
      .join(', ');
  return (
    // It scrolls on its own when shown, so it takes focus for the arrow keys.
    <div
      id="timeline-list"
      class="timeline__list"
      classList={{ 'visually-hidden': !props.shown }}
      role="region"
      aria-label={t('timelineList')}
      tabindex={props.shown ? 0 : -1}
    >
      <For each={props.layout.bands}>
        {(band) => (
          <section>
            <h3 class="timeline__list-phase">{phaseName(band.phase, t)}</h3>
            <ul>
              <For each={band.items}>{(item) => <li>{itemText(item, t, locale())}</li>}</For>
            </ul>
          </section>
        )}
      </For>
      <Show when={skipped('noDates')}>
        {(names) => <p class="timeline__note">{t('timelineNoDates', { names: names() })}</p>}
      </Show>
      <Show when={skipped('tooFar')}>
        {(names) => <p class="timeline__note">{t('timelineTooFar', { names: names() })}</p>}
      </Show>
    </div>
  );
}
