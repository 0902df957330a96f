import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ExtensionBrowser } from './browser';

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

/** Waits for an open plan's sheet tabs and its grid. */
export async function waitForSheets(page: Page): Promise<void> {
  await page.getByRole('tablist', { name: 'Sheets' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole('tabpanel').waitFor({ timeout: UI_TIMEOUT });
  await grid(page).waitFor({ timeout: UI_TIMEOUT });
}

/** The 1-based columns of the Plan sheet of a new plan (its first sheet). */
export const PLAN = {
  activity: 1,
  phase: 2,
  step: 3,
  responsible: 4,
  start: 5,
  due: 6,
  status: 7,
  progress: 8,
  notes: 9,
} as const;

/** The sheet's grid: it keeps the focus itself (the active cell is its aria-activedescendant). */
export function grid(page: Page): Locator {
  return page.locator('[role="grid"]');
}

/**
 * One cell of the grid by 1-based data row and column (Activity, the first data column, is 1).
 * The header row is aria-rowindex 1 and the row header aria-colindex 1, hence the +1. Both parts
 * of a line (its frozen first cell and the rest) carry its index as `data-rowindex`. Only rows
 * in view are rendered: a cell far below the visible part of the sheet is not in the DOM.
 */
export function cell(page: Page, row: number, col: number): Locator {
  return page.locator(
    `[data-rowindex="${String(row + 1)}"] [role="gridcell"][aria-colindex="${String(col + 1)}"]`,
  );
}

/** The text a cell shows when it is not being edited (a date with its week: `17/03/2027 wk 11`). */
export async function cellText(page: Page, row: number, col: number): Promise<string> {
  return ((await cell(page, row, col).textContent({ timeout: UI_TIMEOUT })) ?? '').trim();
}

/** The editor open in a cell (an input, a text area or, for a choice, a select). */
export function editor(page: Page, row: number, col: number): Locator {
  return cell(page, row, col).locator('input:not([type="date"]), textarea, select');
}

/** How many lines the grid has (rows, plus group headers when grouped), rendered or not. */
export async function rowCount(page: Page): Promise<number> {
  const count = await grid(page).getAttribute('aria-rowcount', { timeout: UI_TIMEOUT });
  return Number(count) - 1;
}

/** The 1-based row and column of the grid's active cell, or null if the grid has none. */
export async function activeCell(page: Page): Promise<{ row: number; col: number } | null> {
  return page.evaluate(() => {
    const g = document.querySelector('[role="grid"]');
    const id = g?.getAttribute('aria-activedescendant');
    const active = id ? document.getElementById(id) : null;
    // The first column's cells are children of their row, the others owned by it (aria-owns).
    const owner = active?.closest('[role="row"]') ?? g?.querySelector(`[aria-owns~="${id ?? ''}"]`);
    const row = owner?.getAttribute('aria-rowindex');
    const col = active?.getAttribute('aria-colindex');
    return row && col ? { row: Number(row) - 1, col: Number(col) - 1 } : null;
  });
}

/** Whether the grid itself has the keyboard focus (not an editor in it, not anything else). */
export async function gridHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.getAttribute('role') === 'grid');
}

/** Clicks a cell: it becomes the active cell and the grid has the focus. */
export async function selectCell(page: Page, row: number, col: number): Promise<void> {
  await cell(page, row, col).click();
  await expect.poll(() => activeCell(page), POLL).toEqual({ row, col });
}

/**
 * Types into a cell as a user would: click it, type (the first character opens the editor and
 * replaces what the cell held), Enter to commit (the cursor moves down).
 */
export async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await selectCell(page, row, col);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await editor(page, row, col).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
}

/**
 * Opens a cell's editor keeping its content (Enter) and types `text` at the end, key by key.
 * The editor stays open: every keystroke is already in the plan. Press Enter to commit.
 */
export async function typeAtEnd(page: Page, row: number, col: number, text: string): Promise<void> {
  await selectCell(page, row, col);
  await page.keyboard.press('Enter');
  await editor(page, row, col).waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.type(text);
}

