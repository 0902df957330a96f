import { join } from 'node:path';

import {
  cellText,
  createFromTemplate,
  localDate,
  openSheet,
  PLAN,
  POLL,
  rowCount,
  trackErrors,
  typeInto,
  UI_TIMEOUT,
  waitForPlanList,
  waitForSheets,
  browserForFile,
} from './helpers';

const { browser, shots: SCREENSHOTS } = browserForFile('meetings');

describe('meetings', () => {
  it('show an edit made after the last meeting with the member’s name, and add action items to the plan', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    await waitForPlanList(page);
    const name = page.getByRole('textbox', { name: /^Your name/ });
    await name.fill('Ingrid Berg');
    await name.press('Tab');
    // Started two months ago: the template's first meeting (a month in) has been held.
    await createFromTemplate(page, {
      title: 'Møter',
      template: /Four-phase model/,
      start: await localDate(page, -60),
    });
    const planHash = new URL(page.url()).hash;

    await typeInto(page, 2, PLAN.activity, 'Book the training room');
    await expect.poll(() => cellText(page, 2, PLAN.activity), POLL).toBe('Book the training room');
    const planRows = await rowCount(page);

    await openSheet(page, 'Meetings');
    const history = page.getByRole('region', { name: /^Changed in the plan since / });
    await history.waitFor({ timeout: UI_TIMEOUT });
    const change = history.getByRole('listitem').first();
    await expect
      .poll(() => change.textContent(), POLL)
      .toMatch(/^Edited: Book the training room\s*Ingrid Berg, /);
    expect(await history.getByRole('listitem').count()).toBe(1);

    // An action item from this meeting becomes a row of the Plan sheet.
    await page.getByLabel('What is to be done').fill('Send the invitation');
    await page.getByLabel('Who', { exact: true }).fill('Ingrid Berg');
    await page.getByLabel('By when').fill(await localDate(page, 14));
    await page.getByRole('button', { name: 'Add to plan' }).click();
    const actions = page.getByRole('region', { name: 'Action items' });
    await expect
      .poll(() => actions.getByRole('listitem').first().textContent(), POLL)
      .toContain('Send the invitation');
    await expect
      .poll(() => history.getByRole('listitem').first().textContent(), POLL)
      .toMatch(/^Added: Send the invitation\s*Ingrid Berg, /);
    await page.screenshot({ path: join(SCREENSHOTS, 'meetings-1280.png') });

    const panel = await browser().open('sidepanel', planHash, 360);
    await waitForSheets(panel);
    await openSheet(panel, 'Meetings');
    const panelHistory = panel.getByRole('heading', { name: /^Changed in the plan since / });
    await panelHistory.scrollIntoViewIfNeeded();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await panel.screenshot({ path: join(SCREENSHOTS, 'meetings-360.png') });
    await panel.close();

    await openSheet(page, 'Plan');
    await expect.poll(() => rowCount(page), POLL).toBe(planRows + 1);
    expect(await cellText(page, planRows + 1, PLAN.activity)).toBe('Send the invitation');
    expect(errors).toEqual([]);
    await page.close();
  });
});
