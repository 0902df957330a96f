import type { Browser, Page } from 'playwright-core';
import { table } from './stats';

// Chrome's own account of a page's main thread (a devtools.timeline trace): how many
// milliseconds per frame go to events, rAF callbacks, style, layout, paint and the rest.

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  args?: { name?: string };
}

/** The events reported, in the order a frame runs them (several nest inside others). */
const EVENTS = [
  'EventDispatch',
  'FireAnimationFrame',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
] as const;

export type TraceTotals = Record<(typeof EVENTS)[number] | 'RunTask', number>;

export interface Traced {
  totals: TraceTotals;
  /** The longest main-thread tasks, with what took the time inside them. */
  longest: { ms: number; inside: string }[];
}

/** What a long task's time went to, by the events of interest that lie inside it. */
function inside(task: TraceEvent, events: readonly TraceEvent[]): string {
  const start = task.ts ?? 0;
  const end = start + (task.dur ?? 0);
  const spans = new Map<string, [number, number][]>();
  for (const e of events) {
    const from = e.ts ?? 0;
    if (e === task || from < start || from + (e.dur ?? 0) > end) continue;
    const name = e.name;
    if (!(EVENTS as readonly string[]).includes(name)) continue;
    const list = spans.get(name) ?? [];
    list.push([from, from + (e.dur ?? 0)]);
    spans.set(name, list);
  }
  return [...spans.entries()]
    .map(([name, list]) => [name, covered(list) / 1000] as const)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

/** Microseconds covered by a set of (start, end) spans, overlaps counted once. */
function covered(spans: [number, number][]): number {
  let sum = 0;
  let end = -Infinity;
  for (const [start, stop] of spans.sort((a, b) => a[0] - b[0])) {
    if (stop <= end) continue;
    sum += stop - Math.max(start, end);
    end = stop;
  }
  return sum;
}

/** Runs `action` while tracing, and sums the renderer main thread's events of the busiest page. */
export async function traced(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<Traced> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  await action();
  // A trace that never ends (a wedged renderer) should fail the run, not hang it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const buffer = await Promise.race([
    browser.stopTracing(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The trace did not end within 120 s.')), 120_000);
    }),
  ]).finally(() => clearTimeout(timer));
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${String(e.pid)}:${String(e.tid)}`),
  );
  // The page's renderer: the main thread that ran the most animation frames.
  const frames = new Map<string, number>();
  for (const e of events) {
    const thread = `${String(e.pid)}:${String(e.tid)}`;
    if (e.name === 'FireAnimationFrame' && mainThreads.has(thread)) {
      frames.set(thread, (frames.get(thread) ?? 0) + 1);
    }
  }
  const busiest = [...frames.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Same-named events nest (a task inside a task, an input event inside a keypress): count the
  // time covered by each name once.
  const mine = events.filter(
    (e) => e.ph === 'X' && `${String(e.pid)}:${String(e.tid)}` === busiest,
  );
  const spans = new Map<string, [number, number][]>();
  for (const e of mine) {
    const name = e.name === 'ThreadControllerImpl::RunTask' ? 'RunTask' : e.name;
    const list = spans.get(name) ?? [];
    list.push([e.ts ?? 0, (e.ts ?? 0) + (e.dur ?? 0)]);
    spans.set(name, list);
  }
  const totals = Object.fromEntries(
    [...EVENTS, 'RunTask'].map((name) => [name, covered(spans.get(name) ?? []) / 1000]),
  ) as TraceTotals;
  const longest = mine
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map((task) => ({ ms: (task.dur ?? 0) / 1000, inside: inside(task, mine) }));
  return { totals, longest };
}

/** A table of milliseconds per frame (or per keystroke) for each traced grid. */
export function traceTable(
  unit: string,
  columns: readonly { name: string; totals: TraceTotals; count: number }[],
): string {
  const names = ['RunTask', ...EVENTS] as const;
  const label: Record<string, string> = {
    RunTask: 'main thread busy (all tasks)',
    EventDispatch: 'DOM events (scroll, key, input), with listeners',
    FireAnimationFrame: 'rAF callbacks',
    FunctionCall: 'JavaScript (all entry points)',
    UpdateLayoutTree: 'style recalculation',
    Layout: 'layout',
    PrePaint: 'pre-paint',
    Paint: 'paint (recording)',
    Layerize: 'layerize',
    Commit: 'commit to the compositor',
    MinorGC: 'minor GC',
    MajorGC: 'major GC',
  };
  return table(
    [`ms per ${unit}`, ...columns.map((c) => c.name)],
    names.map((name) => [
      label[name] ?? name,
      ...columns.map((c) => (c.totals[name] / Math.max(1, c.count)).toFixed(2)),
    ]),
  );
}
