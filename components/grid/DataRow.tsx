import { createMemo, For, Show, untrack, type Accessor } from 'solid-js';
import { cellFaceOf, type CellFace } from '@/lib/grid/cell-face';
import { presenceKey, type CellPresence } from '@/lib/grid/presence';
import type { ColumnInfo } from '@/lib/model/schema';
import { sameCellRead } from '@/lib/model/values';
import { useI18n } from '../app/services';
import { CellEditor, type TextPresence } from './CellEditor';
import { usePresence } from './presence-context';
import { createCellDrawer } from './CellView';
import { ROW_HEADER_WIDTH } from './geometry';
import {
  cellId,
  lineCellIds,
  pinnedPartStyle,
  restPartStyle,
  rowHeadId,
  type RowContext,
} from './row-context';

/** The columns of a line that fall in the selection, or null when the line is outside it. */
interface SelectedColumns {
  left: number;
  right: number;
}

const FIRST = () => 0;

const sameColumns = (a: SelectedColumns | null, b: SelectedColumns | null) =>
  a === b || (a !== null && b !== null && a.left === b.left && a.right === b.right);

/** What the two parts of a data line (see PinnedCells and DataRow) read, made once per slot. */
export interface RowState {
  line: Accessor<number>;
  rowId: Accessor<string>;
  /** Grows when the row's content changes; the line's cells re-read the model by it. */
  stamp: Accessor<number>;
  overdue: Accessor<boolean>;
  activeCol: Accessor<number>;
  selected: Accessor<SelectedColumns | null>;
  editingColumn: Accessor<string | null>;
  othersHere: Accessor<Map<string, CellPresence[]> | null>;
}

/**
 * The state of the line in a row slot. The slot is reused for whichever line scrolls into it:
 * `line` changes, the DOM and computations stay. Whatever the selection, the cursor or the
 * editor is first narrowed to this line here, so a move of the cursor wakes two rows, not
 * every cell.
 */
export function createRowState(ctx: RowContext, line: Accessor<number>): RowState {
  const rowId = createMemo(() => {
    const shown = ctx.lines()[line()];
    return shown?.kind === 'row' ? shown.rowId : '';
  });
  // Watched anew (and the old watch ended) if the grid is handed another plan view.
  const watch = createMemo(() => ctx.view().watchRow(rowId));
  const stamp = () => watch()();
  const overdue = createMemo(() => {
    stamp();
    return rowId() !== '' && ctx.overdueRow(rowId());
  });
  const activeCol = createMemo(() => {
    const active = ctx.active();
    return active.row === line() ? active.col : -1;
  });
  const selected = createMemo<SelectedColumns | null>(
    () => {
      const r = ctx.range();
      const at = line();
      return r.top <= at && at <= r.bottom ? { left: r.left, right: r.right } : null;
    },
    null,
    { equals: sameColumns },
  );
  const editingColumn = createMemo(() => {
    const e = ctx.editing();
    return e !== null && e.rowId === rowId() ? e.columnId : null;
  });
  // The others in this row, by column: a move of another member wakes the rows they left and
  // entered, not every cell.
  const othersHere = createMemo(
    () => {
      const all = ctx.presence();
      if (all.size === 0 || rowId() === '') return null;
      const here = new Map<string, CellPresence[]>();
      for (const column of ctx.columns()) {
        const found = all.get(presenceKey(rowId(), column.id));
        if (found) here.set(column.id, found);
      }
      return here.size > 0 ? here : null;
    },
    null,
    { equals: samePresence },
  );
  return { line, rowId, stamp, overdue, activeCol, selected, editingColumn, othersHere };
}

/**
 * A data line's row head and first cell, in the frozen pane beside the grid: one sticky pane
 * keeps the first column in view for every line, where a sticky box per row made the
 * compositor take a layer per row on every frame. The line's row (DataRow) owns both.
 */
export function PinnedCells(props: { ctx: RowContext; row: RowState }) {
  const { t } = useI18n();
  // eslint-disable-next-line solid/reactivity -- one context object for the grid's lifetime
  const ctx = props.ctx;
  const line = () => props.row.line();
  const number = () => ctx.rowNumber(line());
  return (
    <div
      class="grid__row grid__pinned"
      data-rowindex={line() + 2}
      classList={{
        'grid__row--overdue': props.row.overdue(),
        'grid__row--editing': props.row.editingColumn() !== null,
      }}
      style={pinnedPartStyle(ctx, line())}
    >
      <div
        id={rowHeadId(ctx.gridId, line())}
        class="grid__rowhead"
        role="rowheader"
        aria-colindex={1}
        style={{ width: `${String(ROW_HEADER_WIDTH)}px` }}
      >
        <button
          type="button"
          class="grid__rowmenu"
          tabIndex={-1}
          aria-label={t('rowMenu', { row: number() })}
          title={ctx.canReorder() ? t('dragToMove') : undefined}
          onPointerDown={(e) => ctx.onRowHandleDown(e, line())}
        >
          {number()}
        </button>
      </div>
      <Show when={ctx.columns()[0]} keyed>
        {(column) => <DataCell ctx={ctx} row={props.row} column={column} colIndex={FIRST} />}
      </Show>
    </div>
  );
}

/**
 * A data line's row in the grid: its cells after the first, beside the frozen pane, and by
 * aria-owns its row head and first cell there, listed in column order (as ARIA reads them).
 */
