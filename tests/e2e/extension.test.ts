import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { EXTENSION_ID } from './browser';
import {
  POLL,
  UI_TIMEOUT,
  rowCount,
  trackErrors,
  waitForPlanList,
  waitForSheets,
  browserForFile,
} from './helpers';

const SCREENSHOTS = resolve('test-results');

const { browser } = browserForFile();

describe('the built extension', () => {
  it('loads in Chromium with a running service worker and a side panel in its manifest', async () => {
    const manifest: unknown = JSON.parse(
      readFileSync(join(browser().extensionDir, 'manifest.json'), 'utf8'),
    );
    expect(manifest).toMatchObject({
      manifest_version: 3,
      side_panel: { default_path: 'sidepanel.html' },
      background: { service_worker: 'background.js' },
    });

    const ours = (url: string) => url.startsWith(`chrome-extension://${EXTENSION_ID}/`);
    const worker =
      browser()
        .context.serviceWorkers()
        .find((w) => ours(w.url())) ??
      (await browser().context.waitForEvent('serviceworker', {
        predicate: (w) => ours(w.url()),
        timeout: UI_TIMEOUT,
      }));
    expect(worker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);
    // It runs: it answers an evaluation and sees its own extension API.
    const runtimeId = await worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    expect(runtimeId).toBe(EXTENSION_ID);
  });

  it('shows the plan list in the 360 px side panel page and in the full-tab planner page', async () => {
    const panel = await browser().open('sidepanel', '#/');
    const panelErrors = trackErrors(panel);
    await waitForPlanList(panel);
    expect(panel.viewportSize()?.width).toBe(360);
    await panel.getByRole('button', { name: 'Create plan' }).waitFor();
    await panel.getByText('No plans yet.').waitFor();
    // Nothing sticks out sideways in the narrow panel.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    const planner = await browser().open('planner', '#/');
    const plannerErrors = trackErrors(planner);
    await waitForPlanList(planner);
    await planner.getByRole('heading', { name: 'New plan' }).waitFor();
    expect(await planner.title()).not.toBe('');

    expect(panelErrors).toEqual([]);
    expect(plannerErrors).toEqual([]);
    await panel.close();
    await planner.close();
  });

  it('opens the demo plan in the side panel and the planner page (screenshots in test-results/)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });

    const panel = await browser().open('sidepanel', '#/demo');
    const panelErrors = trackErrors(panel);
    await waitForSheets(panel);
    await panel
      .getByRole('heading', { level: 1, name: 'MI in home care services — demo' })
      .waitFor();
    await expect.poll(() => rowCount(panel), POLL).toBeGreaterThan(0);
    // The wide grid scrolls inside its own box; the panel page itself does not scroll sideways.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-demo-360.png') });

    // The planner's #/demo opens the newest plan: the demo plan the panel just made.
    const planner = await browser().open('planner', '#/demo');
    const plannerErrors = trackErrors(planner);
    await waitForSheets(planner);
    await planner
      .getByRole('heading', { level: 1, name: 'MI in home care services — demo' })
      .waitFor();
    await expect.poll(() => rowCount(planner), POLL).toBe(await rowCount(panel));
    await planner.screenshot({ path: join(SCREENSHOTS, 'planner-demo-1280.png') });
    // The app fills the window and scrolls inside its grid: a fullPage shot shows the same.

    expect(panelErrors).toEqual([]);
    expect(plannerErrors).toEqual([]);
    await panel.close();
    await planner.close();
  });
});
