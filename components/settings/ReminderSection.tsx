import { createResource, createSignal, For, Show } from 'solid-js';
import { isReminderTime, REMINDER_DAYS, type ReminderSettings } from '@/lib/reminders/settings';
import type { PlanEntry } from '@/lib/sync/plan-index';
import { useI18n, useServices } from '../app/services';

/** Reminders on or off, how far ahead, at what time, and who the member is in each plan. */
export function ReminderSection() {
  const services = useServices();
  const { t } = useI18n();
  const store = services.reminders;
  const [settings, setSettings] = createSignal<ReminderSettings | null>(null);
  void store?.get().then(setSettings);
  const [plans] = createResource(async () => (await services.directory.list()).plans);
  const save = (change: Partial<ReminderSettings>) => {
    const current = settings();
    if (!current || !store) return;
    const next = { ...current, ...change };
    setSettings(next);
    void store.set(next);
  };

  return (
    <Show when={store && settings()}>
      {(current) => (
        <section class="card settings__section" aria-labelledby="settings-reminders">
          <h2 id="settings-reminders">{t('remindersHeading')}</h2>
          <p class="field__help">{t('remindersHelp')}</p>
          <label class="field field--inline">
            <input
              type="checkbox"
              checked={current().enabled}
              onChange={(e) => save({ enabled: e.currentTarget.checked })}
            />
            <span>{t('remindersEnable')}</span>
          </label>
          <Show when={current().enabled}>
            <label class="field">
              <span class="field__label">{t('remindersDays')}</span>
              <select
                class="input"
                value={String(current().days)}
                onChange={(e) => save({ days: Number(e.currentTarget.value) })}
              >
                <For each={REMINDER_DAYS}>{(days) => <option value={days}>{days}</option>}</For>
              </select>
            </label>
            <label class="field">
              <span class="field__label">{t('remindersTime')}</span>
              <input
                class="input"
                type="time"
                value={current().time}
                onChange={(e) => {
                  const time = e.currentTarget.value;
                  if (isReminderTime(time)) save({ time });
                }}
              />
            </label>
            <Show
              when={(plans() ?? []).length > 0}
              fallback={<p class="settings__empty">{t('remindersNoPlans')}</p>}
            >
              <For each={plans()}>
                {(plan) => (
                  <PersonChoice
                    plan={plan}
                    person={current().people[plan.id] ?? ''}
                    onChange={(person) => {
                      const people = { ...current().people };
                      if (person) people[plan.id] = person;
                      else delete people[plan.id];
                      save({ people });
                    }}
                  />
                )}
              </For>
            </Show>
          </Show>
        </section>
      )}
    </Show>
  );
}

function PersonChoice(props: {
  plan: PlanEntry;
  person: string;
  onChange: (person: string) => void;
}) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [names] = createResource(
    () => props.plan.id,
    (planId) => services.reminders?.people(planId, locale()) ?? Promise.resolve([]),
  );
  // A name chosen earlier stays listed even if the People sheet no longer has it.
  const options = () => {
    const list = names() ?? [];
    return props.person && !list.includes(props.person) ? [props.person, ...list] : list;
  };
  return (
    <Show
      when={!names.loading && options().length > 0}
      fallback={
        <Show when={!names.loading}>
          <p class="field__help">{t('remindersNoPeople', { plan: props.plan.title })}</p>
        </Show>
      }
    >
      <label class="field">
        <span class="field__label">{t('remindersIAm', { plan: props.plan.title })}</span>
        <select
          class="input"
          value={props.person}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          <option value="">{t('remindersNotMe')}</option>
          <For each={options()}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
      </label>
    </Show>
  );
}
