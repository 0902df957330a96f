import type { GridMode, ScrollResult, TypingResult } from './probe-types';
import { startCpuMeter } from './machine';
import { profile } from './profile';
import { report, type OpenFigures } from './report';
import type { Page } from 'playwright-core';
import { COPY_FROM_BYTES } from '../../lib/sync/persistence';
import {
  fixtureOf,
  GRID,
  heapUsedMiB,
  loadYjs,
  log,
  openGrid,
  scrollThrough,
  startSession,
  typeInto,
  TYPING_ROUNDS,
  SCROLL_ROUNDS,
  type Session,
  type YjsLoad,
} from './session';
import { ms, percentile } from './stats';

// `npm run bench:grid`: the grid's figures for a 10,000-row × 12-column plan (and opening at
// 1,000 rows) in the built extension, beside AG Grid Community showing the same rows, all in one
// run of Debian's Chromium. It measures and prints; it never fails on a time.
// `npm run bench:grid -- --profile`: where Forankra's time goes instead (see profile.ts).

const SIZES = [10_000, 1_000] as const;
/** Measured opens per grid and size, after one warm-up open that is reported on its own. */
const OPEN_ROUNDS = 5;
const YJS_ROUNDS = 5;
const MODES = ['forankra', 'aggrid'] as const;

/**
 * The grids in the order of a measured round: each goes first in every other round, so that
 * neither always follows the other's closing tab (a large page's teardown shares the cores).
 */
function inTurn(round: number): readonly GridMode[] {
  return round % 2 === 0 ? MODES : [...MODES].reverse();
}

/** Closes a measured tab and gives the browser a second to tear it down before the next. */
async function closeMeasured(tab: Page): Promise<void> {
  await tab.close();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

async function measureOpens(session: Session): Promise<Map<string, OpenFigures>> {
  // Forankra first: opening it tells the AG Grid page the grid height to use.
  log('opening (warm-up)…');
  const opens = new Map<string, OpenFigures>();
  for (const rows of SIZES) {
    for (const mode of MODES) {
      const { tab, times } = await openGrid(session, mode, rows);
      // The first opening leaves the plan's first-screen copy (and the plan stored in slices)
      // for the next ones, as any opening of a plan in the extension does.
      const bytes = fixtureOf(session, rows).update.length;
      if (mode === 'forankra' && bytes >= COPY_FROM_BYTES)
        await waitForFirstScreen(session, tab, rows);
      await closeMeasured(tab);
      opens.set(`${mode}:${String(rows)}`, { first: times, runs: [] });
    }
  }
  log(`opening ×${String(OPEN_ROUNDS)}…`);
  for (let round = 0; round < OPEN_ROUNDS; round++) {
    for (const rows of SIZES) {
      for (const mode of inTurn(round)) {
        const { tab, times } = await openGrid(session, mode, rows);
        await closeMeasured(tab);
        opens.get(`${mode}:${String(rows)}`)?.runs.push(times);
        log(`  ${GRID[mode].name} ${String(rows)}: interactive ${ms(times.interactive ?? NaN)}`);
      }
    }
  }
  return opens;
}

async function waitForFirstScreen(session: Session, tab: Page, rows: number): Promise<void> {
  const db = `forankra-plan-${fixtureOf(session, rows).planId}`;
  const started = performance.now();
  while (!(await tab.evaluate((name) => globalThis.gridBench?.firstScreenStored(name), db))) {
    if (performance.now() - started > 60_000) throw new Error('No first-screen copy in 60 s.');
    await tab.waitForTimeout(250);
  }
  log(`  first-screen copy stored ${ms(performance.now() - started)} after opening`);
}

async function measureYjs(session: Session): Promise<Map<number, YjsLoad[]>> {
  log('loading the Yjs state alone…');
  const yjs = new Map<number, YjsLoad[]>();
  for (const rows of SIZES) {
    await loadYjs(session, rows); // warm-up
    const results: YjsLoad[] = [];
    for (let i = 0; i < YJS_ROUNDS; i++) results.push(await loadYjs(session, rows));
    yjs.set(rows, results);
  }
  return yjs;
}

async function measureTyping(session: Session): Promise<Record<GridMode, TypingResult>> {
  log('typing…');
  const typeIn = async (mode: GridMode) => {
    const { tab } = await openGrid(session, mode, 10_000);
    await tab.waitForTimeout(1000);
    const result = await typeInto(session, tab, mode, 10_000);
    await closeMeasured(tab);
    return result;
  };
  const rounds: Record<GridMode, TypingResult[]> = { forankra: [], aggrid: [] };
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    for (const mode of inTurn(round)) {
      const result = await typeIn(mode);
      rounds[mode].push(result);
      log(
        `  ${GRID[mode].name}: keystroke → painted p50 ${ms(percentile(result.latencies, 50))}, ` +
          `p95 ${ms(percentile(result.latencies, 95))}`,
      );
    }
  }
  return { forankra: pooled(rounds.forankra), aggrid: pooled(rounds.aggrid) };
}

