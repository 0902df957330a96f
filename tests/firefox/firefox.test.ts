import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveIntranetPage, type IntranetPage } from '../intranet-page';
import { until as waitUntil } from '../until';
import { EXTENSION_ORIGIN, FirefoxProfile, findFirefox } from './firefox';

// Forankra's Firefox package in a real Firefox (Debian's firefox-esr, headless): what the
// Chromium browser tests check through Chrome's APIs, here through Firefox's.

const firefox = findFirefox();
// CI installs firefox-esr and sets this: there, a missing Firefox is a failure, not a skip.
if (!firefox && process.env.FORANKRA_REQUIRE_FIREFOX === '1')
  throw new Error('FORANKRA_REQUIRE_FIREFOX is set but no Firefox was found.');
if (!firefox)
  console.warn('No Firefox (firefox-esr or FIREFOX_PATH): the Firefox tests are skipped.');

describe.skipIf(!firefox)('Forankra in Firefox', () => {
  let profile: FirefoxProfile;
  let planId = '';

  beforeAll(async () => {
    profile = new FirefoxProfile(firefox!);
    await profile.start();
  });
  afterAll(async () => {
    await profile.quit();
    profile.remove();
  });

  it('opens the demo plan in a tab and names its shortcut in the browser’s language', async () => {
    await profile.openTab(`${EXTENSION_ORIGIN}/planner.html#/demo`);
    const shown = await profile.waitInPage<{ hash: string; title: string; rows: number }>(
      `return {
        hash: page.location.hash,
        title: page.document.querySelector('h1')?.textContent ?? '',
        rows: Number(page.document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') ?? 0),
      };`,
      (v) => v.rows > 1 && /^#\/plan\/[a-z0-9]+$/.test(v.hash),
    );
    planId = shown.hash.slice('#/plan/'.length);
    expect(shown.title).toBe('MI in home care services — demo');
    const apis = await profile.inPage<{
      commands: { name: string; shortcut: string; description: string }[];
      sidebar: string;
      managed: string;
    }>(`const b = page.browser;
      return {
        commands: JSON.parse(page.JSON.stringify(await b.commands.getAll())),
        sidebar: typeof b.sidebarAction.toggle,
        // Without an enterprise policy Firefox has no managed storage: the read fails, the plan works.
        managed: await b.storage.managed.get().then(() => 'read', () => 'refused'),
      };`);
    expect(apis.commands).toEqual([
      {
        name: '_execute_sidebar_action',
        shortcut: 'Alt+Shift+F',
        description: 'Open or close Forankra in the sidebar',
      },
    ]);
    expect(apis.sidebar).toBe('function');
    expect(apis.managed).toBe('refused');
  });

  it('counts my overdue item on the toolbar badge and notifies with an address that opens its row', async () => {
    // The demo's second course module is a week late; the course holder is responsible for it.
    await profile.inPage(
      `await page.browser.storage.local.set(page.JSON.parse(${JSON.stringify(
        JSON.stringify({
          reminderShownDay: '',
          reminders: {
            enabled: true,
            days: 7,
            time: '00:00',
            people: { [planId]: 'Course holder' },
          },
        }),
      )})); return true;`,
    );
    await profile.waitInPage<string>(
      'return await page.browser.browserAction.getBadgeText({});',
      (text) => text === '1',
    );
    const ids = await profile.waitInPage<string[]>(
      'return Object.keys(JSON.parse(page.JSON.stringify(await page.browser.notifications.getAll())));',
      (list) => list.some((id) => id.startsWith(`forankra-due:${planId}/`)),
    );
    const id = ids.find((n) => n.startsWith(`forankra-due:${planId}/`))!;

    await profile.openTab(
      `${EXTENSION_ORIGIN}/planner.html#/plan/${id.slice('forankra-due:'.length)}`,
      1280,
      600,
    );
    const active = await profile.waitInPage<{ responsible: string; due: string; focused: boolean }>(
      `const grid = page.document.querySelector('[role=grid]');
      const cell = page.document.getElementById(grid?.getAttribute('aria-activedescendant') ?? '');
      // A first-column cell sits in the frozen pane; its row owns it (aria-owns).
      const row = cell?.closest('[role=row]') ?? grid?.querySelector('[aria-owns~="' + cell?.id + '"]');
      const owned = (row?.getAttribute('aria-owns') ?? '').split(' ').map((i) => page.document.getElementById(i));
      const at = (col) =>
        owned.find((c) => c?.getAttribute('aria-colindex') === String(col))?.textContent ?? '';
      return { responsible: at(5), due: at(7), focused: page.document.activeElement === grid };`,
      (v) => v.responsible !== '',
    );
    expect(active.responsible).toBe('Course holder');
    expect(active.due).toContain('(overdue)');
    expect(active.focused).toBe(true);
    await profile.screenshot(join(tmpdir(), 'forankra-firefox-item.png'));
    await profile.inPage(
      `await page.browser.storage.local.set({ reminders: { enabled: false } }); return true;`,
    );
  });

  it('reopens the last plan in the sidebar’s page', async () => {
    await profile.openTab(`${EXTENSION_ORIGIN}/sidepanel.html`, 400, 800);
    const shown = await profile.waitInPage<{ hash: string; grid: boolean }>(
      `return { hash: page.location.hash, grid: !!page.document.querySelector('[role=grid]') };`,
      (v) => v.grid,
    );
    expect(shown.hash).toBe(`#/plan/${planId}`);
    await profile.screenshot(join(tmpdir(), 'forankra-firefox-sidebar.png'));
  });

  it('toggles the sidebar with the toolbar button and with Alt+Shift+F, on the last plan', async () => {
    const sidebar = async () =>
      (await profile.inChrome(
        `const browser = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
        return { open: SidebarController.isOpen, page: SidebarController.isOpen && browser ? browser.currentURI.spec : '' };`,
      )) as { open: boolean; page: string };
    // Open and, when open, showing a plan (the panel's page picks the last one as it loads).
    const until = async (open: boolean) => {
      const settled = (v: { open: boolean; page: string }) =>
        v.open === open && (!open || v.page.includes('#/plan/'));
      for (let i = 0; i < 60 && !settled(await sidebar()); i++)
        await new Promise((done) => setTimeout(done, 100));
      return sidebar();
    };
    const widget = 'forankra_forankra_app-browser-action';
    await profile.inChrome(
      `if (SidebarController.isOpen) SidebarController.hide();
      CustomizableUI.addWidgetToArea(arguments[0], CustomizableUI.AREA_NAVBAR);
      return true;`,
      [widget],
    );
    expect((await until(false)).open).toBe(false);
    // A real click on the button (Marionette's, in the browser window): the click is the user
    // input that sidebarAction.toggle() needs.
    const clickButton = async () => {
      await profile.command('Marionette:SetContext', { value: 'chrome' });
      try {
        const found = (await profile.command('WebDriver:FindElement', {
          using: 'css selector',
          value: `#${widget} toolbarbutton`,
        })) as { value: Record<string, string> };
        await profile.command('WebDriver:ElementClick', { id: Object.values(found.value)[0] });
      } finally {
        await profile.command('Marionette:SetContext', { value: 'content' });
      }
    };
    await clickButton();
    expect(await until(true)).toEqual({
      open: true,
      page: `${EXTENSION_ORIGIN}/sidepanel.html#/plan/${planId}`,
    });
    await clickButton();
    expect((await until(false)).open).toBe(false);

    // The shortcut Firefox made from the manifest's command, run as its key would run it.
    const key = (await profile.inChrome(
      `const key = document.getElementById('ext-key-id-forankra_forankra_app-sidebar-action');
      const found = { key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') };
      key.doCommand();
      return found;`,
    )) as { key: string; modifiers: string };
    expect(key).toEqual({ key: 'F', modifiers: 'alt,shift' });
    expect(await until(true)).toEqual({
      open: true,
      page: `${EXTENSION_ORIGIN}/sidepanel.html#/plan/${planId}`,
    });
  });

  describe('“Add to plan” on selected text', () => {
    let site: IntranetPage;
    let pageUrl = '';
    beforeAll(async () => {
      site = await serveIntranetPage(
        '<!doctype html><title>Intranett</title><p id="quote">Veiledning hver tredje måned.</p>',
      );
      pageUrl = site.url;
    });
    afterAll(() => site.close());

    /** Right-clicks the selected quote; resolves with our items in the page's context menu. */
    async function menuOnSelection(): Promise<string[]> {
      await profile.openTab(pageUrl);
      await profile.waitInPage<boolean>(`return !!page.document.getElementById('quote');`, Boolean);
      await profile.command('WebDriver:ExecuteScript', {
        script: `const range = document.createRange();
          range.selectNodeContents(document.getElementById('quote'));
          getSelection().removeAllRanges();
          getSelection().addRange(range);`,
        args: [],
      });
      const found = (await profile.command('WebDriver:FindElement', {
        using: 'css selector',
        value: '#quote',
      })) as { value: Record<string, string> };
      await profile.command('WebDriver:PerformActions', {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: found.value, x: 0, y: 0 },
              { type: 'pointerDown', button: 2 },
              { type: 'pointerUp', button: 2 },
            ],
          },
        ],
      });
      await new Promise((done) => setTimeout(done, 1000));
      return (await profile.inChrome(
        `const menu = document.getElementById('contentAreaContextMenu');
        const labels = [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden).map((i) => i.label);
        menu.hidePopup();
        return labels.filter((label) => label === 'Add to plan');`,
      )) as string[];
    }

    it('is in the menu, and still there after Firefox restarts', async () => {
      expect(await menuOnSelection()).toEqual(['Add to plan']);
      await profile.quit();
      await profile.start();
      // The background page makes the menu again when Firefox starts, a moment after the window
      // is up (on a busy machine, after the first right-click): ask until it is there.
      let labels: string[] = [];
      await waitUntil(
        async () => (labels = await menuOnSelection()).length > 0,
        'the menu',
        20_000,
      );
      expect(labels).toEqual(['Add to plan']);
    });
  });
});
