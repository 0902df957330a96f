import * as Y from 'yjs';
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { I18nContext, ServicesContext } from '@/components/app/services';
import { CodingSummary } from '@/components/coding/CodingSummary';
import { IndicatorsPanel } from '@/components/indicators/IndicatorsPanel';
import { ReadinessPanel } from '@/components/readiness/ReadinessPanel';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { MITI_COLUMN_NAMES, type MitiField } from '@/lib/domain/miti';
import type { Locale } from '@/lib/i18n/locales';
import { makeTranslator } from '@/lib/i18n/translate';
import { PlanModel } from '@/lib/model/plan-model';
import { createPlanView, type PlanView } from '@/lib/reactive/create-plan-view';
import { fakeServices } from './fake-services';

let clock = 1_800_000_000_000;

function plan(locale: Locale = 'en') {
  const model = new PlanModel(new Y.Doc(), { actor: 'Kari', now: () => (clock += 60_000) });
  model.createPlan(blankPlanSpec('P', 'O', locale));
  const sheet = (kind: string) => {
    const found = model.sheets().find((s) => s.kind === kind);
    if (!found) throw new Error(kind);
    return found.id;
  };
  return { model, sheet };
}

// The view is made once, inside the render's root: a prop written as `view={createPlanView(m)}`
// would be a getter that makes a new view on every read.
function renderWith(locale: Locale, ui: (view: PlanView) => JSX.Element, model: PlanModel) {
  const t = makeTranslator(locale);
  return render(() => {
    const view = createPlanView(model);
    return (
      <ServicesContext.Provider value={fakeServices()}>
        <I18nContext.Provider value={{ t, locale: () => locale }}>{ui(view)}</I18nContext.Provider>
      </ServicesContext.Provider>
    );
  });
}

function codingPlan(locale: Locale = 'en') {
  const { model, sheet } = plan(locale);
  const sheetId = sheet('coding');
  const columns = model.columns(sheetId);
  const column = (name: string) => columns.find((c) => c.name === name)?.id ?? '';
  const add = (who: string, date: string, values: Partial<Record<MitiField, number>>) => {
    const cells: Record<string, unknown> = {
      [columns[0]?.id ?? '']: who,
      [columns[1]?.id ?? '']: date,
    };
    for (const [field, value] of Object.entries(values))
      cells[column(MITI_COLUMN_NAMES[field as MitiField])] = value;
    return model.insertRow(sheetId, undefined, cells);
  };
  return { model, sheetId, add, column };
}

function scoreRow(name: string) {
  const table = screen.getByRole('table');
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest('tr');
  if (!row) throw new Error(name);
  return row;
}

describe('the coding summary', () => {
  it('shows the coding being entered with its scores and marks, and updates as it is typed', () => {
    const { model, sheetId, add, column } = codingPlan();
    add('Bo', '2027-02-01', { cct: 2, sst: 2 });
    const row = add('Lærke', '2027-03-01', {
      cct: 3,
      sst: 4,
      partnership: 4,
      empathy: 3,
      simpleReflection: 3,
      complexReflection: 2,
      question: 0,
    });
    renderWith('en', (view) => <CodingSummary view={view} sheetId={sheetId} />, model);

    expect(screen.getByRole('combobox', { name: 'Coding shown' })).toHaveDisplayValue(
      'Lærke, 01/03/2027',
    );
    expect(scoreRow('Technical global')).toHaveTextContent('3.5Fairfair 3, good 4');
    expect(scoreRow('Relational global')).toHaveTextContent('3.5Fairfair 3.5, good 4');
    expect(scoreRow('% complex reflections')).toHaveTextContent('40%Fairfair 40%, good 50%');
    expect(scoreRow('Reflection-to-question ratio')).toHaveTextContent('Undefined: no questions');
    expect(scoreRow('Total MI-adherent')).toHaveTextContent('0no threshold in the manual');
    expect(screen.getByText(/coders agree on least/)).toBeVisible();
    expect(screen.getByText(/named by pseudonym/)).toBeVisible();

    model.setCell(sheetId, row, column('Q'), 2);
    expect(scoreRow('Reflection-to-question ratio')).toHaveTextContent('2.5Good');
  });

  it('lists a value outside the instrument’s range that a peer stored, and leaves it out', () => {
    const { model, sheetId, add, column } = codingPlan();
    const row = add('Lærke', '2027-03-01', { cct: 3 });
    // A peer on an older version wrote a 7 the column refuses; it arrives as it is.
    const rows = model.doc.getMap<Y.Map<unknown>>('sheets').get(sheetId)?.get('rows');
    const stored = rows instanceof Y.Map ? (rows as Y.Map<Y.Map<unknown>>).get(row) : undefined;
    const cells = stored?.get('cells');
    if (!(cells instanceof Y.Map)) throw new Error('no cells');
    cells.set(column('SST'), 7);
    renderWith('nb', (view) => <CodingSummary view={view} sheetId={sheetId} />, model);
    expect(screen.getByRole('status')).toHaveTextContent(
      'SST: «7» er holdt utenfor; verdien må være et helt tall fra 1 til 5.',
    );
    expect(scoreRow('Teknisk global')).toHaveTextContent('Ikke ennå: skårer mangler');
  });

  it('draws the practitioner’s trend with every value as text for screen readers', () => {
    const { model, sheetId, add } = codingPlan();
    add('Lærke', '2027-01-10', {
      cct: 2,
      sst: 3,
      simpleReflection: 4,
      complexReflection: 1,
      question: 8,
    });
    add('Bo', '2027-02-01', { cct: 5, sst: 5 });
    add('Lærke', '2027-03-01', {
      cct: 4,
      sst: 4,
      simpleReflection: 3,
      complexReflection: 3,
      question: 3,
    });
    renderWith('en', (view) => <CodingSummary view={view} sheetId={sheetId} />, model);
    const trend = screen.getByRole('region', { name: 'Trend for Lærke' });
    expect(trend.querySelectorAll('svg')).toHaveLength(4);
    expect(
      within(trend).getByText('Technical global over 2 codings: 10/01/2027 2.5; 01/03/2027 4.'),
    ).toBeInTheDocument();
    expect(
      within(trend).getByText(
        '% complex reflections over 2 codings: 10/01/2027 20%; 01/03/2027 50%.',
      ),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Coding shown' }), {
      target: { value: model.rowIds(sheetId)[1] },
    });
    expect(screen.getByRole('region', { name: 'Trend for Bo' })).toHaveTextContent(
      'The trend shows once Bo has two dated codings.',
    );
  });

  it('says how to start when the sheet has no codings', () => {
    const { model, sheetId } = codingPlan('sv');
    renderWith('sv', (view) => <CodingSummary view={view} sheetId={sheetId} />, model);
    expect(screen.getByText(/^Inga kodningar än/)).toBeVisible();
  });
});

