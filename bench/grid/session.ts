import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, EXTENSION_ID, ExtensionBrowser, type Page } from '../../tests/e2e/browser';
import { makeBundles, type Bundles } from './bundles';
import { buildGridFixture, type GridFixture } from './fixture';
import type { GridMode, OpenTimes, ScrollResult, TypingResult, YjsLoadResult } from './probe-types';
import { page as htmlPage, serve, type BenchServer, type Served } from './server';

// One browser run of the grid bench: Chromium with the extension, the bench plans stored in it,
// the 127.0.0.1 server for the AG Grid and Yjs-only pages, and the measurements that drive them.

export const VIEWPORT = { width: 1280, height: 800 };
export const SCROLL_STEP_PX = 200;
/** Rounds of typing per grid, taken in turns: one round's figures move by a millisecond or two. */
export const TYPING_ROUNDS = 3;
/** Scrolls top → bottom per grid and size, interleaved; one scroll's longest frame is luck. */
export const SCROLL_ROUNDS = 3;
/** Milliseconds between keystrokes: a fast typist (about 120 words a minute). */
export const TYPE_DELAY_MS = 50;
const TYPED =
  'Follow up the steering group on training dates, rooms and the next MITI coding round ok';
/** The hundred characters typed into a cell. */
export const TEXT = `${TYPED}${'.'.repeat(Math.max(0, 100 - TYPED.length))}`.slice(0, 100);

export const GRID: Record<GridMode, { name: string; scroller: string; row: string }> = {
  forankra: { name: 'Forankra', scroller: '.grid-scroller', row: '[data-rowindex]' },
  aggrid: { name: 'AG Grid', scroller: '.ag-grid-viewport', row: '.ag-row' },
};

export interface Session {
  browser: ExtensionBrowser;
  bundles: Bundles;
  origin: string;
  fixtures: Map<number, GridFixture>;
  /** Height of Forankra's grid viewport, given to the AG Grid page so both show as many rows. */
  gridHeight: number;
  close(): Promise<void>;
}

export function log(message: string): void {
  process.stderr.write(`[bench:grid] ${message}\n`);
}

export function fixtureOf(session: Session, rows: number): GridFixture {
  const fixture = session.fixtures.get(rows);
  if (!fixture) throw new Error(`No fixture of ${String(rows)} rows.`);
  return fixture;
}

/**
 * Starts Chromium with this checkout's build (or, for a `profileDir` that already has a copy of
 * a build beside it, that copy). Another `npm run build` in the same checkout (a test run beside
 * the bench) empties .output/ for a few seconds: wait for it to come back.
 */
async function launchBrowser(profileDir?: string): Promise<ExtensionBrowser> {
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  for (let waited = 0; !existsSync(manifest) && waited < 60_000; waited += 500) {
    await new Promise((done) => setTimeout(done, 500));
  }
  return ExtensionBrowser.launch(profileDir);
}

function routesFor(bundles: Bundles, fixtures: ReadonlyMap<number, GridFixture>) {
  const routes = new Map<string, Served>([
    ['/blank.html', htmlPage('Bench', '/none.js')],
    ['/none.js', { type: 'text/javascript', body: '' }],
    ['/ag.html', htmlPage('AG Grid bench', '/ag.js')],
    ['/ag.js', { type: 'text/javascript', body: bundles.agPage }],
    ['/yjs.html', htmlPage('Yjs load bench', '/yjs.js')],
    ['/yjs.js', { type: 'text/javascript', body: bundles.yjsPage }],
  ]);
  for (const [n, fixture] of fixtures) {
    const json = JSON.stringify({ columns: fixture.columns, rows: fixture.rows });
    routes.set(`/fixture-${String(n)}.json`, { type: 'application/json', body: json });
    routes.set(`/update-${String(n)}.bin`, {
      type: 'application/octet-stream',
      body: fixture.update,
    });
  }
  return routes;
}

