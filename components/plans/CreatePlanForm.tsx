import { createSignal, For, Show } from 'solid-js';
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '@/lib/i18n/locales';
import { parseDate } from '@/lib/model/values';
import {
  buildTemplatePlan,
  isTemplateId,
  templateLabel,
  TEMPLATE_IDS,
  type TemplateId,
} from '@/lib/domain/templates';
import { localIsoDate } from '@/lib/domain/templates/schedule';
import { useI18n, useServices } from '../app/services';
import './create-plan.css';

/** Title, organisation, template, start date and language in; a new plan out. */
export function CreatePlanForm(props: { onCreated: (planId: string) => void }) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [title, setTitle] = createSignal('');
  const [organisation, setOrganisation] = createSignal('');
  const [template, setTemplate] = createSignal<TemplateId>('blank');
  const [start, setStart] = createSignal(localIsoDate(services.now()));
  // Follows the interface language until the member picks another one for this plan.
  const [chosenLocale, setChosenLocale] = createSignal<Locale | null>(null);
  const planLocale = () => chosenLocale() ?? locale();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const startInvalid = () => template() !== 'blank' && parseDate(start()) !== start();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (title().trim() === '') {
      setError(t('titleRequired'));
      return;
    }
    if (startInvalid()) {
      setError(t('newPlanStartRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const spec = buildTemplatePlan(
        template(),
        planLocale(),
        template() === 'blank' ? localIsoDate(services.now()) : start(),
        title().trim(),
        organisation().trim(),
      );
      props.onCreated(await services.directory.create(spec));
    } catch (cause) {
      setError(t('saveFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card create-plan"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="new-plan-heading"
    >
      <h2 id="new-plan-heading">{t('newPlan')}</h2>
      <label class="field">
        <span class="field__label">{t('planTitle')}</span>
        <input
          class="input"
          name="title"
          value={title()}
          aria-invalid={error() !== '' && title().trim() === ''}
          aria-describedby="create-plan-error"
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('organisation')}</span>
        <input
          class="input"
          name="organisation"
          value={organisation()}
          onInput={(e) => setOrganisation(e.currentTarget.value)}
        />
      </label>
      <fieldset class="create-plan__templates">
        <legend class="field__label">{t('newPlanTemplate')}</legend>
        <For each={TEMPLATE_IDS}>
          {(id) => (
            <label class="template-option">
              <input
                type="radio"
                name="template"
                value={id}
                checked={template() === id}
                aria-describedby={`template-${id}-description`}
                onChange={(e) => {
                  if (isTemplateId(e.currentTarget.value)) setTemplate(e.currentTarget.value);
                }}
              />
              <span class="template-option__text">
                <span class="template-option__name">{templateLabel(id, locale()).name}</span>
                <span id={`template-${id}-description`} class="template-option__description">
                  {templateLabel(id, locale()).description}
                </span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="create-plan__row">
        <Show when={template() !== 'blank'}>
          <div class="field">
            <label class="field__label" for="create-plan-start">
              {t('newPlanStart')}
            </label>
            <input
              id="create-plan-start"
              class="input"
              type="date"
              name="start"
              aria-required="true"
              value={start()}
              aria-invalid={error() !== '' && startInvalid()}
              aria-describedby="create-plan-start-help"
              onInput={(e) => setStart(e.currentTarget.value)}
            />
            <span id="create-plan-start-help" class="field__help">
              {t('newPlanStartHelp')}
            </span>
          </div>
        </Show>
        <div class="field">
          <label class="field__label" for="create-plan-language">
            {t('newPlanLanguage')}
          </label>
          <select
            id="create-plan-language"
            class="input"
            name="language"
            value={planLocale()}
            aria-describedby="create-plan-language-help"
            onChange={(e) => {
              if (isLocale(e.currentTarget.value)) setChosenLocale(e.currentTarget.value);
            }}
          >
            <For each={LOCALES}>
              {(option) => (
                <option value={option} lang={option}>
                  {LOCALE_NAMES[option]}
                </option>
              )}
            </For>
          </select>
          <span id="create-plan-language-help" class="field__help">
            {t('newPlanLanguageHelp')}
          </span>
        </div>
      </div>
      <p id="create-plan-error" class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
      <button type="submit" class="button button--primary" disabled={busy()}>
        {busy() ? t('creating') : t('create')}
      </button>
    </form>
  );
}
