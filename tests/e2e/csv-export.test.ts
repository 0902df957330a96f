import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

import type { Page } from './browser';
import {
  cellText,
  POLL,
  putOnClipboard,
  selectCell,
  UI_TIMEOUT,
  waitForPlanId,
  waitForSheets,
  browserForFile,
} from './helpers';

/**
 * Export CSV and the leadership report in the built extension: a real download (its bytes
 * checked), the zip of every sheet, and the report page, with screenshots at side-panel and
 * full-tab widths in test-results/ for a person to look at.
 */

const { browser, shots: SCREENSHOTS } = browserForFile('csv-report');
const DEMO_TITLE = 'MI in home care services — demo';

async function openDemo(page: 'sidepanel' | 'planner'): Promise<{ tab: Page; planId: string }> {
  const tab = await browser().open(page, '#/demo');
  await tab.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor({ timeout: UI_TIMEOUT });
  await waitForSheets(tab);
  return { tab, planId: await waitForPlanId(tab) };
}

async function openExportDialog(tab: Page) {
  await tab.getByRole('button', { name: 'Plan: more actions' }).click();
  await tab.getByRole('menuitem', { name: 'Export CSV…' }).click();
  const dialog = tab.getByRole('dialog', { name: 'Export CSV' });
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  return dialog;
}

/** Clicks Download and returns the downloaded file's name and bytes. */
async function download(tab: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    tab.waitForEvent('download', { timeout: UI_TIMEOUT }),
    tab.getByRole('dialog').getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Pastes tab-separated rows into a sheet from its first cell, as from a spreadsheet. */
async function pasteInto(tab: Page, sheet: string, rows: string[][]): Promise<void> {
  await tab.getByRole('tab', { name: sheet }).click();
  await waitForSheets(tab);
  await tab.getByRole('button', { name: 'Add row' }).click();
  await selectCell(tab, 1, 1);
  await putOnClipboard(tab, rows.map((r) => r.join('\t')).join('\r\n'));
  await tab.keyboard.press('Control+V');
  await expect
    .poll(() => tab.locator('[role="row"][aria-rowindex]').count(), POLL)
    .toBeGreaterThanOrEqual(rows.length + 1);
}

describe('Export CSV', () => {
  it('downloads the sheet as Excel (Nordic): BOM, semicolons, CRLF, the rows as shown', async () => {
    const { tab } = await openDemo('planner');
    const dialog = await openExportDialog(tab);
    await tab.screenshot({ path: join(SCREENSHOTS, 'export-dialog-1280.png') });
    await expect
      .poll(() => dialog.getByRole('radio', { name: /Excel \(Nordic\)/ }).isChecked(), POLL)
      .toBe(true);
    const file = await download(tab);
    expect(file.name).toMatch(/^MI in home care services - demo - Plan - \d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Activity;Phase;Step;Responsible;Start;Due;Status;Progress;Notes');
    // English: ISO dates in Excel (Nordic), the status's label, progress as a number.
    // The demo's first row, as the grid shows it.
    expect(lines[1]).toMatch(
      /^Clarification meeting: is the organisation ready for MI\?;1 · Clarification;1\.1;Leadership;\d{4}-\d{2}-\d{2};\d{4}-\d{2}-\d{2};Done;100;/,
    );
    expect(lines[1]?.split(';')[0]).toBe(await cellText(tab, 1, 1));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n(?![^"]*"(?:;|$))/);
    await tab.close();
  });

  it('downloads all sheets as Standard CSV in one zip, and remembers the choice', async () => {
    const { tab } = await openDemo('planner');
    let dialog = await openExportDialog(tab);
    await dialog.getByRole('radio', { name: /All sheets/ }).check();
    await dialog.getByRole('radio', { name: /Standard CSV/ }).check();
    const file = await download(tab);
    expect(file.name).toMatch(/^MI in home care services - demo - \d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(file.bytes));
    expect(Object.keys(files)).toEqual([
      'Plan.csv',
      'Meetings.csv',
      'Indicators.csv',
      'Readiness.csv',
      'People.csv',
      'Coding.csv',
    ]);
    const plan = Buffer.from(files['Plan.csv'] ?? new Uint8Array()).toString('utf8');
    expect(plan.startsWith('Activity,Phase,Step,')).toBe(true);
    await expect.poll(() => tab.getByRole('status').last().textContent(), POLL).toMatch(/Saved/);

    dialog = await openExportDialog(tab);
    expect(await dialog.getByRole('radio', { name: /Standard CSV/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await tab.close();
  });

  it('fits the side panel', async () => {
    const { tab } = await openDemo('sidepanel');
    const dialog = await openExportDialog(tab);
    await tab.screenshot({ path: join(SCREENSHOTS, 'export-dialog-360.png') });
    const box = await dialog.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(360);
    await tab.close();
  });
});

describe('the leadership report', () => {
  it('shows the plan’s figures, on screen and as printed', async () => {
    const { tab, planId } = await openDemo('planner');
    await pasteInto(tab, 'Indicators', [
      ['Staff trained in MI', '20', '14', 'staff'],
      ['Resource persons appointed', '6', '6', 'persons'],
      ['Supervision sessions held', '12', '5', 'sessions'],
      ['Conversations coded', '14', '3', 'codings'],
    ]);
    await pasteInto(tab, 'Readiness', [
      ['Broad context', '2026-09-01', '3'],
      ['Leadership support', '2026-09-01', '2'],
      ['Leadership support', '2027-01-15', '5'],
      ['Organisational structure', '2027-01-15', '4'],
      ['Culture', '2027-01-15', '3'],
      ['Competence', '2027-01-15', '2'],
    ]);
    await tab.goto(tab.url().replace(/#.*$/, `#/report/${planId}`));
    await tab.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor({ timeout: UI_TIMEOUT });
    await tab.getByRole('button', { name: 'Print / Save as PDF' }).waitFor({ timeout: UI_TIMEOUT });
    const indicators = tab.getByRole('region', { name: 'Indicators against targets' });
    await expect.poll(() => indicators.getByText('14 of 20').count(), POLL).toBe(1);
    await expect
      .poll(() => tab.getByRole('region', { name: 'Readiness' }).textContent(), POLL)
      .toContain('Average 3.5 of 6');
    await tab.screenshot({ path: join(SCREENSHOTS, 'report-1280.png'), fullPage: true });
    await tab.emulateMedia({ media: 'print' });
    // An A4 page at 96 dpi is 794 px wide; the print CSS sets its own margins.
    await tab.setViewportSize({ width: 794, height: 1123 });
    await tab.screenshot({ path: join(SCREENSHOTS, 'report-print.png'), fullPage: true });
    expect(await tab.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);
    await tab.close();

    // The side panel's width, in a page opened at that width (as the panel would show it).
    const narrow = await browser().open('sidepanel', `#/report/${planId}`);
    await narrow
      .getByRole('region', { name: 'Indicators against targets' })
      .waitFor({ timeout: UI_TIMEOUT });
    // Not fullPage: that drops the scrollbar and lays the page out wider than the image it takes.
    await narrow.screenshot({ path: join(SCREENSHOTS, 'report-360.png') });
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing sticks out sideways at 360 px').toBe(0);
    await narrow.close();
  });
});
