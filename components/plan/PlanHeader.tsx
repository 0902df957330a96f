import { createResource, createSignal, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n, useServices, useSettings } from '../app/services';
import { Menu } from '../common/Menu';
import { OpenInTabButton } from '../common/OpenInTabButton';
import { ShareDialog } from '../sharing/ShareDialog';

export type PlanAction = 'exportSyncFile' | 'importSyncFile' | 'exportCsv' | 'report' | 'dashboard';
type MenuAction = PlanAction | 'share' | 'settings';

/** The plan's title and organisation, with back, undo, redo, a plan menu and "open in a full tab". */
export function PlanHeader(props: {
  /** Present where the plan can be shared from its menu. */
  planId?: string;
  view: PlanView;
  onBack: () => void;
  onOpenInTab?: () => void;
  onPlanAction: (action: PlanAction) => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { openSettings } = useSettings();
  const [menu, setMenu] = createSignal<{ x: number; y: number } | null>(null);
  const [sharing, setSharing] = createSignal(false);
  const meta = () => props.view.meta();
  // A plan just joined has no data yet: its list entry has the title the invite carried.
  const [entry] = createResource(
    () => props.planId,
    (planId) => services.directory.get(planId),
  );
  const title = () => meta().title || entry()?.title || '';
  return (
    <header class="plan-header">
      <button type="button" class="button button--quiet" onClick={() => props.onBack()}>
        <span aria-hidden="true">←</span> {t('allPlans')}
      </button>
      <div class="plan-header__titles">
        <h1 class="plan-header__title">{title()}</h1>
        <Show when={meta().organisation}>
          <p class="plan-header__org">{meta().organisation}</p>
        </Show>
      </div>
      <div class="plan-header__actions">
        <button
          type="button"
          class="button button--icon"
          aria-label={t('undo')}
          title={`${t('undo')} (Ctrl+Z)`}
          disabled={!props.view.canUndo()}
          onClick={() => props.view.model.undo()}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          class="button button--icon"
          aria-label={t('redo')}
          title={`${t('redo')} (Ctrl+Y)`}
          disabled={!props.view.canRedo()}
          onClick={() => props.view.model.redo()}
        >
          <span aria-hidden="true">↷</span>
        </button>
        <button
          type="button"
          class="button button--icon"
          aria-haspopup="menu"
          aria-label={t('planMenu')}
          title={t('planMenu')}
          onClick={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            setMenu({ x: rect.right - 220, y: rect.bottom });
          }}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        <Show when={menu()}>
          {(at) => (
            <Menu<MenuAction>
              label={t('planMenu')}
              x={at().x}
              y={at().y}
              items={[
                ...(props.planId ? [{ id: 'share' as const, label: t('share') }] : []),
                { id: 'dashboard', label: t('dashboardMenu') },
                { id: 'report', label: t('reportMenu') },
                { id: 'exportCsv', label: t('exportCsv') },
                { id: 'exportSyncFile', label: t('exportSyncFile') },
                {
                  id: 'importSyncFile',
                  label: t('importSyncFile'),
                  disabled: ['readOnly', 'loading'].includes(props.view.status().state),
                },
                { id: 'settings', label: t('settings') },
              ]}
              onSelect={(action) => {
                setMenu(null);
                if (action === 'share') setSharing(true);
                else if (action === 'settings') openSettings();
                else props.onPlanAction(action);
              }}
              onClose={() => setMenu(null)}
            />
          )}
        </Show>
        <Show when={sharing() && props.planId}>
          {(planId) => (
            <ShareDialog planId={planId()} title={title()} onClose={() => setSharing(false)} />
          )}
        </Show>
        <Show when={props.onOpenInTab}>
          {(open) => <OpenInTabButton onClick={() => open()()} />}
        </Show>
      </div>
    </header>
  );
}
