import { describe, expect, it, vi } from 'vitest';
import { installPanelOpener, OPEN_PANEL_COMMAND, type PanelApi } from '@/lib/browser/panel-opener';

describe('the panel opener', () => {
  it('opens the side panel of the window the shortcut was pressed in (Chrome, Edge)', () => {
    let onCommand: ((command: string, tab?: { windowId?: number }) => void) | undefined;
    const open = vi.fn(() => Promise.resolve());
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    const api: PanelApi = {
      sidePanel: { open, setPanelBehavior },
      commands: { onCommand: { addListener: (callback) => (onCommand = callback) } },
    };
    installPanelOpener(api);
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    onCommand?.('something-else', { windowId: 3 });
    expect(open).not.toHaveBeenCalled();
    onCommand?.(OPEN_PANEL_COMMAND, { windowId: 3 });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('toggles the sidebar from the toolbar button (Firefox)', () => {
    let onClick: (() => void) | undefined;
    const toggle = vi.fn(() => Promise.resolve());
    installPanelOpener({
      sidebarAction: { toggle, open: vi.fn(() => Promise.resolve()) },
      action: { onClicked: { addListener: (callback) => (onClick = callback) } },
    });
    onClick?.();
    expect(toggle).toHaveBeenCalledOnce();
  });
});
