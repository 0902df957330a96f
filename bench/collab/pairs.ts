import type { Page } from 'playwright-core';
import type { EditPair } from './edit-latency';

// The two sides of the latency comparison, each a sender page in profile A and a receiver page
// in profile B.

/** The Activity cell of the first data row (header row is aria-rowindex 1, row header col 1). */
const CELL = '[data-rowindex="2"] [role="gridcell"][aria-colindex="2"]';
const EDITOR = `${CELL} input`;
const UI_TIMEOUT = 15_000;

/** Forankra's planner: typing into a grid cell's editor, every keystroke already in the plan. */
export function forankraPair(sender: Page, receiver: Page): EditPair {
  return {
    name: 'Forankra (built extension)',
    sender,
    receiver,
    receiverSelector: CELL,
    async focus() {
      await sender.locator(CELL).click({ timeout: UI_TIMEOUT });
      // Enter opens the editor keeping the cell's text, caret at the end.
      await sender.keyboard.press('Enter');
      const editor = sender.locator(EDITOR);
      await editor.waitFor({ timeout: UI_TIMEOUT });
      return editor.inputValue();
    },
    async finish() {
      await sender.keyboard.press('Enter');
      await sender.locator(EDITOR).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    },
  };
}

/** Two bare y-webrtc pages: typing into an <input> bound to a Y.Text. */
export function barePair(sender: Page, receiver: Page): EditPair {
  return {
    name: 'bare y-webrtc pages',
    sender,
    receiver,
    receiverSelector: '#cell-view',
    async focus() {
      const input = sender.locator('#cell-input');
      await input.click({ timeout: UI_TIMEOUT });
      await sender.keyboard.press('End');
      return input.inputValue();
    },
    finish: () => Promise.resolve(),
  };
}
