import { join } from 'node:path';

import {
  openSheet,
  cellText,
  createFromTemplate,
  PLAN,
  rowCount,
  trackErrors,
  UI_TIMEOUT,
  waitForPlanList,
  browserForFile,
} from './helpers';

const { browser, shots: SCREENSHOTS } = browserForFile('templates');

describe('creating a plan from a template', () => {
  it('shows the form with its templates at side-panel and tab width', async () => {
    for (const width of [360, 1280]) {
      const page = await browser().open('planner', '#/', width);
      await waitForPlanList(page);
      const form = page.locator('form.create-plan');
      await form.getByRole('radio', { name: /Four-phase model/ }).check();
      await form.getByLabel('Start date', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
      // Nothing wider than the page: no sideways scrolling in the side panel.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await form.screenshot({ path: join(SCREENSHOTS, `create-form-${String(width)}.png`) });
      await page.close();
    }
  });

  it('makes the four-phase model in Swedish, with six dated supervisions', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    await createFromTemplate(page, {
      title: 'MI i hemtjänsten',
      template: /Four-phase model/,
      start: '2027-01-31',
      language: 'Svenska',
    });
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.map((t) => t.trim())).toEqual([
      'Plan',
      'Möten',
      'Indikatorer',
      'Beredskap',
      'Personer',
      'Kodning',
    ]);
    // The interface stays English; the plan speaks Swedish.
    expect(await rowCount(page)).toBe(18);
    expect(await cellText(page, 1, PLAN.activity)).toBe(
      'Klargörande möte: är organisationen redo för MI?',
    );
    expect(await cellText(page, 1, PLAN.phase)).toBe('1 · Klargörande');
    expect(await cellText(page, 1, PLAN.start)).toContain('31/01/2027');

    await openSheet(page, 'Möten');
    expect(await rowCount(page)).toBe(10);
    const meetings = [];
    for (let row = 1; row <= 10; row++) {
      meetings.push([await cellText(page, row, 1), await cellText(page, row, 2)]);
    }
    const supervisions = meetings.filter(([, kind]) => kind === 'Handledning');
    expect(supervisions.map(([date]) => date?.slice(0, 10))).toEqual([
      '30/06/2027',
      '30/09/2027',
      '31/12/2027',
      '31/03/2028',
      '30/06/2028',
      '30/09/2028',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes the municipal model in Danish, with a case from each of 10 supervisors', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    await createFromTemplate(page, {
      title: 'MI i Odense',
      template: /Municipal model/,
      start: '2027-03-17',
      language: 'Dansk',
    });
    expect(await cellText(page, 1, PLAN.phase)).toBe('1 · Forankring i ledelsen');
    await openSheet(page, 'Kodning');
    expect(await rowCount(page)).toBe(10);
    expect(await cellText(page, 1, 1)).toBe('Vejleder 1');
    expect(await cellText(page, 10, 1)).toBe('Vejleder 10');
    expect(await cellText(page, 10, 2)).toContain('17/11/2027');
    await openSheet(page, 'Parathed');
    expect(await rowCount(page)).toBe(4);
    await openSheet(page, 'Indikatorer');
    expect(await cellText(page, 2, 1)).toBe('Ressourcepersoner / MI-vejledere udpeget');
    expect(await cellText(page, 2, 2)).toBe('10');
    expect(errors).toEqual([]);
    await page.close();
  });
});
