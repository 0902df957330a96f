import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { build } from 'wxt';
import { EXTENSION_ID, type Page } from '../../tests/e2e/browser';
import { traced, traceTable, type Traced, type TraceTotals } from './trace';
import {
  GRID,
  log,
  newTab,
  openGrid,
  scrollThrough,
  startSession,
  SCROLL_STEP_PX,
  TEXT,
  typeInto,
  waitInteractive,
  type Session,
} from './session';
import { ms, percentile, table } from './stats';

// `npm run bench:grid -- --profile`: where Forankra's grid spends its time with 10,000 rows, as
// V8 CPU profiles (CDP Profiler) of opening the plan, typing into a cell and scrolling. The
// extension is rebuilt unminified into a temporary folder for this, so that functions keep
// their names; the timing figures of `npm run bench:grid` come from the normal build.

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const TOP = 18;

/** A function's name, or the start of its source line when V8 has no name for it. */
function describe(frame: CallFrame, sources: Map<string, string[]>): string {
  if (!frame.url) return frame.functionName || '(native)';
  const file = frame.url.replace(/^chrome-extension:\/\/[a-z]+\//, '');
  const where = `${file.replace(/^chunks\//, '')}:${String(frame.lineNumber + 1)}`;
  if (frame.functionName) return `${frame.functionName} (${where})`;
  const line = sources.get(frame.url)?.[frame.lineNumber] ?? '';
  const snippet = line.slice(frame.columnNumber, frame.columnNumber + 50).trim();
  return `anonymous \`${snippet.replace(/`/g, "'")}\` (${where})`;
}

/** Self and total time per function (total counted once per stack, recursion included). */
function summarise(profile: CpuProfile, sources: Map<string, string[]>) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the delta to the next sample.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(samples[i] ?? -1);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    all += dt;
    const leafName = describe(leaf.callFrame, sources);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(root)') continue;
      const name = describe(node.callFrame, sources);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  }
  const top = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return { all, self: top(self), total: top(total) };
}

async function profiled<T>(
  tab: Page,
  sources: Map<string, string[]>,
  title: string,
  action: () => Promise<T>,
): Promise<{ result: T; text: string }> {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const { all, self, total } = summarise(profile, sources);
  const pct = (t: number) => `${((100 * t) / all).toFixed(1)} %`;
  const text = [
    `### ${title}`,
    '',
    `Busy (non-idle) main-thread time sampled: ${ms(all)}.`,
    '',
    table(
      ['self time: function', 'ms', 'share'],
      self.map(([name, t]) => [name, t.toFixed(1), pct(t)]),
    ),
    '',
    table(
      ['total time (with callees): function', 'ms', 'share'],
      total.map(([name, t]) => [name, t.toFixed(1), pct(t)]),
    ),
    '',
  ].join('\n');
  return { result, text };
}

/** Reads the unminified build's scripts, by the URL the profile names them with. */
function readSources(dir: string): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const url = `chrome-extension://${EXTENSION_ID}/${file.split(sep).join('/')}`;
    sources.set(url, readFileSync(join(dir, file), 'utf8').split('\n'));
  }
  return sources;
}

/** How many compositing layers the page has now (CDP LayerTree), or null if none was told. */
async function layerCount(tab: Page, scroller: string): Promise<number | null> {
  const cdp = await tab.context().newCDPSession(tab);
  const told = new Promise<number | null>((done) => {
    const timer = setTimeout(() => done(null), 3000);
    cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: unknown[] }) => {
      if (!event.layers) return;
      clearTimeout(timer);
      done(event.layers.length);
    });
  });
  await cdp.send('LayerTree.enable');
  // Nudge the grid so that the layer tree is sent.
  await tab.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (el) el.scrollTop -= 34;
  }, scroller);
  const count = await told;
  await cdp.detach();
  return count;
}

interface TracedGrid {
  name: string;
  totals: TraceTotals;
  count: number;
  longest: Traced['longest'];
}

function longestTasks(grids: readonly TracedGrid[]): string[] {
  return grids.flatMap((grid) => [
    `Longest tasks, ${grid.name}: ` +
      grid.longest.map((t) => `${ms(t.ms)} (${t.inside || 'nothing traced inside'})`).join('; ') +
      '.',
    '',
  ]);
}

