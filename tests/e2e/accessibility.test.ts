import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from './browser';
import { browserForFile } from './helpers';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (through the debugger, so the extension's CSP does not apply). */
async function scan(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

const serious = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('accessibility (axe-core)', () => {
  const { browser } = browserForFile();

  it('finds no serious or critical violation on the plan list in the side panel', async () => {
    const page = await browser().open('sidepanel', '#/');
    await page.getByRole('button', { name: 'Create plan' }).waitFor();
    expect(serious(await scan(page))).toEqual([]);
    await page.close();
  });

  it('finds no serious or critical violation on the planner and the side panel with a plan open', async () => {
    const planner = await browser().open('planner', '#/demo');
    await planner.locator('[role=gridcell]').first().waitFor();
    // The grid with a cell being edited and a selection, as a user leaves it mid-work.
    await planner.locator('[role=gridcell]').nth(1).click();
    await planner.keyboard.press('Shift+ArrowDown');
    expect(serious(await scan(planner))).toEqual([]);
    await planner.keyboard.press('Enter');
    await planner.locator('.geditor__input').waitFor();
    expect(serious(await scan(planner))).toEqual([]);
    await planner.keyboard.press('Escape');

    const panel = await browser().open('sidepanel');
    await panel.locator('[role=gridcell]').first().waitFor();
    expect(serious(await scan(panel))).toEqual([]);
    await panel.close();
    await planner.close();
  });

  it('finds no serious or critical violation on the dashboard, in the tab and the side panel', async () => {
    const planner = await browser().open('planner', '#/demo');
    await planner.locator('[role=gridcell]').first().waitFor();
    await planner.getByRole('button', { name: 'Plan: more actions' }).click();
    await planner.getByRole('menuitem', { name: 'Dashboard' }).click();
    await planner.getByRole('region', { name: 'Coding (MITI 4.2.1)' }).waitFor();
    expect(serious(await scan(planner))).toEqual([]);
    const dashboard = await planner.evaluate(() => location.hash);
    const panel = await browser().open('sidepanel', dashboard);
    await panel.getByRole('region', { name: 'Coding (MITI 4.2.1)' }).waitFor();
    expect(serious(await scan(panel))).toEqual([]);
    await panel.close();
    await planner.close();
  });

  it('finds no serious or critical violation on the timeline and the meeting panel', async () => {
    for (const width of [1280, 360]) {
      const page = await browser().open('planner', '#/demo', width);
      await page.locator('[role=gridcell]').first().waitFor();
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('region', { name: /Timeline by week/ }).waitFor();
      await page.getByRole('button', { name: 'Show as list' }).click();
      expect(serious(await scan(page))).toEqual([]);
      await page.getByRole('button', { name: /Table/ }).click();
      await page.getByRole('tab', { name: 'Meetings', exact: true }).click();
      await page.getByRole('region', { name: /^Changed in the plan since/ }).waitFor();
      // With a refused action item, so that the error state is scanned too.
      await page.getByRole('button', { name: 'Add to plan' }).click();
      await page
        .getByRole('alert')
        .getByText(/nothing was added/)
        .waitFor();
      expect(serious(await scan(page))).toEqual([]);
      await page.close();
    }
  });

  it('finds no serious or critical violation on the settings page and the join and share dialogs', async () => {
    const panel = await browser().open('sidepanel', '#/settings');
    await panel.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // With a refused address, so that the error state is scanned too.
    await panel.getByLabel('Relay address').fill('https://relay.example.org');
    await panel.getByRole('button', { name: 'Add relay' }).click();
    await panel.getByText(/is not a relay address/).waitFor();
    expect(serious(await scan(panel))).toEqual([]);
    await panel.getByLabel('Relay address').fill('wss://relay.example.org');
    await panel.getByRole('button', { name: 'Add relay' }).click();
    await panel.getByRole('list', { name: 'Relays' }).waitFor();
    expect(serious(await scan(panel))).toEqual([]);

    await panel.getByRole('button', { name: 'Back' }).click();
    await panel.getByRole('button', { name: 'Join a plan…' }).click();
    await panel.getByRole('dialog').getByLabel('Invite code').fill('FORANKRA-1-ABC');
    await panel
      .getByRole('dialog')
      .getByRole('alert')
      .getByText(/damaged/)
      .waitFor();
    expect(serious(await scan(panel))).toEqual([]);
    await panel.close();

    const planner = await browser().open('planner', '#/demo');
    await planner.locator('[role=gridcell]').first().waitFor();
    await planner.getByRole('button', { name: 'Plan: more actions' }).click();
    await planner.getByRole('menuitem', { name: 'Share…' }).click();
    await planner.getByRole('dialog').getByLabel('Invite code').waitFor();
    expect(serious(await scan(planner))).toEqual([]);
    await planner.getByRole('dialog').getByRole('button', { name: 'New secret…' }).click();
    await planner
      .getByRole('dialog')
      .getByRole('heading', { name: 'Make a new secret?' })
      .waitFor();
    expect(serious(await scan(planner))).toEqual([]);
    await planner.close();
  });
});
