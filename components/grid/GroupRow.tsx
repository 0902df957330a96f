import { For, Show, type Accessor } from 'solid-js';
import type { DisplayLine } from '@/lib/grid/types';
import { useI18n } from '../app/services';
import {
  cellId,
  lineCellIds,
  pinnedPartStyle,
  restPartStyle,
  type RowContext,
} from './row-context';

type GroupLine = Extract<DisplayLine, { kind: 'group' }>;

/**
 * A group's label, its count, and a toggle, in the frozen pane beside the grid (so the label
 * stays in view sideways); the line's row is GroupBand, which owns it.
 */
export function GroupLabel(props: {
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
      data-rowindex={props.line() + 2}
      style={pinnedPartStyle(ctx, props.line())}
    >
      <div
        id={cellId(ctx.gridId, props.line(), 0)}
        role="gridcell"
        aria-colindex={1}
        aria-colspan={ctx.columns().length + 1}
        aria-expanded={!props.group().collapsed}
        class="grid__group-cell"
        style={{ width: `${String(ctx.pinnedWidth())}px` }}
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
    </div>
  );
}

/**
 * The row of a group's line in the grid: a band beside the frozen pane that toggles the group
 * too, owning the label there (GroupLabel). It lies under an open editor that reaches down
 * over the line.
 */
export function GroupBand(props: {
  ctx: RowContext;
  line: Accessor<number>;
  group: Accessor<GroupLine>;
}) {
  // eslint-disable-next-line solid/reactivity -- one context object for the grid's lifetime
  const ctx = props.ctx;
  return (
    <div
      class="grid__row grid__rest grid__group grid__group-band"
      role="row"
      aria-rowindex={props.line() + 2}
      aria-owns={lineCellIds(ctx, props.line(), false)}
      data-rowindex={props.line() + 2}
      classList={{ 'gcell--active': ctx.active().row === props.line() }}
      style={restPartStyle(ctx, props.line())}
      onMouseDown={(e) => ctx.onCellMouseDown(e, props.line(), 0)}
      onClick={() => ctx.onToggleGroup(props.group().key)}
    >
      {/* The cursor may stand in any column on a group's line: each has an element to name. */}
      <For each={ctx.columns().slice(1)}>
        {(_, i) => <div id={cellId(ctx.gridId, props.line(), i() + 1)} class="visually-hidden" />}
      </For>
    </div>
  );
}
