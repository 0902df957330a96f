import { join } from 'node:path';

import type { Page } from './browser';
import {
  createFromTemplate,
  openSheet,
  planIdOf,
  POLL,
  selectCell,
  trackErrors,
  UI_TIMEOUT,
  browserForFile,
} from './helpers';

const { browser, shots: SCREENSHOTS } = browserForFile('dashboard');

/** The text of one indicator's line on the dashboard, found by the indicator's name. */
function indicatorLine(page: Page, name: string) {
  return page
    .getByRole('region', { name: 'Indicators against targets' })
    .getByRole('listitem')
    .filter({ hasText: name })
    .textContent();
}

function codedLine(page: Page) {
  return page
    .getByRole('region', { name: 'Coding (MITI 4.2.1)' })
    .locator('.coding-spread__coded')
    .textContent();
}

// Global scores and counts for the first planned coding, typed from CCT on, Tab after each:
//   CCT SST Pa Em GI Pe PwP Q SR CR AF Seek Emph Conf
const SCORES = ['4', '3', '4', '3', '3', '0', '1', '5', '3', '2', '2', '1', '1', '0'];

// Started long ago, so every dated row of the template lies in the past whatever today is.
const CASES = [
  {
    language: 'Svenska',
    template: /Four-phase model/,
    codingSheet: 'Kodning',
    coded: 'Samtal kodade',
    supervisions: 'Handledningstillfällen genomförda',
    planned: 10,
    source: 'Computed from Kodning: 1 with scores entered',
  },
  {
    language: 'Dansk',
    template: /Municipal model/,
    codingSheet: 'Kodning',
    coded: 'Samtaler kodet',
    supervisions: 'Supervisioner afholdt',
    planned: 10,
    source: 'Computed from Kodning: 1 with scores entered',
  },
] as const;

describe('the dashboard', () => {
  for (const plan of CASES) {
    it(`follows a plan made in ${plan.language} live as a coding is entered`, async () => {
      const tab = await browser().open('planner', '#/');
      const errors = trackErrors(tab);
      await createFromTemplate(tab, {
        title: `MI ${plan.language}`,
        template: plan.template,
        start: '2020-01-06',
        language: plan.language,
      });
      const planId = await planIdOf(tab);

      // The dashboard in the side panel, beside the plan in a tab.
      const panel = await browser().open('sidepanel', `#/dashboard/${planId}`);
      const panelErrors = trackErrors(panel);
      await panel
        .getByRole('heading', { level: 1, name: `MI ${plan.language}` })
        .waitFor({ timeout: UI_TIMEOUT });
      await expect
        .poll(() => codedLine(panel), POLL)
        .toBe(`Coded: 0 of ${String(plan.planned)} conversations in the Coding sheet`);
      expect(await indicatorLine(panel, plan.coded)).toContain(
        'Computed from Kodning: 0 with scores entered',
      );
      // Every supervision of the template is dated in the past: all are held.
      expect(await indicatorLine(panel, plan.supervisions)).toMatch(/^.+(\d+) of \1 /);
      await panel.screenshot({ path: join(SCREENSHOTS, `${plan.language}-360-before.png`) });

      await openSheet(tab, plan.codingSheet);
      await selectCell(tab, 1, 4);
      for (const score of SCORES) {
        await tab.keyboard.type(score);
        await tab.keyboard.press('Tab');
      }

      await expect
        .poll(() => codedLine(panel), POLL)
        .toBe(`Coded: 1 of ${String(plan.planned)} conversations in the Coding sheet`);
      await expect.poll(() => indicatorLine(panel, plan.coded), POLL).toContain(plan.source);
      const technical = panel
        .getByRole('region', { name: 'Coding (MITI 4.2.1)' })
        .getByRole('listitem')
        .filter({ hasText: 'Technical global' });
      // The panel takes the scores in as they come: the count may show before the last of them.
      await expect
        .poll(() => technical.textContent(), POLL)
        .toContain('Mean 3.5 good 0 · fair 1 · below fair 0');
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await panel.screenshot({
        path: join(SCREENSHOTS, `${plan.language}-360.png`),
        fullPage: true,
      });

      // The Indicators sheet's summary beside the grid counts the coding too.
      await tab.bringToFront();
      await openSheet(tab, 'Indikatorer');
      const summary = tab.locator('.indicators-panel');
      await expect
        .poll(
          () => summary.getByRole('listitem').filter({ hasText: plan.coded }).textContent(),
          POLL,
        )
        .toContain(plan.source);
      await tab.locator('.sheet-area').screenshot({
        path: join(SCREENSHOTS, `${plan.language}-indicators-1280.png`),
      });

      await panel.bringToFront();
      await panel
        .getByRole('region', { name: 'Coding (MITI 4.2.1)' })
        .screenshot({ path: join(SCREENSHOTS, `${plan.language}-360-coding.png`) });

      // The full tab: opened from the plan menu. A tab in the background draws no frames.
      await tab.bringToFront();
      await tab.getByRole('button', { name: 'Plan: more actions' }).click();
      await tab.getByRole('menuitem', { name: 'Dashboard' }).click();
      await tab
        .getByRole('region', { name: 'Coding (MITI 4.2.1)' })
        .waitFor({ timeout: UI_TIMEOUT });
      await expect
        .poll(() => codedLine(tab), POLL)
        .toBe(`Coded: 1 of ${String(plan.planned)} conversations in the Coding sheet`);
      await tab.screenshot({
        path: join(SCREENSHOTS, `${plan.language}-1280.png`),
        fullPage: true,
      });

      // Back in the side panel, the Indicators sheet has its summary under the grid.
      await panel.bringToFront();
      await panel.getByRole('button', { name: /Back to the plan/ }).click();
      await openSheet(panel, 'Indikatorer');
      await panel.locator('.indicators-panel').waitFor({ timeout: UI_TIMEOUT });
      await panel.screenshot({ path: join(SCREENSHOTS, `${plan.language}-indicators-360.png`) });

      expect(errors).toEqual([]);
      expect(panelErrors).toEqual([]);
      await panel.close();
      await tab.close();
    });
  }
});
