import { For } from 'solid-js';
import type { SheetInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';

/** The plan's sheets as tabs; arrow keys move between them. */
export function SheetTabs(props: {
  sheets: SheetInfo[];
  selected: string | null;
  onSelect: (sheetId: string) => void;
}) {
  const { t } = useI18n();
  let list!: HTMLDivElement;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = props.sheets.findIndex((s) => s.id === props.selected);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = props.sheets[(index + step + props.sheets.length) % props.sheets.length];
    if (!next) return;
    event.preventDefault();
    props.onSelect(next.id);
    queueMicrotask(() => list.querySelector<HTMLButtonElement>('[aria-selected="true"]')?.focus());
  };
  return (
    <div
      class="sheet-tabs"
      role="tablist"
      aria-label={t('sheets')}
      ref={list}
      onKeyDown={onKeyDown}
    >
      <For each={props.sheets}>
        {(sheet) => (
          <button
            type="button"
            role="tab"
            class="sheet-tab"
            id={`tab-${sheet.id}`}
            aria-selected={sheet.id === props.selected}
            aria-controls="sheet-panel"
            tabIndex={sheet.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(sheet.id)}
          >
            {sheet.name || '—'}
          </button>
        )}
      </For>
    </div>
  );
}