/** Chrome's trace of both grids scrolling and typing: milliseconds per frame and per key. */
async function traceBoth(session: Session): Promise<string[]> {
  const rows = 10_000;
  const scrolls: TracedGrid[] = [];
  const typings: TracedGrid[] = [];
  const layers: string[] = [];
  for (const mode of ['forankra', 'aggrid'] as const) {
    log(`tracing ${GRID[mode].name}…`);
    const { tab } = await openGrid(session, mode, rows);
    await tab.waitForTimeout(500);
    let frames = 0;
    const scroll = await traced(session.browser.browser, tab, async () => {
      frames = (await scrollThrough(tab, mode)).frames;
    });
    scrolls.push({ name: GRID[mode].name, count: frames, ...scroll });
    layers.push(`${GRID[mode].name} ${String(await layerCount(tab, GRID[mode].scroller))}`);
    await tab.close();
    const typing = await openGrid(session, mode, rows);
    await typing.tab.waitForTimeout(500);
    const typed = await traced(session.browser.browser, typing.tab, async () => {
      await typeInto(session, typing.tab, mode, rows);
    });
    typings.push({ name: GRID[mode].name, count: TEXT.length, ...typed });
    await typing.tab.close();
  }
  return [
    `### Chrome's trace: scrolling all ${rows.toLocaleString('en-US')} rows, ` +
      `${String(SCROLL_STEP_PX)} px per frame`,
    '',
    traceTable('frame', scrolls),
    '',
    ...longestTasks(scrolls),
    `Compositing layers after the scroll: ${layers.join(', ')}.`,
    '',
    `### Chrome's trace: typing ${String(TEXT.length)} characters`,
    '',
    traceTable('keystroke', typings),
    '',
    ...longestTasks(typings),
    'Rows nest: DOM events and rAF callbacks contain the JavaScript they run, and forced ' +
      'style or layout inside them; "main thread busy" is every task of the renderer’s main ' +
      'thread, so it also holds the probe’s own small tasks.',
  ];
}

export async function profile(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'forankra-unminified-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'forankra-profile-'));
  log('building the extension unminified…');
  await build({ outDir: buildDir, vite: () => ({ build: { minify: false } }) });
  const extensionDir = join(buildDir, 'chrome-mv3');
  // ExtensionBrowser reuses a profile's copy of the build when there is one: give it ours.
  cpSync(extensionDir, `${profileDir}.extension`, { recursive: true });
  const sources = readSources(extensionDir);
  rmSync(buildDir, { recursive: true, force: true });
  const session = await startSession([10_000, 1_000], profileDir);
  const out: string[] = [
    '## Where Forankra’s grid spends its time (10,000 rows, unminified build)',
    '',
  ];
  try {
    const rows = 10_000;
    const planId = session.fixtures.get(rows)?.planId ?? '';
    // Warm the page once, so that the profile shows steady work rather than first compiles.
    const warm = await openGrid(session, 'forankra', rows);
    await warm.tab.close();

    const tab = await newTab(session, 'forankra');
    await tab.goto(`chrome-extension://${EXTENSION_ID}/planner.html#/`);
    const opened = await profiled(
      tab,
      sources,
      'Opening the plan (page load to interactive)',
      async () => {
        await tab.goto(`chrome-extension://${EXTENSION_ID}/planner.html?profile#/plan/${planId}`);
        const times = await waitInteractive(tab, 'forankra');
        return times;
      },
    );
    out.push(
      opened.text,
      `Interactive at ${ms(opened.result.interactive ?? NaN)} in this run.`,
      '',
    );
    await tab.waitForTimeout(1000);

    const typed = await profiled(tab, sources, 'Typing 100 characters into a cell', () =>
      typeInto(session, tab, 'forankra', rows),
    );
    out.push(
      typed.text,
      `Keystroke → painted p95 ${ms(percentile(typed.result.latencies, 95))}, ` +
        `handled p95 ${ms(percentile(typed.result.handled, 95))} in this run.`,
      '',
    );
    await tab.waitForTimeout(500);

    const scrolled = await profiled(tab, sources, 'Scrolling 600 frames of 200 px', () =>
      scrollThrough(tab, 'forankra', 600),
    );
    out.push(
      scrolled.text,
      `Frame time p95 ${ms(percentile(scrolled.result.intervals, 95))} in this run ` +
        '(profiling slows it down).',
    );
    await tab.close();
    out.push('', ...(await traceBoth(session)));
    console.log(out.join('\n'));
  } finally {
    await session.close();
  }
}
