import { formatIsoDate, isoWeek } from '@/lib/i18n/format';

import type { Page } from './browser';
import {
  activeCell,
  addRows,
  cellText,
  cellTexts,
  createPlan,
  editor,
  gridHasFocus,
  PLAN,
  POLL,
  putOnClipboard,
  rowCount,
  selectCell,
  trackErrors,
  typeInto,
  UI_TIMEOUT,
  waitForSheets,
  browserForFile,
} from './helpers';

/**
 * The spreadsheet grid in the built extension: a whole editing session by keyboard alone,
 * pasting a block copied from a spreadsheet, and undo beside another member's edits.
 */

const { browser } = browserForFile();

async function openPlan(planId: string, surface: 'planner' | 'sidepanel' = 'planner') {
  const page = await browser().open(surface, `#/plan/${planId}`);
  await waitForSheets(page);
  return page;
}

/**
 * A new plan whose Plan sheet has rows with these Activity texts, made in a page that stays
 * open (a page closed within milliseconds of its last keystroke can lose it).
 */
async function planWithRows(
  title: string,
  activities: readonly string[],
): Promise<{ planId: string; setup: Page }> {
  const setup = await browser().open('planner', '#/');
  const planId = await createPlan(setup, title, 'E2E');
  await addRows(setup, activities);
  return { planId, setup };
}

/** A key press, then the active cell it should leave (1-based row and column). */
async function press(page: Page, key: string, row: number, col: number): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => activeCell(page), POLL).toEqual({ row, col });
}

/** The date as the English grid shows it: day first, with the ISO week. */
function shownDate(iso: string): string {
  return `${formatIsoDate(iso, 'en')} wk ${String(isoWeek(iso))}`;
}

