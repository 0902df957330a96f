import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

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

  it('speaks the chosen language', async () => {
    const services = fakeServices({
      loadSettings: () => Promise.resolve({ displayName: '', language: 'sv' }),
    });
    render(() => <App services={services} />);
    expect(await screen.findByRole('button', { name: 'Skapa plan' })).toBeInTheDocument();
    expect(await screen.findByText(/Inga planer ännu/)).toBeInTheDocument();
  });
});

describe('a plan', () => {
  async function openPlan() {
    const services = fakeServices();
    const id = await services.directory.create(blankPlanSpec('Planen', 'Aarhus', 'en'));
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Planen' });
    return { services, id };
  }

  it('adds a row and keeps what is typed into its cells', async () => {
    const { services, id } = await openPlan();
    fireEvent.click(screen.getByRole('button', { name: '+ Add row' }));
    const activity = await screen.findByLabelText('Activity, 1');
    fireEvent.focus(activity);
    fireEvent.input(activity, { target: { value: 'Readiness analysis' } });
    fireEvent.input(screen.getByLabelText('Due, 1'), { target: { value: '2027-03-17' } });
    expect(screen.getByText('week 11')).toBeInTheDocument();
    expect(screen.getByText('1 rows')).toBeInTheDocument();

    const session = await services.directory.open(id);
    const sheet = session.model.sheets()[0]!;
    const row = session.model.rowIds(sheet.id)[0]!;
    const [activityColumn] = session.model.columns(sheet.id);
    expect(session.model.rawCell(sheet.id, row, activityColumn!.id)).toBe('Readiness analysis');
    await session.close();
  });

  it('flags a value that does not fit and leaves the stored one', async () => {
    await openPlan();
    fireEvent.click(screen.getByRole('button', { name: '+ Add row' }));
    const progress = await screen.findByLabelText('Progress, 1');
    fireEvent.focus(progress);
    fireEvent.input(progress, { target: { value: '40' } });
    fireEvent.input(progress, { target: { value: '140' } });
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    fireEvent.blur(progress);
    expect(progress).toHaveValue('40');
  });

  it('moves a deleted row to the trash and restores it', async () => {
    await openPlan();
    fireEvent.click(screen.getByRole('button', { name: '+ Add row' }));
    const activity = await screen.findByLabelText('Activity, 1');
    fireEvent.focus(activity);
    fireEvent.input(activity, { target: { value: 'Gone for a while' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete row 1' }));
    expect(screen.queryByLabelText('Activity, 1')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Trash (1)' }));
    expect(await screen.findByText('Gone for a while')).toBeInTheDocument();
    expect(screen.getByText(/Deleted by Kari/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Restore row' }));
    fireEvent.click(screen.getByRole('button', { name: /Back to the sheet/ }));
    expect(await screen.findByLabelText('Activity, 1')).toHaveValue('Gone for a while');
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Y', async () => {
    await openPlan();
    fireEvent.click(screen.getByRole('button', { name: '+ Add row' }));
    const activity = await screen.findByLabelText('Activity, 1');
    fireEvent.focus(activity);
    fireEvent.input(activity, { target: { value: 'First' } });
    fireEvent.blur(activity);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Activity, 1')).toHaveValue('');
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'y', ctrlKey: true });
    expect(screen.getByLabelText('Activity, 1')).toHaveValue('First');
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'z', ctrlKey: true });
    expect(screen.getByLabelText('Activity, 1')).toHaveValue('');
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
