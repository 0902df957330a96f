import type { ExtensionBrowser, Page } from '../../tests/e2e/browser';
import { EXTENSION_ID } from '../../tests/e2e/browser';

// Opening the measured pages: a tab of a profile with the probe watching from its first moment.

export const VIEWPORT = { width: 1280, height: 800 };

export function planUrl(planId: string): string {
  return `chrome-extension://${EXTENSION_ID}/planner.html#/plan/${planId}`;
}

/** A new tab with the probe installed before any of the page's own scripts, at `url`. */
export async function openWithProbe(
  browser: ExtensionBrowser,
  probe: string,
  url: string,
): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.setViewportSize(VIEWPORT);
  await tab.addInitScript(probe);
  await tab.goto(url);
  return tab;
}

/** Waits until the page's grid says it has `rows` data rows (aria-rowcount counts the header). */
export async function waitForRows(tab: Page, rows: number, timeoutMs: number): Promise<void> {
  await tab.waitForFunction(
    (count) =>
      document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(count),
    rows + 1,
    { timeout: timeoutMs, polling: 100 },
  );
}
