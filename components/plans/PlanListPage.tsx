import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { Settings } from '@/lib/browser/storage-items';
import { useI18n, useServices, useSettings } from '../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { JoinDialog } from '../sharing/JoinDialog';
import { pickFile } from '../sync/file-io';
import { syncImportMessage } from '../sync/syncMessage';
import { SYNC_FILE_EXTENSION } from '@/lib/sync/sync-file';
import { CreatePlanForm } from './CreatePlanForm';
import { PlanListItem } from './PlanListItem';
import { TrashedPlanItem } from './TrashedPlanItem';
import type { PlanEntry } from '@/lib/sync/plan-index';

/** The plans in this browser: create, open, rename, delete, and the recently deleted ones. */
export function PlanListPage(props: {
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onOpen: (planId: string) => void;
}) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [listing, { refetch }] = createResource(() => services.directory.list());
  const [deleting, setDeleting] = createSignal<PlanEntry | null>(null);
  const [fileProblem, setFileProblem] = createSignal('');
  const [joining, setJoining] = createSignal(false);
  const { openSettings } = useSettings();

  const openSyncFile = async () => {
    const picked = await pickFile(SYNC_FILE_EXTENSION);
    if (!picked) return;
    const opened = await services.directory.openSyncFile(picked.bytes);
    if (opened.planId) {
      props.onOpen(opened.planId);
      return;
    }
    setFileProblem(syncImportMessage(opened.result, t, locale()));
  };
  onCleanup(services.directory.watch(() => void refetch()));

  const confirmDelete = async () => {
    const entry = deleting();
    setDeleting(null);
    if (entry) await services.directory.delete(entry.id);
    await refetch();
  };

  return (
    <main class="page">
      <header class="page__header">
        <h1 class="brand">{t('appName')}</h1>
        <button
          type="button"
          class="button button--quiet page__settings"
          onClick={() => openSettings()}
        >
          <span aria-hidden="true">⚙</span> {t('settings')}
        </button>
      </header>
      <label class="field field--inline">
        <span class="field__label">{t('yourName')}</span>
        <input
          class="input"
          value={props.settings.displayName}
          aria-describedby="your-name-help"
          autocomplete="name"
          onChange={(e) =>
            props.onSettings({ ...props.settings, displayName: e.currentTarget.value.trim() })
          }
        />
        <span id="your-name-help" class="field__help">
          {t('yourNameHelp')}
        </span>
      </label>
      <CreatePlanForm onCreated={props.onOpen} />
      <div class="plan-list__file plan-list__actions">
        <button type="button" class="button button--small" onClick={() => setJoining(true)}>
          {t('joinPlan')}
        </button>
        <button type="button" class="button button--small" onClick={() => void openSyncFile()}>
          {t('openSyncFile')}
        </button>
        <Show when={fileProblem()}>
          <p class="error" role="alert">
            {fileProblem()}
          </p>
        </Show>
      </div>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t('plans')}</h2>
        <Show when={listing()} fallback={<p class="muted">…</p>}>
          {(current) => (
            <>
              <Show
                when={current().plans.length > 0}
                fallback={<p class="muted">{t('noPlans')}</p>}
              >
                <ul class="plan-list">
                  <For each={current().plans}>
                    {(entry) => (
                      <PlanListItem
                        entry={entry}
                        onOpen={() => props.onOpen(entry.id)}
                        onDelete={() => setDeleting(entry)}
                        onRenamed={() => void refetch()}
                      />
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={current().trash.length > 0}>
                <h2>{t('recentlyDeleted')}</h2>
                <ul class="plan-list plan-list--trash">
                  <For each={current().trash}>
                    {(entry) => <TrashedPlanItem entry={entry} onRestored={() => void refetch()} />}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </section>
      <Show when={joining()}>
        <JoinDialog
          onJoined={(planId) => {
            setJoining(false);
            props.onOpen(planId);
          }}
          onCancel={() => setJoining(false)}
        />
      </Show>
      <Show when={deleting()}>
        {(entry) => (
          <ConfirmDialog
            message={t('confirmDeletePlan', { title: entry().title })}
            confirmLabel={t('delete')}
            onConfirm={() => void confirmDelete()}
            onCancel={() => setDeleting(null)}
          />
        )}
      </Show>
    </main>
  );
}
