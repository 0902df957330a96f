import * as Y from 'yjs';
import { standardSheets } from '../../lib/domain/blank-plan';
import { newId } from '../../lib/model/ids';
import { PlanModel } from '../../lib/model/plan-model';
import type { CellValue, ColumnInfo, ColumnSpec, PlanSpec } from '../../lib/model/schema';
import { makeRandom } from '../random';

// The plan the grid bench opens: the English blank template, its Plan sheet widened to twelve
// columns (every column type), and N rows appended through the real model in one transaction.

/** The three columns added to the template's nine, so the Plan sheet has twelve. */
const EXTRA_COLUMNS: readonly ColumnSpec[] = [
  { name: 'Hours', type: 'number', width: 100 },
  {
    name: 'Priority',
    type: 'choice',
    options: [
      { id: 'high', label: 'High', color: '#b91c1c' },
      { id: 'medium', label: 'Medium', color: '#b45309' },
      { id: 'low', label: 'Low', color: '#15803d' },
    ],
  },
  { name: 'Reviewed', type: 'checkbox', width: 100 },
];

const ACTIVITIES = [
  'Map motivation in the team',
  'Course in motivational interviewing for front-line staff',
  'Supervision of supervisors',
  'Evaluate MITI scores after the first round',
  'Practice group for new employees',
  'Information meeting for relatives',
  'Record conversations for coding',
  'Follow up the management group',
  'Workshop on reflections and open questions',
  'Survey among service users',
];
const PHASES = ['Exploration', 'Preparation', 'Implementation', 'Sustainment'];
const STEPS = ['Kick-off', 'Training', 'Coaching', 'Review', 'Report'];
const PEOPLE = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Lars Dahl', 'Siri Lund'];
const NOTES = [
  'The group meets every other Thursday at the office.',
  'We practise reflections and summaries with role play.',
  'Everyone in the front line should have had the basic course before summer.',
  'Relatives are offered a short introduction to what the method is about.',
  'Two conversations are coded each month and the scores discussed together.',
];

function isoDay(dayNumber: number): string {
  return new Date(Date.UTC(2026, 0, 1) + dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** The column as the page shows it, for the AG Grid page's column definitions. */
export type GridColumn = Pick<ColumnInfo, 'id' | 'name' | 'type' | 'options' | 'width'>;

export interface GridFixture {
  planId: string;
  title: string;
  organisation: string;
  createdAt: number;
  /** `Y.encodeStateAsUpdate` of the whole plan: what y-indexeddb would hold after compaction. */
  update: Uint8Array;
  columns: GridColumn[];
  /** The Plan sheet's rows in order, values keyed by column id (empty cells left out). */
  rows: Record<string, CellValue>[];
  /** Milliseconds spent in createPlan + appendRowValues + encodeStateAsUpdate, in Node. */
  buildMs: number;
}

/** Builds a plan whose Plan sheet has `rowCount` rows of realistic values, with the real model. */
export function buildGridFixture(rowCount: number, seed = 1): GridFixture {
  const random = makeRandom(seed);
  const sheets = standardSheets('en').map((sheet) =>
    sheet.kind === 'plan' ? { ...sheet, columns: [...sheet.columns, ...EXTRA_COLUMNS] } : sheet,
  );
  const title = `Grid bench ${String(rowCount)} rows`;
  const organisation = 'Bench municipality';
  const spec: PlanSpec = { title, organisation, template: 'blank', locale: 'en', sheets };
  const createdAt = Date.UTC(2026, 0, 5, 9);
  let clock = createdAt;
  const model = new PlanModel(new Y.Doc(), { actor: 'Kari Nordmann', now: () => clock });

  const started = performance.now();
  model.createPlan(spec);
  const sheet = model.sheets().find((s) => s.kind === 'plan');
  if (!sheet) throw new Error('The template has no Plan sheet.');
  const columns = model.columns(sheet.id);
  if (columns.length !== 12) throw new Error(`Expected 12 columns, got ${String(columns.length)}.`);
  const byName = (name: string): ColumnInfo => {
    const column = columns.find((c) => c.name === name);
    if (!column) throw new Error(`No column "${name}".`);
    return column;
  };
  const optionIds = (name: string) => byName(name).options.map((o) => o.id);
  const statusIds = optionIds('Status');
  const priorityIds = optionIds('Priority');

  const rows: Record<string, CellValue>[] = [];
  for (let i = 0; i < rowCount; i++) {
    const start = Math.floor(random.next() * 700);
    const row: Record<string, CellValue> = {
      [byName('Activity').id]: `${random.pick(ACTIVITIES)} #${String(i + 1)}`,
      [byName('Phase').id]: random.pick(PHASES),
      [byName('Step').id]: random.pick(STEPS),
      [byName('Responsible').id]: random.pick(PEOPLE),
      [byName('Start').id]: isoDay(start),
      [byName('Due').id]: isoDay(start + 7 + Math.floor(random.next() * 90)),
      [byName('Status').id]: random.pick(statusIds),
      [byName('Progress').id]: Math.floor(random.next() * 21) * 5,
      [byName('Hours').id]: Math.round(random.next() * 400) / 4,
      [byName('Priority').id]: random.pick(priorityIds),
      [byName('Reviewed').id]: random.next() < 0.4,
    };
    // Notes on about a third of the rows (long text is a Y.Text in the document).
    if (random.next() < 0.3) row[byName('Notes').id] = random.pick(NOTES);
    rows.push(row);
  }
  clock += 60_000;
  model.appendRowValues(sheet.id, rows);
  const update = Y.encodeStateAsUpdate(model.doc);
  const buildMs = performance.now() - started;
  if (model.rowIds(sheet.id).length !== rowCount) throw new Error('Rows went missing.');
  model.destroy();
  return {
    planId: newId(16),
    title,
    organisation,
    createdAt,
    update,
    columns: columns.map(({ id, name, type, options, width }) => ({
      id,
      name,
      type,
      options,
      width,
    })),
    rows,
    buildMs,
  };
}
