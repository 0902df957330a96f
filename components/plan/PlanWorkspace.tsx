import {
  createEffect,
  createMemo,
  createSignal,
  Match,
  onCleanup,
  onMount,
  Show,
  Switch,
  untrack,
} from 'solid-js';
import { createPlanShare } from '@/lib/browser/plan-share';
import { makePanelPlaceKeeper } from '@/lib/browser/panel-places';
import type { ItemRef } from '@/lib/browser/route';
import { createConnectionView } from '@/lib/reactive/create-connection-view';
import { connectionTarget } from '@/lib/sync/share-record';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import type { StorageProblem, StorageStatus } from '@/lib/sync/persistence';
import type { PlanSession } from '@/lib/sync/plan-session';
import { useI18n, useServices } from '../app/services';
import { PlanHeader, type PlanAction } from './PlanHeader';
import { canOpenAsNewPlan, SYNC_FILE_EXTENSION } from '@/lib/sync/sync-file';
import { exportPlanSyncFile, importPlanSyncFile } from '@/lib/sync/sync-file-actions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Toast } from '../common/Toast';
import { ConnectionBar } from '../sync/ConnectionBar';
import { PresenceContext } from '../grid/presence-context';
import { ExportDialog } from '../sync/ExportDialog';
import { ExportCsvDialog } from '../csv/ExportCsvDialog';
import { downloadBytes, pickFile } from '../sync/file-io';
import { syncImportMessage } from '../sync/syncMessage';
import { EMPTY_VIEW, GridSheet } from '../grid/GridSheet';
import type { SheetViewSpec } from '@/lib/grid/types';
import { SheetBar } from './SheetBar';
import { SheetWithPanel } from './SheetWithPanel';
import { TrashView } from './TrashView';
import { PlanTimeline } from '../timeline/PlanTimeline';

