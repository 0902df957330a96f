import { createSignal, Show } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { FormDialog } from '../common/FormDialog';
import { Menu } from '../common/Menu';
import { Toast } from '../common/Toast';
import { SheetTabs } from './SheetTabs';

type SheetAction = 'rename' | 'moveLeft' | 'moveRight' | 'delete';

/** The sheet tabs with what can be done to sheets: add, rename, reorder, delete (undoable). */
export function SheetBar(props: {
  view: PlanView;
  selected: string | null;
  readOnly: boolean;
  onSelect: (sheetId: string) => void;
}) {
  const { t } = useI18n();
  const [menu, setMenu] = createSignal<{ x: number; y: number } | null>(null);
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [name, setName] = createSignal('');
  const [deleted, setDeleted] = createSignal<{ id: string; name: string } | null>(null);
  const sheets = () => props.view.sheets();
  const selectedIndex = () => sheets().findIndex((s) => s.id === props.selected);
  const model = () => props.view.model;

  const addSheet = () => {
    const id = model().addSheet(t('newSheet', { n: sheets().length + 1 }), 'custom', [
      { name: t('newColumn'), type: 'text', width: 200 },
    ]);
    props.onSelect(id);
    setName(t('newSheet', { n: sheets().length }));
    setRenaming(id);
  };

  const act = (action: SheetAction) => {
    setMenu(null);
    const sheet = sheets()[selectedIndex()];
    if (!sheet) return;
    switch (action) {
      case 'rename':
        setName(sheet.name);
        setRenaming(sheet.id);
        return;
      case 'moveLeft':
      case 'moveRight':
        model().moveSheet(sheet.id, selectedIndex() + (action === 'moveRight' ? 1 : -1));
        return;
      case 'delete': {
        const neighbour = sheets()[selectedIndex() + 1] ?? sheets()[selectedIndex() - 1];
        model().deleteSheet(sheet.id);
        setDeleted({ id: sheet.id, name: sheet.name });
        if (neighbour) props.onSelect(neighbour.id);
        return;
      }
    }
  };

  return (
    <div class="sheet-bar">
      <SheetTabs
        sheets={sheets()}
        selected={props.selected}
        onSelect={(id) => props.onSelect(id)}
      />
      <Show when={!props.readOnly}>
        <div class="sheet-bar__actions">
          <button
            type="button"
            class="button button--icon button--small button--quiet"
            aria-haspopup="menu"
            aria-label={t('sheetMenu', { sheet: sheets()[selectedIndex()]?.name ?? '' })}
            onClick={(e) => {
              const rect = e.currentTarget.getBoundingClientRect();
              setMenu({ x: rect.right - 200, y: rect.bottom });
            }}
          >
            <span aria-hidden="true">⋯</span>
          </button>
          <button
            type="button"
            class="button button--icon button--small button--quiet"
            aria-label={t('addSheet')}
            title={t('addSheet')}
            onClick={addSheet}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
      </Show>
      <Show when={menu()}>
        {(at) => (
          <Menu<SheetAction>
            label={t('sheetMenu', { sheet: sheets()[selectedIndex()]?.name ?? '' })}
            x={at().x}
            y={at().y}
            items={[
              { id: 'rename', label: t('renameSheet') },
              { id: 'moveLeft', label: t('moveSheetLeft'), disabled: selectedIndex() <= 0 },
              {
                id: 'moveRight',
                label: t('moveSheetRight'),
                disabled: selectedIndex() >= sheets().length - 1,
              },
              { id: 'delete', label: t('deleteSheet'), disabled: sheets().length <= 1 },
            ]}
            onSelect={act}
            onClose={() => setMenu(null)}
          />
        )}
      </Show>
      <Show when={renaming()}>
        {(id) => (
          <FormDialog
            title={t('renameSheet')}
            submitLabel={t('save')}
            onSubmit={() => {
              if (name().trim()) model().renameSheet(id(), name().trim());
              setRenaming(null);
            }}
            onCancel={() => setRenaming(null)}
          >
            <label class="field">
              <span class="field__label">{t('sheetName')}</span>
              <input class="input" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          </FormDialog>
        )}
      </Show>
      <Show when={deleted()}>
        {(sheet) => (
          <Toast
            message={t('sheetDeleted', { sheet: sheet().name })}
            actionLabel={t('undo')}
            onAction={() => {
              model().restoreSheet(sheet().id);
              props.onSelect(sheet().id);
            }}
            onDismiss={() => setDeleted(null)}
          />
        )}
      </Show>
    </div>
  );
}
