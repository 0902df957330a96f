import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext, ServicesContext } from '@/components/app/services';
import { CreatePlanForm } from '@/components/plans/CreatePlanForm';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import type { Locale } from '@/lib/i18n/locales';
import { makeTranslator } from '@/lib/i18n/translate';
import { fakeServices } from './fake-services';

function renderForm(locale: Locale = 'en') {
  const services = fakeServices();
  const onCreated = vi.fn<(id: string) => void>();
  render(() => (
    <ServicesContext.Provider value={services}>
      <I18nContext.Provider value={{ locale: () => locale, t: makeTranslator(locale) }}>
        <CreatePlanForm onCreated={onCreated} />
      </I18nContext.Provider>
    </ServicesContext.Provider>
  ));
  return { services, onCreated };
}

function fillTitle(title: string) {
  fireEvent.input(screen.getByLabelText('Title'), { target: { value: title } });
}

describe('the create plan form', () => {
  it('offers the four templates, each with a line saying what it holds, blank chosen', () => {
    renderForm();
    const group = screen.getByRole('group', { name: 'Template' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([
      'blank',
      'qif',
      'four-phase',
      'municipal',
    ]);
    expect(within(group).getByRole('radio', { name: /Blank/ })).toBeChecked();
    const qif = within(group).getByRole('radio', { name: /Quality Implementation Framework/ });
    expect(qif).toHaveAccessibleDescription(/4 phases and 14 steps/);
    // A blank plan has no dates to count.
    expect(screen.queryByLabelText('Start date')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Language of the plan')).toHaveValue('en');
  });

  it('creates a plan from a template in the chosen language, dated from the chosen day', async () => {
    const { services, onCreated } = renderForm();
    fillTitle('MI i hemtjänsten');
    fireEvent.click(screen.getByRole('radio', { name: /Four-phase model/ }));
    const start = screen.getByLabelText('Start date');
    expect(start, 'today by default').toHaveValue('2027-03-17');
    fireEvent.input(start, { target: { value: '2027-01-31' } });
    fireEvent.change(screen.getByLabelText('Language of the plan'), { target: { value: 'sv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());

    const session = await services.directory.open(onCreated.mock.calls[0]?.[0] ?? '');
    const model = session.model;
    expect(model.getMeta()).toMatchObject({
      title: 'MI i hemtjänsten',
      template: 'four-phase',
      locale: 'sv',
    });
    expect(model.sheets().map((s) => s.name)).toEqual([
      'Plan',
      'Möten',
      'Indikatorer',
      'Beredskap',
      'Personer',
      'Kodning',
    ]);
    const meetings = model.sheets()[1];
    if (!meetings) throw new Error('no meetings sheet');
    const date = model.columns(meetings.id).find((c) => c.name === SHEET_WORDS.sv.meetings.date);
    if (!date) throw new Error('no date column');
    const dates = model.rowIds(meetings.id).map((row) => model.cell(meetings.id, row, date));
    expect(dates[0]).toEqual({ state: 'ok', value: '2027-02-28' });
    expect(dates).toHaveLength(10);
    await session.close();
  });

  it('asks for a start date when a template needs one', async () => {
    const { services, onCreated } = renderForm();
    fillTitle('Plan');
    fireEvent.click(screen.getByRole('radio', { name: /Municipal model/ }));
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByText('Give a start date for the template’s dates.')).toBeVisible();
    expect(screen.getByLabelText('Start date')).toHaveAttribute('aria-invalid', 'true');
    expect(onCreated).not.toHaveBeenCalled();
    expect((await services.directory.list()).plans).toHaveLength(0);
  });

  it('speaks the interface language and makes the plan in it unless told otherwise', async () => {
    const { services, onCreated } = renderForm('da');
    fireEvent.input(screen.getByLabelText('Titel'), { target: { value: 'MI i Odense' } });
    const group = screen.getByRole('group', { name: 'Skabelon' });
    fireEvent.click(within(group).getByRole('radio', { name: /Kommunemodellen/ }));
    expect(screen.getByLabelText('Planens sprog')).toHaveValue('da');
    fireEvent.click(screen.getByRole('button', { name: 'Opret plan' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    const session = await services.directory.open(onCreated.mock.calls[0]?.[0] ?? '');
    expect(session.model.getMeta()).toMatchObject({ template: 'municipal', locale: 'da' });
    expect(session.model.sheets().map((s) => s.name)).toContain('Parathed');
    await session.close();
  });
});
