import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { Toast } from '../common/Toast';
import { ImportDialog, type CsvSource } from './ImportDialog';

const CSV_NAME = /\.(csv|txt|tsv)$/i;

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * "Import CSV…" for the sheet's toolbar, and the planner as a drop target for .csv and .txt
 * files while this sheet is shown. Opens the import dialog; after an import, a message with Undo.
 */
export function ImportCsv(props: { view: PlanView; sheetId: string; readOnly: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal<{ initial?: CsvSource } | null>(null);
  const [dragging, setDragging] = createSignal(false);
  const [done, setDone] = createSignal<string | null>(null);
  const sheetName = () => props.view.sheets().find((s) => s.id === props.sheetId)?.name ?? '';

  // The window listens, so a file dropped anywhere on the planner lands here, not in the
  // browser (which would open the file in place of the planner).
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event) || props.readOnly || open()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    setDragging(false);
    if (!hasFiles(event) || props.readOnly || open()) return;
    event.preventDefault();
    const file = Array.from(event.dataTransfer?.files ?? []).find((f) => CSV_NAME.test(f.name));
    if (!file) return;
    void file.arrayBuffer().then((bytes) => setOpen({ initial: { name: file.name, bytes } }));
  };
  onMount(() => {
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
  });
  onCleanup(() => {
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('drop', onDrop);
  });

  return (
    <>
      <button
        type="button"
        class="button button--small"
        disabled={props.readOnly}
        onClick={() => setOpen({})}
      >
        {t('importCsv')}
      </button>
      <Show when={dragging()}>
        <div class="csv-drop" aria-hidden="true">
          {t('csvDropHere', { sheet: sheetName() })}
        </div>
      </Show>
      <Show when={open()}>
        {(opened) => (
          <ImportDialog
            view={props.view}
            sheetId={props.sheetId}
            initial={opened().initial}
            onClose={() => setOpen(null)}
            onImported={(message) => {
              setOpen(null);
              setDone(message);
            }}
          />
        )}
      </Show>
      <Show when={done()}>
        {(message) => (
          <Toast
            message={message()}
            actionLabel={t('undo')}
            onAction={() => props.view.model.undo()}
            onDismiss={() => setDone(null)}
          />
        )}
      </Show>
    </>
  );
}
