import { setTimeout as sleep } from 'node:timers/promises';

import { ExtensionBrowser, type Page } from './browser';
import {
  addRow,
  addRows,
  cellText,
  createPlan,
  editor,
  PLAN,
  POLL,
  rowCount,
  typeAtEnd,
  typeInto,
  waitForPlanList,
  waitForSheets,
} from './helpers';

/**
 * The plans live only in this browser's IndexedDB: they must survive the browser quitting, and
 * also the browser dying (SIGKILL: no unload, no flush) a moment after the last keystroke.
 */

/** How long the test waits after the last keystroke before it kills Chromium. */
const KILL_AFTER_MS = 200;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser.close();
  browser.removeProfile();
});

/** Starts Chromium again on the same profile, as the user reopening it would. */
async function relaunch(): Promise<void> {
  browser = await ExtensionBrowser.launch(browser.profileDir);
}

/** Kills Chromium KILL_AFTER_MS after the last keystroke (sent at `typedAt`), not later. */
async function killAfterKeystroke(typedAt: number): Promise<void> {
  await sleep(Math.max(0, KILL_AFTER_MS - (Date.now() - typedAt)));
  await browser.kill();
}

async function openPlan(planId: string): Promise<Page> {
  const page = await browser.open('planner', `#/plan/${planId}`);
  await waitForSheets(page);
  return page;
}

/** A fresh plan, made in the planner page, with rows of these Activity texts; the page stays open. */
async function planWithRows(
  title: string,
  activities: string[],
): Promise<{ planId: string; page: Page }> {
  const page = await browser.open('planner', '#/');
  const planId = await createPlan(page, title, 'E2E');
  await addRows(page, activities);
  return { planId, page };
}

describe('storage', () => {
  it('keeps plans and rows across a normal browser restart', async () => {
    const { planId, page } = await planWithRows('Survives a restart', ['First row', 'Second row']);
    await typeInto(page, 2, PLAN.phase, '2');
    await expect.poll(() => cellText(page, 2, PLAN.phase), POLL).toBe('2');

    expect(await browser.close()).toBe(true);
    await relaunch();

    // Reached the way a user would: from the plan list.
    const list = await browser.open('planner', '#/');
    await waitForPlanList(list);
    await list.getByRole('button', { name: /^Survives a restart/ }).click();
    await waitForSheets(list);
    expect(await list.evaluate(() => location.hash)).toBe(`#/plan/${planId}`);
    await expect.poll(() => rowCount(list), POLL).toBe(2);
    expect(await cellText(list, 1, PLAN.activity)).toBe('First row');
    expect(await cellText(list, 2, PLAN.activity)).toBe('Second row');
    expect(await cellText(list, 2, PLAN.phase)).toBe('2');
    await list.close();
  });

  it('keeps every character typed into an existing row when Chromium is killed 200 ms after the last keystroke', async () => {
    const { planId, page } = await planWithRows('Survives a crash', ['Stored']);
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Stored');
    // Let the row reach storage through a clean restart first, so that it is an old row.
    expect(await browser.close()).toBe(true);
    await relaunch();

    const before = await openPlan(planId);
    await expect.poll(() => cellText(before, 1, PLAN.activity), POLL).toBe('Stored');
    const typed = ' then typed just before the crash: 0123456789 äöå';
    // Into the cell's editor, which stays open: no Enter, no blur. Every keystroke is written.
    await typeAtEnd(before, 1, PLAN.activity, typed);
    const typedAt = Date.now();
    expect(await editor(before, 1, PLAN.activity).inputValue()).toBe(`Stored${typed}`);
    await killAfterKeystroke(typedAt);

    await relaunch();
    const after = await openPlan(planId);
    await expect.poll(() => cellText(after, 1, PLAN.activity), POLL).toBe(`Stored${typed}`);
    expect(await rowCount(after)).toBe(1);
    await after.close();
  });

  it('keeps a freshly added row and its text when Chromium is killed 200 ms after the last keystroke', async () => {
    const page = await browser.open('planner', '#/');
    const planId = await createPlan(page, 'New row then crash', 'E2E');
    await addRow(page);
    const typed = 'Added and typed right before the crash';
    // Typed straight into the new row's first cell; the editor is still open when it dies.
    await page.keyboard.type(typed);
    const typedAt = Date.now();
    expect(await editor(page, 1, PLAN.activity).inputValue()).toBe(typed);
    await killAfterKeystroke(typedAt);

    await relaunch();
    const after = await openPlan(planId);
    await expect.poll(() => rowCount(after), POLL).toBe(1);
    await expect.poll(() => cellText(after, 1, PLAN.activity), POLL).toBe(typed);
    await after.close();
  });

  it('keeps the last keystroke when the browser is quit the moment after it', async () => {
    const { planId, page } = await planWithRows('Quit at once', ['Kept']);
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Kept');
    const typed = ' and the last word';
    await typeAtEnd(page, 1, PLAN.activity, typed);
    // No wait at all: each keystroke's write is committed as it is made, not a round trip later.
    expect(await browser.close()).toBe(true);

    await relaunch();
    const after = await openPlan(planId);
    await expect.poll(() => cellText(after, 1, PLAN.activity), POLL).toBe(`Kept${typed}`);
    await after.close();
  });
});
