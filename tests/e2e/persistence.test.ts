import { setTimeout as sleep } from 'node:timers/promises';

import { ExtensionBrowser, type Page } from './browser';
import {
  addRow,
  cell,
  createPlan,
  POLL,
  sheetRows,
  typeAtEnd,
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
  for (const [i, text] of activities.entries()) {
    await addRow(page);
    await cell(page, 'Activity', i + 1).pressSequentially(text);
  }
  return { planId, page };
}

describe('storage', () => {
  it('keeps plans and rows across a normal browser restart', async () => {
    const { planId, page } = await planWithRows('Survives a restart', ['First row', 'Second row']);
    await typeAtEnd(cell(page, 'Phase', 2), '2');
    await expect.poll(() => cell(page, 'Phase', 2).inputValue(), POLL).toBe('2');

    expect(await browser.close()).toBe(true);
    await relaunch();

    // Reached the way a user would: from the plan list.
    const list = await browser.open('planner', '#/');
    await waitForPlanList(list);
    await list.getByRole('button', { name: /^Survives a restart/ }).click();
    await waitForSheets(list);
    expect(await list.evaluate(() => location.hash)).toBe(`#/plan/${planId}`);
    await expect.poll(() => sheetRows(list).count(), POLL).toBe(2);
    expect(await cell(list, 'Activity', 1).inputValue()).toBe('First row');
    expect(await cell(list, 'Activity', 2).inputValue()).toBe('Second row');
    expect(await cell(list, 'Phase', 2).inputValue()).toBe('2');
    await list.close();
  });

  it('keeps every character typed into an existing row when Chromium is killed 200 ms after the last keystroke', async () => {
    const { planId, page } = await planWithRows('Survives a crash', ['Stored']);
    await expect.poll(() => cell(page, 'Activity', 1).inputValue(), POLL).toBe('Stored');
    // Let the row reach storage through a clean restart first, so that it is an old row.
    expect(await browser.close()).toBe(true);
    await relaunch();

    const before = await openPlan(planId);
    const activity = cell(before, 'Activity', 1);
    await expect.poll(() => activity.inputValue(), POLL).toBe('Stored');
    const typed = ' then typed just before the crash: 0123456789 äöå';
    await typeAtEnd(activity, typed);
    await sleep(KILL_AFTER_MS);
    await browser.kill();

    await relaunch();
    const after = await openPlan(planId);
    await expect.poll(() => cell(after, 'Activity', 1).inputValue(), POLL).toBe(`Stored${typed}`);
    expect(await sheetRows(after).count()).toBe(1);
    await after.close();
  });

  it('keeps a freshly added row and its text when Chromium is killed 200 ms after the last keystroke', async () => {
    const page = await browser.open('planner', '#/');
    const planId = await createPlan(page, 'New row then crash', 'E2E');
    await addRow(page);
    const typed = 'Added and typed right before the crash';
    await page.keyboard.type(typed);
    await sleep(KILL_AFTER_MS);
    await browser.kill();

    await relaunch();
    const after = await openPlan(planId);
    await expect.poll(() => sheetRows(after).count(), POLL).toBe(1);
    await expect.poll(() => cell(after, 'Activity', 1).inputValue(), POLL).toBe(typed);
    await after.close();
  });
});
