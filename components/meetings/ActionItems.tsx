import { createMemo, createSignal, For, Show } from 'solid-js';
import { actionItemColumns, planRowChoices, type ActionItem } from '@/lib/domain/meetings';
import { formatIsoDate, isoWeek } from '@/lib/i18n/format';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';

/**
 * A meeting's action items, which are rows of the Plan sheet: listed, added as new Plan rows,
 * or linked from rows already there. Unlinking keeps the Plan row.
 */
export function ActionItems(props: {
  view: PlanView;
  planSheetId: string;
  meetingRowId: string;
  items: readonly ActionItem[];
  readOnly: boolean;
}) {
  const { t, locale } = useI18n();
  const [message, setMessage] = createSignal<{ text: string; problem: boolean } | null>(null);
  const [linking, setLinking] = createSignal('');
  const choices = createMemo(() =>
    planRowChoices(props.view, props.planSheetId).filter((c) => c.meeting !== props.meetingRowId),
  );
  const due = (iso: string) =>
    `${formatIsoDate(iso, locale())} (${t('weekShort', { week: isoWeek(iso) })})`;

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const activity = field('activity');
    const columns = actionItemColumns(props.view.columns(props.planSheetId));
    if (!columns.activity) return setMessage({ text: t('meetingNoActivityColumn'), problem: true });
    if (activity === '') return setMessage({ text: t('meetingActionNeedsName'), problem: true });
    const values: Record<string, unknown> = { [columns.activity.id]: activity };
    const responsible = field('responsible');
    const dueDate = field('due');
    if (columns.responsible && responsible !== '') values[columns.responsible.id] = responsible;
    if (columns.due && dueDate !== '') values[columns.due.id] = dueDate;
    if (columns.status?.options.some((o) => o.id === 'notStarted'))
      values[columns.status.id] = 'notStarted';
    props.view.model.addActionItem(props.planSheetId, props.meetingRowId, values);
    form.reset();
    setMessage({ text: t('meetingActionAdded', { activity }), problem: false });
  };

  const link = (event: SubmitEvent) => {
    event.preventDefault();
    const rowId = linking();
    if (rowId === '') return setMessage({ text: t('meetingLinkChoose'), problem: true });
    props.view.model.setRowMeeting(props.planSheetId, rowId, props.meetingRowId);
    setLinking('');
    setMessage(null);
  };

  return (
    <section aria-labelledby="meeting-actions-title">
      <h3 id="meeting-actions-title" class="sheet-side__subtitle">
        {t('meetingActionItems')}
      </h3>
      <Show
        when={props.items.length > 0}
        fallback={<p class="sheet-side__note">{t('meetingNoActionItems')}</p>}
      >
        <ul class="meeting-actions">
          <For each={props.items}>
            {(item) => (
              <li>
                <span class="meeting-actions__name">
                  {item.activity === '' ? t('timelineNoName') : item.activity}
                </span>
                <span class="meeting-actions__meta">
                  {[item.responsible, item.due ? due(item.due) : '', item.status]
                    .filter((p) => p !== '')
                    .join(' · ')}
                </span>
                <button
                  type="button"
                  class="button button--small button--quiet"
                  disabled={props.readOnly}
                  aria-label={t('meetingUnlinkNamed', { activity: item.activity })}
                  onClick={() =>
                    props.view.model.setRowMeeting(props.planSheetId, item.rowId, null)
                  }
                >
                  {t('meetingUnlink')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form class="meeting-form" onSubmit={add} aria-labelledby="meeting-add-title">
        <h4 id="meeting-add-title" class="meeting-form__title">
          {t('meetingAddAction')}
        </h4>
        <label class="sheet-side__field">
          <span>{t('meetingActionName')}</span>
          <input name="activity" type="text" autocomplete="off" />
        </label>
        <div class="meeting-form__row">
          <label class="sheet-side__field">
            <span>{t('meetingActionResponsible')}</span>
            <input name="responsible" type="text" autocomplete="off" />
          </label>
          <label class="sheet-side__field">
            <span>{t('meetingActionDue')}</span>
            <input name="due" type="date" />
          </label>
        </div>
        <button
          type="submit"
          class="button button--small button--primary"
          disabled={props.readOnly}
        >
          {t('meetingAddToPlan')}
        </button>
      </form>
      <Show when={choices().length > 0}>
        <form class="meeting-form" onSubmit={link}>
          <label class="sheet-side__field">
            <span>{t('meetingLinkRow')}</span>
            <select value={linking()} onChange={(e) => setLinking(e.currentTarget.value)}>
              <option value="">{t('meetingLinkPick')}</option>
              <For each={choices()}>{(c) => <option value={c.rowId}>{c.activity}</option>}</For>
            </select>
          </label>
          <button type="submit" class="button button--small" disabled={props.readOnly}>
            {t('meetingLink')}
          </button>
        </form>
      </Show>
      <Show when={message()}>
        {(m) => (
          <p
            class={m().problem ? 'sheet-side__problems' : 'sheet-side__note'}
            role={m().problem ? 'alert' : 'status'}
          >
            {m().text}
          </p>
        )}
      </Show>
    </section>
  );
}
