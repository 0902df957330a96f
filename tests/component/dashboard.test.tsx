import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app/App';
import type { AppServices } from '@/lib/browser/app-services';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

// The fake services' today is 2027-03-17.
async function makePlan(services: AppServices) {
  const spec = blankPlanSpec('MI in home care', 'Larvik kommune', 'en');
  const rows: Record<string, unknown[][]> = {
    plan: [
      ['Readiness analysis', 'Clarification', '', 'Kari', null, '2027-01-10', 'done', 100],
      ['Steering group', 'Preparation', '', 'Ola', null, '2027-03-01', 'inProgress', 50],
      ['Training days', 'Change', '', 'Ingrid', null, '2027-03-25', 'notStarted', 0],
      ['Refresher day 1/2', 'Change', '', 'Ingrid', null, '2027-09-25', 'notStarted', 0],
    ],
    meetings: [
      ['2027-02-01', 'supervision'],
      ['2027-05-01', 'supervision'],
    ],
    indicators: [
      ['Staff trained in MI', 20, null, 'persons'],
      ['Supervision sessions held', 2, null, 'sessions'],
      ['Conversations coded', 4, null, 'codings'],
      ['Course holders trained', 4, 1, 'persons'],
      ['Our own measure', 5, null, ''],
    ],
    readiness: [
      ['Leadership support', '2027-02-15', 4],
      ['Culture', '2027-02-15', 3],
    ],
    people: [
      ['Kari', 'workingGroup', '', '', '2027-01-10'],
      ['Ola', 'resourcePerson', '', '', '2027-04-10'],
    ],
    coding: [
      ['Practitioner 1', '2027-02-01', '', 4, 4, 4, 4, 2, 0, 0, 5, 3, 3],
      ['Practitioner 2', '2027-04-01'],
    ],
  };
  const sheets = spec.sheets.map((s) => (rows[s.kind] ? { ...s, rows: rows[s.kind] } : s));
  return services.directory.create({ ...spec, sheets });
}

async function openDashboard(services: AppServices, id: string) {
  history.replaceState(null, '', `#/dashboard/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { level: 1, name: 'MI in home care' });
}

describe('the dashboard', () => {
  it('shows progress, indicators with their source, late and soon, readiness and codings', async () => {
    const services = fakeServices();
    await openDashboard(services, await makePlan(services));

    const tiles = screen.getByText('overall progress').closest('ul');
    expect(tiles).not.toBeNull();
    expect(within(tiles as HTMLElement).getByTitle('overall progress: 38%')).toBeVisible();
    expect(within(tiles as HTMLElement).getByTitle('activities late: 1')).toBeVisible();
    expect(within(tiles as HTMLElement).getByTitle('due in the next two weeks: 1')).toBeVisible();
    // Supervisions held: 1 of 2 (the May one is ahead); no indicator has reached its target.
    expect(within(tiles as HTMLElement).getByTitle('indicators on target: 0 of 4')).toBeVisible();

    const phases = screen.getByRole('region', { name: 'Progress per phase' });
    expect(
      within(phases)
        .getAllByRole('listitem')
        .map((li) => li.title),
    ).toEqual([
      'Clarification: 100% · 1 of 1 done',
      'Preparation: 50% · 0 of 1 done, 1 late',
      'Change: 0% · 0 of 2 done',
    ]);

    const indicators = screen.getByRole('region', { name: 'Indicators against targets' });
    const lines = within(indicators)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Staff trained in MI1 of 20 persons (5%)Computed from People: 1 with a training date up to today',
      'Supervision sessions held1 of 2 sessions (50%)Computed from Meetings: 1 of kind supervision, dated up to today',
      'Conversations coded1 of 4 codings (25%)Computed from Coding: 1 with scores entered',
      'Course holders trained1 of 4 persons (25%)Entered by hand',
      'Our own measure– of 5No actual yet: type it in Actual',
    ]);

    const late = screen.getByRole('region', { name: 'Late' });
    expect(within(late).getByText('Steering group')).toBeVisible();
    expect(within(late).getByText(/01\/03\/2027 · Days late: 16/)).toBeVisible();
    const soon = screen.getByRole('region', { name: 'Due in the next two weeks' });
    expect(within(soon).getByText('Training days')).toBeVisible();
    expect(within(soon).queryByText('Refresher day 1/2')).toBeNull();

    const readiness = screen.getByRole('region', { name: 'Latest readiness round' });
    expect(within(readiness).getByText('15/02/2027: average 3.5 (2 scored)')).toBeVisible();

    const coding = screen.getByRole('region', { name: 'Coding (MITI 4.2.1)' });
    expect(
      within(coding).getByText('Coded: 1 of 2 conversations in the Coding sheet'),
    ).toBeVisible();
    const technical = within(coding).getByTitle(/^Technical global:/);
    expect(technical.title).toBe(
      'Technical global: Mean 4 · good 1 · fair 0 · below fair 0 (fair 3, good 4)',
    );
  });

  it('draws its pictures as SVG hidden from screen readers, the figures being text', async () => {
    const services = fakeServices();
    await openDashboard(services, await makePlan(services));
    const pictures = document.querySelectorAll('.dashboard svg');
    // The ring, 3 phase bars, 5 indicator bars, 2 readiness bars, the coded bar, 4 score bars.
    expect(pictures.length).toBe(1 + 3 + 5 + 2 + 1 + 4);
    for (const svg of pictures) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('updates as the plan changes elsewhere: a coding entered counts at once', async () => {
    const services = fakeServices();
    const id = await makePlan(services);
    await openDashboard(services, id);
    const coding = screen.getByRole('region', { name: 'Coding (MITI 4.2.1)' });
    expect(
      within(coding).getByText('Coded: 1 of 2 conversations in the Coding sheet'),
    ).toBeVisible();

    // Another page of this browser (the side panel) enters the second coding's scores.
    const other = await services.directory.open(id);
    const sheet = other.model.sheets().find((s) => s.kind === 'coding');
    const row = sheet ? other.model.rowIds(sheet.id)[1] : undefined;
    const cct = sheet ? other.model.columns(sheet.id).find((c) => c.name === 'CCT') : undefined;
    if (!sheet || !row || !cct) throw new Error('no coding to enter');
    other.model.setCell(sheet.id, row, cct.id, 2);

    expect(
      await within(coding).findByText('Coded: 2 of 2 conversations in the Coding sheet'),
    ).toBeVisible();
    const indicators = screen.getByRole('region', { name: 'Indicators against targets' });
    expect(
      within(indicators).getByText('Computed from Coding: 2 with scores entered'),
    ).toBeVisible();
    expect(within(indicators).getByText('2 of 4')).toBeVisible();
    await other.close();
  });

  it('is opened from the plan menu, and leads back to the plan', async () => {
    const services = fakeServices();
    const id = await makePlan(services);
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'MI in home care' });
    fireEvent.click(screen.getByRole('button', { name: 'Plan: more actions' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Dashboard' }));
    expect(await screen.findByRole('region', { name: 'Progress per phase' })).toBeVisible();
    expect(location.hash).toBe(`#/dashboard/${id}`);
    fireEvent.click(screen.getByRole('button', { name: /Back to the plan/ }));
    expect(await screen.findByRole('tab', { name: /Plan/ })).toBeVisible();
    expect(location.hash).toBe(`#/plan/${id}`);
  });

  it('says so for a plan this browser does not have', async () => {
    history.replaceState(null, '', '#/dashboard/nosuchplan');
    render(() => <App services={fakeServices()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This plan is not in this browser.');
  });
});
