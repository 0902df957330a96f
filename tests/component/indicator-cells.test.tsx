import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

/** The text of the Actual cell (the third column) on a 1-based data row of the shown grid. */
function actualCell(row: number): HTMLElement {
  // Rows and the frozen pane beside the grid (its first column) share the grid's scroller.
  const found = screen
    .getByRole('grid')
    .parentElement?.querySelector<HTMLElement>(
      `[data-rowindex="${String(row + 1)}"] [aria-colindex="4"]`,
    );
  if (!found) throw new Error(`No Actual cell on row ${String(row)}`);
  return found;
}

describe('the Indicators sheet’s grid', () => {
  it('shows a counted actual in its empty cell, muted with its source, until a value is typed', async () => {
    const services = fakeServices();
    const id = await services.directory.create(blankPlanSpec('Tal', 'Aarhus', 'en'));
    const session = await services.directory.open(id);
    const model = session.model;
    const sheetOf = (kind: string) => model.sheets().find((s) => s.kind === kind)?.id ?? '';
    const [name, target, actual] = model.columns(sheetOf('indicators')).map((c) => c.id);
    const [who, , , , trained] = model.columns(sheetOf('people')).map((c) => c.id);
    model.insertRow(sheetOf('indicators'), undefined, {
      [name ?? '']: 'Staff trained in MI',
      [target ?? '']: 20,
    });
    model.insertRow(sheetOf('indicators'), undefined, {
      [name ?? '']: 'Our own',
      [target ?? '']: 3,
    });
    model.insertRow(sheetOf('people'), undefined, {
      [who ?? '']: 'Kari',
      [trained ?? '']: '2020-01-10',
    });
    await session.close();

    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Indicators' }));
    await waitFor(() => expect(actualCell(1)).toHaveTextContent('1'));
    const figure = actualCell(1).querySelector('.gcell__computed');
    expect(figure?.getAttribute('title')).toBe(
      'Computed from People: 1 with a training date up to today',
    );
    // The group's own indicator has nothing to count: its cell stays empty.
    expect(actualCell(2)).toHaveTextContent('');

    // A typed value takes the count's place, shown as any typed number.
    const reopened = await services.directory.open(id);
    reopened.model.setCell(
      sheetOf('indicators'),
      reopened.model.rowIds(sheetOf('indicators'))[0] ?? '',
      actual ?? '',
      7,
    );
    await waitFor(() => expect(actualCell(1)).toHaveTextContent('7'));
    expect(actualCell(1).querySelector('.gcell__computed')).toBeNull();
    await reopened.close();
  });
});
