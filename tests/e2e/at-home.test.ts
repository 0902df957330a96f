import { EXTENSION_ID, ExtensionBrowser } from './browser';
import {
  PLAN,
  POLL,
  UI_TIMEOUT,
  addRows,
  createPlan,
  rowCount,
  trackErrors,
  typeInto,
  waitForPlanId,
  waitForSheets,
} from './helpers';
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
  alarms: { getAll(): Promise<{ name: string }[]> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
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

describe('managed deployment', () => {
  it('shows a managed value as set by the organisation and refuses relays it does not allow', async () => {
    const worker = await serviceWorker();
    // Real enterprise policy cannot be set in a test: the unpacked build honours a stand-in in
    // extension storage (lib/browser/managed-storage.ts), which store installs ignore.
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      await chrome.storage.local.set({
        managedPolicyForTests: {
          relays: ['wss://relay.kommune.example'],
          language: 'en',
          allowOtherRelays: false,
        },
      });
    });
    const page = await browser.open('planner', '#/settings');
    const errors = trackErrors(page);
    const relays = page.getByRole('region', { name: 'Relays' });
    await relays.getByText('wss://relay.kommune.example').waitFor({ timeout: UI_TIMEOUT });
    await relays.getByText('Set by your organisation').waitFor();
    expect(await relays.getByRole('button', { name: /Delete/ }).count()).toBe(0);
    await expect.poll(() => page.getByLabel('Language').isDisabled(), POLL).toBe(true);

    await relays.getByLabel('Relay address').fill('wss://public.example');
    await relays.getByRole('button', { name: 'Add relay' }).click();
    await page
      .getByText('Your organisation allows only the relays it has set, and wss://public.example')
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await relays.getByText('wss://public.example', { exact: true }).count()).toBe(0);

    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      await chrome.storage.local.set({ managedPolicyForTests: null });
    });
    await expect.poll(() => relays.getByText('Set by your organisation').count(), POLL).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A date `days` from today as the grid takes it (d.m.yyyy), in this machine's local time. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate())}.${String(d.getMonth() + 1)}.${String(d.getFullYear())}`;
}

describe('reminders', () => {
  it('counts my overdue and soon-due items on the toolbar badge once I say who I am', async () => {
    const worker = await serviceWorker();
    const page = await browser.open('planner', '#/');
    const errors = trackErrors(page);
    await createPlan(page, 'Reminder plan', 'Larvik kommune');
    await addRows(page, ['Overdue item', 'Soon item', 'Far item', 'Not mine']);
    const rows: [number, string, string][] = [
      [1, 'Kari', dayFromToday(-2)],
      [2, 'Kari', dayFromToday(3)],
      [3, 'Kari', dayFromToday(30)],
      [4, 'Ola', dayFromToday(1)],
    ];
    for (const [row, who, due] of rows) {
      await typeInto(page, row, PLAN.responsible, who);
      await typeInto(page, row, PLAN.due, due);
    }
    await page.getByRole('tab', { name: 'People' }).click();
    await addRows(page, ['Kari', 'Ola']);

    const badge = () =>
      worker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeInWorker }).chrome.action.getBadgeText({}),
      );
    // Off by default: no count.
    expect(await badge()).toBe('');

    await page.evaluate(() => (location.hash = '#/settings'));
    const section = page.getByRole('region', { name: 'Reminders' });
    await section.getByLabel('Remind me of items I am responsible for').check();
    await section
      .getByLabel('I am … in “Reminder plan”')
      .selectOption('Kari', { timeout: UI_TIMEOUT });
    await expect.poll(badge, POLL).toBe('2');
    const alarms = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeInWorker }).chrome.alarms.getAll(),
    );
    expect(alarms.map((a) => a.name).sort()).toEqual([
      'forankra-reminders-daily',
      'forankra-reminders-refresh',
    ]);

    // Turned off again: the count goes.
    await section.getByLabel('Remind me of items I am responsible for').uncheck();
    await expect.poll(badge, POLL).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