/**
 * Clicks "Add row" and waits until the new (last) row's first cell is the active cell of the
 * focused grid, ready for typing. Returns the new row's number.
 */
export async function addRow(page: Page): Promise<number> {
  const row = (await rowCount(page)) + 1;
  await page.getByRole('button', { name: 'Add row' }).click();
  await expect.poll(() => rowCount(page), POLL).toBe(row);
  await expect.poll(() => activeCell(page), POLL).toEqual({ row, col: 1 });
  await expect.poll(() => gridHasFocus(page), POLL).toBe(true);
  return row;
}

/** Adds a row per text, typing the text into its first cell (Activity) and committing it. */
export async function addRows(page: Page, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    const row = await addRow(page);
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, row, 1), POLL).toBe(text);
  }
}

/**
 * The texts of a block of cells (1-based rows and columns, inclusive), read in one go. Throws if
 * a cell of the block is not rendered (scrolled out of view).
 */
export async function cellTexts(
  page: Page,
  rows: readonly [number, number],
  cols: readonly [number, number],
): Promise<string[][]> {
  return page.evaluate(
    ({ rows: [top, bottom], cols: [left, right] }) => {
      const out: string[][] = [];
      for (let row = top; row <= bottom; row++) {
        const line: string[] = [];
        for (let col = left; col <= right; col++) {
          const el = document.querySelector(
            `[data-rowindex="${String(row + 1)}"] [role="gridcell"][aria-colindex="${String(col + 1)}"]`,
          );
          if (!el) throw new Error(`Cell ${String(row)},${String(col)} is not rendered`);
          line.push((el.textContent ?? '').trim());
        }
        out.push(line);
      }
      return out;
    },
    { rows, cols },
  );
}

/**
 * Puts `text` on the system clipboard the way a spreadsheet's Copy does: a real (trusted)
 * Ctrl+C whose copy event carries exactly this text, CRLFs and all. The page keeps its focus.
 */
export async function putOnClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((clip) => {
    document.addEventListener(
      'copy',
      (event) => {
        event.clipboardData?.setData('text/plain', clip);
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true, once: true },
    );
  }, text);
  await page.keyboard.press('Control+c');
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

export interface NewPlan {
  title: string;
  template: RegExp;
  start: string;
  /** The plan's language as the form names it; the form's own choice when left out. */
  language?: string;
}

/** Fills the English "New plan" form with a template, a start date and a language; creates it. */
export async function createFromTemplate(page: Page, plan: NewPlan): Promise<void> {
  await waitForPlanList(page);
  const form = page.locator('form.create-plan');
  await form.getByLabel('Title', { exact: true }).fill(plan.title);
  await form.getByLabel('Organisation', { exact: true }).fill('Kommunen');
  await form.getByRole('radio', { name: plan.template }).check();
  await form.getByLabel('Start date', { exact: true }).fill(plan.start);
  if (plan.language) {
    await form.getByLabel('Language of the plan', { exact: true }).selectOption({
      label: plan.language,
    });
  }
  await form.getByRole('button', { name: 'Create plan' }).click();
  await waitForSheets(page);
  await page.getByRole('heading', { level: 1, name: plan.title }).waitFor({ timeout: UI_TIMEOUT });
}

/** The browser's local date `days` from today, as an ISO date (what a date field takes). */
export async function localDate(page: Page, days = 0): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** Opens a sheet by its tab and waits until it shows. */
export async function openSheet(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect
    .poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected'), POLL)
    .toBe('true');
  await waitForSheets(page);
}

/**
 * Chromium with the extension for one test file: launched before its tests (making
 * test-results/<screenshots> when named), closed and its profile removed after them. Returns
 * the browser and the screenshot folder.
 */
export function browserForFile(screenshots?: string): {
  browser: () => ExtensionBrowser;
  shots: string;
} {
  const shots = join('test-results', screenshots ?? '');
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    if (screenshots !== undefined) mkdirSync(shots, { recursive: true });
    launched = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await launched?.close();
    launched?.removeProfile();
  });
  const browser = () => {
    if (!launched) throw new Error('The browser is launched before the tests, in beforeAll.');
    return launched;
  };
  return { browser, shots };
}
