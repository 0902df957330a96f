import { createSignal, Show } from 'solid-js';
import type { ColumnInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';
import { ColumnMenu } from './ColumnMenu';

export type ColumnAction =
  | 'sortAsc'
  | 'sortDesc'
  | 'clearSort'
  | 'filter'
  | 'groupBy'
  | 'rename'
  | 'retype'
  | 'hide'
  | 'moveLeft'
  | 'moveRight'
  | 'insertLeft'
  | 'insertRight';

/** A column's name, its sort, a menu, and a handle to drag its width. */
export function ColumnHeader(props: {
  column: ColumnInfo;
  index: number;
  width: number;
  frozen: boolean;
  sort: 'asc' | 'desc' | null;
  readOnly: boolean;
  isFirst: boolean;
  isLast: boolean;
  onAction: (action: ColumnAction) => void;
  onResizeStart: (event: PointerEvent) => void;
}) {
  const { t } = useI18n();
  const [menu, setMenu] = createSignal<{ x: number; y: number } | null>(null);
  return (
    <div
      class="grid__colhead"
      classList={{ 'gcell--frozen': props.frozen }}
      role="columnheader"
      aria-colindex={props.index + 2}
      aria-sort={
        props.sort === 'asc' ? 'ascending' : props.sort === 'desc' ? 'descending' : undefined
      }
      style={{ width: `${props.width}px` }}
    >
      <span class="grid__colname" title={props.column.name}>
        {props.column.name}
      </span>
      <Show when={props.sort}>
        <span class="grid__sort" aria-hidden="true">
          {props.sort === 'asc' ? '▲' : '▼'}
        </span>
      </Show>
      <button
        type="button"
        class="grid__colmenu"
        tabIndex={-1}
        aria-label={t('columnMenu', { column: props.column.name })}
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          const rect = e.currentTarget.getBoundingClientRect();
          setMenu({ x: rect.left, y: rect.bottom });
        }}
      >
        <span aria-hidden="true">▾</span>
      </button>
      <span class="grid__resize" aria-hidden="true" onPointerDown={(e) => props.onResizeStart(e)} />
      <Show when={menu()}>
        {(at) => (
          <ColumnMenu
            column={props.column}
            x={at().x}
            y={at().y}
            readOnly={props.readOnly}
            isFirst={props.isFirst}
            isLast={props.isLast}
            onAction={(action) => {
              setMenu(null);
              props.onAction(action);
            }}
            onClose={() => setMenu(null)}
          />
        )}
      </Show>
    </div>
  );
}