/** Every keystroke of several rounds together; the shortest text any round ended with. */
function pooled(results: readonly TypingResult[]): TypingResult {
  return {
    latencies: results.flatMap((r) => r.latencies),
    handled: results.flatMap((r) => r.handled),
    queueing: results.flatMap((r) => r.queueing),
    unpainted: results.reduce((sum, r) => sum + r.unpainted, 0),
    finalLength: Math.min(...results.map((r) => r.finalLength)),
  };
}

async function measureScrolls(session: Session, notes: string[]) {
  log(`scrolling ×${String(SCROLL_ROUNDS)}…`);
  const rounds = new Map<string, ScrollResult[]>();
  for (let round = 0; round < SCROLL_ROUNDS; round++) {
    for (const rows of SIZES) {
      for (const mode of inTurn(round)) {
        const key = `${mode}:${String(rows)}`;
        const result = await scrollOnce(session, mode, rows, notes);
        if (!result) continue;
        log(
          `  ${GRID[mode].name} ${String(rows)}: ${String(result.frames)} frames, ` +
            `p95 ${ms(percentile(result.intervals, 95))}, max ${ms(Math.max(...result.intervals))}`,
        );
        const results = rounds.get(key) ?? [];
        results.push(result);
        rounds.set(key, results);
      }
    }
  }
  return rounds;
}

/**
 * The JS heap in use after opening, after a GC, in tabs of their own: the forced GC leaves
 * sweeping behind it that would otherwise land in a measured scroll.
 */
async function measureHeap(session: Session): Promise<Map<string, number>> {
  log('heap after opening…');
  const heap = new Map<string, number>();
  for (const rows of SIZES) {
    for (const mode of MODES) {
      const { tab } = await openGrid(session, mode, rows);
      heap.set(`${mode}:${String(rows)}`, await heapUsedMiB(tab));
      await closeMeasured(tab);
    }
  }
  return heap;
}

/** One scroll in a fresh tab. */
async function scrollOnce(
  session: Session,
  mode: GridMode,
  rows: number,
  notes: string[],
): Promise<ScrollResult | null> {
  // Headless Chromium once stopped producing frames for a page mid-scroll (rAF never ran
  // again, the page otherwise alive): the probe gives up after 3 s; try again in a new tab.
  for (let attempt = 1; attempt <= 2; attempt++) {
    const { tab } = await openGrid(session, mode, rows);
    await tab.waitForTimeout(500);
    const tried = await scrollThrough(tab, mode);
    await closeMeasured(tab);
    if (!tried.stalled) return tried;
    notes.push(
      `${GRID[mode].name}, ${rows.toLocaleString('en-US')} rows: frames stopped coming ` +
        `after ${String(tried.frames)} frames of the scroll (attempt ${String(attempt)}).`,
    );
  }
  return null;
}

async function bench(): Promise<void> {
  const began = performance.now();
  const meter = startCpuMeter();
  const session = await startSession(SIZES);
  try {
    const chromium = session.browser.browser.version();
    const opens = await measureOpens(session);
    const yjs = await measureYjs(session);
    const typing = await measureTyping(session);
    const notes: string[] = [];
    const heap = await measureHeap(session);
    const scrolls = await measureScrolls(session, notes);
    const input = {
      session,
      sizes: SIZES,
      openRounds: OPEN_ROUNDS,
      chromium,
      othersCores: meter?.othersCores() ?? null,
      opens,
      yjs,
      typing,
      scrolls,
      heap,
      notes,
      seconds: (performance.now() - began) / 1000,
    };
    console.log(report(input));
  } finally {
    await session.close();
  }
}

(process.argv.includes('--profile') ? profile() : bench()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
