import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIP_MENU_ID, handleClipClick } from '@/lib/browser/clipping';
import { pendingClipItem } from '@/lib/browser/storage-items';

describe('a click on "Add to plan"', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('opens the side panel of the window at once and leaves the clip for its form', async () => {
    const open = vi.fn(() => Promise.resolve());
    const done = handleClipClick(
      {
        info: { menuItemId: CLIP_MENU_ID, selectionText: 'Veiledning', pageUrl: 'https://x.no/' },
        tab: { windowId: 4, title: 'Intranett', url: 'https://x.no/mi' },
      },
      { sidePanel: { open, setPanelBehavior: () => Promise.resolve() } },
      1234,
    );
    // Before anything was awaited: the click still counts as the user's gesture.
    expect(open).toHaveBeenCalledWith({ windowId: 4 });
    await done;
    expect(await pendingClipItem.getValue()).toEqual({
      text: 'Veiledning',
      title: 'Intranett',
      url: 'https://x.no/mi',
      at: 1234,
    });
  });

  it('ignores other menu items', async () => {
    const open = vi.fn(() => Promise.resolve());
    await handleClipClick(
      { info: { menuItemId: 'other' } },
      { sidePanel: { open, setPanelBehavior: () => Promise.resolve() } },
    );
    expect(open).not.toHaveBeenCalled();
    expect(await pendingClipItem.getValue()).toBeNull();
  });
});
