import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import type { PlanModel } from '@/lib/model/plan-model';
import { fakeServices, testSettings } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

describe('the plan list', () => {
  it('creates a plan and opens it on its first sheet', async () => {
    render(() => <App services={fakeServices()} />);
    fireEvent.input(await screen.findByLabelText('Title'), {
      target: { value: 'MI i hjemmetjenesten' },
    });
    fireEvent.input(screen.getByLabelText('Organisation'), { target: { value: 'Larvik kommune' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(
      await screen.findByRole('heading', { name: 'MI i hjemmetjenesten' }),
    ).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['Plan', 'Meetings', 'Indicators', 'Readiness', 'People', 'Coding']);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
    expect(location.hash).toMatch(/^#\/plan\/[a-z0-9]+$/);
  });

  it('asks for a title before creating', async () => {
    const services = fakeServices();
    render(() => <App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Create plan' }));
    expect(await screen.findByText('Give the plan a title.')).toBeInTheDocument();
    expect((await services.directory.list()).plans).toHaveLength(0);
  });

  it('deletes a plan only after confirmation, and restores it from recently deleted', async () => {
    const services = fakeServices();
    await services.directory.create(blankPlanSpec('Plan to delete', 'Odense', 'en'));
    render(() => <App services={services} />);
    const item = async () => (await screen.findByText('Plan to delete')).closest('li')!;
    fireEvent.click(within(await item()).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await services.directory.list()).plans).toHaveLength(1);

    fireEvent.click(within(await item()).getByRole('button', { name: 'Delete' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Recently deleted');
    expect(screen.getByText(/Erased for good on 16\/04\/2027/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText('Recently deleted')).not.toBeInTheDocument());
    expect((await services.directory.list()).plans.map((p) => p.title)).toEqual(['Plan to delete']);
  });

  it('starts with the policy read last time and takes the browser’s answer, even one already in', async () => {
    const services = fakeServices({
      loadStartingSettings: () =>
        Promise.resolve({
          settings: testSettings({ language: 'en' }),
          policy: {},
          fresh: Promise.resolve({
            settings: testSettings({ language: 'sv' }),
            policy: { language: 'sv' as const },
          }),
        }),
    });
    render(() => <App services={services} />);
    expect(await screen.findByRole('button', { name: 'Skapa plan' })).toBeInTheDocument();
  });

  it('speaks the chosen language', async () => {
    const services = fakeServices({
      loadSettings: () => Promise.resolve(testSettings({ displayName: '', language: 'sv' })),
    });
    render(() => <App services={services} />);
    expect(await screen.findByRole('button', { name: 'Skapa plan' })).toBeInTheDocument();
    expect(await screen.findByText(/Inga planer ännu/)).toBeInTheDocument();
  });
});

describe('a plan', () => {
  /** Opens a new plan in the app, after `prepare` has had the plan's model to itself. */
  async function openPlan(prepare?: (model: PlanModel) => void) {
    const services = fakeServices();
    const id = await services.directory.create(blankPlanSpec('Planen', 'Aarhus', 'en'));
    if (prepare) {
      const session = await services.directory.open(id);
      prepare(session.model);
      await session.close();
    }
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Planen' });
    return { services, id };
  }

  /** The sheet's grid: it keeps the focus itself and gets every key. */
  function grid(): HTMLElement {
    return screen.getByRole('grid');
  }

  /** A cell of the grid by 1-based data row and column (Activity is column 1). */
  function cell(row: number, col: number): HTMLElement {
    // Rows and the frozen pane beside the grid (its first column) share the grid's scroller.
    const found = grid().parentElement?.querySelector<HTMLElement>(
      `[data-rowindex="${String(row + 1)}"] [role="gridcell"][aria-colindex="${String(col + 1)}"]`,
    );
    if (!found) throw new Error(`No cell at row ${String(row)}, column ${String(col)}`);
    return found;
  }

  /** Whether a cell is the grid's active cell, with the focus on the grid. */
  function isActive(row: number, col: number): boolean {
    return (
      document.activeElement === grid() &&
      grid().getAttribute('aria-activedescendant') === cell(row, col).id
    );
  }

  /** The editor open in a cell. */
  function editorIn(row: number, col: number): HTMLInputElement {
    return within(cell(row, col)).getByRole('textbox');
  }

  /**
   * Selects a cell with the mouse and types `text` into it as a user would: the first
   * character, pressed on the grid, opens the editor; the rest arrives as input.
   */
  function typeInto(row: number, col: number, text: string): HTMLInputElement {
    fireEvent.mouseDown(cell(row, col));
    fireEvent.keyDown(grid(), { key: text[0] });
    const editor = editorIn(row, col);
    fireEvent.input(editor, { target: { value: text } });
    return editor;
  }

  /** Adds a row with the toolbar button and waits for its first cell. */
  async function addRow(): Promise<void> {
    const rows = grid().querySelectorAll('[role="row"]').length;
    fireEvent.click(screen.getByRole('button', { name: '+ Add row' }));
    await waitFor(() => expect(grid().querySelectorAll('[role="row"]')).toHaveLength(rows + 1));
  }

  it('adds a row and keeps what is typed into its cells', async () => {
    const { services, id } = await openPlan();
    await addRow();
    // Add row puts the cursor in the new row's first cell: typing there edits it.
    await waitFor(() => expect(isActive(1, 1)).toBe(true));
    fireEvent.keyDown(grid(), { key: 'R' });
    fireEvent.input(editorIn(1, 1), { target: { value: 'Readiness analysis' } });
    fireEvent.keyDown(editorIn(1, 1), { key: 'Enter' });
    expect(cell(1, 1)).toHaveTextContent('Readiness analysis');

    const due = typeInto(1, 6, '2027-03-17');
    fireEvent.keyDown(due, { key: 'Enter' });
    expect(cell(1, 6)).toHaveTextContent('17/03/2027 wk 11');
    expect(within(cell(1, 6)).getByText('wk 11')).toBeInTheDocument();
    expect(screen.getByText('1 row')).toBeInTheDocument();

    const session = await services.directory.open(id);
    const sheet = session.model.sheets()[0]!;
    const [activityColumn] = session.model.columns(sheet.id);
    // The new row itself reaches this second session after a frame, like the typing.
    const typed = () => {
      const row = session.model.rowIds(sheet.id)[0] ?? '';
      return session.model.rawCell(sheet.id, row, activityColumn!.id);
    };
    await waitFor(() => expect(typed()).toBe('Readiness analysis'));
    await session.close();
  });

  it('keeps the plan open and stored when the member renames themselves in another page', async () => {
    const { services, id } = await openPlan();
    await services.saveSettings(testSettings({ displayName: 'Kari Nordmann' }));
    // Time enough for the session to close, had the new name closed it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await addRow();
    await waitFor(() => expect(isActive(1, 1)).toBe(true));
    fireEvent.keyDown(grid(), { key: 'A' });
    fireEvent.input(editorIn(1, 1), { target: { value: 'After the rename' } });
    fireEvent.keyDown(editorIn(1, 1), { key: 'Enter' });

    const session = await services.directory.open(id);
    const sheet = session.model.sheets()[0]!;
    const [activityColumn] = session.model.columns(sheet.id);
    const typed = () => {
      const row = session.model.rowIds(sheet.id)[0] ?? '';
      return [
        session.model.rawCell(sheet.id, row, activityColumn!.id),
        session.model.row(sheet.id, row)?.createdBy,
      ];
    };
    await waitFor(() => expect(typed()).toEqual(['After the rename', 'Kari Nordmann']));
    await session.close();
  });

  it('flags a value that does not fit and leaves the stored one', async () => {
    await openPlan();
    await addRow();
    const progress = typeInto(1, 8, '40');
    fireEvent.input(progress, { target: { value: '140' } });
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('“140” is not a valid progress.');
    // Enter does not commit a value that does not fit: the editor stays open.
    fireEvent.keyDown(progress, { key: 'Enter' });
    expect(editorIn(1, 8)).toBe(progress);
    fireEvent.blur(progress);
    expect(within(cell(1, 8)).queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell(1, 8)).toHaveTextContent('40 %');
  });

  it('moves a deleted row to the trash and restores it', async () => {
    await openPlan();
    await addRow();
    fireEvent.keyDown(typeInto(1, 1, 'Gone for a while'), { key: 'Enter' });
    // The row number opens the row's menu when pressed without dragging.
    const rowNumber = screen.getByRole('button', { name: 'Row 1: actions' });
    fireEvent.pointerDown(rowNumber);
    fireEvent.pointerUp(rowNumber);
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Delete row/ }));
    await screen.findByText('No rows yet.');
    expect(screen.queryByText('Gone for a while')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Row moved to the trash.');
    fireEvent.click(screen.getByRole('button', { name: 'Trash (1)' }));
    expect(await screen.findByText('Gone for a while')).toBeInTheDocument();
    expect(screen.getByText(/Deleted by Kari/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Restore row' }));
    fireEvent.click(screen.getByRole('button', { name: /Back to the sheet/ }));
    await waitFor(() => expect(cell(1, 1)).toHaveTextContent('Gone for a while'));
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Y', async () => {
    await openPlan();
    await addRow();
    fireEvent.keyDown(typeInto(1, 1, 'First'), { key: 'Enter' });
    expect(cell(1, 1)).toHaveTextContent('First');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cell(1, 1)).toHaveTextContent(/^$/);
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(cell(1, 1)).toHaveTextContent('First');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cell(1, 1)).toHaveTextContent(/^$/);
    // The keys work anywhere in the plan (the grid's own handling is tested below).
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'y', ctrlKey: true });
    expect(cell(1, 1)).toHaveTextContent('First');
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'z', ctrlKey: true });
    expect(cell(1, 1)).toHaveTextContent(/^$/);
    expect(screen.getByText('1 row')).toBeInTheDocument();
  });

  it('undoes one step per Ctrl+Z pressed in the grid, and redoes one per Ctrl+Y', async () => {
    await openPlan();
    await addRow();
    fireEvent.keyDown(typeInto(1, 1, 'First'), { key: 'Enter' });
    fireEvent.keyDown(typeInto(1, 2, 'Second'), { key: 'Enter' });
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });

    fireEvent.keyDown(grid(), { key: 'z', ctrlKey: true });
    expect(cell(1, 2)).toHaveTextContent(/^$/);
    expect(cell(1, 1)).toHaveTextContent('First');
    fireEvent.keyDown(grid(), { key: 'z', ctrlKey: true });
    expect(cell(1, 1)).toHaveTextContent(/^$/);
    // Two presses, two steps: adding the row is the step still left.
    expect(screen.getByText('1 row')).toBeInTheDocument();
    expect(undo).toBeEnabled();

    fireEvent.keyDown(grid(), { key: 'y', ctrlKey: true });
    expect(cell(1, 1)).toHaveTextContent('First');
    expect(cell(1, 2)).toHaveTextContent(/^$/);
    expect(redo).toBeEnabled();
  });

  it('leaves nothing to undo after an edit cancelled with Esc', async () => {
    await openPlan();
    await addRow();
    fireEvent.keyDown(typeInto(1, 1, 'Kept'), { key: 'Enter' });
    fireEvent.keyDown(typeInto(1, 1, 'Thrown away'), { key: 'Escape' });
    expect(within(cell(1, 1)).queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell(1, 1)).toHaveTextContent('Kept');
    // The next Undo undoes the last edit that stands, not the cancelled one.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cell(1, 1)).toHaveTextContent(/^$/);
  });

  it('puts back with Esc a value that does not fit its column', async () => {
    // Phase held text, then became a number column: its "abc" no longer fits but is kept.
    await openPlan((model) => {
      const sheet = model.sheets()[0]!;
      const phase = model.columns(sheet.id)[1]!;
      model.appendRowValues(sheet.id, [{ [phase.id]: 'abc' }]);
      model.retypeColumn(sheet.id, phase.id, 'number');
    });
    expect(cell(1, 2)).toHaveTextContent('⚠ abc');
    fireEvent.keyDown(typeInto(1, 2, '5'), { key: 'Escape' });
    expect(within(cell(1, 2)).queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell(1, 2)).toHaveTextContent('⚠ abc');
  });

  it('shows the rows that remain after the first of three is deleted', async () => {
    await openPlan();
    for (const text of ['A', 'B', 'C']) {
      await addRow();
      const row = grid().querySelectorAll('[role="row"]').length - 1;
      await waitFor(() => expect(isActive(row, 1)).toBe(true));
      fireEvent.keyDown(typeInto(row, 1, text), { key: 'Enter' });
    }
    const rowNumber = screen.getByRole('button', { name: 'Row 1: actions' });
    fireEvent.pointerDown(rowNumber);
    fireEvent.pointerUp(rowNumber);
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Delete row/ }));
    await screen.findByText('2 rows');
    expect(cell(1, 1)).toHaveTextContent('B');
    expect(cell(2, 1)).toHaveTextContent('C');
  });

  it('says so when the disk is full, and keeps what was typed on screen', async () => {
    await openPlan((model) => {
      const sheet = model.sheets()[0]!;
      const activity = model.columns(sheet.id)[0]!;
      model.appendRowValues(sheet.id, [{ [activity.id]: 'Kept' }]);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    fireEvent.keyDown(typeInto(1, 1, 'Kept, and more'), { key: 'Enter' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/disk is full/);
    expect(cell(1, 1)).toHaveTextContent('Kept, and more');
    vi.restoreAllMocks();
  });

  it('switches sheets with the tabs and the arrow keys', async () => {
    await openPlan();
    fireEvent.click(screen.getByRole('tab', { name: 'People' }));
    expect(screen.getByRole('columnheader', { name: 'Role' })).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'People' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Coding' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('columnheader', { name: 'CCT' })).toBeInTheDocument();
  });
});
