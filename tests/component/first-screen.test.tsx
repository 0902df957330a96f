import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { FIRST_SCREEN_ROWS, firstScreenOf } from '@/lib/model/first-screen';
import { PlanModel } from '@/lib/model/plan-model';
import { fakeServices } from './fake-services';

// A plan opened from its first-screen copy: the planner shows the copy's rows while the whole
// plan loads, then goes on in the same grid with the whole plan. The session is made by hand
// here, so that the test decides when the plan has loaded.

const ROWS = 120;

afterEach(() => {
  history.replaceState(null, '', '#/');
});

function cell(row: number, col: number): HTMLElement {
  // Rows and the frozen pane beside the grid (its first column) share the grid's scroller.
  const found = screen
    .getByRole('grid')
    .parentElement?.querySelector<HTMLElement>(
      `[data-rowindex="${String(row + 1)}"] [role="gridcell"][aria-colindex="${String(col + 1)}"]`,
    );
  if (!found) throw new Error(`No cell at row ${String(row)}, column ${String(col)}`);
  return found;
}

/** A stored plan of ROWS rows, and the planner opening it from its copy until `finish()`. */
async function openFromCopy() {
  const services = fakeServices();
  const id = await services.directory.create(blankPlanSpec('Lang plan', 'Aarhus', 'da'));
  const whole = await services.directory.open(id);
  const sheet = whole.model.sheets()[0];
  const activity = sheet ? whole.model.columns(sheet.id)[0] : undefined;
  if (!sheet || !activity) throw new Error('The blank plan has no Plan sheet.');
  for (let i = 1; i <= ROWS; i++) {
    whole.model.setCell(sheet.id, whole.model.insertRow(sheet.id), activity.id, `Række ${i}`);
  }
  const copyDoc = new Y.Doc();
  Y.applyUpdate(copyDoc, firstScreenOf(whole.model).state);
  const shown = new PlanModel(copyDoc, { actor: 'Mette', loading: true });
  let markLoaded = () => undefined as void;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  services.directory.open = () => Promise.resolve({ ...whole, model: shown, loaded });
  history.replaceState(null, '', `#/plan/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { name: 'Lang plan' });
  await waitFor(() => expect(cell(1, 1)).toHaveTextContent('Række 1'));
  const finish = async () => {
    shown.adopt(whole.model.doc);
    markLoaded();
    await loaded;
  };
  return { whole, shown, sheetId: sheet.id, activityId: activity.id, finish };
}

describe('a plan opened from its first-screen copy', () => {
  it('shows the first rows and says it is opening, then counts every row', async () => {
    const { shown, sheetId, finish } = await openFromCopy();
    expect(shown.rowIds(sheetId)).toHaveLength(FIRST_SCREEN_ROWS);
    expect(screen.getByRole('status')).toHaveTextContent('Opening the plan');
    expect(screen.queryByText(/\d+ rows/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Add row/ })).toBeDisabled();
    await finish();
    await waitFor(() => expect(screen.getByText(`${String(ROWS)} rows`)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: /Add row/ })).toBeEnabled();
  });

  it('keeps what is typed into a cell while it opens, and edits the plan with it once open', async () => {
    const { whole, sheetId, activityId, finish } = await openFromCopy();
    const grid = screen.getByRole('grid');
    fireEvent.mouseDown(cell(2, 1));
    fireEvent.keyDown(grid, { key: 'N' });
    fireEvent.keyDown(grid, { key: 'y' });
    expect(within(cell(2, 1)).queryByRole('textbox'), 'no edit before the plan is in').toBeNull();
    await finish();
    const editor = await within(cell(2, 1)).findByRole('textbox');
    expect(editor).toHaveValue('Ny');
    fireEvent.input(editor, { target: { value: 'Ny række' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    const rowId = whole.model.rowIds(sheetId)[1] ?? '';
    expect(whole.model.rawCell(sheetId, rowId, activityId)).toBe('Ny række');
  });

  it('drops what was typed when the cursor moved on before the plan was in', async () => {
    const { finish } = await openFromCopy();
    const grid = screen.getByRole('grid');
    fireEvent.mouseDown(cell(2, 1));
    fireEvent.keyDown(grid, { key: 'N' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    await finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('grid').querySelector('[role="textbox"], textarea, input')).toBeNull();
  });
});
