import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

// A plan opened at one item (the address a reminder opens): its sheet shown, its row the
// grid's active row, the grid focused.

const ROWS = 60;

afterEach(() => {
  history.replaceState(null, '', '#/');
});

/** A plan with ROWS rows in its Plan sheet ("Row 1" …) and two names in People. */
async function longPlan() {
  const services = fakeServices();
  const id = await services.directory.create(blankPlanSpec('Long', 'Aarhus', 'en'));
  const session = await services.directory.open(id);
  const model = session.model;
  const plan = model.sheets().find((s) => s.kind === 'plan')!;
  const people = model.sheets().find((s) => s.kind === 'people')!;
  const activity = model.columns(plan.id)[0]!;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const rowId = model.insertRow(plan.id);
    model.setCell(plan.id, rowId, activity.id, `Row ${String(i + 1)}`);
    return rowId;
  });
  const name = model.columns(people.id)[0]!;
  const persons = ['Kari', 'Ola'].map((who) => {
    const rowId = model.insertRow(people.id);
    model.setCell(people.id, rowId, name.id, who);
    return rowId;
  });
  model.deleteRows(plan.id, [rows[9]!]);
  await session.close();
  return { services, id, plan: plan.id, people: people.id, rows, persons };
}

/** The text of the grid's active cell and whether that cell's row is marked selected. */
function active() {
  const grid = screen.getByRole('grid');
  const cell = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
  return {
    text: cell?.textContent?.trim() ?? null,
    selected: cell?.getAttribute('aria-selected') === 'true',
    focused: document.activeElement === grid,
  };
}

describe('a plan opened at an item', () => {
  it('shows the item’s row as the focused grid’s active row, far down the sheet', async () => {
    const { services, id, plan, rows } = await longPlan();
    history.replaceState(null, '', `#/plan/${id}/${plan}/${rows[44]!}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Long' });
    await waitFor(() =>
      expect(active()).toEqual({ text: 'Row 45', selected: true, focused: true }),
    );
  });

  it('goes to an item on another sheet when the address changes in an open plan', async () => {
    const { services, id, people, persons } = await longPlan();
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Long' });
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');

    location.hash = `#/plan/${id}/${people}/${persons[1]!}`;
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true'),
    );
    await waitFor(() => expect(active()).toEqual({ text: 'Ola', selected: true, focused: true }));
  });

  it('shows the whole sheet when this member’s filter hides the item', async () => {
    const { services, id, plan, rows } = await longPlan();
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Long' });
    fireEvent.click(screen.getByRole('button', { name: 'Column ▾' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Filter…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.input(within(dialog).getByRole('textbox'), { target: { value: 'Row 1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Filtered by Activity');

    location.hash = `#/plan/${id}/${plan}/${rows[44]!}`;
    await waitFor(() =>
      expect(active()).toEqual({ text: 'Row 45', selected: true, focused: true }),
    );
    expect(screen.queryByText('Filtered by Activity')).toBeNull();
  });

  it('says so when the item is gone, and shows the plan as it is', async () => {
    const { services, id, plan, rows } = await longPlan();
    history.replaceState(null, '', `#/plan/${id}/${plan}/${rows[9]!}`);
    render(() => <App services={services} />);
    await screen.findByText(
      'The item this reminder pointed to is no longer in the plan: it was deleted or moved to the trash.',
    );
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says so when the item’s sheet is gone', async () => {
    const { services, id, rows } = await longPlan();
    history.replaceState(null, '', `#/plan/${id}/nosuchsheet/${rows[0]!}`);
    render(() => <App services={services} />);
    await screen.findByText(
      'The item this reminder pointed to is no longer in the plan: it was deleted or moved to the trash.',
    );
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });
});
