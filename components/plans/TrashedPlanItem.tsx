import { formatIsoDate } from '@/lib/i18n/format';
import type { PlanEntry } from '@/lib/sync/plan-index';
import { useI18n, useServices } from '../app/services';

/** A deleted plan: when it will be erased, and a button to restore it. */
export function TrashedPlanItem(props: { entry: PlanEntry; onRestored: () => void }) {
  const services = useServices();
  const { t, locale } = useI18n();
  const erasedOn = () => {
    const at = services.directory.expiresAt(props.entry);
    return at === null ? '' : formatIsoDate(new Date(at).toISOString().slice(0, 10), locale());
  };
  const restore = async () => {
    await services.directory.restore(props.entry.id);
    props.onRestored();
  };
  return (
    <li class="plan-item plan-item--trashed">
      <div class="plan-item__open">
        <span class="plan-item__title">{props.entry.title}</span>
        <span class="plan-item__meta">{t('erasedOn', { date: erasedOn() })}</span>
      </div>
      <div class="plan-item__actions">
        <button type="button" class="button button--small" onClick={() => void restore()}>
          {t('restore')}
        </button>
      </div>
    </li>
  );
}
