import { createSignal, onMount, Show } from 'solid-js';
import { demoPlanSpec } from '@/lib/domain/demo-plan';
import { useI18n, useServices } from '../app/services';

/** Opens the newest plan, or creates the demo plan when this browser has none yet. */
export function DemoLoader(props: { onReady: (planId: string) => void }) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [error, setError] = createSignal('');
  const load = async () => {
    const { plans } = await services.directory.list();
    const newest = plans[0];
    const planId =
      newest?.id ??
      (await services.directory.create(demoPlanSpec(locale(), new Date(services.now()))));
    props.onReady(planId);
  };
  onMount(() => {
    load().catch((cause: unknown) =>
      setError(t('openFailed', { reason: cause instanceof Error ? cause.message : String(cause) })),
    );
  });
  return (
    <Show
      when={error()}
      fallback={
        <p class="muted page" role="status">
          {t('loadingPlan')}
        </p>
      }
    >
      <p class="banner banner--error" role="alert">
        {error()}
      </p>
    </Show>
  );
}