describe('the readiness chart', () => {
  it('starts a round with the thirteen items in the plan’s language, then compares rounds', () => {
    const { model, sheet } = plan('da');
    const sheetId = sheet('readiness');
    renderWith(
      'en',
      (view) => <ReadinessPanel view={view} sheetId={sheetId} readOnly={false} />,
      model,
    );
    expect(screen.getByText(/^No round yet/)).toBeVisible();
    fireEvent.input(screen.getByLabelText('Date of the new round'), {
      target: { value: '2027-03-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start a new round' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Round of 01/03/2027 started: 13 rows to score in the sheet.',
    );
    const ids = model.rowIds(sheetId);
    expect(ids).toHaveLength(13);
    const [factor, , score] = model.columns(sheetId);
    if (!factor || !score) throw new Error('columns');
    expect(model.cell(sheetId, ids[0] ?? '', factor)).toEqual({
      state: 'ok',
      value: 'Den brede kontekst',
    });
    model.setCell(sheetId, ids[0] ?? '', score.id, 2);
    model.setCell(sheetId, ids[1] ?? '', score.id, 3);

    fireEvent.input(screen.getByLabelText('Date of the new round'), {
      target: { value: '2027-09-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start a new round' }));
    const next = model.rowIds(sheetId);
    expect(next).toHaveLength(26);
    model.setCell(sheetId, next[13] ?? '', score.id, 5);

    expect(screen.getByText('01/03/2027: average 2.5 (2 scored)')).toBeVisible();
    expect(screen.getByText('01/09/2027: average 5 (1 scored)')).toBeVisible();
    const items = screen.getAllByRole('listitem').filter((li) => li.closest('.readiness-items'));
    expect(items).toHaveLength(13);
    expect(items[0]).toHaveTextContent('Den brede kontekst01/03/2027:201/09/2027:5');
    expect(items[0]?.querySelectorAll('svg')).toHaveLength(2);
    expect(items[2]).toHaveTextContent('not scored');
  });

  it('cannot start a round in a plan opened read-only', () => {
    const { model, sheet } = plan('en');
    const sheetId = sheet('readiness');
    renderWith('en', (view) => <ReadinessPanel view={view} sheetId={sheetId} readOnly />, model);
    expect(screen.getByRole('button', { name: 'Start a new round' })).toBeDisabled();
  });
});

describe('the Indicators sheet’s summary', () => {
  it('shows each indicator against its target with its source, in the member’s language, live', () => {
    const { model, sheet } = plan('da');
    const indicators = sheet('indicators');
    const people = sheet('people');
    const cols = (id: string) => model.columns(id).map((c) => c.id);
    const [name, target, actual] = cols(indicators);
    const [who, , , , trained] = cols(people);
    const row = (values: unknown[], ids: (string | undefined)[]) =>
      Object.fromEntries(ids.map((id, i) => [id ?? '', values[i]]));
    model.insertRow(indicators, undefined, row(['Medarbejdere uddannet i MI', 10], [name, target]));
    model.insertRow(indicators, undefined, row(['Egen indikator', 5, 2], [name, target, actual]));
    model.insertRow(people, undefined, row(['Kari', '2027-01-10'], [who, trained]));
    renderWith('nb', (view) => <IndicatorsPanel view={view} />, model);

    const items = screen.getAllByRole('listitem');
    // Per cent signs follow a no-break space in Norwegian.
    expect(items.map((li) => li.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      'Medarbejdere uddannet i MI1 av 10 (10 %)Beregnet fra Personer: 1 med kursdato til og med i dag',
      'Egen indikator2 av 5 (40 %)Skrevet inn for hånd',
    ]);
    // A second person trained, and a typed value that takes the count's place.
    model.insertRow(people, undefined, row(['Ola', '2027-02-10'], [who, trained]));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('2 av 10');
    model.setCell(indicators, model.rowIds(indicators)[0] ?? '', actual ?? '', 7);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      '7 av 10 (70 %)Skrevet inn for hånd; planen teller 2 (tøm Faktisk for å bruke tellingen)',
    );
  });
});