/**
 * Launches Chromium (first, so that its profile copies the build right after `npm run build`),
 * builds the plans, serves the comparison pages and stores the plans in both origins.
 */
export async function startSession(
  sizes: readonly number[],
  profileDir?: string,
): Promise<Session> {
  const browser = await launchBrowser(profileDir);
  let server: BenchServer | null = null;
  // Chromium runs in a process group of its own: an interrupted bench must end it itself.
  const interrupted = () => {
    // kill() sends SIGKILL at once; the rest must not wait for anything.
    void browser.kill();
    browser.removeProfile();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const close = async () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await browser.close();
    browser.removeProfile();
    await server?.close();
  };
  try {
    log('building the plans with the model…');
    const fixtures = new Map(sizes.map((n) => [n, buildGridFixture(n)] as const));
    const bundles = await makeBundles();
    server = await serve(routesFor(bundles, fixtures));
    const session: Session = {
      browser,
      bundles,
      origin: server.origin,
      fixtures,
      gridHeight: 700,
      close,
    };
    await seedExtension(session);
    await seedYjsPage(session);
    return session;
  } catch (error) {
    await close();
    throw error;
  }
}

function urlOf(session: Session, mode: GridMode, rows: number): string {
  if (mode === 'forankra') {
    const planId = fixtureOf(session, rows).planId;
    return `chrome-extension://${EXTENSION_ID}/planner.html#/plan/${planId}`;
  }
  return `${session.origin}/ag.html#rows=${String(rows)}&height=${String(session.gridHeight)}`;
}

export async function newTab(session: Session, mode?: GridMode): Promise<Page> {
  const tab = await session.browser.context.newPage();
  await tab.setViewportSize(VIEWPORT);
  if (mode) {
    await tab.addInitScript(`globalThis.gridBenchMode = '${mode}';\n${session.bundles.probe}`);
  }
  return tab;
}

