import type { Page } from './browser';
import {
  addRow,
  addRows,
  cellText,
  createPlan,
  editor,
  gridHasFocus,
  PLAN,
  POLL,
  rowCount,
  selectCell,
  trackErrors,
  typeAtEnd,
  typeInto,
  UI_TIMEOUT,
  waitForSheets,
  browserForFile,
} from './helpers';

const { browser } = browserForFile();

/** Opens a plan in a new full-tab planner page and waits for its sheet. */
async function openInPlanner(planId: string): Promise<Page> {
  const page = await browser().open('planner', `#/plan/${planId}`);
  await waitForSheets(page);
  return page;
}

/**
 * A plan made in a fresh planner page, with one row whose Activity is `activity`. The page stays
 * open until the test ends: a page closed within milliseconds of its last keystroke can lose that
 * keystroke (see the report), and that race is not what these tests are about.
 */
async function planWithRow(
  title: string,
  activity: string,
): Promise<{ planId: string; setup: Page }> {
  const setup = await browser().open('planner', '#/');
  const planId = await createPlan(setup, title, 'E2E');
  await addRows(setup, [activity]);
  return { planId, setup };
}

describe('editing a plan', () => {
  it('creates a plan in the side panel, and edits flow live between the side panel and the planner tab', async () => {
    const panel = await browser().open('sidepanel', '#/');
    const panelErrors = trackErrors(panel);
    const planId = await createPlan(panel, 'Anchoring MI', 'Home care North');
    expect(planId).toMatch(/^[a-z0-9]+$/);
    await panel.getByText('Home care North').waitFor();

    const tabs = panel.getByRole('tablist', { name: 'Sheets' }).getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual([
      'Plan',
      'Meetings',
      'Indicators',
      'Readiness',
      'People',
      'Coding',
    ]);
    expect(await panel.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await panel.getByText('No rows yet.').waitFor();

    expect(await addRow(panel)).toBe(1);
    // Add row puts the cursor in the new row: type straight away; Enter commits.
    await panel.keyboard.type('Readiness survey');
    await panel.keyboard.press('Enter');
    await expect.poll(() => cellText(panel, 1, PLAN.activity), POLL).toBe('Readiness survey');

    const planner = await openInPlanner(planId);
    const plannerErrors = trackErrors(planner);
    await expect.poll(() => cellText(planner, 1, PLAN.activity), POLL).toBe('Readiness survey');

    // Planner → side panel, live: no reload of the panel, and no need to commit (every
    // keystroke is written).
    await typeAtEnd(planner, 1, PLAN.activity, ' for all staff');
    await expect
      .poll(() => cellText(panel, 1, PLAN.activity), POLL)
      .toBe('Readiness survey for all staff');
    await planner.keyboard.press('Enter');

    // Side panel → planner, live, in another cell and a new row.
    await typeInto(panel, 1, PLAN.phase, '1');
    await addRow(panel);
    await panel.keyboard.type('Kick-off meeting');
    await panel.keyboard.press('Enter');
    await expect.poll(() => cellText(planner, 1, PLAN.phase), POLL).toBe('1');
    await expect.poll(() => cellText(planner, 2, PLAN.activity), POLL).toBe('Kick-off meeting');
    expect(await rowCount(planner)).toBe(2);
    expect(await cellText(planner, 1, PLAN.activity)).toBe('Readiness survey for all staff');

    expect(panelErrors).toEqual([]);
    expect(plannerErrors).toEqual([]);
    await panel.close();
    await planner.close();
  });

  it('moves a deleted row to the sheet trash and restores it from there', async () => {
    const { planId, setup } = await planWithRow('Trash of rows', 'Row to delete');
    const page = await openInPlanner(planId);
    const errors = trackErrors(page);
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Row to delete');
    await page.getByRole('button', { name: 'Trash (0)' }).waitFor();

    // The row number opens the row's menu.
    await page.getByRole('button', { name: 'Row 1: actions', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Delete row/ }).click();
    await page.getByText('No rows yet.').waitFor({ timeout: UI_TIMEOUT });
    expect(await rowCount(page)).toBe(0);
    // A toast offers to undo it.
    const toast = page.getByRole('status').filter({ hasText: 'Row moved to the trash.' });
    await toast.getByRole('button', { name: 'Undo' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Trash (1)' }).click();

    const item = page.locator('.trash-item');
    await item.waitFor({ timeout: UI_TIMEOUT });
    expect(await item.count()).toBe(1);
    await item.getByText('Row to delete', { exact: true }).waitFor();
    await item.getByText(/^Deleted by /).waitFor();

    await item.getByRole('button', { name: 'Restore row' }).click();
    await page.getByText('The trash is empty.').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Back to the sheet' }).click();
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Row to delete');
    await page.getByRole('button', { name: 'Trash (0)' }).waitFor({ timeout: UI_TIMEOUT });

    expect(errors).toEqual([]);
    await page.close();
    await setup.close();
  });

  it('undoes a row deletion from the toast', async () => {
    const { planId, setup } = await planWithRow('Undo from the toast', 'Deleted by mistake');
    const page = await openInPlanner(planId);
    const errors = trackErrors(page);
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Deleted by mistake');

    await page.getByRole('button', { name: 'Row 1: actions', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Delete row/ }).click();
    await page.getByText('No rows yet.').waitFor({ timeout: UI_TIMEOUT });
    const toast = page.getByRole('status').filter({ hasText: 'Row moved to the trash.' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cellText(page, 1, PLAN.activity), POLL).toBe('Deleted by mistake');
    await page.getByRole('button', { name: 'Trash (0)' }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => cellText(setup, 1, PLAN.activity), POLL).toBe('Deleted by mistake');

    expect(errors).toEqual([]);
    await page.close();
    await setup.close();
  });

  it('undoes and redoes a cell edit with the Undo and Redo buttons and with Ctrl+Z', async () => {
    const { planId, setup } = await planWithRow('Undo and redo', 'Base');
    // A fresh page: its undo history holds only what is typed here.
    const page = await openInPlanner(planId);
    const errors = trackErrors(page);
    const activity = () => cellText(page, 1, PLAN.activity);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect.poll(activity, POLL).toBe('Base');
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    await typeAtEnd(page, 1, PLAN.activity, ' line');
    await page.keyboard.press('Enter');
    await expect.poll(activity, POLL).toBe('Base line');
    await expect.poll(() => undo.isEnabled(), POLL).toBe(true);

    await undo.click();
    await expect.poll(activity, POLL).toBe('Base');
    await expect.poll(() => redo.isEnabled(), POLL).toBe(true);
    expect(await undo.isDisabled()).toBe(true);

    await redo.click();
    await expect.poll(activity, POLL).toBe('Base line');
    expect(await redo.isDisabled()).toBe(true);

    // Ctrl+Z in the grid (which keeps the focus) undoes the model's edit: the whole edit, typed
    // key by key, as one step.
    await selectCell(page, 1, PLAN.activity);
    expect(await gridHasFocus(page)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(activity, POLL).toBe('Base');
    // Nothing is left to undo, and it can be redone.
    await expect.poll(() => undo.isDisabled(), POLL).toBe(true);
    expect(await redo.isEnabled()).toBe(true);

    // What another page shows is the model: the undo reached it too.
    const other = await openInPlanner(planId);
    await expect.poll(() => cellText(other, 1, PLAN.activity), POLL).toBe('Base');

    expect(errors).toEqual([]);
    await other.close();
    await page.close();
    await setup.close();
  });

  it('shows the redone text in the active cell, and in its editor, after Ctrl+Z then Ctrl+Y', async () => {
    const { planId, setup } = await planWithRow('Redo in a focused cell', 'Base');
    const page = await openInPlanner(planId);
    const activity = () => cellText(page, 1, PLAN.activity);
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect.poll(activity, POLL).toBe('Base');
    await typeAtEnd(page, 1, PLAN.activity, ' line');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+z');
    await expect.poll(() => redo.isEnabled(), POLL).toBe(true);
    expect(await activity()).toBe('Base');
    await page.keyboard.press('Control+y');
    // The model redid the edit (nothing left to redo); Solid updates the DOM in the same task.
    await expect.poll(() => redo.isDisabled(), POLL).toBe(true);
    try {
      expect(await activity()).toBe('Base line');
      // Editing the cell again starts from the redone text.
      await page.keyboard.press('Enter');
      expect(await editor(page, 1, PLAN.activity).inputValue()).toBe('Base line');
    } finally {
      await page.close();
      await setup.close();
    }
  });
});