describe('the grid by keyboard alone', () => {
  // The session runs in one page; the undo test continues where the editing test ends, so that
  // the undo history holds exactly the steps the editing test took.
  let session: { page: Page; setup: Page; errors: string[] } | undefined;

  it('edits text, a number, a date and a choice, cancels an edit, clears and fills down', async () => {
    const made = await planWithRows('Keyboard only', ['Alpha', 'Beta', 'Gamma']);
    const setup = made.setup;
    // A fresh page: its undo history holds only what is done here.
    const page = await openPlan(made.planId);
    const errors = trackErrors(page);
    session = { page, setup, errors };
    const text = (row: number, col: number) => cellText(page, row, col);

    // Tab through the page: the grid is the stop after the sheet's toolbar.
    let previous = '';
    for (let i = 0; i < 40 && !(await gridHasFocus(page)); i++) {
      previous = await page.evaluate(() =>
        document.activeElement?.closest('[role="toolbar"]') ? 'toolbar' : 'elsewhere',
      );
      await page.keyboard.press('Tab');
    }
    expect(await gridHasFocus(page)).toBe(true);
    expect(previous).toBe('toolbar');
    expect(await activeCell(page)).toEqual({ row: 1, col: 1 });

    // Arrows move the active cell.
    await press(page, 'ArrowRight', 1, PLAN.phase);
    await press(page, 'ArrowDown', 2, PLAN.phase);
    await press(page, 'ArrowUp', 1, PLAN.phase);

    // Text: typing opens the editor; Enter commits and moves down.
    await page.keyboard.type('Pilot');
    expect(await editor(page, 1, PLAN.phase).inputValue()).toBe('Pilot');
    await press(page, 'Enter', 2, PLAN.phase);
    expect(await text(1, PLAN.phase)).toBe('Pilot');

    // A number (a progress, 0–100), with a decimal point in the English plan.
    await press(page, 'ArrowUp', 1, PLAN.phase);
    await press(page, 'End', 1, PLAN.notes);
    await press(page, 'ArrowLeft', 1, PLAN.progress);
    await page.keyboard.type('2.5');
    await press(page, 'Enter', 2, PLAN.progress);
    expect(await text(1, PLAN.progress)).toBe('2.5 %');

    // A date typed the Norwegian way, shown the English way; Tab commits and moves right.
    await press(page, 'ArrowUp', 1, PLAN.progress);
    await press(page, 'ArrowLeft', 1, PLAN.status);
    await press(page, 'ArrowLeft', 1, PLAN.due);
    await page.keyboard.type('17.3.2027');
    await press(page, 'Tab', 1, PLAN.status);
    expect(await text(1, PLAN.due)).toBe(shownDate('2027-03-17'));
    expect(await text(1, PLAN.due)).toBe('17/03/2027 wk 11');

    // A choice: Enter opens a select with the focus in it; a letter picks the option, Tab
    // commits and moves on (the arrow keys and Enter are tested on their own below).
    await page.keyboard.press('Enter');
    const select = editor(page, 1, PLAN.status);
    await select.waitFor({ timeout: UI_TIMEOUT });
    expect(
      await select.evaluate((el) => el.tagName === 'SELECT' && el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('d');
    await press(page, 'Tab', 1, PLAN.progress);
    expect(await select.count()).toBe(0);
    expect(await text(1, PLAN.status)).toBe('Done');
    expect(await gridHasFocus(page)).toBe(true);

    // Esc cancels an edit: what was typed reached the plan (another page saw it), and Esc puts
    // back the value from before, there too.
    await press(page, 'Home', 1, PLAN.activity);
    await page.keyboard.type('Zzz');
    expect(await editor(page, 1, PLAN.activity).inputValue()).toBe('Zzz');
    await expect.poll(() => cellText(setup, 1, PLAN.activity), POLL).toBe('Zzz');
    await press(page, 'Escape', 1, PLAN.activity);
    expect(await editor(page, 1, PLAN.activity).count()).toBe(0);
    expect(await text(1, PLAN.activity)).toBe('Alpha');
    await expect.poll(() => cellText(setup, 1, PLAN.activity), POLL).toBe('Alpha');

    // Delete clears the active cell.
    await press(page, 'ArrowRight', 1, PLAN.phase);
    await page.keyboard.press('Delete');
    await expect.poll(() => text(1, PLAN.phase), POLL).toBe('');
    expect(await text(1, PLAN.activity)).toBe('Alpha');

    // Ctrl+D fills the selected range down from its top row.
    await press(page, 'End', 1, PLAN.notes);
    await press(page, 'ArrowLeft', 1, PLAN.progress);
    await press(page, 'Shift+ArrowDown', 2, PLAN.progress);
    await press(page, 'Shift+ArrowDown', 3, PLAN.progress);
    await page.keyboard.press('Control+d');
    await expect.poll(() => text(3, PLAN.progress), POLL).toBe('2.5 %');
    expect(await text(2, PLAN.progress)).toBe('2.5 %');
    expect(await text(1, PLAN.progress)).toBe('2.5 %');
    await expect.poll(() => cellText(setup, 3, PLAN.progress), POLL).toBe('2.5 %');

    expect(errors).toEqual([]);
  });

  it('then undoes with Ctrl+Z one step per press, newest first, and redoes with Ctrl+Y', async () => {
    if (!session) throw new Error('Runs on the page of the editing test above.');
    const { page, setup, errors } = session;
    const text = (row: number, col: number) => cellText(page, row, col);
    expect(await gridHasFocus(page)).toBe(true);

    // The fill down, and only the fill: the cleared Phase stays cleared.
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(3, PLAN.progress), POLL).toBe('');
    expect(await text(2, PLAN.progress)).toBe('');
    expect(await text(1, PLAN.progress)).toBe('2.5 %');
    expect(await text(1, PLAN.phase)).toBe('');

    // The Delete.
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(1, PLAN.phase), POLL).toBe('Pilot');
    expect(await text(1, PLAN.status)).toBe('Done');

    // The cancelled edit left nothing to undo: the next step back is the choice.
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(1, PLAN.status), POLL).toBe('');
    expect(await text(1, PLAN.due)).toBe('17/03/2027 wk 11');
    expect(await text(1, PLAN.activity)).toBe('Alpha');

    // Ctrl+Y redoes, one step per press.
    await page.keyboard.press('Control+y');
    await expect.poll(() => text(1, PLAN.status), POLL).toBe('Done');
    expect(await text(1, PLAN.phase)).toBe('Pilot');
    await page.keyboard.press('Control+y');
    await expect.poll(() => text(1, PLAN.phase), POLL).toBe('');

    // The other page follows.
    await expect.poll(() => cellText(setup, 1, PLAN.phase), POLL).toBe('');
    await expect.poll(() => cellText(setup, 1, PLAN.status), POLL).toBe('Done');

    expect(errors).toEqual([]);
    await page.close();
    await setup.close();
  });

  it('moves a row down and up with Alt+ArrowDown and Alt+ArrowUp, its cells and the cursor with it', async () => {
    const made = await planWithRows('Row moves', ['Alpha', 'Beta', 'Gamma']);
    await typeInto(made.setup, 1, PLAN.due, '17.3.2027');
    const planner = await openPlan(made.planId);
    const errors = trackErrors(planner);
    const activities = (p: Page) => cellTexts(p, [1, 3], [PLAN.activity, PLAN.activity]);

    await selectCell(planner, 1, PLAN.phase);
    await press(planner, 'Alt+ArrowDown', 2, PLAN.phase);
    await expect.poll(() => activities(planner), POLL).toEqual([['Beta'], ['Alpha'], ['Gamma']]);
    expect(await cellText(planner, 2, PLAN.due)).toBe('17/03/2027 wk 11');
    expect(await cellText(planner, 1, PLAN.due)).toBe('');
    expect(await rowCount(planner)).toBe(3);
    // The other page shows the same order.
    await expect.poll(() => activities(made.setup), POLL).toEqual([['Beta'], ['Alpha'], ['Gamma']]);

    await press(planner, 'Alt+ArrowDown', 3, PLAN.phase);
    await expect.poll(() => activities(planner), POLL).toEqual([['Beta'], ['Gamma'], ['Alpha']]);
    await press(planner, 'Alt+ArrowUp', 2, PLAN.phase);
    await press(planner, 'Alt+ArrowUp', 1, PLAN.phase);
    await expect.poll(() => activities(planner), POLL).toEqual([['Alpha'], ['Beta'], ['Gamma']]);
    expect(await cellText(planner, 1, PLAN.due)).toBe('17/03/2027 wk 11');

    expect(errors).toEqual([]);
    await planner.close();
    await made.setup.close();
  });

  it('browses a choice with the arrow keys in the open select and picks one with Enter', async () => {
    const { planId, setup: made } = await planWithRows('Choice by arrows', ['First', 'Second']);
    const planner = await openPlan(planId);
    await selectCell(planner, 1, PLAN.status);
    await planner.keyboard.press('Enter');
    const select = editor(planner, 1, PLAN.status);
    await select.waitFor({ timeout: UI_TIMEOUT });
    // Options: (empty), Not started, In progress, Done, Blocked, Cancelled.
    await planner.keyboard.press('ArrowDown');
    await planner.keyboard.press('ArrowDown');
    // Enter picks the option and commits, moving down like any other edit.
    await press(planner, 'Enter', 2, PLAN.status);
    expect(await select.count()).toBe(0);
    expect(await cellText(planner, 1, PLAN.status)).toBe('In progress');
    expect(await cellText(planner, 2, PLAN.status)).toBe('');
    await planner.close();
    await made.close();
  });
});

