import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveIntranetPage, type IntranetPage } from '../intranet-page';
import { EXTENSION_ID } from './browser';
import {
  PLAN,
  POLL,
  UI_TIMEOUT,
  activeCell,
  addRow,
  addRows,
  cellText,
  createPlan,
  gridHasFocus,
  putOnClipboard,
  rowCount,
  trackErrors,
  typeInto,
  waitForPlanId,
  waitForSheets,
  browserForFile,
} from './helpers';
import type { Page, Worker } from 'playwright-core';

// Forankra beside the page: the shortcut and the panel, clipping, reminders, managed presets.

const { browser } = browserForFile();

function serviceWorker(): Promise<Worker> {
  return browser().worker();
}

interface ChromeInWorker {
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]>;
    onCommand: { hasListeners(): boolean };
  };
  sidePanel: { getOptions(options: object): Promise<{ path?: string; enabled?: boolean }> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string }[]> };
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    onClicked: { dispatch(id: string): void };
  };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
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
    const { commands, listening, panel } = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      return {
        commands: await chrome.commands.getAll(),
        listening: chrome.commands.onCommand.hasListeners(),
        panel: await chrome.sidePanel.getOptions({}),
      };
    });
    // The description comes from the locale's messages (the manifest names __MSG_commandOpenPanel__).
    expect(commands).toContainEqual(
      expect.objectContaining({
        name: 'open-side-panel',
        shortcut: 'Alt+Shift+F',
        description: 'Open Forankra in the side panel',
      }),
    );
    expect(listening, 'the worker handles the shortcut').toBe(true);
    expect(panel).toMatchObject({ path: 'sidepanel.html', enabled: true });

    // The page the shortcut and the button open: a short panel, so that the sheet scrolls.
    const first = await browser().open('sidepanel', '#/demo', 360);
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

    const again = await browser().open('sidepanel', '', 360);
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
    const page = await browser().open('planner', '#/settings');
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
    const page = await browser().open('planner', '#/');
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

/** Whether the page shows its grid's active row whole, inside the grid's scrolled area. */
function activeRowInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]');
    const id = grid?.getAttribute('aria-activedescendant');
    // Whichever part of the row (the frozen first cell or the rest) holds the active cell.
    const row = (id ? document.getElementById(id) : null)?.closest('[data-rowindex]');
    const scroller = document.querySelector('.grid-scroller');
    if (!row || !scroller) return false;
    const r = row.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return r.top >= s.top && r.bottom <= s.bottom;
  });
}

describe('a reminder’s item', () => {
  it('opens from the notification in a tab with the row selected, in view and focused; the side panel opens the same address', async () => {
    const worker = await serviceWorker();
    const page = await browser().open('planner', '#/');
    const planId = await createPlan(page, 'Long plan', 'Larvik kommune');
    // 40 items pasted at once: Kari's most urgent one (overdue longest) is far down the sheet.
    const lines = Array.from({ length: 40 }, (_, k) => {
      const n = k + 1;
      const [who, due] =
        n === 35
          ? ['Kari', dayFromToday(-3)]
          : n === 12
            ? ['Kari', dayFromToday(2)]
            : ['Ola', dayFromToday(-9)];
      return `Item ${String(n)}\t\t\t${who}\t\t${due}\r\n`;
    });
    await addRow(page);
    await putOnClipboard(page, lines.join(''));
    await page.keyboard.press('Control+v');
    await expect.poll(() => rowCount(page), POLL).toBe(40);
    await page.close();

    // The daily reminder at 00:00 is due at once; not shown yet today.
    await worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      await chrome.storage.local.set({
        reminderShownDay: '',
        reminders: { enabled: true, days: 7, time: '00:00', people: { [id]: 'Kari' } },
      });
    }, planId);
    const notificationIds = () =>
      worker.evaluate(async () =>
        Object.keys(
          await (globalThis as unknown as { chrome: ChromeInWorker }).chrome.notifications.getAll(),
        ),
      );
    await expect
      .poll(notificationIds, POLL)
      .toContainEqual(expect.stringMatching(new RegExp(`^forankra-due:${planId}/`)));
    const id = (await notificationIds()).find((n) => n.startsWith(`forankra-due:${planId}/`))!;
    const [, sheetId, rowId] = id.slice('forankra-due:'.length).split('/');
    const address = `#/plan/${planId}/${sheetId!}/${rowId!}`;

    // A click on the notification (dispatched to the worker's own listener, as headless
    // Chromium shows none to click) opens the planner in a tab at the item.
    const opened = browser().context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith(address),
      timeout: UI_TIMEOUT,
    });
    await worker.evaluate((clicked) => {
      (globalThis as unknown as { chrome: ChromeInWorker }).chrome.notifications.onClicked.dispatch(
        clicked,
      );
    }, id);
    const tab = await opened;
    const errors = trackErrors(tab);
    await tab.setViewportSize({ width: 1280, height: 600 });
    await waitForSheets(tab);
    await expect.poll(() => activeCell(tab), POLL).toEqual({ row: 35, col: PLAN.activity });
    expect(await cellText(tab, 35, PLAN.activity)).toBe('Item 35');
    expect(await gridHasFocus(tab)).toBe(true);
    expect(await activeRowInView(tab)).toBe(true);
    await expect.poll(notificationIds, POLL).not.toContain(id);
    expect(errors).toEqual([]);
    await tab.close();

    // The same address in the narrow side panel: the row selected and in view there too.
    // Sized before it loads: the row is brought into view once, as the plan opens.
    const panel = await browser().context.newPage();
    await panel.setViewportSize({ width: 360, height: 420 });
    await panel.goto(`chrome-extension://${EXTENSION_ID}/sidepanel.html${address}`);
    const panelErrors = trackErrors(panel);
    await waitForSheets(panel);
    await expect.poll(() => activeCell(panel), POLL).toEqual({ row: 35, col: PLAN.activity });
    expect(await gridHasFocus(panel)).toBe(true);
    expect(await activeRowInView(panel)).toBe(true);
    await panel.screenshot({ path: join(tmpdir(), 'forankra-reminder-item-panel.png') });
    expect(panelErrors).toEqual([]);
    await panel.close();

    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      await chrome.storage.local.set({ reminders: { enabled: false } });
    });
  });
});

