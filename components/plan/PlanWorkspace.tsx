import { createMemo, createSignal, Show } from 'solid-js';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import type { PlanSession } from '@/lib/sync/plan-session';
import { useI18n, useServices } from '../app/services';
import { PlanHeader } from './PlanHeader';
import { EMPTY_VIEW, GridSheet } from '../grid/GridSheet';
import type { SheetViewSpec } from '@/lib/grid/types';
import { SheetBar } from './SheetBar';
import { TrashView } from './TrashView';

/** An open plan: header, sheet tabs and the selected sheet (or its trash). */
export function PlanWorkspace(props: { planId: string; session: PlanSession; onBack: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  // A workspace belongs to one session: PlanPage makes a new workspace for another plan.
  // eslint-disable-next-line solid/reactivity
  const view = createPlanView(props.session.model);
  const [chosenSheet, setChosenSheet] = createSignal<string | null>(null);
  const [showTrash, setShowTrash] = createSignal(false);
  // Sort, filter and grouping are this member's own, per sheet, for as long as the plan is open.
  const [specs, setSpecs] = createSignal<Record<string, SheetViewSpec>>({});
  const sheetId = createMemo(() => {
    const sheets = view.sheets();
    const chosen = chosenSheet();
    return sheets.find((s) => s.id === chosen)?.id ?? sheets[0]?.id ?? null;
  });
  const readOnly = () => view.status().state === 'readOnly';

  const onKeyDown = (event: KeyboardEvent) => {
    // The grid handles its own keys; this catches Ctrl+Z elsewhere in the plan (tabs, toolbar).
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || readOnly()) return;
    const key = event.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && event.shiftKey);
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    if (redo) props.session.model.redo();
    else props.session.model.undo();
  };

  return (
    <main class="workspace" onKeyDown={onKeyDown}>
      <PlanHeader
        view={view}
        onBack={() => props.onBack()}
        onOpenInTab={services.openInTab ? () => services.openInTab?.(props.planId) : undefined}
      />
      <Show when={view.status().state === 'readOnly'}>
        <p class="banner banner--warning" role="alert">
          {(() => {
            const status = view.status();
            return status.state === 'readOnly'
              ? t('readOnly', { version: status.version, supported: status.supported })
              : '';
          })()}
        </p>
      </Show>
      <Show when={view.status().state === 'empty'}>
        <p class="banner" role="status">
          {t('planEmpty')}
        </p>
      </Show>
      <SheetBar
        view={view}
        readOnly={readOnly()}
        selected={sheetId()}
        onSelect={(id) => {
          setChosenSheet(id);
          setShowTrash(false);
        }}
      />
      <Show when={sheetId()} keyed>
        {(id) => (
          <Show
            when={showTrash()}
            fallback={
              <GridSheet
                view={view}
                sheetId={id}
                readOnly={readOnly()}
                spec={specs()[id] ?? EMPTY_VIEW}
                onSpec={(spec) => setSpecs((all) => ({ ...all, [id]: spec }))}
                onShowTrash={() => setShowTrash(true)}
              />
            }
          >
            <TrashView
              view={view}
              sheetId={id}
              readOnly={readOnly()}
              onBack={() => setShowTrash(false)}
            />
          </Show>
        )}
      </Show>
    </main>
  );
}
