import { join } from 'node:path';

import type { Page } from './browser';
import {
  openSheet,
  addRow,
  cellText,
  createPlan,
  editor,
  POLL,
  selectCell,
  trackErrors,
  UI_TIMEOUT,
  waitForSheets,
  browserForFile,
} from './helpers';

const { browser, shots: SCREENSHOTS } = browserForFile('coding-readiness');

/**
 * Enters one coding on a new row by keyboard, as a coder copies a coding form: pseudonym, date,
 * (no coder), then the four globals and ten counts, Tab after each.
 */
async function enterCoding(page: Page, who: string, date: string, scores: readonly string[]) {
  const row = await addRow(page);
  for (const text of [who, date, '', ...scores]) {
    if (text) await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => cellText(page, row, 1), POLL).toBe(who);
  return row;
}

/** A summary score's row in the side panel's table, by its name. */
function scoreRow(page: Page, name: string) {
  return page
    .locator('.coding-summary table tr')
    .filter({ has: page.getByRole('rowheader', { name }) });
}

describe('the Coding and Readiness sheets', () => {
  it('computes a coding’s MITI summary as it is entered, refuses a 6, and shows the trend', async () => {
    const tab = await browser().open('planner', '#/');
    const errors = trackErrors(tab);
    const planId = await createPlan(tab, 'Fidelity feedback', 'Home care North');
    await openSheet(tab, 'Coding');
    await tab.getByText(/^No codings yet/).waitFor({ timeout: UI_TIMEOUT });

    //                 CCT  SST  Pa   Em   GI   Pe   PwP  Q    SR   CR   AF   Seek Emph Conf
    await enterCoding(tab, 'Lærke', '2027-01-10', [
      '2',
      '3',
      '3',
      '3',
      '6',
      '2',
      '0',
      '9',
      '4',
      '1',
      '1',
      '0',
      '0',
      '1',
    ]);
    await expect
      .poll(() => scoreRow(tab, 'Technical global').textContent(), POLL)
      .toContain('2.5Below fair');
    expect(await scoreRow(tab, '% complex reflections').textContent()).toContain('20%Below fair');
    expect(await scoreRow(tab, 'Total MI-adherent').textContent()).toContain('1');
    expect(await scoreRow(tab, 'Total MI non-adherent').textContent()).toContain('3');

    const row = await enterCoding(tab, 'Lærke', '2027-03-01', [
      '4',
      '3',
      '4',
      '3',
      '3',
      '0',
      '1',
      '5',
      '3',
      '2',
      '2',
      '1',
      '1',
      '0',
    ]);
    await expect
      .poll(() => scoreRow(tab, 'Technical global').textContent(), POLL)
      .toContain('3.5Fair');
    expect(await scoreRow(tab, 'Relational global').textContent()).toContain('3.5Fair');
    expect(await scoreRow(tab, '% complex reflections').textContent()).toContain('40%Fair');
    expect(await scoreRow(tab, 'Reflection-to-question ratio').textContent()).toContain('1Fair');
    const trend = tab.getByRole('region', { name: 'Trend for Lærke' });
    await expect.poll(() => trend.locator('svg').count(), POLL).toBe(4);
    expect(await trend.textContent()).toContain(
      'Technical global over 2 codings: 10/01/2027 2.5; 01/03/2027 3.5.',
    );

    // A global score of 6 is refused with the range, and the plan keeps the 4.
    await selectCell(tab, row, 4);
    await tab.keyboard.type('6');
    await tab.getByRole('alert').filter({ hasText: 'enter a whole number from 1 to 5' }).waitFor({
      timeout: UI_TIMEOUT,
    });
    await tab.keyboard.press('Escape');
    await editor(tab, row, 4).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await cellText(tab, row, 4)).toBe('4');
    expect(await scoreRow(tab, 'Technical global').textContent()).toContain('3.5Fair');

    // Zero questions: the ratio is undefined, said in words.
    await selectCell(tab, row, 11);
    await tab.keyboard.type('0');
    await tab.keyboard.press('Enter');
    await expect
      .poll(() => scoreRow(tab, 'Reflection-to-question ratio').textContent(), POLL)
      .toContain('Undefined: no questions');

    await tab.locator('.sheet-area').screenshot({ path: join(SCREENSHOTS, 'coding-1280.png') });
    const panel = await browser().open('sidepanel', `#/plan/${planId}`);
    await waitForSheets(panel);
    await openSheet(panel, 'Coding');
    await panel.getByRole('region', { name: 'Trend for Lærke' }).waitFor({ timeout: UI_TIMEOUT });
    // The summary scrolls on its own under the grid; the panel as a whole never scrolls.
    expect(await panel.evaluate(() => document.scrollingElement?.scrollHeight)).toBe(800);
    await panel.screenshot({ path: join(SCREENSHOTS, 'coding-360.png') });
    await panel
      .locator('.sheet-side')
      .screenshot({ path: join(SCREENSHOTS, 'coding-360-panel.png') });
    await panel.getByRole('region', { name: 'Trend for Lærke' }).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(SCREENSHOTS, 'coding-360-trend.png') });
    await panel.close();
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('starts readiness rounds and compares them as bars', async () => {
    const tab = await browser().open('planner', '#/');
    const errors = trackErrors(tab);
    const planId = await createPlan(tab, 'Readiness', 'Home care North');
    await openSheet(tab, 'Readiness');
    const date = tab.getByLabel('Date of the new round');
    await date.fill('2027-01-15');
    await tab.getByRole('button', { name: 'Start a new round' }).click();
    await tab
      .getByRole('status')
      .filter({ hasText: '13 rows to score' })
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await cellText(tab, 1, 1)).toBe('The broad context');
    for (const [row, score] of [
      [1, '2'],
      [2, '3'],
      [3, '2'],
      [4, '4'],
      [6, '3'],
    ] as const) {
      await selectCell(tab, row, 3);
      await tab.keyboard.type(score);
      await tab.keyboard.press('Enter');
    }
    await date.fill('2027-06-15');
    await tab.getByRole('button', { name: 'Start a new round' }).click();
    await expect.poll(() => cellText(tab, 14, 1), POLL).toBe('The broad context');
    for (const [row, score] of [
      [14, '4'],
      [15, '4'],
      [16, '5'],
      [17, '5'],
      [19, '4'],
    ] as const) {
      await selectCell(tab, row, 3);
      await tab.keyboard.type(score);
      await tab.keyboard.press('Enter');
    }
    const chart = tab.locator('.readiness-chart');
    await expect
      .poll(() => chart.getByText('15/06/2027: average 4.4 (5 scored)').count(), POLL)
      .toBe(1);
    expect(await chart.getByText('15/01/2027: average 2.8 (5 scored)').count()).toBe(1);
    const first = chart.locator('.readiness-item').first();
    expect(await first.textContent()).toBe('The broad context15/01/2027:215/06/2027:4');

    await tab.locator('.sheet-area').screenshot({ path: join(SCREENSHOTS, 'readiness-1280.png') });
    const panel = await browser().open('sidepanel', `#/plan/${planId}`);
    await waitForSheets(panel);
    await openSheet(panel, 'Readiness');
    await panel.locator('.readiness-chart').waitFor({ timeout: UI_TIMEOUT });
    await panel.screenshot({ path: join(SCREENSHOTS, 'readiness-360.png') });
    await panel
      .locator('.sheet-side')
      .screenshot({ path: join(SCREENSHOTS, 'readiness-360-panel.png') });
    await panel.close();
    expect(errors).toEqual([]);
    await tab.close();
  });
});
