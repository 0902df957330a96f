import { join } from 'node:path';
import type { Page } from './browser';
import { largePlanSyncFile } from './large-plan-file';
import {
  browserForFile,
  cell,
  cellText,
  editor,
  planIdOf,
  PLAN,
  POLL,
  rowCount,
  waitForPlanList,
} from './helpers';

// A plan of 10,000 rows opened a second time: its first rows come from the copy the first
// opening left, readable, navigable and typed into at once, while the whole plan loads.

const { browser, shots } = browserForFile('first-screen');

/** Whether the plan's database holds a first-screen copy as new as the plan itself. */
function copyStored(page: Page, planId: string): Promise<boolean> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['updates', 'custom'], 'readonly');
    const read = (request: IDBRequest) =>
      new Promise<unknown>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const [copy, last] = await Promise.all([
      read(tx.objectStore('custom').get('forankra:first-screen')),
      read(tx.objectStore('updates').openKeyCursor(null, 'prev')),
    ]);
    db.close();
    const key = (copy as { updateKey?: unknown } | undefined)?.updateKey;
    return key !== undefined && key === (last as IDBCursor | null)?.key;
  }, `forankra-plan-${planId}`);
}

/** Opens a 10,000-row plan from a sync file in a tab and waits for its first-screen copy. */
async function largePlanOpenedOnce(): Promise<string> {
  const file = await largePlanSyncFile(10_000, 'first-screen');
  const tab = await browser().open('planner', '#/');
  await waitForPlanList(tab);
  const chooser = tab.waitForEvent('filechooser');
  await tab.getByRole('button', { name: 'Open a sync file…' }).click();
  await (await chooser).setFiles(file);
  await expect.poll(() => rowCount(tab), { ...POLL, timeout: 60_000 }).toBe(10_000);
  const planId = await planIdOf(tab);
  await expect.poll(() => copyStored(tab, planId), { ...POLL, timeout: 60_000 }).toBe(true);
  await tab.close();
  return planId;
}

describe('a large plan opened again', () => {
  it('shows its first rows from the copy at once, keeps what is typed, then is whole', async () => {
    const planId = await largePlanOpenedOnce();
    const panel = await browser().open('sidepanel', `#/plan/${planId}`);
    // The first rows are there while the workspace still says it is loading the plan: read in
    // one step in the page, as the loading may end any moment.
    const early = await panel.waitForFunction(
      () => {
        const loading = document.querySelector('.workspace[data-loading]');
        const first = loading?.querySelector('[data-rowindex="2"] [aria-colindex="2"]');
        if (!loading || !first) return null;
        return {
          activity: (first.textContent ?? '').trim(),
          status: loading.querySelector('.sheet__footer [role="status"]')?.textContent ?? '',
        };
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    const shown = await early.jsonValue();
    expect(shown?.status).toBe('Opening the plan…');
    expect(shown?.activity).not.toBe('');
    await panel.screenshot({ path: join(shots, 'first-screen-360.png') });
    // Typed at once, as a member who opens the panel and starts writing (on a fast machine the
    // plan may be whole by then; the held keystrokes are a component test's).
    await cell(panel, 2, PLAN.activity).click();
    await panel.keyboard.type('Tidlig');
    await panel.locator('.workspace:not([data-loading])').waitFor({ timeout: 60_000 });
    await expect.poll(() => editor(panel, 2, PLAN.activity).inputValue(), POLL).toBe('Tidlig');
    await panel.keyboard.press('Enter');
    await expect.poll(() => cellText(panel, 2, PLAN.activity), POLL).toBe('Tidlig');
    expect(await rowCount(panel)).toBe(10_000);
    expect(await cellText(panel, 1, PLAN.activity)).toBe(shown?.activity);
    expect(await panel.locator('.sheet__footer').textContent()).toMatch(/10[ ,.\u00a0]?000 rows/);
  });
});
