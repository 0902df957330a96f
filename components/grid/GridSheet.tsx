import {
  createEffect,
  createMemo,
  createSignal,
  Match,
  onCleanup,
  Show,
  Switch,
  untrack,
} from 'solid-js';
import { countedActuals } from '@/lib/domain/indicators';
import { formatCellText } from '@/lib/grid/cell-input';
import { findMatches, nextMatch } from '@/lib/grid/find';
import { displayLines } from '@/lib/grid/sheet-view';
import type { CellPos, FilterSpec, PasteProblem, SheetViewSpec } from '@/lib/grid/types';
import type { ColumnInfo, ColumnType } from '@/lib/model/schema';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { Toast } from '../common/Toast';
import type { ColumnAction } from './ColumnHeader';
import { ColumnDialog } from './ColumnDialog';
import { ColumnMenu } from './ColumnMenu';
import { FilterDialog } from './FilterDialog';
import { FindBar } from './FindBar';
import { Grid, type GridApi } from './Grid';
import { PasteProblems } from './PasteProblems';
import { ImportCsv } from '../csv/ImportCsv';
import { indicatorSource } from '../report/IndicatorBars';

export const EMPTY_VIEW: SheetViewSpec = { sort: [], filters: [], groupBy: null, collapsed: [] };

type Dialog =
  | { kind: 'addColumn'; index: number }
  | { kind: 'rename'; column: ColumnInfo }
  | { kind: 'retype'; column: ColumnInfo }
  | { kind: 'filter'; column: ColumnInfo }
  | { kind: 'paste'; problems: PasteProblem[] }
  | null;

