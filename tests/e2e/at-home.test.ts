import { EXTENSION_ID, ExtensionBrowser } from './browser';
import { POLL, UI_TIMEOUT, rowCount, trackErrors, waitForPlanId, waitForSheets } from './helpers';
import type { Worker } from 'playwright-core';

// Forankra beside the page: the shortcut and the panel, clipping, reminders, managed presets.

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser.close();
  browser.removeProfile();
});

async function serviceWorker(): Promise<Worker> {
  const ours = (url: string) => url.startsWith(`chrome-extension://${EXTENSION_ID}/`);
  return (
    browser.context.serviceWorkers().find((w) => ours(w.url())) ??
    (await browser.context.waitForEvent('serviceworker', {
      predicate: (w) => ours(w.url()),
      timeout: UI_TIMEOUT,
    }))
  );
}

interface ChromeInWorker {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  sidePanel: { getOptions(options: object): Promise<{ path?: string; enabled?: boolean }> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

describe('beside the page', () => {
  it('has Alt+Shift+F to open the side panel, which reopens the last plan on its sheet and scroll', async () => {
    const worker = await serviceWorker();
    const { commands, panel } = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      return {
        commands: await chrome.commands.getAll(),
        panel: await chrome.sidePanel.getOptions({}),
      };
    });
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+F' }),
    );
    expect(panel).toMatchObject({ path: 'sidepanel.html', enabled: true });

    // The page the shortcut and the button open: a short panel, so that the sheet scrolls.
    const first = await browser.open('sidepanel', '#/demo', 360);
    await first.setViewportSize({ width: 360, height: 320 });
    const errors = trackErrors(first);
    await waitForSheets(first);
    const planId = await waitForPlanId(first);
    await first.getByRole('tab', { name: 'People' }).click();
    await expect.poll(() => rowCount(first), POLL).toBeGreaterThan(2);
    // Five columns in 360 px: the sheet scrolls sideways.
    await first.locator('.grid-scroller').evaluate((el) => (el.scrollLeft = 120));
    // Stored a moment after scrolling stops.
    await expect
      .poll(
        () =>
          worker.evaluate(async (id) => {
            const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
            const stored = await chrome.storage.local.get('panelPlaces');
            const places = stored.panelPlaces as Record<string, { scrollLeft: number }> | undefined;
            return places?.[id]?.scrollLeft ?? null;
          }, planId),
        POLL,
      )
      .toBe(120);
    await first.close();

    const again = await browser.open('sidepanel', '', 360);
    await again.setViewportSize({ width: 360, height: 320 });
    await waitForSheets(again);
    expect(await waitForPlanId(again)).toBe(planId);
    await expect
      .poll(() => again.getByRole('tab', { name: 'People' }).getAttribute('aria-selected'), POLL)
      .toBe('true');
    await expect
      .poll(() => again.locator('.grid-scroller').evaluate((el) => el.scrollLeft), POLL)
      .toBe(120);
    expect(errors).toEqual([]);
    await again.close();
  });
});
