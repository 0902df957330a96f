import type { CellValue, ChoiceOption, ColumnSpec, PlanSpec } from '../lib/model/schema';
import { makeRandom, type Random } from './random';

// A Plan sheet as a Nordic working group would fill it: every column type once, plus more text,
// date and number columns, with æøå in the text and decimals in the numbers.

const STATUS_OPTIONS: readonly ChoiceOption[] = [
  { id: 'k3v9q2xa', label: 'Ikke startet', color: '#6b7280' },
  { id: 'p7m1d8rz', label: 'Pågår', color: '#2563eb' },
  { id: 'w4t6b0ne', label: 'Venter på svar', color: '#d97706' },
  { id: 'f2h8s5ju', label: 'Fullført', color: '#16a34a' },
];

/** The twelve columns of the bench's Plan sheet, in order. */
export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  { name: 'Aktivitet', type: 'text' },
  { name: 'Beskrivelse', type: 'longText' },
  { name: 'Ansvarlig', type: 'person' },
  { name: 'Status', type: 'choice', options: STATUS_OPTIONS },
  { name: 'Start', type: 'date' },
  { name: 'Frist', type: 'date' },
  { name: 'Timer', type: 'number' },
  { name: 'Kostnad (kr)', type: 'number' },
  { name: 'Fremdrift', type: 'progress' },
  { name: 'Ferdig', type: 'checkbox' },
  { name: 'Enhet', type: 'text' },
  { name: 'Merknad', type: 'text' },
];

/** Indexes of the columns the edit benchmarks write to: the text and number columns. */
export const EDITED_COLUMNS = {
  text: [0, 10, 11],
  number: [6, 7],
} as const;

/** One row as canonical values by column index; null is an empty cell. */
export type FixtureRow = readonly (CellValue | null)[];

const ACTIVITIES = [
  'Kartlegge motivasjon i teamet',
  'Kurs i motiverende intervju for førstelinjen',
  'Veiledning av veiledere',
  'Evaluere MITI-skårer etter første runde',
  'Øvingsgruppe for nyansatte',
  'Informasjonsmøte for pårørende',
  'Lydopptak av samtaler til koding',
  'Oppfølging av ledergruppen',
  'Workshop om refleksjoner og åpne spørsmål',
  'Spørreundersøkelse blant brukerne',
];

const FRAGMENTS = [
  'Gruppen møtes annenhver torsdag på kontoret i Storgata.',
  'Vi øver på refleksjoner og oppsummeringer med rollespill.',
  'Målet er at alle i førstelinjen har fått grunnkurs før sommeren.',
  'Pårørende får tilbud om en kort innføring i hva metoden går ut på.',
  'Koder to samtaler hver måned og diskuterer skårene i fellesskap.',
  'Lederne følger opp at tiden til veiledning settes av i turnusen.',
  'Første runde viste at åpne spørsmål øker fra 30 % til 45 %.',
  'Særlig viktig for de ansatte på natt, som sjelden får være med.',
];

const PEOPLE = [
  'Kari Nordmann',
  'Ola Sørensen',
  'Åse Bjørnstad',
  'Søren Kjærgaard',
  'Märta Åkesson',
  'Jørgen Dahl',
  'Ingrid Løvås',
  'Bjørn Ødegård',
];

const UNITS = [
  'Hjemmetjenesten Sør',
  'Bydel Grünerløkka',
  'Ældreplejen Aarhus Ø',
  'Rusomsorgen i Tromsø',
  'Sjukhemmet Växjö',
  'NAV Lillestrøm',
];

const REMARKS = [
  'Tas opp på møtet i uke 14',
  'Venter på budsjett fra kommunalsjefen',
  'Flyttes til høsten på grunn av ferieavvikling',
  'Se referat fra styringsgruppen',
  'Må avklares med tillitsvalgte',
];

function isoDate(random: Random): string {
  const year = 2026 + random.int(3);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A new text for a text column, as a member would type it. */
export function fixtureText(random: Random, column: number, n: number): string {
  if (column === 10) return random.pick(UNITS);
  if (column === 11) return `${random.pick(REMARKS)} (sak ${n})`;
  return `${random.pick(ACTIVITIES)}, runde ${n}`;
}

/** A new number for a number column: hours in quarters, costs in øre. */
export function fixtureNumber(random: Random, column: number): number {
  if (column === 6) return (1 + random.int(160)) / 4;
  return Math.round(random.next() * 25_000_000) / 100;
}

function fixtureRow(random: Random, n: number): FixtureRow {
  const description = Array.from({ length: 1 + random.int(3) }, () => random.pick(FRAGMENTS));
  return [
    fixtureText(random, 0, n),
    description.join(' '),
    random.pick(PEOPLE),
    random.pick(STATUS_OPTIONS).id,
    isoDate(random),
    isoDate(random),
    fixtureNumber(random, 6),
    fixtureNumber(random, 7),
    random.int(21) * 5,
    random.next() < 0.3,
    random.pick(UNITS),
    random.next() < 0.4 ? null : fixtureText(random, 11, n),
  ];
}

/** `count` rows of realistic values, the same for the same seed. */
export function fixtureRows(count: number, seed = 20_270_104): FixtureRow[] {
  const random = makeRandom(seed);
  return Array.from({ length: count }, (_, i) => fixtureRow(random, i + 1));
}

/** The plan to create: one Plan sheet with the twelve columns and no rows yet. */
export const PLAN_SPEC: PlanSpec = {
  title: 'Innføring av motiverende intervju',
  organisation: 'Lillestrøm kommune',
  template: 'blank',
  locale: 'nb',
  sheets: [{ kind: 'plan', name: 'Plan', columns: PLAN_COLUMNS }],
};

/** A fixture row keyed by column id, as `appendRowValues` takes it. */
export function keyedRow(row: FixtureRow, columnIds: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  columnIds.forEach((id, i) => {
    const value = row[i];
    if (value !== null && value !== undefined) values[id] = value;
  });
  return values;
}
