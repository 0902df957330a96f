import { createSignal, Show } from 'solid-js';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { useI18n, useServices } from '../app/services';

/** Title and organisation in, a new plan with the standard sheets out. */
export function CreatePlanForm(props: { onCreated: (planId: string) => void }) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [title, setTitle] = createSignal('');
  const [organisation, setOrganisation] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (title().trim() === '') {
      setError(t('titleRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const id = await services.directory.create(
        blankPlanSpec(title().trim(), organisation().trim(), locale()),
      );
      props.onCreated(id);
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
      <p id="create-plan-error" class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
      <button type="submit" class="button button--primary" disabled={busy()}>
        {busy() ? t('creating') : t('create')}
      </button>
    </form>
  );
}
