import { formatIsoDate } from '@/lib/i18n/format';
import { PLAN_TRASH_DAYS } from '@/lib/sync/plan-directory';

import type { Page } from './browser';
import { createPlan, trackErrors, UI_TIMEOUT, waitForPlanList, browserForFile } from './helpers';

const { browser } = browserForFile();

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date the trash shows for a plan deleted at `ms`, as the English UI writes it. */
function erasedOn(ms: number): string {
  return formatIsoDate(new Date(ms + PLAN_TRASH_DAYS * DAY_MS).toISOString().slice(0, 10), 'en');
}

/** The list's items: live plans first, then the "Recently deleted" ones. */
function planItem(page: Page, title: string) {
  return page.locator('ul.plan-list:not(.plan-list--trash) > li').filter({
    has: page.locator('.plan-item__title', { hasText: new RegExp(`^${title}$`) }),
  });
}

function trashedItem(page: Page, title: string) {
  return page.locator('ul.plan-list--trash > li').filter({
    has: page.locator('.plan-item__title', { hasText: new RegExp(`^${title}$`) }),
  });
}

describe('the plan list', () => {
  it('renames a plan, deletes it to "Recently deleted" after confirming, and restores it', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    await createPlan(page, 'Kept plan', 'Org A');
    await page.getByRole('button', { name: 'All plans' }).click();
    await createPlan(page, 'Draft name', 'Org B');
    await page.getByRole('button', { name: 'All plans' }).click();
    await waitForPlanList(page);
    await planItem(page, 'Draft name').waitFor({ timeout: UI_TIMEOUT });
    await planItem(page, 'Kept plan').waitFor({ timeout: UI_TIMEOUT });

    // Rename in place.
    await planItem(page, 'Draft name').getByRole('button', { name: 'Rename' }).click();
    const renameInput = page.locator('form.plan-item__rename').getByLabel('Title', { exact: true });
    await renameInput.waitFor({ timeout: UI_TIMEOUT });
    expect(await renameInput.inputValue()).toBe('Draft name');
    await renameInput.fill('Final name');
    await page.locator('form.plan-item__rename').getByRole('button', { name: 'Save' }).click();
    await planItem(page, 'Final name').waitFor({ timeout: UI_TIMEOUT });
    await planItem(page, 'Draft name').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await planItem(page, 'Final name').innerText()).toContain('Org B');

    // Delete: a confirmation first; Cancel keeps the plan.
    await planItem(page, 'Final name').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await dialog.innerText()).toContain('Delete “Final name”?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await planItem(page, 'Final name').waitFor({ timeout: UI_TIMEOUT });

    await planItem(page, 'Final name').getByRole('button', { name: 'Delete' }).click();
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    const deletedFrom = Date.now();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.getByRole('heading', { name: 'Recently deleted' }).waitFor({ timeout: UI_TIMEOUT });
    const trashed = trashedItem(page, 'Final name');
    await trashed.waitFor({ timeout: UI_TIMEOUT });
    const deletedBy = Date.now();
    await planItem(page, 'Final name').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await planItem(page, 'Kept plan').waitFor();

    const meta = await trashed.locator('.plan-item__meta').innerText();
    expect([
      `Erased for good on ${erasedOn(deletedFrom)}`,
      `Erased for good on ${erasedOn(deletedBy)}`,
    ]).toContain(meta);

    // Restore: back among the plans, the trash section gone.
    await trashed.getByRole('button', { name: 'Restore' }).click();
    await planItem(page, 'Final name').waitFor({ timeout: UI_TIMEOUT });
    await page
      .getByRole('heading', { name: 'Recently deleted' })
      .waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.locator('ul.plan-list:not(.plan-list--trash) > li').count()).toBe(2);

    // And it opens, with its new name.
    await planItem(page, 'Final name')
      .getByRole('button', { name: /^Final name/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Final name' })
      .waitFor({ timeout: UI_TIMEOUT });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a plan deleted in one page as deleted in the other pages too', async () => {
    const first = await browser().open('planner', '#/');
    await createPlan(first, 'Shared list', 'Org C');
    await first.getByRole('button', { name: 'All plans' }).click();
    await planItem(first, 'Shared list').waitFor({ timeout: UI_TIMEOUT });

    const second = await browser().open('planner', '#/');
    await planItem(second, 'Shared list').waitFor({ timeout: UI_TIMEOUT });

    await planItem(first, 'Shared list').getByRole('button', { name: 'Delete' }).click();
    await first.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await trashedItem(first, 'Shared list').waitFor({ timeout: UI_TIMEOUT });
    // The other page follows without a reload.
    await trashedItem(second, 'Shared list').waitFor({ timeout: UI_TIMEOUT });
    await planItem(second, 'Shared list').waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    await trashedItem(second, 'Shared list').getByRole('button', { name: 'Restore' }).click();
    await planItem(first, 'Shared list').waitFor({ timeout: UI_TIMEOUT });
    await first.close();
    await second.close();
  });
});
