import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

// The grid's row slots are reused while scrolling, and its editor writes each keystroke at
// once: what a reader of the grid and the plan must see.

const ROWS = 60;
const ROW_HEIGHT = 34;

afterEach(() => {
  history.replaceState(null, '', '#/');
});

/** Opens a plan whose Plan sheet has ROWS rows, "Row 1" … "Row 60" in Activity. */
async function openLongPlan() {
  const services = fakeServices();
  const id = await services.directory.create(blankPlanSpec('Long', 'Aarhus', 'en'));
  const session = await services.directory.open(id);
  const model = session.model;
  const sheet = model.sheets()[0];
  const activity = sheet ? model.columns(sheet.id)[0] : undefined;
  if (!sheet || !activity) throw new Error('The blank plan has no Plan sheet.');
  for (let i = 1; i <= ROWS; i++) {
    model.setCell(sheet.id, model.insertRow(sheet.id), activity.id, `Row ${String(i)}`);
  }
  await session.close();
  history.replaceState(null, '', `#/plan/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { name: 'Long' });
  await waitFor(() => expect(rowElement(1)).not.toBeNull());
  return { services, id, sheetId: sheet.id, activityId: activity.id };
}

function grid(): HTMLElement {
  return screen.getByRole('grid');
}

/** The rendered row (`role="row"`) of a 1-based data row, if it is rendered. */
function rowElement(row: number): HTMLElement | null {
  return grid().querySelector<HTMLElement>(`[role="row"][aria-rowindex="${String(row + 1)}"]`);
}

/**
 * A row's children as assistive technology reads them: those it does not list in aria-owns,
 * then those it lists, in that order (ARIA's rule), wherever they are in the DOM.
 */
function ownedBy(row: HTMLElement): HTMLElement[] {
  const ids = (row.getAttribute('aria-owns') ?? '').split(' ').filter((id) => id !== '');
  const listed = ids.map((id) => document.getElementById(id));
  if (listed.some((e) => e === null))
    throw new Error(`A row owns a missing element: ${ids.join(' ')}`);
  const own = [...row.children].filter((c): c is HTMLElement => !ids.includes(c.id));
  return [...own, ...(listed as HTMLElement[])];
}

/** A row's cells, in the order assistive technology reads them. */
function cellsOf(row: HTMLElement): HTMLElement[] {
  return ownedBy(row).filter((e) => e.hasAttribute('aria-colindex'));
}

/** The row that has a cell, as its child or by aria-owns. */
function rowOf(cellElement: HTMLElement): Element | null {
  return (
    cellElement.closest('[role="row"]') ??
    grid().querySelector(`[role="row"][aria-owns~="${cellElement.id}"]`)
  );
}

function cell(row: number, col: number): HTMLElement {
  const rowEl = rowElement(row);
  const found = rowEl
    ? cellsOf(rowEl).find((c) => c.getAttribute('aria-colindex') === String(col + 1))
    : undefined;
  if (!found) throw new Error(`No cell at row ${String(row)}, column ${String(col)}`);
  return found;
}

function scrollTo(top: number): void {
  const scroller = grid().parentElement;
  if (!scroller) throw new Error('The grid has no scroller.');
  scroller.scrollTop = top;
  fireEvent.scroll(scroller);
}

/**
 * Scrolls row 45 into a recycled slot and opens the plan in another page, as another tab of
 * the browser would: its model and row 45's id, to change the row from there.
 */
async function row45FromAnotherPage() {
  const { services, id, sheetId } = await openLongPlan();
  scrollTo(40 * ROW_HEIGHT);
  await waitFor(() => expect(rowElement(45)).not.toBeNull());
  const other = await services.directory.open(id);
  const model = other.model;
  return { other, model, sheetId, rowId: model.rowIds(sheetId)[44] ?? '' };
}

describe('the grid while scrolling', () => {
  it('shows each rendered row with its own index, number, cells and cell ids', async () => {
    await openLongPlan();
    scrollTo(40 * ROW_HEIGHT);
    // Row 1 is no longer rendered: its slot now shows a row further down.
    await waitFor(() => expect(rowElement(1), 'row 1 scrolled out of the window').toBeNull());
    expect(rowElement(41)).not.toBeNull();

    const rows = [...grid().querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')].slice(1);
    const indices = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(new Set(indices).size, 'no two rows claim the same index').toBe(indices.length);
    const columnIndices = Array.from(
      { length: Number(grid().getAttribute('aria-colcount')) },
      (_, i) => String(i + 1),
    );
    expect(columnIndices.length).toBeGreaterThan(5);
    for (const row of rows) {
      const line = Number(row.getAttribute('aria-rowindex')) - 1;
      const [head] = cellsOf(row);
      expect(head?.getAttribute('role')).toBe('rowheader');
      expect(
        within(head!).getByRole('button', { name: `Row ${String(line)}: actions` }),
      ).toBeTruthy();
      expect(
        cellsOf(row).map((c) => c.getAttribute('aria-colindex')),
        'every cell once, in column order',
      ).toEqual(columnIndices);
      expect(cell(line, 1), `row ${String(line)} shows its own text`).toHaveTextContent(
        `Row ${String(line)}`,
      );
    }
    const ids = [...grid().querySelectorAll('[role="gridcell"]')].map((c) => c.id);
    expect(new Set(ids).size, 'cell ids stay unique').toBe(ids.length);
  });

  it('moves the active cell with the keyboard onto a recycled row', async () => {
    await openLongPlan();
    fireEvent.mouseDown(cell(1, 1));
    fireEvent.keyDown(grid(), { key: 'End', ctrlKey: true });
    await waitFor(() => expect(rowElement(ROWS)).not.toBeNull());
    const active = document.getElementById(grid().getAttribute('aria-activedescendant') ?? '');
    expect(active && rowOf(active)?.getAttribute('aria-rowindex')).toBe(String(ROWS + 1));
    expect(active).toHaveTextContent('');
    fireEvent.keyDown(grid(), { key: 'Home', ctrlKey: true });
    await waitFor(() => expect(rowElement(1)).not.toBeNull());
    expect(grid().getAttribute('aria-activedescendant')).toBe(cell(1, 1).id);
    expect(cell(1, 1)).toHaveTextContent('Row 1');
  });
});

describe('the grid following the plan', () => {
  it("shows another page's edits on a recycled row: its cell, and its overdue mark", async () => {
    const { other, model, sheetId, rowId } = await row45FromAnotherPage();
    const byName = (name: string) => model.columns(sheetId).find((c) => c.name === name);
    const [activity, due, status] = [byName('Activity'), byName('Due'), byName('Status')];
    if (!activity || !due || !status) throw new Error('The Plan sheet lacks a column.');
    const done = status.options.find((o) => o.label === 'Done');
    if (!done) throw new Error('The status has no Done.');
    const pinned = () => cell(45, 1).closest('.grid__row');

    model.setCell(sheetId, rowId, activity.id, 'Changed in another tab');
    model.setCell(sheetId, rowId, due.id, '2020-01-15');
    await waitFor(() => expect(cell(45, 1)).toHaveTextContent('Changed in another tab'));
    await waitFor(() => expect(pinned()).toHaveClass('grid__row--overdue'));
    expect(cell(44, 1), 'the row above is left as it was').toHaveTextContent('Row 44');

    model.setCell(sheetId, rowId, status.id, done.id);
    await waitFor(() => expect(pinned()).not.toHaveClass('grid__row--overdue'));
    await other.close();
  });

  it('draws each kind of value on a recycled row, and draws it anew where it changed', async () => {
    const { other, model, sheetId, rowId } = await row45FromAnotherPage();
    const columns = model.columns(sheetId);
    const at = (name: string) => {
      const index = columns.findIndex((c) => c.name === name);
      const column = columns[index];
      if (!column) throw new Error(`The Plan sheet has no ${name}.`);
      return { column, cell: () => cell(45, index + 1) };
    };
    const [start, due, status, progress] = ['Start', 'Due', 'Status', 'Progress'].map(at);
    if (!start || !due || !status || !progress) throw new Error('A column is missing.');
    const inProgress = status.column.options.find((o) => o.label === 'In progress');
    const done = status.column.options.find((o) => o.label === 'Done');
    if (!inProgress || !done) throw new Error('The status lacks an option.');

    model.setCell(sheetId, rowId, due.column.id, '2020-01-15');
    model.setCell(sheetId, rowId, status.column.id, inProgress.id);
    model.setCell(sheetId, rowId, progress.column.id, 40);
    model.setCell(sheetId, rowId, start.column.id, '2020-01-06');
    await waitFor(() => expect(due.cell()).toHaveTextContent('15/01/2020 wk 3 (overdue)'));
    const dueText = due.cell().querySelector('.gcell__text');
    expect(dueText).toHaveClass('gcell__overdue');
    const pill = status.cell().querySelector<HTMLElement>('.gcell__pill');
    expect(pill).toHaveTextContent('In progress');
    expect(pill?.style.getPropertyValue('--choice')).toBe(inProgress.color);
    expect(progress.cell().querySelector<HTMLElement>('.gcell__bar-fill')?.style.width).toBe('40%');
    expect(progress.cell()).toHaveTextContent('40 %');
    expect(start.cell()).toHaveTextContent('06/01/2020 wk 2');
    expect(start.cell().querySelector('.gcell__overdue'), 'only the due date is marked').toBeNull();

    // Done: the due date is no longer overdue, drawn on the same element.
    model.setCell(sheetId, rowId, status.column.id, done.id);
    await waitFor(() => expect(due.cell()).toHaveTextContent(/^15\/01\/2020 wk 3$/));
    expect(due.cell().querySelector('.gcell__text')).toBe(dueText);
    expect(dueText).not.toHaveClass('gcell__overdue');
    expect(status.cell().querySelector('.gcell__pill')).toHaveTextContent('Done');
    await other.close();

    // Back at the top, the slot that showed row 45 shows an empty row: nothing of it is left.
    scrollTo(0);
    await waitFor(() => expect(rowElement(45)).toBeNull());
    for (const line of [1, 5, 10]) {
      expect(cell(line, 6), `row ${String(line)}'s due date`).toHaveTextContent(/^$/);
      expect(rowElement(line)?.querySelector('.gcell__pill, .gcell__bar-fill')).toBeNull();
    }
  });
});

