import { join } from 'node:path';

import {
  browserForFile,
  createFromTemplate,
  localDate,
  trackErrors,
  UI_TIMEOUT,
  waitForSheets,
} from './helpers';

const { browser, shots: SCREENSHOTS } = browserForFile('timeline');

describe('the timeline of the Plan sheet', () => {
  it('opens from a template plan with its bars, milestones and today, at tab and panel width', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    // Started two weeks ago, so that today falls inside the plan.
    await createFromTemplate(page, {
      title: 'Tidslinje',
      template: /Quality Implementation Framework/,
      start: await localDate(page, -14),
    });
    const planUrl = page.url();

    await page.getByRole('toolbar').getByRole('button', { name: 'Timeline', exact: true }).click();
    const region = page.getByRole('region', { name: /Timeline by week/ });
    await region.waitFor({ timeout: UI_TIMEOUT });
    const bars = await page.locator('.timeline__bar').count();
    const diamonds = await page.locator('.timeline__milestone').count();
    expect(bars, 'the template’s activities should be drawn as bars').toBeGreaterThan(5);
    expect(bars + diamonds).toBeGreaterThan(10);
    // A template's dates are in order: bars in the accent colour, none marked reversed.
    expect(await page.locator('.timeline__item--reversed').count()).toBe(0);
    expect(
      await page
        .locator('.timeline__bar')
        .first()
        .evaluate((el) => getComputedStyle(el).fill),
    ).toBe('rgb(15, 95, 115)');
    await expect.poll(() => page.locator('.timeline__today').count()).toBe(1);
    expect(await page.locator('.timeline__today-label').textContent()).toBe('Today');
    // The chart opens at today: today's line is inside the visible part of the scroller.
    const todayBox = await page.locator('.timeline__today').boundingBox();
    const regionBox = await region.boundingBox();
    expect(todayBox && regionBox).toBeTruthy();
    if (todayBox && regionBox) {
      expect(todayBox.x).toBeGreaterThanOrEqual(regionBox.x);
      expect(todayBox.x).toBeLessThanOrEqual(regionBox.x + regionBox.width);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-1280.png') });
    // Keyboard: Tab reaches the chart, and the arrow keys scroll it sideways.
    await region.focus();
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Show as list' }).click();
    await expect
      .poll(() => page.locator('#timeline-list li').first().textContent())
      .toMatch(/week \d+ \(/);
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-1280-list.png') });

    const panel = await browser().open('sidepanel', new URL(planUrl).hash, 360);
    await waitForSheets(panel);
    await panel.getByRole('button', { name: 'Timeline', exact: true }).click();
    await panel.getByRole('region', { name: /Timeline by week/ }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => panel.locator('.timeline__bar').count()).toBe(bars);
    // Only the chart scrolls sideways; the page itself stays the panel's width.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await panel.screenshot({ path: join(SCREENSHOTS, 'timeline-360.png') });
    await panel.getByRole('button', { name: /Table/ }).click();
    await panel.getByRole('grid').waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});
