import {
  createComputed,
  createMemo,
  createSignal,
  For,
  mapArray,
  Show,
  type Accessor,
  untrack,
  type Signal,
} from 'solid-js';
import { lineOfSlot, type RowWindow } from '@/lib/grid/row-window';
import type { DisplayLine } from '@/lib/grid/types';
import { createRowState, DataRow, PinnedCells, type RowState } from './DataRow';
import { GroupBand, GroupLabel } from './GroupRow';
import type { RowContext } from './row-context';

type GroupLine = Extract<DisplayLine, { kind: 'group' }>;

/** A row slot: the line it shows, whether that is a group's, and what its two parts read. */
export interface Slot {
  line: Accessor<number>;
  group: Accessor<GroupLine | false>;
  row: RowState;
}

/**
 * The lines in view, as a fixed pool of row slots. Scrolling changes which line each slot
 * shows, not which slots exist: the rows' DOM and computations are made once and reused, where
 * creating and disposing every row that scrolled in or out cost most of a frame. Each line is
 * drawn in two parts: its row in the grid (SlotRows) and its first cell in the frozen pane
 * (FrozenPane).
 */
export function createRowSlots(ctx: RowContext, window: Accessor<RowWindow>): Accessor<Slot[]> {
  // One signal per slot holding its line. The window is written into them slot by slot, so a
  // scroll wakes only the slots whose line changed; a memo per slot reading the window would
  // make Solid mark every row and cell of the pool as possibly stale on every frame.
  const pool: Signal<number>[] = [];
  const count = createMemo(() => window().count);
  const slots = createMemo(() => {
    const current = untrack(window);
    while (pool.length < count()) {
      const [line, setLine] = createSignal(lineOfSlot(pool.length, current));
      // eslint-disable-next-line solid/reactivity -- kept for the slot, read by its row
      pool.push([line, setLine]);
    }
    return pool.slice(0, count());
  });
  createComputed(() => {
    const current = window();
    slots().forEach(([, setLine], slot) => setLine(lineOfSlot(slot, current)));
  });
  // What both parts of a line read is made once per slot (see DataRow).
  return mapArray(slots, ([line]) => {
    const group = createMemo((): GroupLine | false => {
      const l = ctx.lines()[line()];
      return l?.kind === 'group' ? l : false;
    });
    return { line, group, row: createRowState(ctx, line) };
  });
}

/** The slots' rows in the grid: each line's cells after the first. */
export function SlotRows(props: { ctx: RowContext; slots: Accessor<Slot[]> }) {
  return (
    <For each={props.slots()}>
      {(slot) => (
        <Show when={slot.group()} fallback={<DataRow ctx={props.ctx} row={slot.row} />}>
          {(g) => <GroupBand ctx={props.ctx} line={slot.line} group={g} />}
        </Show>
      )}
    </For>
  );
}

/**
 * The frozen pane: the row heads and first cells of the slots' lines in one sticky box, beside
 * the grid element (its rows own them by aria-owns) and above the rows that scroll under it.
 */
export function FrozenPane(props: { ctx: RowContext; slots: Accessor<Slot[]>; height: number }) {
  return (
    <div
      class="grid__frozen"
      style={{
        width: `${String(props.ctx.pinnedWidth())}px`,
        // Drawn from the top of the grid it follows, and adding nothing to the scrolled height.
        'margin-top': `${String(-props.height)}px`,
      }}
    >
      <For each={props.slots()}>
        {(slot) => (
          <Show when={slot.group()} fallback={<PinnedCells ctx={props.ctx} row={slot.row} />}>
            {(g) => <GroupLabel ctx={props.ctx} line={slot.line} group={g} />}
          </Show>
        )}
      </For>
    </div>
  );
}
