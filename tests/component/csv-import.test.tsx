import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import type { AppServices } from '@/lib/browser/app-services';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

async function openPlan(services: AppServices) {
  const id = await services.directory.create(blankPlanSpec('Planen', 'Larvik', 'en'));
  history.replaceState(null, '', `#/plan/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { name: 'Planen' });
  return id;
}

async function openImport() {
  fireEvent.click(await screen.findByRole('button', { name: 'Import CSV…' }));
  return screen.findByRole('dialog', { name: /Import CSV into “Plan”/ });
}

async function paste(dialog: HTMLElement, csv: string) {
  fireEvent.input(within(dialog).getByLabelText('Or paste CSV text'), { target: { value: csv } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Show preview' }));
  await within(dialog).findByText('The first rows of the file');
}

describe('importing CSV text into a sheet', () => {
  it('maps by header, previews, and imports as one undo step', async () => {
    const services = fakeServices();
    await openPlan(services);
    const dialog = await openImport();
    await paste(dialog, 'Activity;Due;Place\nKurs;17.03.2027;Larvik\nMøte;1.4.2027;Stavern\n');
    const activity = within(dialog).getByLabelText<HTMLSelectElement>('Import “Activity” into');
    expect(activity.selectedOptions[0]?.textContent).toBe('Activity');
    expect(within(dialog).getByLabelText('Import “Place” into')).toHaveValue('new');
    expect(within(dialog).getByText(/New rows: 2 · updated: 0/)).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: 'Stavern' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported into “Plan”. New rows: 2/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Kurs')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Place/ })).toBeInTheDocument();

    const toast = screen.getByText(/Imported into “Plan”/).closest('.toast') as HTMLElement;
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText('Kurs')).toBeNull());
    expect(screen.queryByRole('columnheader', { name: /Place/ })).toBeNull();
  });

  it('lists each problem with its row and column, and skips or keeps those rows', async () => {
    await openPlan(fakeServices());
    const dialog = await openImport();
    await paste(dialog, 'Activity;Due\nKurs;31.02.2027\nMøte;17.03.2027\nSiste;18.03.2027;extra\n');
    expect(within(dialog).getByText('2 problems in 2 rows')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Row 2, column B “Due”: “31.02.2027” is not a date'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Row 4: has 3 fields where the file has 2'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/New rows: 1 · updated: 0 · to the trash: 0 · left out: 2/),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByLabelText(/Import them, keeping the values/));
    expect(within(dialog).getByText(/New rows: 3/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Kurs')).toBeInTheDocument();
    expect(screen.getByText('Siste')).toBeInTheDocument();
  });

  it('says why a pasted text cannot be imported, and cancelling changes nothing', async () => {
    await openPlan(fakeServices());
    const dialog = await openImport();
    await paste(dialog, 'Activity\n');
    expect(within(dialog).getByText(/no rows below its column names/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('No rows yet.')).toBeInTheDocument();
  });

  it('proposes the type read from the file when a matched column becomes a new one', async () => {
    await openPlan(fakeServices());
    const dialog = await openImport();
    await paste(dialog, 'Activity;Due\nKurs;17.03.2027\nMøte;1.4.2027\n');
    fireEvent.change(within(dialog).getByLabelText('Import “Due” into'), {
      target: { value: 'new' },
    });
    expect(await within(dialog).findByLabelText('Type of the new column “Due”')).toHaveValue(
      'date',
    );
  });

  it('asks for a key in update mode', async () => {
    await openPlan(fakeServices());
    const dialog = await openImport();
    await paste(dialog, 'Activity;Notes\nKurs;a\n');
    fireEvent.click(within(dialog).getByLabelText(/Update the rows that match on a key/));
    fireEvent.change(within(dialog).getByLabelText('Import “Activity” into'), {
      target: { value: 'skip' },
    });
    expect(await within(dialog).findByText(/Choose a key/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });
});
