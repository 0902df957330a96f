import * as Y from 'yjs';
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { I18nContext, ServicesContext } from '@/components/app/services';
import { MeetingPanel } from '@/components/meetings/MeetingPanel';
import { startOfLocalDay } from '@/lib/domain/meetings';
import { buildTemplatePlan } from '@/lib/domain/templates';
import type { Locale } from '@/lib/i18n/locales';
import { makeTranslator } from '@/lib/i18n/translate';
import { PlanModel } from '@/lib/model/plan-model';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import { fakeServices } from './fake-services';
import { link, syncInto } from '../unit/model/helpers';

/** A four-phase plan started 2027-03-01 (first meeting 2027-04-01), Kari's copy shown, Ola's copy linked to it. */
function setup(locale: Locale, today: string) {
  let now = startOfLocalDay('2027-03-01') + 9 * 3_600_000;
  const clock = () => now;
  const kari = new PlanModel(new Y.Doc(), { actor: 'Kari', now: clock });
  kari.createPlan(buildTemplatePlan('four-phase', locale, '2027-03-01', 'Plan', 'Kommune'));
  const ola = new PlanModel(new Y.Doc(), { actor: 'Ola', now: clock });
  syncInto(ola.doc, kari.doc);
  link(kari.doc, ola.doc);
  const sheet = (kind: string) => kari.sheets().find((s) => s.kind === kind)?.id ?? '';
  const t = makeTranslator(locale);
  const shownNow = startOfLocalDay(today) + 12 * 3_600_000;
  // Members' edits from here on happen on "today", unless a test moves the clock.
  now = shownNow;
  render(() => {
    const view = createPlanView(kari);
    return (
      <ServicesContext.Provider value={{ ...fakeServices(), now: () => shownNow }}>
        <I18nContext.Provider value={{ t, locale: () => locale }}>
          <MeetingPanel view={view} sheetId={sheet('meetings')} readOnly={false} />
        </I18nContext.Provider>
      </ServicesContext.Provider>
    );
  });
  return { kari, ola, plan: sheet('plan'), setNow: (ms: number) => (now = ms) };
}

describe('the meeting panel', () => {
  it('opens on the last meeting held and lists the plan’s changes since, by whom', () => {
    const { ola, kari, plan, setNow } = setup('en', '2027-04-10');
    const select = screen.getByLabelText<HTMLSelectElement>('Meeting');
    // The template's first meeting, a steering group on 1 April, is the last one before today.
    expect(select.selectedOptions[0]?.textContent).toBe('01/04/2027 · Steering group');
    expect(screen.getByText('Nothing has changed in the Plan sheet since then.')).toBeTruthy();
    setNow(startOfLocalDay('2027-04-05') + 10 * 3_600_000);
    const row = ola.rowIds(plan)[1] ?? '';
    const activity = ola.columns(plan)[0];
    ola.setCell(plan, row, activity?.id ?? '', 'Hold the kick-off');
    const history = screen.getByRole('heading', { name: /^Changed in the plan since 01\/04\/2027/ })
      .parentElement as HTMLElement;
    const item = within(history).getByRole('listitem');
    expect(item.textContent).toMatch(/^Edited: Hold the kick-off\s*Ola, /);
    kari.deleteRow(plan, row);
    expect(within(history).getAllByRole('listitem')[0]?.textContent).toMatch(/^Deleted: .*Kari/);
  });

  it('shows the ten newest changes and the rest on request', () => {
    const { ola, plan, setNow } = setup('da', '2027-04-10');
    const activity = ola.columns(plan)[0];
    ola
      .rowIds(plan)
      .slice(0, 12)
      .forEach((row, i) => {
        setNow(startOfLocalDay('2027-04-02') + i * 60_000);
        ola.setCell(plan, row, activity?.id ?? '', `Ændring ${String(i + 1)}`);
      });
    const history = screen.getByRole('region', { name: /^Ændret i planen siden 01\.04\.2027/ });
    const items = () => within(history).getAllByRole('listitem');
    expect(items()).toHaveLength(10);
    expect(items()[0]?.textContent).toMatch(/^Ændret: Ændring 12\s*Ola, /);
    fireEvent.click(within(history).getByRole('button', { name: 'Vis 2 ældre ændringer' }));
    expect(items()).toHaveLength(12);
    expect(items()[11]?.textContent).toMatch(/^Ændret: Ændring 1\s*Ola, /);
  });

  it('adds an action item as a Plan row of this meeting, refusing one without a name', () => {
    const { kari, plan } = setup('nb', '2027-04-10');
    const rowsBefore = kari.rowIds(plan).length;
    const add = screen.getByRole('button', { name: 'Legg til i planen' });
    fireEvent.click(add);
    expect(screen.getByRole('alert').textContent).toBe(
      'Skriv hva som skal gjøres; ingenting ble lagt til.',
    );
    expect(kari.rowIds(plan)).toHaveLength(rowsBefore);
    fireEvent.input(screen.getByLabelText('Hva skal gjøres'), {
      target: { value: 'Bestille kurslokale' },
    });
    fireEvent.input(screen.getByLabelText('Hvem'), { target: { value: 'Kari' } });
    fireEvent.input(screen.getByLabelText('Innen'), { target: { value: '2027-04-21' } });
    fireEvent.click(add);
    expect(kari.rowIds(plan)).toHaveLength(rowsBefore + 1);
    const list = screen.getByRole('heading', { name: 'Oppgaver fra møtet' })
      .parentElement as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('Bestille kurslokale');
    expect(items[0]?.textContent).toContain('Kari · 21.04.2027 (uke 16) · Ikke startet');
    expect(screen.getByRole('status').textContent).toContain('«Bestille kurslokale»');
    // The new row shows in the history as added by this member.
    expect(screen.getByText(/^Lagt til:/).parentElement?.textContent).toMatch(
      /Bestille kurslokale\s*Kari/,
    );
  });

  it('links an activity already in the plan, and unlinks it without deleting the row', () => {
    const { kari, plan } = setup('sv', '2027-03-10');
    const first = kari.rowIds(plan)[0] ?? '';
    const select = screen.getByLabelText('Eller koppla en aktivitet som redan finns i planen');
    fireEvent.click(screen.getByRole('button', { name: 'Koppla' }));
    expect(screen.getByRole('alert').textContent).toBe('Välj först aktiviteten som ska kopplas.');
    fireEvent.change(select, { target: { value: first } });
    fireEvent.click(screen.getByRole('button', { name: 'Koppla' }));
    expect(kari.row(plan, first)?.meeting).not.toBeNull();
    const unlink = screen.getByRole('button', { name: /^Koppla bort ”/ });
    fireEvent.click(unlink);
    expect(kari.row(plan, first)?.meeting).toBeNull();
    expect(kari.rowIds(plan)).toContain(first);
    expect(screen.getByText('Inga åtgärder från det här mötet ännu.')).toBeTruthy();
  });
});
