import {
  createEffect,
  createMemo,
  createSignal,
  For,
  onCleanup,
  onMount,
  Show,
  untrack,
} from 'solid-js';
import type { ComputedCell } from '@/lib/grid/cell-face';
import { formatCellText } from '@/lib/grid/cell-input';
import { formatTable, parseTable } from '@/lib/grid/clipboard';
import { navigate } from '@/lib/grid/navigation';
import { presenceByCell } from '@/lib/grid/presence';
import { isDoneOption, isOverdue } from '@/lib/grid/overdue';
import { planClear, planFillDown, planPaste } from '@/lib/grid/paste';
import { rowWindow } from '@/lib/grid/row-window';
import { extendTo, isInRange, rangeOf, selectionAt } from '@/lib/grid/selection';
import type {
  CellPos,
  CellRange,
  DisplayLine,
  PastePlan,
  PasteProblem,
  Selection,
} from '@/lib/grid/types';
import type { ColumnInfo } from '@/lib/model/schema';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import type { EditorExit } from './CellEditor';
import { ColumnHeader, type ColumnAction } from './ColumnHeader';
import { columnOffsets, HEADER_HEIGHT, ROW_HEADER_WIDTH, OVERSCAN, ROW_HEIGHT } from './geometry';
import { cellId as cellIdIn, type Editing, type RowContext } from './row-context';
import { RowMenu, type RowAction } from './RowMenu';
import { createRowSlots, FrozenPane, SlotRows } from './RowSlots';
import { usePresence } from './presence-context';

export interface GridProps {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  /** The plan is still loading (shown from its first-screen copy): edits wait for it. */
  loading?: boolean;
  columns: readonly ColumnInfo[];
  lines: readonly DisplayLine[];
  people: readonly string[];
  today: string;
  sortOf: (columnId: string) => 'asc' | 'desc' | null;
  /** Rows can be dragged only where the shown order is the sheet's own (no sort, no groups). */
  canReorder: boolean;
  onToggleGroup: (key: string) => void;
  onColumnAction: (column: ColumnInfo, action: ColumnAction) => void;
  /** Told which column the cursor is in, for the toolbar's column menu. */
  onActiveColumn?: (index: number) => void;
  onRowsDeleted: (rowIds: string[]) => void;
  onPasteProblems: (problems: PasteProblem[]) => void;
  onFind: () => void;
  /** Lets the sheet move the cursor (to a find match, a new row). */
  ref?: (api: GridApi) => void;
  /** Figures shown in the empty cells of one column (the Indicators sheet's counted actuals). */
  computed?: { columnId: string; cell: (rowId: string) => ComputedCell | undefined };
}

export interface GridApi {
  /** Makes a cell the active one; `centre` brings its row to the middle (coming from elsewhere). */
  focusCell(rowId: string, columnIndex: number, centre?: boolean): void;
  focus(): void;
}

let gridCounter = 0;

/**
 * The spreadsheet grid: only the lines in view are in the DOM, focus stays on the grid
 * (the active cell is its aria-activedescendant), and every key follows the WAI-ARIA grid
 * pattern. All decisions about selection, paste and filling are pure functions in lib/grid.
 */
