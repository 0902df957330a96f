import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  cellText,
  createPlan,
  PLAN,
  POLL,
  rowCount,
  trackErrors,
  UI_TIMEOUT,
  browserForFile,
} from './helpers';

const { browser } = browserForFile();

const FIXTURE = join(__dirname, '../fixtures/csv/excel-nb-cp1252.csv');

describe('importing a CSV file', () => {
  it('reads an Excel file through the dialog, off the page’s thread, and its rows appear', async () => {
    const page = await browser().open('planner', '#/');
    const errors = trackErrors(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await createPlan(page, 'CSV import', 'E2E');

    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import CSV into “Plan”' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(FIXTURE),
    });
    await dialog.getByText('4 rows · Windows-1252').waitFor({ timeout: UI_TIMEOUT });
    expect(workers.some((url) => url.includes('csv-worker'))).toBe(true);
    // A Norwegian file into an English plan: column names differ, but the template's names match.
    await expect
      .poll(() =>
        dialog
          .getByLabel('Import “Frist” into')
          .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
      )
      .toBe('Due');
    await dialog.getByText('New rows: 4 · updated: 0 · to the trash: 0 · left out: 0').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    await expect.poll(() => rowCount(page), POLL).toBe(4);
    expect(await cellText(page, 2, PLAN.activity)).toBe('Opprette arbeidsgruppe');
    expect(await cellText(page, 2, PLAN.responsible)).toBe('Ola Ås');
    expect(await cellText(page, 1, PLAN.status)).toBe('Done');
    await page.getByText(/Imported into “Plan”. New rows: 4/).waitFor();
    expect(errors).toEqual([]);
  });
});