/** Quotes a cell as Excel does when it holds a tab, a line break or a quote. */
function tsvCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as Excel puts them on the clipboard: tabs, CRLF after every row. */
function tsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t') + '\r\n').join('');
}

describe('pasting from a spreadsheet', () => {
  it('pastes a 20×5 block into every cell, adding rows; refuses a block with a bad date whole', async () => {
    const { planId, setup } = await planWithRows('Paste', ['One', 'Two', 'Three']);
    const page = await openPlan(planId);
    const errors = trackErrors(page);

    // Activity, Phase, Step, Responsible, Start: text, text, text, person, date.
    const isoOf = (i: number) =>
      `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(i).padStart(2, '0')}`;
    const block = Array.from({ length: 20 }, (_, k) => {
      const i = k + 1;
      const [, month, day] = isoOf(i).split('-');
      return [
        `Activity ${String(i)}`,
        `Phase ${String(i % 3)}`,
        `Step ${String(i)}`,
        `Person ${String(i)}`,
        `${String(Number(day))}.${String(Number(month))}.2027`,
      ];
    });
    // A quoted cell with a line break and a semicolon, a semicolon unquoted, quotes inside.
    block[3]![0] = 'Line one\nline two; with a semicolon';
    block[5]![1] = 'A; B';
    block[8]![2] = 'He said "go"';
    const expected = block.map((row, k) => [...row.slice(0, 4), shownDate(isoOf(k + 1))]);

    await selectCell(page, 1, PLAN.activity);
    await putOnClipboard(page, tsv(block));
    await page.keyboard.press('Control+v');
    await expect.poll(() => rowCount(page), POLL).toBe(20);
    expect(await cellTexts(page, [1, 20], [PLAN.activity, PLAN.start])).toEqual(expected);
    // The columns to the right were left alone.
    expect(await cellTexts(page, [1, 20], [PLAN.due, PLAN.due])).toEqual(
      Array.from({ length: 20 }, () => ['']),
    );
    // The other page has it all too.
    await expect.poll(() => rowCount(setup), POLL).toBe(20);
    await expect
      .poll(() => cellTexts(setup, [1, 20], [PLAN.activity, PLAN.start]), POLL)
      .toEqual(expected);

    // A 22×5 block from Responsible on, one impossible date in its row 7, column 3 (Due):
    // nothing of it is pasted, and the dialog says where the bad value is.
    const bad = Array.from({ length: 22 }, (_, k) => [
      `New ${String(k + 1)}`,
      '1.4.2027',
      '2.4.2027',
      'Done',
      '50',
    ]);
    bad[6]![2] = '31.02.2027';
    await selectCell(page, 1, PLAN.responsible);
    await putOnClipboard(page, tsv(bad));
    await page.keyboard.press('Control+v');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await dialog.innerText()).toContain('Row 7, Due: “31.02.2027”');
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual([
      'Row 7, Due: “31.02.2027”',
    ]);
    // Nothing changed: no rows added, the 100 cells it would have covered as they were.
    expect(await rowCount(page)).toBe(20);
    expect(await cellTexts(page, [1, 20], [PLAN.responsible, PLAN.progress])).toEqual(
      expected.map((row) => [row[3], row[4], '', '', '']),
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => gridHasFocus(page), POLL).toBe(true);
    expect(await rowCount(setup)).toBe(20);

    expect(errors).toEqual([]);
    await page.close();
    await setup.close();
  });
});