/** One sheet as a spreadsheet: toolbar, this member's view (sort, filter, group), find, the grid. */
export function GridSheet(props: {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  spec: SheetViewSpec;
  onSpec: (spec: SheetViewSpec) => void;
  onShowTrash: () => void;
  /** A row to select, scroll into view and focus once (a reminder's item). */
  focusRow?: string | null;
  /** The row asked for is selected (`true`), or is not in the sheet (`false`). */
  onFocusedRow?: (found: boolean) => void;
  /** Given on sheets that have a timeline (the Plan sheet): shows it in place of the grid. */
  onShowTimeline?: () => void;
}) {
  const { t, locale } = useI18n();
  let grid: GridApi | undefined;
  const [gridReady, setGridReady] = createSignal(false);
  const [dialog, setDialog] = createSignal<Dialog>(null);
  const [toast, setToast] = createSignal<{ message: string; undo?: () => void } | null>(null);
  const [finding, setFinding] = createSignal(false);
  const [query, setQuery] = createSignal('');
  const [current, setCurrent] = createSignal<CellPos | null>(null);
  const [columnMenu, setColumnMenu] = createSignal<{ x: number; y: number } | null>(null);
  const [activeColumn, setActiveColumn] = createSignal(0);

  const loading = () => props.view.status().state === 'loading';
  const allColumns = () => props.view.columns(props.sheetId);
  const columns = createMemo(() => allColumns().filter((c) => !c.hidden));
  const hiddenCount = () => allColumns().length - columns().length;
  const rowIds = () => props.view.rowIds(props.sheetId);
  const read = (rowId: string, column: ColumnInfo) => props.view.cell(props.sheetId, rowId, column);
  const plainView = () =>
    props.spec.sort.length === 0 && props.spec.filters.length === 0 && props.spec.groupBy === null;
  const lines = createMemo(() =>
    // Without sort, filter or group, no cell needs reading: a 10,000-row sheet opens at once.
    plainView()
      ? rowIds().map((rowId) => ({ kind: 'row' as const, rowId }))
      : displayLines(rowIds(), columns(), read, props.spec, locale()),
  );
  const shownRowIds = createMemo(() => lines().flatMap((l) => (l.kind === 'row' ? [l.rowId] : [])));
  // The local date (not UTC: at 00:30 in Oslo it is already tomorrow), refreshed each minute so
  // that a panel left open overnight marks items overdue on the new day.
  const [today, setToday] = createSignal(localIsoDate(new Date()));
  const clock = setInterval(() => setToday(localIsoDate(new Date())), 60_000);
  onCleanup(() => clearInterval(clock));
  const people = createMemo(() => {
    const sheet = props.view.sheets().find((s) => s.kind === 'people');
    const nameColumn = sheet ? props.view.columns(sheet.id)[0] : undefined;
    if (!sheet || !nameColumn) return [];
    return props.view
      .rowIds(sheet.id)
      .map((id) => props.view.cell(sheet.id, id, nameColumn))
      .flatMap((c) =>
        c.state === 'ok' && typeof c.value === 'string' && c.value ? [c.value] : [],
      );
  });
  // The Indicators sheet's empty Actual cells show what the plan counts (lib/domain/indicators).
  const counted = createMemo(() =>
    props.view.sheets().find((s) => s.id === props.sheetId)?.kind === 'indicators'
      ? countedActuals(props.view, today())
      : null,
  );
  const computed = createMemo(() => {
    const figures = counted();
    const column = figures ? allColumns().find((c) => c.id === figures.columnId) : undefined;
    if (!figures || !column) return undefined;
    return {
      columnId: column.id,
      cell: (rowId: string) => {
        const count = figures.byRow.get(rowId);
        if (!count) return undefined;
        return {
          text: formatCellText({ state: 'ok', value: count.count }, column, locale()),
          title: indicatorSource({ by: 'computed', counted: count }, t, locale()),
        };
      },
    };
  });
  const matches = createMemo(() =>
    finding() ? findMatches(query(), shownRowIds(), columns(), read, locale()) : [],
  );

  const setSpec = (patch: Partial<SheetViewSpec>) => props.onSpec({ ...props.spec, ...patch });
  const sortOf = (columnId: string) =>
    props.spec.sort.find((s) => s.columnId === columnId)?.direction ?? null;
  const columnName = (id: string) => allColumns().find((c) => c.id === id)?.name ?? '?';

  const onColumnAction = (column: ColumnInfo, action: ColumnAction) => {
    const index = allColumns().findIndex((c) => c.id === column.id);
    const model = props.view.model;
    switch (action) {
      case 'sortAsc':
      case 'sortDesc':
        setSpec({
          sort: [{ columnId: column.id, direction: action === 'sortAsc' ? 'asc' : 'desc' }],
        });
        return;
      case 'clearSort':
        setSpec({ sort: props.spec.sort.filter((s) => s.columnId !== column.id) });
        return;
      case 'groupBy':
        setSpec({ groupBy: props.spec.groupBy === column.id ? null : column.id, collapsed: [] });
        return;
      case 'filter':
        setDialog({ kind: 'filter', column });
        return;
      case 'rename':
        setDialog({ kind: 'rename', column });
        return;
      case 'retype':
        setDialog({ kind: 'retype', column });
        return;
      case 'insertLeft':
      case 'insertRight':
        setDialog({ kind: 'addColumn', index: index + (action === 'insertRight' ? 1 : 0) });
        return;
      case 'moveLeft':
      case 'moveRight':
        model.moveColumn(props.sheetId, column.id, index + (action === 'moveRight' ? 1 : -1));
        return;
      case 'hide':
        model.setColumnHidden(props.sheetId, column.id, true);
        return;
    }
  };

  const applyFilter = (column: ColumnInfo, filter: FilterSpec | null) => {
    const others = props.spec.filters.filter((f) => f.columnId !== column.id);
    setSpec({ filters: filter ? [...others, filter] : others });
    setDialog(null);
  };

  const addRow = () => {
    if (props.readOnly) return;
    const id = props.view.model.insertRow(props.sheetId);
    queueMicrotask(() => grid?.focusCell(id, 0));
  };

  // Once the grid is there: the row asked for becomes the active one, in the middle of the view.
  createEffect(() => {
    const rowId = props.focusRow;
    if (!rowId || !gridReady()) return;
    untrack(() => {
      if (!rowIds().includes(rowId)) return props.onFocusedRow?.(false);
      // This member's filter or a folded group hides the row: show the whole sheet.
      const hidden = !shownRowIds().includes(rowId);
      if (hidden) props.onSpec(EMPTY_VIEW);
      const focus = () => {
        grid?.focusCell(rowId, 0, true);
        props.onFocusedRow?.(true);
      };
      if (hidden) queueMicrotask(focus);
      else focus();
    });
  });

  const goToMatch = (backwards: boolean) => {
    const next = nextMatch(matches(), current() ?? { row: 0, col: -1 }, backwards);
    if (!next) return;
    setCurrent(next);
    const rowId = shownRowIds()[next.row];
    if (rowId) grid?.focusCell(rowId, next.col);
  };

  const viewSummary = () => {
    const parts: string[] = [];
    if (props.spec.filters.length)
      parts.push(
        t('viewFiltered', {
          columns: props.spec.filters.map((f) => columnName(f.columnId)).join(', '),
        }),
      );
    if (props.spec.sort.length)
      parts.push(
        t('viewSorted', { columns: props.spec.sort.map((s) => columnName(s.columnId)).join(', ') }),
      );
    if (props.spec.groupBy)
      parts.push(t('viewGrouped', { column: columnName(props.spec.groupBy) }));
    return parts.join(' · ');
  };

  return (
    <section
      id="sheet-panel"
      class="sheet"
      role="tabpanel"
      aria-labelledby={`tab-${props.sheetId}`}
    >
      <div class="sheet-toolbar" role="toolbar" aria-label={t('sheets')}>
        <button
          type="button"
          class="button button--primary button--small"
          disabled={props.readOnly}
          onClick={addRow}
        >
          + {t('addRow')}
        </button>
        <button
          type="button"
          class="button button--small"
          aria-haspopup="menu"
          onClick={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            setColumnMenu({ x: rect.left, y: rect.bottom });
          }}
        >
          {t('columnActions')} ▾
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={props.readOnly}
          onClick={() => setDialog({ kind: 'addColumn', index: allColumns().length })}
        >
          + {t('addColumn')}
        </button>
        <button
          type="button"
          class="button button--small"
          aria-pressed={finding()}
          onClick={() => setFinding((f) => !f)}
        >
          {t('find')}
        </button>
        <ImportCsv view={props.view} sheetId={props.sheetId} readOnly={props.readOnly} />
        <Show when={props.onShowTimeline}>
          {(show) => (
            <button type="button" class="button button--small" onClick={() => show()()}>
              {t('timeline')}
            </button>
          )}
        </Show>
        <Show when={hiddenCount() > 0 && !props.readOnly}>
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => {
              for (const c of allColumns())
                if (c.hidden) props.view.model.setColumnHidden(props.sheetId, c.id, false);
            }}
          >
            {t('showHidden', { count: hiddenCount() })}
          </button>
        </Show>
      </div>
      <Show when={!plainView()}>
        <div class="view-bar" role="status">
          <span>{viewSummary()}</span>
          <span class="muted">{t('viewOnlyYou')}</span>
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() =>
              props.onSpec({ ...props.spec, sort: [], filters: [], groupBy: null, collapsed: [] })
            }
          >
            {t('showAll')}
          </button>
        </div>
      </Show>
      <Show when={finding()}>
        <FindBar
          query={query()}
          index={
            current()
              ? matches().findIndex((m) => m.row === current()?.row && m.col === current()?.col)
              : -1
          }
          count={matches().length}
          onQuery={(q) => {
            setQuery(q);
            setCurrent(null);
          }}
          onNext={() => goToMatch(false)}
          onPrevious={() => goToMatch(true)}
          onClose={() => {
            setFinding(false);
            grid?.focus();
          }}
        />
      </Show>
      <Grid
        view={props.view}
        sheetId={props.sheetId}
        readOnly={props.readOnly}
        loading={loading()}
        columns={columns()}
        lines={lines()}
        people={people()}
        today={today()}
        computed={computed()}
        sortOf={sortOf}
        canReorder={props.spec.sort.length === 0 && props.spec.groupBy === null}
        onToggleGroup={(key) =>
          setSpec({
            collapsed: props.spec.collapsed.includes(key)
              ? props.spec.collapsed.filter((k) => k !== key)
              : [...props.spec.collapsed, key],
          })
        }
        onColumnAction={onColumnAction}
        onActiveColumn={setActiveColumn}
        onRowsDeleted={(ids) =>
          setToast({
            message: t('rowsDeleted', { count: ids.length }),
            undo: () => props.view.model.restoreRows(props.sheetId, ids),
          })
        }
        onPasteProblems={(problems) => setDialog({ kind: 'paste', problems })}
        onFind={() => setFinding(true)}
        ref={(api) => {
          grid = api;
          setGridReady(true);
        }}
      />
      <div class="sheet__footer">
        {/* From the first-screen copy, the counts would be the copy's: say what is going on. */}
        <span class="muted" role={loading() ? 'status' : undefined}>
          {loading()
            ? t('loadingPlan')
            : plainView()
              ? t('rowCount', { count: rowIds().length })
              : t('shownRows', { shown: shownRowIds().length, count: rowIds().length })}
        </span>
        <span class="muted sheet__help">{t('gridHelp')}</span>
        <Show when={!loading()}>
          <button
            type="button"
            class="button button--quiet button--small"
            onClick={() => props.onShowTrash()}
          >
            {t('trash', { count: props.view.trashedRowIds(props.sheetId).length })}
          </button>
        </Show>
      </div>
      <Show when={columnMenu()}>
        {(at) => {
          const column = columns()[activeColumn()] ?? columns()[0];
          return (
            <Show when={column}>
              {(c) => (
                <ColumnMenu
                  column={c()}
                  x={at().x}
                  y={at().y}
                  readOnly={props.readOnly}
                  isFirst={allColumns()[0]?.id === c().id}
                  isLast={allColumns().at(-1)?.id === c().id}
                  onAction={(action) => {
                    setColumnMenu(null);
                    onColumnAction(c(), action);
                  }}
                  onClose={() => setColumnMenu(null)}
                />
              )}
            </Show>
          );
        }}
      </Show>
      <Switch>
        <Match when={dialogOf(dialog(), 'addColumn')}>
          {(d) => (
            <ColumnDialog
              title={t('addColumn')}
              submitLabel={t('addColumn')}
              name={t('newColumn')}
              type="text"
              showName
              showType
              onSubmit={(name, type) => {
                props.view.model.addColumn(props.sheetId, { name, type }, d().index);
                setDialog(null);
              }}
              onCancel={() => setDialog(null)}
            />
          )}
        </Match>
        <Match when={dialogOf(dialog(), 'rename')}>
          {(d) => (
            <ColumnDialog
              title={t('renameColumn')}
              submitLabel={t('save')}
              name={d().column.name}
              type={d().column.type}
              showName
              showType={false}
              onSubmit={(name) => {
                props.view.model.renameColumn(props.sheetId, d().column.id, name);
                setDialog(null);
              }}
              onCancel={() => setDialog(null)}
            />
          )}
        </Match>
        <Match when={dialogOf(dialog(), 'retype')}>
          {(d) => (
            <ColumnDialog
              title={t('changeType')}
              submitLabel={t('save')}
              name={d().column.name}
              type={d().column.type}
              showName={false}
              showType
              onSubmit={(_, type: ColumnType) => {
                props.view.model.retypeColumn(props.sheetId, d().column.id, type);
                setDialog(null);
              }}
              onCancel={() => setDialog(null)}
            />
          )}
        </Match>
        <Match when={dialogOf(dialog(), 'filter')}>
          {(d) => (
            <FilterDialog
              column={d().column}
              current={props.spec.filters.find((f) => f.columnId === d().column.id)}
              onApply={(filter) => applyFilter(d().column, filter)}
              onCancel={() => setDialog(null)}
            />
          )}
        </Match>
        <Match when={dialogOf(dialog(), 'paste')}>
          {(d) => (
            <PasteProblems
              problems={d().problems}
              onClose={() => {
                setDialog(null);
                grid?.focus();
              }}
            />
          )}
        </Match>
      </Switch>
      <Show when={toast()}>
        {(current) => (
          <Toast
            message={current().message}
            actionLabel={current().undo ? t('undo') : undefined}
            onAction={current().undo}
            onDismiss={() => setToast(null)}
          />
        )}
      </Show>
    </section>
  );
}

function dialogOf<K extends NonNullable<Dialog>['kind']>(
  dialog: Dialog,
  kind: K,
): Extract<NonNullable<Dialog>, { kind: K }> | false {
  return dialog?.kind === kind ? (dialog as Extract<NonNullable<Dialog>, { kind: K }>) : false;
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
