import { createSignal, For, Show } from 'solid-js';
import type { PlanRowChange } from '@/lib/domain/meetings';
import { formatDateTime, formatIsoDate } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/translate';
import { useI18n } from '../app/services';

// A long list would push the action items out of reach: the newest first, the rest on request.
const SHOWN = 10;

const WHAT: Record<PlanRowChange['what'], MessageKey> = {
  added: 'meetingChangeAdded',
  edited: 'meetingChangeEdited',
  deleted: 'meetingChangeDeleted',
};

/** What changed in the Plan sheet since a meeting's day, newest first, each with who and when. */
export function PlanHistory(props: { date: string; changes: readonly PlanRowChange[] }) {
  const { t, locale } = useI18n();
  const [all, setAll] = createSignal(false);
  const shown = () => (all() ? props.changes : props.changes.slice(0, SHOWN));
  return (
    <section aria-labelledby="meeting-history-title">
      <h3 id="meeting-history-title" class="sheet-side__subtitle">
        {t('meetingSince', { date: formatIsoDate(props.date, locale()) })}
      </h3>
      <p class="sheet-side__note">{t('meetingSinceNote')}</p>
      <Show
        when={props.changes.length > 0}
        fallback={<p class="sheet-side__note">{t('meetingNoChanges')}</p>}
      >
        <ol class="meeting-history">
          <For each={shown()}>
            {(change) => (
              <li class={`meeting-history__item meeting-history__item--${change.what}`}>
                <span class="meeting-history__what">{t(WHAT[change.what])}</span>{' '}
                <span class="meeting-history__name">
                  {change.activity === '' ? t('timelineNoName') : change.activity}
                </span>
                <span class="meeting-history__who">
                  {t('meetingChangeBy', {
                    name: change.by && change.by.trim() !== '' ? change.by : t('anonymous'),
                    when: formatDateTime(change.at, locale()),
                  })}
                </span>
              </li>
            )}
          </For>
        </ol>
        <Show when={!all() && props.changes.length > SHOWN}>
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => setAll(true)}
          >
            {t('meetingChangesMore', { count: props.changes.length - SHOWN })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
