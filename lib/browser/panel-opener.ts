import { browser } from 'wxt/browser';

/** The manifest command (Alt+Shift+F by default) that opens the side panel in Chrome and Edge. */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** The parts of the extension API that open the panel, so that tests can hand in their own. */
export interface PanelApi {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebar;
  action?: { onClicked: { addListener(callback: () => void): void } };
  commands?: {
    onCommand: {
      addListener(callback: (command: string, tab?: { windowId?: number }) => void): void;
    };
  };
}

/**
 * Makes the toolbar button and the keyboard shortcut open the side panel (Chrome, Edge) or
 * toggle the sidebar (Firefox). The panel itself reopens the plan used last (see App).
 */
export function installPanelOpener(api: PanelApi = browserPanelApi()): void {
  const { sidePanel, sidebarAction, action, commands } = api;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Forankra could not make the toolbar button open the side panel.', error);
    });
    // sidePanel.open needs a user gesture: a command counts, but only if open() is called in
    // the listener itself, before anything is awaited.
    commands?.onCommand.addListener((command, tab) => {
      if (command !== OPEN_PANEL_COMMAND) return;
      if (tab?.windowId === undefined) return;
      sidePanel.open({ windowId: tab.windowId }).catch((error: unknown) => {
        console.error('Forankra could not open the side panel from the shortcut.', error);
      });
    });
    return;
  }
  // Firefox runs the shortcut itself (`_execute_sidebar_action` in the manifest).
  if (sidebarAction && action) action.onClicked.addListener(() => void sidebarAction.toggle());
}

function browserPanelApi(): PanelApi {
  const loose = browser as unknown as {
    sidePanel?: ChromeSidePanel;
    sidebarAction?: FirefoxSidebar;
    browserAction?: PanelApi['action'];
  };
  return {
    sidePanel: loose.sidePanel,
    sidebarAction: loose.sidebarAction,
    action: browser.action ?? loose.browserAction,
    commands: browser.commands,
  };
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}

interface FirefoxSidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}