describe('the grid editor', () => {
  it('writes what was typed when a click on another cell ends the edit at once', async () => {
    const { services, id, sheetId, activityId } = await openLongPlan();
    fireEvent.mouseDown(cell(2, 1));
    fireEvent.keyDown(grid(), { key: 'N' });
    const editor = within(cell(2, 1)).getByRole('textbox');
    fireEvent.input(editor, { target: { value: 'New text' } });
    fireEvent.mouseDown(cell(3, 1));
    expect(within(cell(2, 1)).queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell(2, 1)).toHaveTextContent('New text');

    const session = await services.directory.open(id);
    const rowId = session.model.rowIds(sheetId)[1] ?? '';
    // Stored after the frame that shows it, or brought by the tab channel: either way, soon.
    await waitFor(() => expect(session.model.rawCell(sheetId, rowId, activityId)).toBe('New text'));
    await session.close();
  });

  it('writes a keystroke to the plan while the editor stays open', async () => {
    await openLongPlan();
    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.mouseDown(cell(2, 1));
    fireEvent.keyDown(grid(), { key: 'F2' });
    expect(undo).toBeDisabled();
    fireEvent.input(within(cell(2, 1)).getByRole('textbox'), { target: { value: 'Row 2z' } });
    // The plan has it (and can take it back) in the keystroke's own event, the edit still
    // open: no frame or timer has run, as none may when the browser quits the moment after.
    expect(undo).toBeEnabled();
    expect(within(cell(2, 1)).getByRole('textbox')).toHaveValue('Row 2z');
  });
});
