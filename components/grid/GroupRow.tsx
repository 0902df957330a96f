import { For, Show, type Accessor } from 'solid-js';
import type { DisplayLine } from '@/lib/grid/types';
import { useI18n } from '../app/services';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';
import { cellId, type RowContext } from './row-context';

type GroupLine = Extract<DisplayLine, { kind: 'group' }>;

/** The header of a group of rows in a row slot: its label, its count, and a toggle. */
export function GroupRow(props: {
  ctx: RowContext;
  line: Accessor<number>;
  group: Accessor<GroupLine>;
}) {
  const { t } = useI18n();
  // eslint-disable-next-line solid/reactivity -- one context object for the grid's lifetime
  const ctx = props.ctx;
  return (
    <div
      class="grid__row grid__group"
      role="row"
      aria-rowindex={props.line() + 2}
      style={{
        transform: `translateY(${String(HEADER_HEIGHT + props.line() * ROW_HEIGHT)}px)`,
        width: `${String(ctx.totalWidth())}px`,
      }}
    >
      <div
        id={cellId(ctx.gridId, props.line(), 0)}
        role="gridcell"
        aria-colindex={1}
        aria-colspan={ctx.columns().length + 1}
        aria-expanded={!props.group().collapsed}
        class="grid__group-cell"
        style={{ width: `${String(Math.min(ctx.totalWidth(), ctx.viewportWidth()))}px` }}
        classList={{ 'gcell--active': ctx.active().row === props.line() }}
        onMouseDown={(e) => ctx.onCellMouseDown(e, props.line(), 0)}
        onClick={() => ctx.onToggleGroup(props.group().key)}
      >
        <span aria-hidden="true">{props.group().collapsed ? '▸' : '▾'} </span>
        <Show when={props.group().color}>
          {(color) => <span class="gcell__dot" style={{ background: color() }} />}
        </Show>
        {props.group().label || t('emptyGroup')} <span class="muted">({props.group().count})</span>
      </div>
      {/* The cursor may stand in any column on a group's line: each has an element to name. */}
      <For each={ctx.columns().slice(1)}>
        {(_, i) => <div id={cellId(ctx.gridId, props.line(), i() + 1)} class="visually-hidden" />}
      </For>
    </div>
  );
}
