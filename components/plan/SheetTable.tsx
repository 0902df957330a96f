import { createMemo, For, Index, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { CellInput } from './CellInput';

/** A plain, correct table of one sheet: every visible column, every row, each cell editable. */
export function SheetTable(props: {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  onShowTrash: () => void;
}) {
  const { t } = useI18n();
  const columns = createMemo(() => props.view.columns(props.sheetId).filter((c) => !c.hidden));
  const rowIds = () => props.view.rowIds(props.sheetId);
  const trashCount = () => props.view.trashedRowIds(props.sheetId).length;
  const sheetName = () => props.view.sheets().find((s) => s.id === props.sheetId)?.name ?? '';

  const addRow = () => {
    props.view.model.stopUndoCapture();
    const id = props.view.model.insertRow(props.sheetId);
    // Adding a row and typing into it are two steps to undo, not one.
    props.view.model.stopUndoCapture();
    // Put the cursor in the new row's first cell, ready to type.
    queueMicrotask(() =>
      document.querySelector<HTMLElement>(`[data-row="${id}"] [data-col-index="0"]`)?.focus(),
    );
  };

  return (
    <section
      id="sheet-panel"
      class="sheet"
      role="tabpanel"
      aria-labelledby={`tab-${props.sheetId}`}
    >
      <div class="sheet__scroller">
        <table class="sheet-table" aria-label={sheetName()}>
          <thead>
            <tr>
              <th scope="col" class="sheet-table__rownum">
                <span class="visually-hidden">#</span>
              </th>
              <For each={columns()}>
                {(column) => (
                  <th
                    scope="col"
                    style={{ 'min-width': `${column.width}px`, width: `${column.width}px` }}
                  >
                    {column.name}
                  </th>
                )}
              </For>
              <th scope="col" class="sheet-table__actions">
                <span class="visually-hidden">{t('rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rowIds()}>
              {(rowId, index) => (
                <tr data-row={rowId}>
                  <th scope="row" class="sheet-table__rownum">
                    {index() + 1}
                  </th>
                  <Index each={columns()}>
                    {(column, columnIndex) => (
                      <td>
                        <CellInput
                          view={props.view}
                          sheetId={props.sheetId}
                          rowId={rowId}
                          column={column()}
                          columnIndex={columnIndex}
                          label={`${column().name}, ${index() + 1}`}
                          readOnly={props.readOnly}
                        />
                      </td>
                    )}
                  </Index>
                  <td class="sheet-table__actions">
                    <button
                      type="button"
                      class="button button--icon button--quiet-danger"
                      aria-label={`${t('deleteRow')} ${index() + 1}`}
                      title={t('deleteRow')}
                      disabled={props.readOnly}
                      onClick={() => props.view.model.deleteRow(props.sheetId, rowId)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={rowIds().length === 0}>
          <p class="muted sheet__empty">{t('noRows')}</p>
        </Show>
      </div>
      <div class="sheet__footer">
        <button
          type="button"
          class="button button--primary"
          disabled={props.readOnly}
          onClick={addRow}
        >
          + {t('addRow')}
        </button>
        <span class="muted">{t('rowCount', { count: rowIds().length })}</span>
        <button type="button" class="button button--quiet" onClick={() => props.onShowTrash()}>
          {t('trash', { count: trashCount() })}
        </button>
      </div>
    </section>
  );
}
