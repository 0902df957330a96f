import type { Locator, Page } from 'playwright-core';

/** How long a UI expectation may take to come true (a launch on 2 cores is slow). */
export const UI_TIMEOUT = 15_000;

/** `expect.poll` options for the UI: wait up to UI_TIMEOUT, checking often. */
export const POLL = { timeout: UI_TIMEOUT, interval: 50 } as const;

/** The plan id in an extension page's address (`#/plan/<id>`), or '' when it shows no plan. */
export async function planIdOf(page: Page): Promise<string> {
  const hash = await page.evaluate(() => location.hash);
  return /^#\/plan\/([a-z0-9]+)$/.exec(hash)?.[1] ?? '';
}

/** Waits until the page shows a plan and returns its id. */
export async function waitForPlanId(page: Page): Promise<string> {
  await page.waitForFunction(() => /^#\/plan\/[a-z0-9]+$/.test(location.hash), undefined, {
    timeout: UI_TIMEOUT,
  });
  return planIdOf(page);
}

/** The plan list: waits for its "Plans" heading. */
export async function waitForPlanList(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Plans', exact: true }).waitFor({ timeout: UI_TIMEOUT });
}

/** Fills the "New plan" form of the plan list, submits it, and returns the new plan's id. */
export async function createPlan(page: Page, title: string, organisation: string): Promise<string> {
  await waitForPlanList(page);
  const form = page.locator('form.create-plan');
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Organisation', { exact: true }).fill(organisation);
  await form.getByRole('button', { name: 'Create plan' }).click();
  await waitForSheets(page);
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: UI_TIMEOUT });
  return waitForPlanId(page);
}

/** Waits for an open plan's sheet tabs. */
export async function waitForSheets(page: Page): Promise<void> {
  await page.getByRole('tablist', { name: 'Sheets' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole('tabpanel').waitFor({ timeout: UI_TIMEOUT });
}

/** The editor of one cell: its label is `<column name>, <row number>`. */
export function cell(page: Page, column: string, row: number): Locator {
  return page.getByLabel(`${column}, ${String(row)}`, { exact: true });
}

/** The rows of the sheet on show (body rows only). */
export function sheetRows(page: Page): Locator {
  return page.locator('table.sheet-table tbody tr');
}

/** Clicks "Add row" and waits for the new row's first cell to have the focus. */
export async function addRow(page: Page): Promise<number> {
  const before = await sheetRows(page).count();
  await page.getByRole('button', { name: 'Add row' }).click();
  const row = before + 1;
  const first = cell(page, 'Activity', row);
  await first.waitFor({ timeout: UI_TIMEOUT });
  await page.waitForFunction(
    (label) => document.activeElement?.getAttribute('aria-label') === label,
    `Activity, ${String(row)}`,
    { timeout: UI_TIMEOUT },
  );
  return row;
}

/** Types `text` key by key at the end of a text cell, as a user would. */
export async function typeAtEnd(target: Locator, text: string): Promise<void> {
  await target.click();
  await target.press('End');
  await target.pressSequentially(text);
}

/**
 * Collects what would otherwise pass unnoticed: uncaught exceptions and console errors of a
 * page. Tests assert the list stays empty.
 */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}
