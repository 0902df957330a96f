import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/app/App';
import type { AppServices } from '@/lib/browser/app-services';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import type { Locale } from '@/lib/i18n/locales';
import { fakeServices, testSettings } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
  vi.unstubAllGlobals();
});

// The fake services' today is 2027-03-17.
async function openReport(services: AppServices, locale: Locale = 'en') {
  const spec = blankPlanSpec('MI in home care', 'Larvik kommune', locale);
  const rows: Record<string, unknown[][]> = {
    plan: [
      ['Readiness analysis', 'Clarification', '', 'Kari', null, '2027-01-10', 'done', 100],
      ['Steering group', 'Preparation', '', 'Ola', null, '2027-03-01', 'inProgress', 50],
      ['Training days', 'Change', '', 'Ingrid', null, '2027-04-20', 'notStarted', 0],
    ],
    indicators: [['Staff trained', 20, 12, 'staff']],
    readiness: [
      ['Leadership support', '2027-02-15', 4],
      ['Culture', '2027-02-15', 3],
    ],
  };
  const sheets = spec.sheets.map((s) => (rows[s.kind] ? { ...s, rows: rows[s.kind] } : s));
  const id = await services.directory.create({ ...spec, sheets });
  history.replaceState(null, '', `#/report/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { level: 1, name: 'MI in home care' });
  return id;
}

describe('the leadership report', () => {
  it('shows title, organisation and date, then progress, indicators, readiness and lists', async () => {
    await openReport(fakeServices());
    expect(screen.getByText('Larvik kommune')).toBeVisible();
    expect(screen.getByText('As of 17 March 2027')).toBeVisible();

    const phases = screen.getByRole('region', { name: 'Progress per phase' });
    const rows = within(phases).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Clarification100% 1 of 1 done',
      'Preparation50% 0 of 1 done, 1 late',
      'Change0% 0 of 1 done',
    ]);

    const indicators = screen.getByRole('region', { name: 'Indicators against targets' });
    expect(within(indicators).getByText('12 of 20')).toBeVisible();
    expect(within(indicators).getByText(/\(60%\)/)).toBeVisible();

    const readiness = screen.getByRole('region', { name: 'Readiness' });
    expect(within(readiness).getByText('Average 3.5 of 6')).toBeVisible();
    expect(within(readiness).getByText('4 of 6')).toBeVisible();

    const late = screen.getByRole('region', { name: 'Late' });
    expect(within(late).getByRole('cell', { name: 'Steering group' })).toBeVisible();
    expect(within(late).getByRole('cell', { name: '16' })).toBeVisible();

    const next = screen.getByRole('region', { name: 'Next milestones' });
    expect(within(next).getByRole('cell', { name: 'Training days' })).toBeVisible();
  });

  it('draws its bars as pictures the screen reader skips, the figures being text', async () => {
    await openReport(fakeServices());
    const bars = document.querySelectorAll('svg.report-bar');
    expect(bars.length).toBe(3 + 1 + 2);
    for (const bar of bars) expect(bar).toHaveAttribute('aria-hidden', 'true');
  });

  it('prints through the browser, and leads back to the plan', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const id = await openReport(fakeServices());
    fireEvent.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /Back to the plan/ }));
    expect(await screen.findByRole('tab', { name: /Plan/ })).toBeVisible();
    expect(location.hash).toBe(`#/plan/${id}`);
  });

  it('speaks the member’s language', async () => {
    const services = fakeServices();
    await services.saveSettings(testSettings({ language: 'nb' }));
    await openReport(services, 'nb');
    expect(screen.getByText('Per 17. mars 2027')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Fremdrift per fase' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Skriv ut / lagre som PDF' })).toBeVisible();
  });

  it('is opened from the plan menu', async () => {
    const services = fakeServices();
    const id = await services.directory.create(blankPlanSpec('Planen', 'Larvik', 'en'));
    history.replaceState(null, '', `#/plan/${id}`);
    render(() => <App services={services} />);
    await screen.findByRole('heading', { name: 'Planen' });
    fireEvent.click(screen.getByRole('button', { name: 'Plan: more actions' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Report for leadership…' }));
    expect(await screen.findByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
    expect(location.hash).toBe(`#/report/${id}`);
    expect(await screen.findByText('The Plan sheet has no activities yet.')).toBeVisible();
  });
});