export function Grid(props: GridProps) {
  const { t, locale } = useI18n();
  const gridId = `grid-${++gridCounter}`;
  let scroller!: HTMLDivElement;
  let gridEl!: HTMLDivElement;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [viewportHeight, setViewportHeight] = createSignal(600);
  const [selection, setSelection] = createSignal<Selection>(selectionAt({ row: 0, col: 0 }));
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [rowMenu, setRowMenu] = createSignal<{ line: number; x: number; y: number } | null>(null);
  const [widthOverride, setWidthOverride] = createSignal<Record<string, number>>({});
  const [dropLine, setDropLine] = createSignal<number | null>(null);

  const [viewportWidth, setViewportWidth] = createSignal(1200);
  // The frozen first column may take at most 45 % of a narrow panel, so others stay in view.
  const widths = createMemo(() =>
    props.columns.map((c, i) => {
      const width = widthOverride()[c.id] ?? c.width;
      return i === 0 ? Math.min(width, Math.max(120, Math.round(viewportWidth() * 0.45))) : width;
    }),
  );
  const offsets = createMemo(() => columnOffsets(widths()));
  // The frozen pane: the row heads and the first column, kept in view by one sticky box.
  const pinnedWidth = createMemo(() => ROW_HEADER_WIDTH + (widths()[0] ?? 0));
  const bounds = () => ({
    rows: props.lines.length,
    cols: props.columns.length,
    pageRows: Math.max(1, Math.floor((viewportHeight() - HEADER_HEIGHT) / ROW_HEIGHT) - 1),
  });
  const lineWindow = createMemo(
    () =>
      rowWindow(scrollTop(), viewportHeight(), props.lines.length, {
        rowHeight: ROW_HEIGHT,
        overscan: OVERSCAN,
      }),
    undefined,
    { equals: (a, b) => a.first === b.first && a.count === b.count },
  );
  const range = createMemo(() => rangeOf(clampSelection(selection())));
  // One position object per move of the cursor: the rows compare against it on every change.
  const active = createMemo(() => clampSelection(selection()).focus, undefined, {
    equals: (a, b) => a.row === b.row && a.col === b.col,
  });

  // The columns that make a Plan row late: its first date column after the first, and a
  // status choice. Without both, nothing is marked overdue.
  const dueColumn = createMemo(() => props.columns.filter((c) => c.type === 'date').at(-1));
  const statusColumn = createMemo(() =>
    props.columns.find((c) => c.type === 'choice' && c.options.some(isDoneOption)),
  );

  function clampSelection(sel: Selection): Selection {
    const clamp = (p: CellPos): CellPos => ({
      row: Math.max(0, Math.min(p.row, props.lines.length - 1)),
      col: Math.max(0, Math.min(p.col, props.columns.length - 1)),
    });
    return { anchor: clamp(sel.anchor), focus: clamp(sel.focus) };
  }

  const rowIdAt = (line: number): string | null => {
    const l = props.lines[line];
    return l?.kind === 'row' ? l.rowId : null;
  };
  const rowLineIds = createMemo(() =>
    props.lines.flatMap((l) => (l.kind === 'row' ? [l.rowId] : [])),
  );
  /** Index among the sheet's shown rows (group headers skipped) of a line. */
  // rowsBefore[i]: how many sheet rows (not group headers) stand before line i. Counted once
  // per change of the lines, so a row's number costs nothing while scrolling a long sheet.
  const rowsBefore = createMemo(() => {
    const lines = props.lines;
    const counts = new Int32Array(lines.length + 1);
    for (let i = 0; i < lines.length; i++)
      counts[i + 1] = counts[i]! + (lines[i]?.kind === 'row' ? 1 : 0);
    return counts;
  });
  const rowIndexOfLine = (line: number): number => {
    const counts = rowsBefore();
    return counts[Math.max(0, Math.min(line, counts.length - 1))] ?? 0;
  };
  const rangeRows = (r: CellRange): CellRange => ({
    ...r,
    top: rowIndexOfLine(r.top),
    bottom: rowIndexOfLine(r.bottom + 1) - 1,
  });
  const pasteContext = () => ({
    rowIds: rowLineIds(),
    columns: props.columns,
    locale: locale(),
    today: props.today,
    read: (rowId: string, column: ColumnInfo) => props.view.cell(props.sheetId, rowId, column),
  });

  const cellId = (line: number, col: number) => cellIdIn(gridId, line, col);

  function overdueRow(rowId: string): boolean {
    const due = dueColumn();
    const status = statusColumn();
    if (!due || !status) return false;
    // Read without subscribing: the row slot that asks subscribes by the row's stamp.
    const dueRead = props.view.model.cell(props.sheetId, rowId, due);
    const statusRead = props.view.model.cell(props.sheetId, rowId, status);
    const option =
      statusRead.state === 'ok' ? status.options.find((o) => o.id === statusRead.value) : undefined;
    const done = option ? isDoneOption(option) : false;
    return isOverdue(dueRead.state === 'ok' ? String(dueRead.value) : null, done, props.today);
  }

  // ---- scrolling ----

  let frame = 0;
  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      setScrollTop(scroller.scrollTop);
    });
  };
  onMount(() => {
    const measure = () => {
      setViewportHeight(scroller.clientHeight);
      if (scroller.clientWidth > 0) setViewportWidth(scroller.clientWidth);
    };
    // The first size comes from the observer, which reports after the frame's own layout and
    // before its paint; reading it here would force a layout of the whole page mid-render.
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    onCleanup(() => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    });
    props.ref?.(api);
  });

  function scrollIntoView(pos: CellPos, centre = false): void {
    const top = pos.row * ROW_HEIGHT;
    const visibleTop = scroller.scrollTop;
    const visibleBottom = visibleTop + scroller.clientHeight - HEADER_HEIGHT;
    if (centre) scroller.scrollTop = top - (scroller.clientHeight - HEADER_HEIGHT - ROW_HEIGHT) / 2;
    else if (top < visibleTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > visibleBottom)
      scroller.scrollTop = top + ROW_HEIGHT - (scroller.clientHeight - HEADER_HEIGHT);
    const left = offsets().lefts[pos.col] ?? 0;
    const width = widths()[pos.col] ?? 0;
    // The first column is frozen: others must clear it.
    const frozen = pinnedWidth();
    if (pos.col > 0 && left - scroller.scrollLeft < frozen) scroller.scrollLeft = left - frozen;
    else if (left + width > scroller.scrollLeft + scroller.clientWidth) {
      scroller.scrollLeft = left + width - scroller.clientWidth;
    }
    setScrollTop(scroller.scrollTop);
  }

  function moveTo(sel: Selection, centre = false): void {
    held = null;
    const next = clampSelection(sel);
    setSelection(next);
    props.onActiveColumn?.(next.focus.col);
    scrollIntoView(next.focus, centre);
    gridEl.focus({ preventScroll: true });
  }

  // ---- editing ----

  // Typed while the plan still loads (shown from its first-screen copy): the edit opens with
  // what was typed as soon as the plan takes edits, unless the cursor moved on meanwhile.
  let held: { rowId: string; col: number; typed: string | null } | null = null;
  createEffect(() => {
    if (props.readOnly || !held) return;
    const { rowId, col, typed } = held;
    held = null;
    const line = untrack(() => props.lines.findIndex((l) => l.kind === 'row' && l.rowId === rowId));
    if (line >= 0) untrack(() => startEditing({ row: line, col }, typed));
  });

  function startEditing(pos: CellPos, typed: string | null): void {
    if (props.readOnly) {
      const rowId = rowIdAt(pos.row);
      if (!props.loading || !rowId) return;
      const more = held?.rowId === rowId && held.col === pos.col ? held.typed : null;
      held = { rowId, col: pos.col, typed: typed === null ? more : (more ?? '') + typed };
      return;
    }
    const rowId = rowIdAt(pos.row);
    const column = props.columns[pos.col];
    if (!rowId || !column) return;
    if (column.type === 'checkbox') {
      toggleCheckbox(rowId, column);
      return;
    }
    const read = props.view.cell(props.sheetId, rowId, column);
    props.view.model.stopUndoCapture();
    setEditing({
      rowId,
      columnId: column.id,
      initial:
        typed ??
        (read.state === 'ok' && column.type === 'choice'
          ? labelOf(column, read.value)
          : formatCellText(read, column, locale())),
      replace: typed !== null,
      wrote: false,
    });
  }

  function labelOf(column: ColumnInfo, value: unknown): string {
    return column.options.find((o) => o.id === value)?.label ?? '';
  }

  function toggleCheckbox(rowId: string, column: ColumnInfo): void {
    const read = props.view.cell(props.sheetId, rowId, column);
    props.view.model.setCell(
      props.sheetId,
      rowId,
      column.id,
      !(read.state === 'ok' && read.value === true),
    );
  }

  /**
   * Writes what the editor of `e` holds. The editor names its own edit: it may write its last
   * keystroke while it closes, when the grid has already let go of the edit.
   */
  function writeEditing(e: Editing, value: unknown, text: string): boolean {
    const ok = props.view.model.setCell(props.sheetId, e.rowId, e.columnId, value, {
      continueEdit: true,
    }).ok;
    // Should the editor be rebuilt (its column changed, its row moved), it resumes from what
    // was typed, and does not type the first character again.
    e.initial = text;
    e.replace = false;
    if (ok) e.wrote = true;
    return ok;
  }

  // The edited row or column left the view (another member deleted it, a filter hid it):
  // the edit ends, and the keys go back to the grid.
  createEffect(() => {
    const e = editing();
    if (e && !placeOf(e.rowId, e.columnId)) {
      setEditing(null);
      gridEl.focus({ preventScroll: true });
    }
  });

  /** Where a row and column are shown now, if they still are. */
  function placeOf(rowId: string, columnId: string): CellPos | null {
    const row = props.lines.findIndex((l) => l.kind === 'row' && l.rowId === rowId);
    const col = props.columns.findIndex((c) => c.id === columnId);
    return row < 0 || col < 0 ? null : { row, col };
  }

  function exitEditing(how: EditorExit): void {
    const e = editing();
    if (!e) return;
    setEditing(null);
    // Esc takes back the edit's own undo step: the cell is as it was, whatever it held,
    // and nothing is left to undo or redo for it.
    if (how === 'cancel' && e.wrote) props.view.model.revertCurrentStep();
    const pos = placeOf(e.rowId, e.columnId);
    // Focus went elsewhere (the find box, a dialog): leave it there.
    if (how === 'blur') {
      if (pos) setSelection(selectionAt(pos));
      return;
    }
    if (!pos) {
      gridEl.focus({ preventScroll: true });
      return;
    }
    const step = { down: 'Enter', up: 'Enter', right: 'Tab', left: 'Tab' } as const;
    const sel = selectionAt(pos);
    const moved =
      how === 'stay' || how === 'cancel'
        ? sel
        : (navigate(
            sel,
            { key: step[how], shift: how === 'up' || how === 'left', mod: false, alt: false },
            bounds(),
          ) ?? sel);
    moveTo(moved);
  }

  // ---- block operations ----

  function applyPlan(plan: PastePlan): void {
    if (plan.problems.length > 0) {
      props.onPasteProblems(plan.problems);
      return;
    }
    const result = props.view.model.applyCellWrites(props.sheetId, plan.writes, plan.newRows);
    if (!result.ok) {
      props.onPasteProblems(
        result.refused.map((w) => ({
          row: rowLineIds().indexOf(w.rowId) + 1,
          col: props.columns.findIndex((c) => c.id === w.columnId) + 1,
          columnName: props.columns.find((c) => c.id === w.columnId)?.name ?? '',
          text: String(w.value),
        })),
      );
    }
  }

  function copyText(): string {
    const r = range();
    const rows: string[][] = [];
    for (let line = r.top; line <= r.bottom; line++) {
      const rowId = rowIdAt(line);
      if (!rowId) continue;
      const cells: string[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const column = props.columns[col];
        cells.push(
          column
            ? formatCellText(props.view.cell(props.sheetId, rowId, column), column, locale())
            : '',
        );
      }
      rows.push(cells);
    }
    return formatTable(rows);
  }

  function clearRange(): void {
    if (props.readOnly) return;
    applyPlan({
      writes: planClear(rangeRows(range()), pasteContext()),
      newRows: 0,
      problems: [],
      droppedColumns: 0,
    });
  }

  function selectedRowIds(): string[] {
    const r = range();
    const ids: string[] = [];
    for (let line = r.top; line <= r.bottom; line++) {
      const id = rowIdAt(line);
      if (id) ids.push(id);
    }
    return ids;
  }

  function rowAction(line: number, action: RowAction): void {
    setRowMenu(null);
    const rowId = rowIdAt(line);
    if (props.readOnly || !rowId) return;
    const rowIndex = props.view.rowIds(props.sheetId).indexOf(rowId);
    const model = props.view.model;
    switch (action) {
      case 'insertAbove':
      case 'insertBelow': {
        const id = model.insertRow(props.sheetId, rowIndex + (action === 'insertBelow' ? 1 : 0));
        queueMicrotask(() => api.focusCell(id, 0));
        return;
      }
      case 'moveUp':
      case 'moveDown': {
        const to = rowIndex + (action === 'moveDown' ? 1 : -1);
        if (to < 0 || to >= props.view.rowIds(props.sheetId).length) return;
        model.moveRow(props.sheetId, rowId, to);
        const col = active().col;
        queueMicrotask(() => api.focusCell(rowId, col));
        return;
      }
      case 'delete': {
        const ids = isInRange({ row: line, col: active().col }, range())
          ? selectedRowIds()
          : [rowId];
        model.deleteRows(props.sheetId, ids);
        props.onRowsDeleted(ids);
        return;
      }
    }
  }

  const api: GridApi = {
    focusCell: (rowId, columnIndex, centre) => {
      const line = props.lines.findIndex((l) => l.kind === 'row' && l.rowId === rowId);
      if (line >= 0) moveTo(selectionAt({ row: line, col: columnIndex }), centre);
    },
    focus: () => gridEl.focus(),
  };

  // ---- keyboard and clipboard ----

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing()) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    const lower = key.toLowerCase();
    const pos = active();
    const line = props.lines[pos.row];
    if (mod && (lower === 'z' || lower === 'y')) {
      event.preventDefault();
      if (props.readOnly) return;
      if (lower === 'y' || event.shiftKey) props.view.model.redo();
      else props.view.model.undo();
      return;
    }
    if (mod && lower === 'd') {
      event.preventDefault();
      if (!props.readOnly) applyPlan(planFillDown(rangeRows(range()), pasteContext()));
      return;
    }
    if (mod && lower === 'f') {
      event.preventDefault();
      props.onFind();
      return;
    }
    if (mod && (key === '-' || key === 'Subtract')) {
      event.preventDefault();
      rowAction(pos.row, 'delete');
      return;
    }
    if (mod && (key === '+' || key === '=') && event.shiftKey) {
      event.preventDefault();
      rowAction(pos.row, 'insertBelow');
      return;
    }
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      rowAction(pos.row, key === 'ArrowUp' ? 'moveUp' : 'moveDown');
      return;
    }
    if (key === 'ContextMenu' || (key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openRowMenu(pos.row);
      return;
    }
    if (line?.kind === 'group' && (key === 'Enter' || key === ' ')) {
      event.preventDefault();
      props.onToggleGroup(line.key);
      return;
    }
    if (key === 'Enter' || key === 'F2') {
      event.preventDefault();
      startEditing(pos, null);
      return;
    }
    if (key === ' ' && props.columns[pos.col]?.type === 'checkbox') {
      event.preventDefault();
      startEditing(pos, null);
      return;
    }
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      clearRange();
      return;
    }
    const next = navigate(
      selection(),
      { key, shift: event.shiftKey, mod, alt: event.altKey },
      bounds(),
    );
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (key.length === 1 && !mod && !event.altKey) {
      event.preventDefault();
      startEditing(pos, key);
    }
  };

  const onCopy = (event: ClipboardEvent) => {
    if (editing()) return;
    event.preventDefault();
    event.clipboardData?.setData('text/plain', copyText());
  };
  const onCut = (event: ClipboardEvent) => {
    if (editing()) return;
    onCopy(event);
    clearRange();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (editing() || props.readOnly) return;
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    const r = range();
    const target = { row: rowIndexOfLine(r.top), col: r.left };
    applyPlan(planPaste(parseTable(text), target, { ...pasteContext(), selection: rangeRows(r) }));
  };

  function openRowMenu(line: number, anchor?: HTMLElement): void {
    const rect = anchor?.getBoundingClientRect();
    const top = rect ? rect.bottom : HEADER_HEIGHT + (line + 1) * ROW_HEIGHT - scroller.scrollTop;
    setRowMenu({ line, x: rect ? rect.left : 8, y: top });
  }

  // ---- mouse ----

  const onCellMouseDown = (event: MouseEvent, line: number, col: number) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const pos = { row: line, col };
    if (editing()) exitEditing('blur');
    moveTo(event.shiftKey ? extendTo(selection(), pos) : selectionAt(pos));
  };

  // ---- row drag ----

  /** Drags a row by its number to another place; a press without movement opens its menu. */
  function startRowDrag(event: PointerEvent, line: number): void {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget as HTMLElement;
    const startY = event.clientY;
    let dragging = false;
    handle.setPointerCapture(event.pointerId);
    const lineAt = (clientY: number) => {
      const top = scroller.getBoundingClientRect().top + HEADER_HEIGHT;
      const y = clientY - top + scroller.scrollTop;
      return Math.max(0, Math.min(props.lines.length - 1, Math.floor(y / ROW_HEIGHT)));
    };
    const onMove = (e: PointerEvent) => {
      if (!dragging && Math.abs(e.clientY - startY) < 5) return;
      dragging = !props.readOnly && props.canReorder;
      if (dragging) setDropLine(lineAt(e.clientY));
    };
    const onUp = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      setDropLine(null);
      if (!dragging) {
        moveTo(selectionAt({ row: line, col: active().col }));
        openRowMenu(line, handle);
        return;
      }
      const rowId = rowIdAt(line);
      const targetId = rowIdAt(lineAt(e.clientY));
      if (!rowId || !targetId || rowId === targetId) return;
      const to = props.view.rowIds(props.sheetId).indexOf(targetId);
      props.view.model.moveRow(props.sheetId, rowId, to);
      queueMicrotask(() => api.focusCell(rowId, active().col));
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  }

  // ---- column resize ----

  function startResize(event: PointerEvent, column: ColumnInfo, index: number): void {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = widths()[index] ?? column.width;
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture(event.pointerId);
    const onMove = (e: PointerEvent) =>
      setWidthOverride((o) => ({
        ...o,
        [column.id]: Math.max(60, startWidth + e.clientX - startX),
      }));
    const onUp = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      const width = widthOverride()[column.id];
      if (width !== undefined && !props.readOnly)
        props.view.model.setColumnWidth(props.sheetId, column.id, width);
      setWidthOverride((o) => {
        const { [column.id]: _, ...rest } = o;
        return rest;
      });
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
  }

  // Where the others are, and where we are for them: the active cell by row and column id,
  // so that it stays right while the lines move under it.
  const presence = usePresence();
  const others = createMemo(() => presenceByCell(presence?.members() ?? [], props.sheetId));
  createEffect(() => {
    const pos = active();
    const line = props.lines[pos.row];
    const column = props.columns[pos.col];
    presence?.setCell(
      line?.kind === 'row' && column
        ? { sheetId: props.sheetId, rowId: line.rowId, columnId: column.id }
        : null,
    );
  });
  onCleanup(() => presence?.setCell(null));

  const rowContext: RowContext = {
    gridId,
    view: () => props.view,
    sheetId: () => props.sheetId,
    readOnly: () => props.readOnly,
    canReorder: () => props.canReorder,
    columns: () => props.columns,
    lines: () => props.lines,
    widths,
    totalWidth: () => offsets().total,
    pinnedWidth,
    viewportWidth,
    today: () => props.today,
    people: () => props.people,
    active,
    range,
    editing,
    dueColumnId: () => dueColumn()?.id,
    computedColumnId: () => props.computed?.columnId,
    computed: (rowId) => props.computed?.cell(rowId),
    overdueRow,
    rowNumber: (line) => rowIndexOfLine(line) + 1,
    presence: others,
    onCellMouseDown,
    onCellDblClick: (line, col) => startEditing({ row: line, col }, null),
    onRowHandleDown: startRowDrag,
    onToggleGroup: (key) => props.onToggleGroup(key),
    writeEditing,
    exitEditing,
  };

  // eslint-disable-next-line solid/reactivity -- the slots follow the window for the grid's life
  const slots = createRowSlots(rowContext, lineWindow);
  const gridHeight = () => HEADER_HEIGHT + props.lines.length * ROW_HEIGHT;

  return (
    <div class="grid-wrap">
      <div class="grid-scroller" ref={scroller} onScroll={onScroll}>
        <div
          ref={gridEl}
          id={gridId}
          class="grid"
          role="grid"
          tabIndex={0}
          aria-rowcount={props.lines.length + 1}
          aria-colcount={props.columns.length + 1}
          aria-multiselectable="true"
          aria-readonly={props.readOnly || undefined}
          aria-activedescendant={editing() ? undefined : cellId(active().row, active().col)}
          style={{
            width: `${offsets().total}px`,
            height: `${gridHeight()}px`,
          }}
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onCut={onCut}
          onPaste={onPaste}
        >
          <div
            class="grid__header"
            role="row"
            aria-rowindex={1}
            style={{ height: `${HEADER_HEIGHT}px` }}
          >
            <div
              class="grid__corner"
              role="columnheader"
              aria-colindex={1}
              style={{ width: `${ROW_HEADER_WIDTH}px` }}
            >
              <span class="visually-hidden">{t('rowNumber')}</span>
            </div>
            <For each={props.columns}>
              {(column, index) => (
                <ColumnHeader
                  column={column}
                  index={index()}
                  width={widths()[index()] ?? column.width}
                  frozen={index() === 0}
                  sort={props.sortOf(column.id)}
                  readOnly={props.readOnly}
                  isFirst={index() === 0}
                  isLast={index() === props.columns.length - 1}
                  onAction={(action) => props.onColumnAction(column, action)}
                  onResizeStart={(e) => startResize(e, column, index())}
                />
              )}
            </For>
          </div>
          <SlotRows ctx={rowContext} slots={slots} />
        </div>
        <FrozenPane ctx={rowContext} slots={slots} height={gridHeight()} />
        <Show when={dropLine()}>
          {(line) => (
            <div
              class="grid__drop"
              aria-hidden="true"
              style={{
                top: `${HEADER_HEIGHT + line() * ROW_HEIGHT}px`,
                width: `${offsets().total}px`,
              }}
            />
          )}
        </Show>
        <Show when={props.lines.length === 0}>
          <p class="muted grid__empty">{t('noRows')}</p>
        </Show>
      </div>
      <Show when={rowMenu()}>
        {(menu) => (
          <RowMenu
            x={menu().x}
            y={menu().y}
            count={
              isInRange({ row: menu().line, col: active().col }, range())
                ? selectedRowIds().length
                : 1
            }
            onAction={(action) => rowAction(menu().line, action)}
            onClose={() => {
              setRowMenu(null);
              gridEl.focus();
            }}
          />
        )}
      </Show>
    </div>
  );
}