/** Waits until the probe in `tab` saw the grid answer a key, and returns its times. */
export async function waitInteractive(tab: Page, mode: GridMode): Promise<OpenTimes> {
  await tab.waitForFunction(
    () => globalThis.gridBench?.open.interactive != null || globalThis.gridBench?.open.error,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const times = await tab.evaluate(() => globalThis.gridBench?.open);
  if (!times) throw new Error(`${GRID[mode].name}: the probe did not run.`);
  if (times.error) throw new Error(`${GRID[mode].name}: ${times.error}`);
  return times;
}

/** Opens a grid in a new tab and waits until it answered a key; the tab stays open. */
export async function openGrid(
  session: Session,
  mode: GridMode,
  rows: number,
): Promise<{ tab: Page; times: OpenTimes }> {
  const tab = await newTab(session, mode);
  await tab.goto(urlOf(session, mode, rows));
  await waitInteractive(tab, mode);
  // Then until the whole plan is in (Forankra may show its first rows from a copy first).
  await tab.waitForFunction(
    () => globalThis.gridBench?.open.longestTaskLoading != null,
    undefined,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  const times = await waitInteractive(tab, mode);
  if (mode === 'forankra') {
    session.gridHeight = await tab.evaluate(
      (selector) => document.querySelector(selector)?.clientHeight ?? 700,
      GRID.forankra.scroller,
    );
  }
  return { tab, times };
}

async function writeDatabases(tab: Page, session: Session, prefix: string): Promise<void> {
  await tab.evaluate(session.bundles.probe);
  for (const fixture of session.fixtures.values()) {
    const base64 = Buffer.from(fixture.update).toString('base64');
    await tab.evaluate(([name, data]) => globalThis.gridBench?.writeYjsDb(name, data), [
      `${prefix}${fixture.planId}`,
      base64,
    ] as const);
  }
}

/** Puts the plans into the extension: their y-indexeddb databases and plan-list entries. */
async function seedExtension(session: Session): Promise<void> {
  const tab = await newTab(session);
  await tab.goto(`chrome-extension://${EXTENSION_ID}/planner.html#/`);
  await writeDatabases(tab, session, 'forankra-plan-');
  const entries = [...session.fixtures.values()].map((f) => ({
    id: f.planId,
    title: f.title,
    organisation: f.organisation,
    createdAt: f.createdAt,
    updatedAt: f.createdAt + 60_000,
    deletedAt: null,
  }));
  await tab.evaluate((list) => globalThis.gridBench?.addPlanEntries(list), entries);
  // Chromium answers the first read of managed storage only once its policy service is up,
  // about 3 s after launch here; every page of ours reads it before it shows anything. Paid
  // here, so that no measured opening counts the browser's start-up.
  await tab.evaluate('chrome.storage.managed.get(null).then(() => true)');
  await tab.close();
}

/** The same bytes in a y-indexeddb database of the 127.0.0.1 page that measures Yjs alone. */
async function seedYjsPage(session: Session): Promise<void> {
  const tab = await newTab(session);
  await tab.goto(`${session.origin}/blank.html`);
  await writeDatabases(tab, session, 'bench-plan-');
  await tab.close();
}

/** A load of the Yjs state alone, with the page's JS heap in use afterwards (MiB, after a GC). */
export type YjsLoad = YjsLoadResult & { heapMiB: number };

export async function loadYjs(session: Session, rows: number): Promise<YjsLoad> {
  const fixture = fixtureOf(session, rows);
  const tab = await newTab(session);
  const db = `bench-plan-${fixture.planId}`;
  await tab.goto(`${session.origin}/yjs.html#db=${db}&bytes=/update-${String(rows)}.bin`);
  await tab.waitForFunction(() => globalThis.yjsLoad !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const result = await tab.evaluate(() => globalThis.yjsLoad);
  const heapMiB = await heapUsedMiB(tab);
  await tab.close();
  if (!result) throw new Error('The Yjs page left no result.');
  if (result.error) throw new Error(`Yjs page: ${result.error}`);
  return { ...result, heapMiB };
}

/** The page's JavaScript heap in use after a full garbage collection, in MiB (CDP). */
export async function heapUsedMiB(tab: Page): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1_048_576;
}

/** Clicks a cell of the third row's first column, so that typing then opens its editor. */
export async function clickTypingCell(session: Session, tab: Page, mode: GridMode, rows: number) {
  const activity = fixtureOf(session, rows).columns[0]?.id ?? '';
  const target =
    mode === 'forankra'
      ? tab.locator('[data-rowindex="4"] [role="gridcell"][aria-colindex="2"]')
      : tab.locator(`.ag-row[row-index="2"] [col-id="${activity}"]`);
  await target.click();
  await tab.waitForTimeout(300);
}

/** Types TEXT into an open grid's third row, first column, measuring every keystroke. */
export async function typeInto(
  session: Session,
  tab: Page,
  mode: GridMode,
  rows: number,
): Promise<TypingResult> {
  await clickTypingCell(session, tab, mode, rows);
  await tab.evaluate(() => globalThis.gridBench?.startTyping());
  await tab.keyboard.type(TEXT, { delay: TYPE_DELAY_MS });
  const result = await tab.evaluate(() => globalThis.gridBench?.typingResult(5000));
  await tab.keyboard.press('Escape');
  if (!result) throw new Error('No typing result.');
  return result;
}

/** Scrolls an open grid from its top to its bottom (or `maxFrames` frames). */
export async function scrollThrough(
  tab: Page,
  mode: GridMode,
  maxFrames = 20_000,
): Promise<ScrollResult> {
  const { scroller, row } = GRID[mode];
  const result = await tab.evaluate(
    ([selector, step, rowSelector, frames]) =>
      globalThis.gridBench?.scroll(selector, step, rowSelector, frames),
    [scroller, SCROLL_STEP_PX, row, maxFrames] as const,
  );
  if (!result) throw new Error('No scroll result.');
  return result;
}