describe('undo among members', () => {
  it('undoes only this member’s edit and leaves another member’s concurrent edit in place', async () => {
    const { planId, setup } = await planWithRows('Undo beside others', ['Base A']);
    await typeInto(setup, 1, PLAN.phase, 'Base B');
    // Two members: the side panel and the planner page, syncing over BroadcastChannel. Each is
    // a fresh page whose undo history holds only its own edits.
    const one = await openPlan(planId, 'sidepanel');
    const two = await openPlan(planId, 'planner');
    const errors = [...trackErrors(one), ...trackErrors(two)];
    await expect.poll(() => cellText(one, 1, PLAN.phase), POLL).toBe('Base B');
    await expect.poll(() => cellText(two, 1, PLAN.activity), POLL).toBe('Base A');

    await typeInto(one, 1, PLAN.activity, 'A by one');
    await expect.poll(() => cellText(two, 1, PLAN.activity), POLL).toBe('A by one');
    await typeInto(two, 1, PLAN.phase, 'B by two');
    await expect.poll(() => cellText(one, 1, PLAN.phase), POLL).toBe('B by two');

    await expect.poll(() => gridHasFocus(one), POLL).toBe(true);
    await one.keyboard.press('Control+z');
    await expect.poll(() => cellText(one, 1, PLAN.activity), POLL).toBe('Base A');
    await expect.poll(() => cellText(two, 1, PLAN.activity), POLL).toBe('Base A');
    expect(await cellText(one, 1, PLAN.phase)).toBe('B by two');
    expect(await cellText(two, 1, PLAN.phase)).toBe('B by two');
    // Nothing else of the first member's is left to undo.
    expect(await one.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);

    expect(errors).toEqual([]);
    await one.close();
    await two.close();
    await setup.close();
  });
});
