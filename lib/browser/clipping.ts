import { browser } from 'wxt/browser';
import { matchLocale } from '../i18n/locales';
import { makeTranslator } from '../i18n/translate';
import type { PanelApi } from './panel-opener';
import { pendingClipItem } from './storage-items';

// "Add to plan" in the page's context menu. The selected text, the page title and address come
// with the click (contextMenus, and activeTab for the tab's title): no content script and no
// host permission. The clip waits in extension storage for the side panel's form.

/** The context menu item's id. */
export const CLIP_MENU_ID = 'forankra-add-to-plan';

/** What the browser passes to a context-menu click (the parts used). */
export interface ClipClick {
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string };
  tab?: { windowId?: number; title?: string; url?: string };
}

/** Takes a context-menu click: opens the panel at once (the click is the user gesture), then stores the clip. */
export function handleClipClick(
  click: ClipClick,
  panel: Pick<PanelApi, 'sidePanel' | 'sidebarAction'>,
  now: number = Date.now(),
): Promise<void> {
  if (click.info.menuItemId !== CLIP_MENU_ID) return Promise.resolve();
  // Opening must come before any await, or the browser no longer counts the gesture.
  const opened = openPanel(click.tab?.windowId, panel);
  const stored = pendingClipItem.setValue({
    text: click.info.selectionText ?? '',
    title: click.tab?.title ?? '',
    url: click.tab?.url ?? click.info.pageUrl ?? '',
    at: now,
  });
  return Promise.all([opened, stored]).then(() => undefined);
}

function openPanel(
  windowId: number | undefined,
  panel: Pick<PanelApi, 'sidePanel' | 'sidebarAction'>,
): Promise<void> {
  if (panel.sidePanel && windowId !== undefined) return panel.sidePanel.open({ windowId });
  if (panel.sidebarAction) return panel.sidebarAction.open();
  return Promise.resolve();
}

/** Adds "Add to plan" to the context menu of selected text, in the browser's language. */
export function installClipping(): void {
  const loose = browser as unknown as Pick<PanelApi, 'sidePanel' | 'sidebarAction'>;
  const panel = { sidePanel: loose.sidePanel, sidebarAction: loose.sidebarAction };
  const createMenu = () => {
    const t = makeTranslator(matchLocale(browser.i18n.getUILanguage()));
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: t('clipMenu'),
        contexts: ['selection'],
      }),
    );
  };
  // Chrome keeps an extension's menus across restarts; Firefox keeps them only for a
  // non-persistent background, and Forankra's Firefox background is a persistent page (WXT's
  // default for manifest version 2). Made on install and update, and again at each start.
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleClipClick({ info, tab }, panel).catch((error: unknown) =>
      console.error('Forankra could not take the clip.', error),
    );
  });
}
