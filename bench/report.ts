import os from 'node:os';
import { cellStorageBench } from './cell-storage-bench';
import { csvExportBench } from './csv-export-bench';
import { flatMap, keyValue, nestedMaps } from './cell-layouts';
import { makeEditScript } from './edit-script';
import { gcAvailable } from './measure';
import { MS_BETWEEN_EDITS, modelEditBench } from './model-edit-bench';
import { planBench } from './plan-bench';
import { int } from './table';
import { collectWarnings } from './warnings';

const EDIT_ROWS = 1_000;
const EDITS = 100_000;
// YKeyValue (y-utility) walks its whole array on every set, so 100,000 edits over a sheet of
// 12,000 cells take minutes; by default it gets the first part of the same edits, the other
// layouts get that part too, and all of them only with --full.
const KEY_VALUE_EDITS = 10_000;

export interface BenchOptions {
  /** Run YKeyValue through all 100,000 edits as well (5 to 15 minutes on a 2-core machine). */
  full: boolean;
}

function section(title: string, table: string, notes: readonly string[]): void {
  console.log(`\n## ${title}\n\n${table}\n`);
  for (const note of notes) console.log(`- ${note}`);
}

/** Runs every benchmark in turn and prints its Markdown table with what it measured. */
export function runBench({ full }: BenchOptions): void {
  const started = performance.now();
  const warnings = collectWarnings();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log('# Forankra bench\n');
  console.log(
    `node ${process.version} · ${cpu} (${os.cpus().length} cores) · ${new Date().toISOString()} · ` +
      `load average ${os.loadavg()[0]?.toFixed(2) ?? '?'} · ` +
      `gc ${gcAvailable ? 'exposed' : 'NOT available: heap figures left out'}`,
  );

  section(
    'Plan of 1,000 and 10,000 rows × 12 columns: build, size against CSV, load, heap',
    planBench([
      { rows: 1_000, build: 5, load: 7 },
      { rows: 10_000, build: 3, load: 3 },
    ]),
    [
      'Build: PlanModel.createPlan (one Plan sheet, 12 columns: text ×3, longText, person, choice, ' +
        'date ×2, number ×2, progress, checkbox) + appendRowValues of all rows in one transaction; ' +
        'median of 5 (1,000) / 3 (10,000) builds.',
      'Yjs state: Y.encodeStateAsUpdate(doc).byteLength (update format v1, as y-indexeddb stores it).',
      'CSV: the same rows as UTF-8, `;`-separated, quoted where needed, nb formats (17.03.2027, ' +
        'decimal comma, ja/nei, choice labels), with a header line.',
      'Load: Y.applyUpdate into a fresh Y.Doc + new PlanModel + rowIds of the sheet; median of ' +
        '7 / 3 after one warm-up. "Model open first": PlanModel on the empty doc, then the state ' +
        'arrives (the order when a provider fills an open doc).',
      'Heap: growth of process.memoryUsage().heapUsed (after gc) while one opened plan is held.',
    ],
  );

  section('CSV export of 10,000 rows × 12 columns', csvExportBench(10_000), [
    'The bench plan (the 12 columns above) through lib/csv/export.ts, reading every cell from ' +
      'the model as the dialog does: header, formatting per dialect, formula neutralising, ' +
      'quoting, UTF-8 encoding (with BOM for Excel). Median of 5 after every case ran twice.',
    'View: sorted by Frist, filtered to activities containing "mot" (lib/grid displayLines, ' +
      'as the grid shows it). Zip: every sheet (here the one) through fflate at level 6.',
  ]);

  const script = makeEditScript(EDITS, EDIT_ROWS);
  section(
    `Growth per cell edit through the model: ${int(EDITS)} setCell on the ${int(EDIT_ROWS)}-row plan`,
    modelEditBench(EDIT_ROWS, script),
    [
      'Edits: random cells of the text columns (Aktivitet, Enhet, Merknad) and number columns ' +
        '(Timer, Kostnad), seeded; each a new value.',
      `Fake clock: ${MS_BETWEEN_EDITS / 1000} s per edit. setCell stamps the row's edited {by, at} unless ` +
        'the same member stamped that row less than 30 s before; "row stamps written" counts ' +
        'the edits that did. Undo grouping is off (edits a second apart never group).',
      'Two members: two Y.Docs, each with its own PlanModel, every update applied to the other ' +
        'at once; edits alternate. Their time includes applying the update on the other replica.',
      '"State after" is the replica in memory: its UndoManager keeps the values its own edits ' +
        'overwrote (so that undo can restore them). "After reopen" is that state loaded into a ' +
        'fresh Y.Doc and encoded again: what a reopened plan holds.',
    ],
  );

  const prefix = script.slice(0, KEY_VALUE_EDITS);
  section(
    `Cell storage without the model: the first ${int(prefix.length)} of those edits, three layouts`,
    cellStorageBench([nestedMaps, keyValue, flatMap], EDIT_ROWS, prefix),
    [
      'The same 1,000 × 12 values (long text as a plain string) and the same edits, one member, ' +
        'one transaction per edit, no UndoManager, no row stamps: only the cell storage differs.',
      'Load: Y.applyUpdate of the final state into a fresh Y.Doc + opening the layout (for ' +
        'YKeyValue its constructor, which indexes the array) + reading one cell; median of 5.',
    ],
  );

  section(
    `Cell storage without the model: all ${int(EDITS)} edits`,
    cellStorageBench(
      full ? [nestedMaps, keyValue, flatMap] : [nestedMaps, flatMap],
      EDIT_ROWS,
      script,
    ),
    full
      ? ['All three layouts through the whole script (--full).']
      : [
          `(b) YKeyValue is left out of this table: each set walks the whole array of 12,000 ` +
            `cells, so ${int(EDITS)} edits took 5 to 15 minutes on a 2-core machine. ` +
            'Run `npm run bench -- --full` to include it.',
        ],
  );

  warnings.restore();
  const tally = warnings.tally();
  console.log('\n## Warnings printed by libraries while measuring\n');
  if (tally.size === 0) console.log('- none');
  for (const [text, count] of tally) console.log(`- ${int(count)} × ${text}`);
  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}
