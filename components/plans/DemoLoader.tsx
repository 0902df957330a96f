import { onMount } from 'solid-js';
import { demoPlanSpec } from '@/lib/domain/demo-plan';
import { useI18n, useServices } from '../app/services';

/** Opens the newest plan, or creates the demo plan when this browser has none yet. */
export function DemoLoader(props: { onReady: (planId: string) => void }) {
  const services = useServices();
  const { t, locale } = useI18n();
  onMount(async () => {
    const { plans } = await services.directory.list();
    const newest = plans[0];
    props.onReady(newest ? newest.id : await services.directory.create(demoPlanSpec(locale(), new Date(services.now()))));
  });
  return (
    <p class="muted" role="status">
      {t('loadingPlan')}
    </p>
  );
}
