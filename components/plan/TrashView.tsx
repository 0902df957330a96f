import { For, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { formatRelative } from '@/lib/i18n/format';
import { rawText } from '@/lib/model/values';
import { useI18n, useServices } from '../app/services';

/** The rows deleted from one sheet, newest first, each with who deleted it and a restore button. */
export function TrashView(props: {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const services = useServices();
  const rows = () =>
    props.view
      .trashedRowIds(props.sheetId)
      .map((id) => props.view.row(props.sheetId, id))
      .filter((row) => row !== undefined)
      .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  const firstColumn = () => props.view.columns(props.sheetId)[0];
  const label = (rowId: string) => {
    const column = firstColumn();
    return column ? rawText(props.view.model.rawCell(props.sheetId, rowId, column.id)) || '—' : '—';
  };
  return (
    <section
      id="sheet-panel"
      class="sheet trash"
      role="tabpanel"
      aria-labelledby={`tab-${props.sheetId}`}
    >
      <div class="sheet__footer">
        <button type="button" class="button button--quiet" onClick={() => props.onBack()}>
          <span aria-hidden="true">←</span> {t('backToSheet')}
        </button>
      </div>
      <Show when={props.view.trashedSheets().length > 0}>
        <h2 class="trash__heading">{t('deletedSheets')}</h2>
        <ul class="trash-list">
          <For each={props.view.trashedSheets()}>
            {(sheet) => (
              <li class="trash-item">
                <div class="trash-item__label">{sheet.name || '—'}</div>
                <button
                  type="button"
                  class="button button--small"
                  disabled={props.readOnly}
                  onClick={() => props.view.model.restoreSheet(sheet.id)}
                >
                  {t('restore')}
                </button>
              </li>
            )}
          </For>
        </ul>
        <h2 class="trash__heading">{t('deletedRows')}</h2>
      </Show>
      <Show when={rows().length > 0} fallback={<p class="muted sheet__empty">{t('trashEmpty')}</p>}>
        <ul class="trash-list">
          <For each={rows()}>
            {(row) => (
              <li class="trash-item">
                <div>
                  <div class="trash-item__label">{label(row.id)}</div>
                  <div class="muted">
                    {t('deletedBy', {
                      who: row.deletedBy ?? '?',
                      when: formatRelative(
                        row.deletedAt ?? services.now(),
                        services.now(),
                        locale(),
                      ),
                    })}
                  </div>
                </div>
                <button
                  type="button"
                  class="button button--small"
                  disabled={props.readOnly}
                  onClick={() => props.view.model.restoreRow(props.sheetId, row.id)}
                >
                  {t('restoreRow')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
