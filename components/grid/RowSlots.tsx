import {
  createComputed,
  createMemo,
  createSignal,
  For,
  Show,
  type Accessor,
  untrack,
  type Signal,
} from 'solid-js';
import { lineOfSlot, type RowWindow } from '@/lib/grid/row-window';
import type { DisplayLine } from '@/lib/grid/types';
import { DataRow } from './DataRow';
import { GroupRow } from './GroupRow';
import type { RowContext } from './row-context';

type GroupLine = Extract<DisplayLine, { kind: 'group' }>;

/**
 * The lines in view, drawn by a fixed pool of row slots. Scrolling changes which line each slot
 * shows, not which slots exist: the rows' DOM and computations are made once and reused, where
 * creating and disposing every row that scrolled in or out cost most of a frame.
 */
export function RowSlots(props: { ctx: RowContext; window: Accessor<RowWindow> }) {
  // One signal per slot holding its line. The window is written into them slot by slot, so a
  // scroll wakes only the slots whose line changed; a memo per slot reading the window would
  // make Solid mark every row and cell of the pool as possibly stale on every frame.
  const pool: Signal<number>[] = [];
  const count = createMemo(() => props.window().count);
  const slots = createMemo(() => {
    const window = untrack(props.window);
    while (pool.length < count()) {
      const [line, setLine] = createSignal(lineOfSlot(pool.length, window));
      // eslint-disable-next-line solid/reactivity -- kept for the slot, read by its row
      pool.push([line, setLine]);
    }
    return pool.slice(0, count());
  });
  createComputed(() => {
    const window = props.window();
    slots().forEach(([, setLine], slot) => setLine(lineOfSlot(slot, window)));
  });
  return (
    <For each={slots()}>
      {([line]) => {
        const group = createMemo((): GroupLine | false => {
          const l = props.ctx.lines()[line()];
          return l?.kind === 'group' ? l : false;
        });
        return (
          <Show when={group()} fallback={<DataRow ctx={props.ctx} line={line} />}>
            {(g) => <GroupRow ctx={props.ctx} line={line} group={g} />}
          </Show>
        );
      }}
    </For>
  );
}