/** An open plan: header, sheet tabs and the selected sheet (or its trash), perhaps at one item. */
export function PlanWorkspace(props: {
  planId: string;
  /** The row to show selected and focused (a reminder's address). */
  item?: ItemRef;
  session: PlanSession;
  onBack: () => void;
  onOpenPlan: (planId: string) => void;
}) {
  const services = useServices();
  const { t, locale } = useI18n();
  // A workspace belongs to one session: PlanPage makes a new workspace for another plan.
  // eslint-disable-next-line solid/reactivity
  const view = createPlanView(props.session.model);
  // Opened at an item, the plan starts on the item's sheet rather than flashing the first one.
  const [chosenSheet, setChosenSheet] = createSignal<string | null>(
    untrack(() => props.item?.sheetId ?? null),
  );
  const [showTrash, setShowTrash] = createSignal(false);
  const [showTimeline, setShowTimeline] = createSignal(false);
  // The item still to be brought into view; cleared once the grid has it selected.
  const [focusRequest, setFocusRequest] = createSignal<ItemRef | null>(null);
  createEffect(() => {
    const item = props.item;
    if (!item) return;
    setChosenSheet(item.sheetId);
    setShowTrash(false);
    setShowTimeline(false);
    setFocusRequest({ ...item });
  });
  // Sort, filter and grouping are this member's own, per sheet, for as long as the plan is open.
  const [specs, setSpecs] = createSignal<Record<string, SheetViewSpec>>({});
  const sheetId = createMemo(() => {
    const sheets = view.sheets();
    const chosen = chosenSheet();
    return sheets.find((s) => s.id === chosen)?.id ?? sheets[0]?.id ?? null;
  });
  // Shown from the first-screen copy while the whole plan loads: readable, not yet editable.
  const loading = () => view.status().state === 'loading';
  const readOnly = () => view.status().state === 'readOnly' || loading();
  // An item on a sheet that is gone (deleted since the reminder) cannot be shown: say so.
  createEffect(() => {
    const request = focusRequest();
    if (!request || view.sheets().some((s) => s.id === request.sheetId)) return;
    setFocusRequest(null);
    setNotice(t('itemGone'));
  });
  const isPlanSheet = (id: string) => view.sheets().find((s) => s.id === id)?.kind === 'plan';
  // The plan and its session are fixed for the workspace's life, as for `view` above.
  // eslint-disable-next-line solid/reactivity
  const share = createPlanShare(services, props.planId);
  // eslint-disable-next-line solid/reactivity
  const connection = createConnectionView(props.session.connection);
  createEffect(() => {
    const current = share();
    if (current === undefined) return;
    props.session.connection.follow(
      current ? connectionTarget(current, current.displayName || t('anonymous')) : null,
    );
  });
  const [storage, setStorage] = createSignal<StorageStatus>({ ok: true });
  // eslint-disable-next-line solid/reactivity -- one session per workspace, as above
  onCleanup(props.session.watchStorage(setStorage));
  const [exporting, setExporting] = createSignal(false);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [otherPlan, setOtherPlan] = createSignal<{ title: string; bytes: ArrayBuffer } | null>(
    null,
  );

  const [exportingCsv, setExportingCsv] = createSignal(false);
  const onPlanAction = async (action: PlanAction) => {
    // Exports and imports work on the whole plan: shown from its copy, they wait for it.
    if (loading()) {
      const whole = await props.session.loaded.then(
        () => true,
        () => false,
      );
      if (!whole) return;
    }
    if (action === 'exportCsv') return setExportingCsv(true);
    // The dashboard fits the side panel: it opens where the plan is.
    if (action === 'dashboard') {
      location.hash = `#/dashboard/${props.planId}`;
      return;
    }
    if (action === 'report') {
      // The side panel is too narrow to read or print a report: it opens in a tab.
      if (services.openInTab) services.openInTab(props.planId, 'report');
      else location.hash = `#/report/${props.planId}`;
      return;
    }
    if (action === 'exportSyncFile') {
      setExporting(true);
      return;
    }
    const picked = await pickFile(SYNC_FILE_EXTENSION);
    if (!picked) return;
    const result = await importPlanSyncFile(props.session, picked.bytes);
    if (
      !result.ok &&
      result.problem === 'otherPlan' &&
      result.file &&
      canOpenAsNewPlan(result.file)
    ) {
      setOtherPlan({ title: result.file.title, bytes: picked.bytes });
      return;
    }
    setNotice(syncImportMessage(result, t, locale()));
  };

  const exportFile = async (sinceIso: string | null) => {
    setExporting(false);
    const since = sinceIso ? new Date(`${sinceIso}T00:00:00`).getTime() : null;
    const file = await exportPlanSyncFile(props.session, since);
    downloadBytes(file.bytes, file.fileName);
    setNotice(t('exported', { file: file.fileName }));
  };

  const openOtherPlan = async () => {
    const pending = otherPlan();
    setOtherPlan(null);
    if (!pending) return;
    const opened = await services.directory.openSyncFile(pending.bytes);
    if (opened.planId) props.onOpenPlan(opened.planId);
    else setNotice(syncImportMessage(opened.result, t, locale()));
  };

  // The side panel reopens each plan on the sheet and at the scroll it was left at.
  let workspace!: HTMLElement;
  const placeStore = services.panelPlace;
  const keeper = placeStore
    ? makePanelPlaceKeeper({
        // One plan per workspace, as for `view` above.
        // eslint-disable-next-line solid/reactivity
        planId: props.planId,
        store: placeStore,
        now: () => services.now(),
        chooseSheet: setChosenSheet,
        box: () => workspace.querySelector<HTMLElement>('.grid-scroller'),
      })
    : null;
  createEffect(() => keeper?.sheetShown(showTrash() ? null : sheetId()));
  onMount(() => {
    if (!keeper) return;
    // An item's address wins over the place the panel was left at.
    if (props.item) keeper.skipRestore();
    else void keeper.restore();
    // Scroll events do not bubble: listen in the capture phase for the grid's scroller.
    const onScroll = (event: Event) => {
      if (event.target instanceof HTMLElement && event.target.matches('.grid-scroller'))
        keeper.scrolled(event.target);
    };
    workspace.addEventListener('scroll', onScroll, { capture: true });
    onCleanup(() => {
      workspace.removeEventListener('scroll', onScroll, { capture: true });
      keeper.dispose();
    });
  });

  const onKeyDown = (event: KeyboardEvent) => {
    // The grid handles its own keys; this catches Ctrl+Z elsewhere in the plan (tabs, toolbar).
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || readOnly()) return;
    // In a text field (find, a dialog) Ctrl+Z belongs to the field.
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      target.closest('input, textarea, select, [contenteditable]')
    )
      return;
    const key = event.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && event.shiftKey);
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    if (redo) props.session.model.redo();
    else props.session.model.undo();
  };

  return (
    <PresenceContext.Provider value={connection}>
      <main
        class="workspace"
        ref={workspace}
        onKeyDown={onKeyDown}
        data-loading={loading() ? '' : undefined}
      >
        <PlanHeader
          planId={props.planId}
          view={view}
          onBack={() => props.onBack()}
          onOpenInTab={services.openInTab ? () => services.openInTab?.(props.planId) : undefined}
          onPlanAction={(action) => void onPlanAction(action)}
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
        <ConnectionBar connection={connection} />
        <Show when={storageProblem(storage())}>
          {(problem) => (
            <p class="banner banner--error" role="alert">
              {t(problem() === 'full' ? 'planUnsavedFull' : 'planUnsavedFailed')}
            </p>
          )}
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
            setShowTimeline(false);
          }}
        />
        <Show when={sheetId()} keyed>
          {(id) => (
            <Switch
              fallback={
                <SheetWithPanel view={view} sheetId={id} readOnly={readOnly()}>
                  <GridSheet
                    view={view}
                    sheetId={id}
                    readOnly={readOnly()}
                    spec={specs()[id] ?? EMPTY_VIEW}
                    onSpec={(spec) => setSpecs((all) => ({ ...all, [id]: spec }))}
                    onShowTrash={() => setShowTrash(true)}
                    focusRow={focusRowFor(focusRequest(), id)}
                    onFocusedRow={(found) => {
                      setFocusRequest(null);
                      if (!found) setNotice(t('itemGone'));
                    }}
                    onShowTimeline={isPlanSheet(id) ? () => setShowTimeline(true) : undefined}
                  />
                </SheetWithPanel>
              }
            >
              <Match when={showTrash()}>
                <TrashView
                  view={view}
                  sheetId={id}
                  readOnly={readOnly()}
                  onBack={() => setShowTrash(false)}
                />
              </Match>
              <Match when={showTimeline() && isPlanSheet(id)}>
                <PlanTimeline view={view} sheetId={id} onBack={() => setShowTimeline(false)} />
              </Match>
            </Switch>
          )}
        </Show>
        <Show when={exporting()}>
          <ExportDialog
            defaultSince={new Date(services.now() - 14 * 86_400_000).toISOString().slice(0, 10)}
            onExport={(since) => void exportFile(since)}
            onCancel={() => setExporting(false)}
          />
        </Show>
        <Show when={exportingCsv() && sheetId()}>
          {(id) => (
            <ExportCsvDialog
              view={view}
              sheetId={id()}
              spec={specs()[id()] ?? EMPTY_VIEW}
              onExported={(file, count) => {
                setExportingCsv(false);
                setNotice(t('csvExported', { file, count }));
              }}
              onCancel={() => setExportingCsv(false)}
            />
          )}
        </Show>
        <Show when={otherPlan()}>
          {(pending) => (
            <ConfirmDialog
              message={t('syncFileOtherPlan', { title: pending().title })}
              confirmLabel={t('openAsNewPlan')}
              onConfirm={() => void openOtherPlan()}
              onCancel={() => setOtherPlan(null)}
            />
          )}
        </Show>
        <Show when={notice()}>
          {(message) => <Toast message={message()} onDismiss={() => setNotice(null)} />}
        </Show>
      </main>
    </PresenceContext.Provider>
  );
}

function focusRowFor(request: ItemRef | null, sheetId: string): string | null {
  return request?.sheetId === sheetId ? request.rowId : null;
}

function storageProblem(status: StorageStatus): StorageProblem | false {
  return status.ok ? false : status.problem;
}