describe('clipping', () => {
  let site: IntranetPage;
  let pageUrl = '';
  beforeAll(async () => {
    site = await serveIntranetPage(
      '<!doctype html><title>Intranett – MI i hjemmetjenesten</title>' +
        '<p id="quote">Veiledning hver tredje måned i halvannet år.</p><p>Annet innhold.</p>',
    );
    pageUrl = site.url;
  });
  afterAll(() => site.close());

  it('adds the selected text with the page title and address as a new row where the member picks', async () => {
    const planner = await browser().open('planner', '#/');
    await createPlan(planner, 'Clip plan', 'Larvik kommune');
    await planner.close();

    const intranet = await browser().context.newPage();
    await intranet.goto(pageUrl);
    const selection = await intranet.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('quote')!);
      const selected = window.getSelection()!;
      selected.removeAllRanges();
      selected.addRange(range);
      return selected.toString();
    });
    const title = await intranet.title();

    // Headless Chromium shows no context menu to click: the click is dispatched to the
    // worker's own onClicked listeners, with what Chrome passes for a click on a selection
    // (the tab's title and address, which activeTab grants for that click).
    const worker = await serviceWorker();
    await worker.evaluate(
      ({ selectionText, url, title: tabTitle }) => {
        const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'forankra-add-to-plan', selectionText, pageUrl: url, editable: false },
          { id: 1, windowId: 1, title: tabTitle, url },
        );
      },
      { selectionText: selection, url: pageUrl, title },
    );

    // The page the click opens in the side panel.
    const panel = await browser().open('sidepanel', '');
    const errors = trackErrors(panel);
    const dialog = panel.getByRole('dialog', { name: 'Add to plan' });
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    await dialog.getByLabel('Plan', { exact: true }).selectOption({ label: 'Clip plan' });
    await expect
      .poll(() => dialog.getByLabel('Sheet', { exact: true }).inputValue(), POLL)
      .not.toBe('');
    await dialog.getByLabel('Sheet', { exact: true }).selectOption({ label: 'Plan' });
    expect(await dialog.getByLabel('Text', { exact: true }).inputValue()).toBe(selection);
    await dialog.getByRole('button', { name: 'Add row' }).click();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    await waitForSheets(panel);
    await panel.getByRole('heading', { level: 1, name: 'Clip plan' }).waitFor();
    await expect.poll(() => rowCount(panel), POLL).toBe(1);
    expect(await cellText(panel, 1, PLAN.activity)).toBe(selection);
    const notes = await panel.evaluate(
      (col) =>
        document.querySelector(
          `[data-rowindex="2"] [role="gridcell"][aria-colindex="${String(col + 1)}"]`,
        )?.textContent ?? '',
      PLAN.notes,
    );
    expect(notes).toContain('Intranett – MI i hjemmetjenesten');
    expect(notes).toContain(pageUrl);
    expect(errors).toEqual([]);
    await panel.close();
    await intranet.close();
  });
});

describe('the package', () => {
  it('asks only for the permissions it uses, with no host access, and a strict CSP', () => {
    const manifest = JSON.parse(
      readFileSync(join(browser().extensionDir, 'manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    // Each is justified in docs/privacy-and-permissions.md.
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    });
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifest.commands).toEqual({
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpenPanel__',
      },
    });
  });
});
