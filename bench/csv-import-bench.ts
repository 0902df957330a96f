import Papa from 'papaparse';
import * as Y from 'yjs';
import { applyImport, initialSettings, sheetSnapshot } from '../lib/csv/import';
import { prepareImport } from '../lib/csv/prepare';
import { readCsvBytes, type CsvTable } from '../lib/csv/read';
import { PlanModel } from '../lib/model/plan-model';
import { toCsv } from './csv';
import { FakeClock } from './fake-clock';
import { median, medianMs, settle } from './measure';
import { modelOptions } from './plan-builder';
import { fixtureRows, PLAN_COLUMNS, PLAN_SPEC } from './plan-fixture';
import { fixed, int, markdownTable, ms } from './table';

const RUNS = 5;

function timedRuns(run: () => void): number {
  run();
  return medianMs(run, RUNS);
}

function emptyPlan(): { model: PlanModel; sheetId: string } {
  const model = new PlanModel(new Y.Doc(), modelOptions('Kari', new FakeClock()));
  model.createPlan(PLAN_SPEC);
  const sheetId = model.sheets()[0]?.id;
  if (!sheetId) throw new Error('The bench plan has no sheet; check PLAN_SPEC.');
  return { model, sheetId };
}

/**
 * Import of `rows` × 12 columns from a Nordic Excel CSV (UTF-8 with BOM, `;`, dd.mm.yyyy,
 * decimal comma) into an empty Plan sheet: read, mapping and validation, apply — beside
 * papaparse's bare parse of the same text and a bare Yjs build of the same rows.
 */
export function csvImportBench(rows: number): { table: string; notes: string[] } {
  const fixture = fixtureRows(rows);
  const text = toCsv(PLAN_COLUMNS, fixture);
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.byteLength + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);

  let table: CsvTable | null = null;
  const parse = timedRuns(() => {
    const result = readCsvBytes(bytes);
    if (!result.ok) throw new Error(`The bench CSV did not read: ${result.problem}`);
    table = result.table;
  });
  const read = table as CsvTable | null;
  if (!read) throw new Error('The bench CSV did not read.');

  const target = emptyPlan();
  let problems = 0;
  const validate = timedRuns(() => {
    const columns = target.model.columns(target.sheetId);
    const settings = initialSettings(read, true, columns, (l) => l);
    const prepared = prepareImport(read, settings, sheetSnapshot(target.model, target.sheetId));
    problems = prepared.problems.length;
    prepared.plan('skip');
  });

  // Apply needs an empty sheet each time: the plan is prepared outside the timing.
  const applyTimes: number[] = [];
  let added = 0;
  for (let i = 0; i <= RUNS; i++) {
    const fresh = emptyPlan();
    const settings = initialSettings(read, true, fresh.model.columns(fresh.sheetId), (l) => l);
    const plan = prepareImport(read, settings, sheetSnapshot(fresh.model, fresh.sheetId)).plan(
      'skip',
    );
    settle();
    const start = performance.now();
    applyImport(fresh.model, fresh.sheetId, plan);
    if (i > 0) applyTimes.push(performance.now() - start);
    added = fresh.model.rowIds(fresh.sheetId).length;
  }
  const apply = median(applyTimes);

  const bareParse = timedRuns(() => {
    Papa.parse<string[]>(text, { delimiter: ';' });
  });
  const bareBuild = timedRuns(() => {
    const doc = new Y.Doc();
    const map = doc.getMap<Y.Map<unknown>>('rows');
    doc.transact(() => {
      fixture.forEach((values, r) => {
        const row = new Y.Map<unknown>();
        values.forEach((value, c) => {
          if (value !== null) row.set(String(c), value);
        });
        map.set(String(r), row);
      });
    });
  });

  const whole = parse + validate + apply;
  const bare = bareParse + bareBuild;
  return {
    table: markdownTable(
      ['step', 'ms'],
      [
        ['read (decode, sniff, papaparse in chunks, formula restore)', ms(parse)],
        ['mapping and validation (every cell converted, problems listed)', ms(validate)],
        ['apply (PlanModel.importRows: one transaction, one undo step)', ms(apply)],
        ['**whole import**', ms(whole)],
        ['papaparse alone, same text', ms(bareParse)],
        ['bare Yjs build: plain Y.Map rows in one transaction', ms(bareBuild)],
        ['**bare parse + bare build**', ms(bare)],
        [
          `**ratio** (target ≤ 2.0×): ${whole / bare <= 2 ? 'met' : 'missed'}`,
          `${fixed(whole / bare, 2)}×`,
        ],
      ],
    ),
    notes: [
      `${int(rows)} rows × ${String(PLAN_COLUMNS.length)} columns, ${int(bytes.byteLength)} bytes ` +
        `as Nordic Excel writes them; ${int(added)} rows imported, ${int(problems)} problems.`,
      `Median of ${String(RUNS)} after one warm-up. Apply writes order keys, creator and edit ` +
        'stamps and a cells map per row, and long text as Y.Text, which the bare build does not.',
    ],
  };
}
