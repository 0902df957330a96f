import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  actionItemsOf,
  lastMeeting,
  planChangesSince,
  readMeetings,
  sheetOfKind,
  startOfLocalDay,
  type Meeting,
} from '@/lib/domain/meetings';
import { formatIsoDate } from '@/lib/i18n/format';
import { localIsoDate } from '@/lib/report/dates';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n, useServices } from '../app/services';
import { ActionItems } from './ActionItems';
import { PlanHistory } from './PlanHistory';
import './meetings.css';

/**
 * Beside the Meetings sheet: for a chosen meeting (at first the last one held), what changed
 * in the plan since that meeting's day, and its action items, which are Plan rows.
 */
export function MeetingPanel(props: { view: PlanView; sheetId: string; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const services = useServices();
  const today = localIsoDate(services.now());
  const meetings = createMemo(() => readMeetings(props.view, props.sheetId));
  const planSheetId = createMemo(() => sheetOfKind(props.view, 'plan')?.id);
  const [chosen, setChosen] = createSignal<string | null>(null);
  const meeting = createMemo(
    () => meetings().find((m) => m.rowId === chosen()) ?? lastMeeting(meetings(), today),
  );
  const label = (m: Meeting) =>
    [m.date ? formatIsoDate(m.date, locale()) : t('meetingNoDate'), m.kind]
      .filter((part) => part !== '')
      .join(' · ');
  const items = createMemo(() => {
    const plan = planSheetId();
    const m = meeting();
    return plan && m ? actionItemsOf(props.view, plan, m.rowId) : [];
  });
  const changes = createMemo(() => {
    const plan = planSheetId();
    const date = meeting()?.date;
    if (!plan || !date) return null;
    return planChangesSince(props.view, plan, startOfLocalDay(date), props.view.meta().createdAt);
  });

  return (
    <div class="meeting-panel">
      <h2 class="sheet-side__title">{t('meetingPanelTitle')}</h2>
      <Show when={meetings().length > 0} fallback={<p class="muted">{t('meetingNone')}</p>}>
        <label class="sheet-side__field">
          <span>{t('meetingChoose')}</span>
          <select value={meeting()?.rowId ?? ''} onChange={(e) => setChosen(e.currentTarget.value)}>
            <For each={meetings()}>{(m) => <option value={m.rowId}>{label(m)}</option>}</For>
          </select>
        </label>
        <Show when={planSheetId()} fallback={<p class="muted">{t('meetingNoPlanSheet')}</p>}>
          {(plan) => (
            <Show when={meeting()}>
              {(m) => (
                <>
                  {/* What changed comes first: a meeting reviews it before it decides. */}
                  <Show
                    when={m().date}
                    fallback={<p class="sheet-side__note">{t('meetingSinceNoDate')}</p>}
                  >
                    {(date) => <PlanHistory date={date()} changes={changes() ?? []} />}
                  </Show>
                  <ActionItems
                    view={props.view}
                    planSheetId={plan()}
                    meetingRowId={m().rowId}
                    items={items()}
                    readOnly={props.readOnly}
                  />
                </>
              )}
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