export function DataRow(props: { ctx: RowContext; row: RowState }) {
  // eslint-disable-next-line solid/reactivity -- one context object for the grid's lifetime
  const ctx = props.ctx;
  const line = () => props.row.line();
  return (
    <div
      class="grid__row grid__rest"
      role="row"
      aria-rowindex={line() + 2}
      aria-selected={props.row.selected() !== null}
      aria-owns={lineCellIds(ctx, line(), true)}
      data-rowindex={line() + 2}
      classList={{ 'grid__row--editing': props.row.editingColumn() !== null }}
      style={restPartStyle(ctx, line())}
    >
      <For each={ctx.columns().slice(1)}>
        {(column, i) => (
          <DataCell ctx={ctx} row={props.row} column={column} colIndex={() => i() + 1} />
        )}
      </For>
    </div>
  );
}

function DataCell(props: {
  ctx: RowContext;
  row: RowState;
  column: ColumnInfo;
  colIndex: Accessor<number>;
}) {
  // eslint-disable-next-line solid/reactivity -- one context object for the grid's lifetime
  const ctx = props.ctx;
  const { t, locale } = useI18n();
  const others = () => props.row.othersHere()?.get(props.column.id);
  const isActive = () => props.row.activeCol() === props.colIndex();
  const isSelected = () => {
    const s = props.row.selected();
    return s !== null && s.left <= props.colIndex() && props.colIndex() <= s.right;
  };
  // A row's cells are re-read together when any of them changes (by the row's stamp): the
  // others, read the same, must not render again (on every keystroke in one cell, eleven did).
  const read = createMemo(
    () => {
      props.row.stamp();
      return ctx.view().model.cell(ctx.sheetId(), props.row.rowId(), props.column);
    },
    undefined,
    { equals: sameCellRead },
  );
  // Decided once: a cell keeps its column for its whole life (a changed column gives the grid
  // new column objects, and so new cells), and only the computed column's cells look for a figure.
  const hasComputed = untrack(() => ctx.computedColumnId() === props.column.id);
  const isDate = untrack(() => props.column.type === 'date');
  const face = (): CellFace => {
    const shown = read();
    return cellFaceOf(
      shown,
      props.column,
      locale(),
      // Only the due date's cells follow the row's overdue mark.
      isDate && props.column.id === ctx.dueColumnId() && props.row.overdue(),
      hasComputed && shown.state === 'empty' ? ctx.computed(props.row.rowId()) : undefined,
    );
  };
  const draw = createCellDrawer(t);
  const presence = usePresence();
  // Carets in a long text travel as positions that stay with their letters (lib/model), so
  // that typing by others before a caret does not shift it onto another word.
  const textPresence = (): TextPresence | undefined => {
    if (!presence || props.column.type !== 'longText') return undefined;
    const model = ctx.view().model;
    const cell = { sheetId: ctx.sheetId(), rowId: props.row.rowId(), columnId: props.column.id };
    return {
      publish(anchor, head) {
        const from = model.textPosition(cell.sheetId, cell.rowId, cell.columnId, anchor);
        const to = model.textPosition(cell.sheetId, cell.rowId, cell.columnId, head);
        if (from && to) presence.setTextCursor({ cell, anchor: from, head: to });
      },
      clear: () => presence.setTextCursor(null),
      carets: () =>
        presence.members().flatMap((member) => {
          const text = member.text;
          if (!text || text.cell.rowId !== cell.rowId || text.cell.columnId !== cell.columnId)
            return [];
          const index = model.textIndex(cell.sheetId, cell.rowId, cell.columnId, text.head);
          return index === null ? [] : [{ name: member.name, colour: member.colour, index }];
        }),
    };
  };
  const classes = () => {
    let c = 'gcell';
    if (isActive()) c += ' gcell--active';
    else if (isSelected()) c += ' gcell--selected';
    if (props.column.type === 'number' || props.column.type === 'progress') c += ' gcell--number';
    return c;
  };
  return (
    <div
      id={cellId(ctx.gridId, props.row.line(), props.colIndex())}
      role="gridcell"
      aria-colindex={props.colIndex() + 2}
      aria-selected={isSelected()}
      class={classes()}
      classList={{ 'gcell--peer': others() !== undefined }}
      // The names show through CSS (::after): text of the cell's own would read as its value.
      data-peer={others()
        ?.map((member) => member.name)
        .join(', ')}
      style={{
        width: `${String(ctx.widths()[props.colIndex()] ?? props.column.width)}px`,
        '--peer-colour': others()?.[0]?.colour,
      }}
      onMouseDown={(e) => ctx.onCellMouseDown(e, props.row.line(), props.colIndex())}
      onDblClick={() => ctx.onCellDblClick(props.row.line(), props.colIndex())}
    >
      <Show
        when={props.row.editingColumn() === props.column.id && ctx.editing()}
        // Drawn in the Show's own computation: the cell's one computation for what it shows.
        fallback={draw(face())}
      >
        {(e) => {
          const edit = e();
          return (
            <CellEditor
              column={props.column}
              initial={edit.initial}
              replace={edit.replace}
              today={ctx.today()}
              people={ctx.people()}
              write={(value, text) => ctx.writeEditing(edit, value, text)}
              onExit={ctx.exitEditing}
              textPresence={textPresence()}
            />
          );
        }}
      </Show>
    </div>
  );
}

function samePresence(
  a: Map<string, CellPresence[]> | null,
  b: Map<string, CellPresence[]> | null,
): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.size !== b.size) return false;
  for (const [columnId, here] of a) {
    const there = b.get(columnId);
    if (!there || there.length !== here.length) return false;
    if (here.some((m, i) => m.name !== there[i]?.name || m.colour !== there[i]?.colour)) {
      return false;
    }
  }
  return true;
}
