import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { generateKeyBetween } from 'fractional-indexing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanModel } from '@/lib/model/plan-model';
import { discardIdPool } from '@/lib/model/ids';
import { COLUMN_TYPES } from '@/lib/model/schema';
import type { ChoiceOption, ColumnSpec, ColumnType, SheetInfo } from '@/lib/model/schema';
import { coerceValue } from '@/lib/model/values';
import { smallSpec } from './helpers';

// A seeded convergence fuzz in the manner of Yjs's own `applyRandomTests`: several replicas,
// random commands, a network that delays, reorders, duplicates and drops (then resends) messages,
// and at the end every replica must hold the same plan with no row or edit lost.
//
// FUZZ_SEEDS=500 npx vitest run tests/unit/model/convergence.test.ts   (more seeds)
// FUZZ_SEED=1234 FUZZ_STEPS=400 npx vitest run ...                      (one seed, longer)

const REPLICAS = 4;
const STEPS = envInt('FUZZ_STEPS', 150);
const SEEDS = process.env.FUZZ_SEED
  ? [envInt('FUZZ_SEED', 1)]
  : Array.from({ length: envInt('FUZZ_SEEDS', 40) }, (_, i) => 1_000 + i * 7_919);

const NETWORK = Symbol('network');

function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes the model's ids and order-key suffixes come from `gen`, so a seed replays exactly. */
function seedRandomIds(gen: prng.PRNG) {
  // Ids come from a pool: bytes drawn before the seeding would otherwise name the first rows.
  discardIdPool();
  return vi
    .spyOn(crypto, 'getRandomValues')
    .mockImplementation(<T extends ArrayBufferView>(array: T): T => {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = prng.uint32(gen, 0, 255);
      return array;
    });
}

interface Replica {
  index: number;
  doc: Y.Doc;
  model: PlanModel;
}

/** A replica with a pinned client id, so that Yjs resolves conflicts alike on every run. */
function makeReplica(index: number, now: () => number): Replica {
  const doc = new Y.Doc();
  doc.clientID = index + 1;
  const model = new PlanModel(doc, { actor: `member-${index}`, now, undoCaptureMs: 0 });
  return { index, doc, model };
}

interface Message {
  from: number;
  update: Uint8Array;
}

/** A full mesh whose links are slow, reorder, duplicate, and lose messages that are resent later. */
class FlakyNetwork {
  private readonly inbox: Message[][];
  private readonly held: { to: number; message: Message; resendAt: number }[] = [];
  /** `early`: deliveries that arrived before an update they build on, so Yjs held them back. */
  readonly stats = { sent: 0, delivered: 0, duplicated: 0, dropped: 0, early: 0 };

  constructor(
    private readonly replicas: readonly Replica[],
    private readonly gen: prng.PRNG,
  ) {
    this.inbox = replicas.map(() => []);
    for (const replica of replicas) {
      replica.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NETWORK) return;
        for (const other of replicas) {
          if (other === replica) continue;
          this.inbox[other.index]!.push({ from: replica.index, update });
          this.stats.sent++;
        }
      });
    }
  }

  /** Resends lost messages whose time has come, then handles up to `count` random messages. */
  tick(now: number, count: number): void {
    for (let i = this.held.length - 1; i >= 0; i--) {
      const held = this.held[i]!;
      if (held.resendAt > now) continue;
      this.inbox[held.to]!.push(held.message);
      this.held.splice(i, 1);
    }
    for (let n = 0; n < count; n++) {
      const picked = this.pick();
      if (!picked) return;
      const { to, queue, at } = picked;
      const message = queue[at]!;
      const roll = this.gen.next();
      if (roll < 0.03) {
        queue.splice(at, 1);
        this.held.push({ to, message, resendAt: now + prng.int32(this.gen, 2, 20) });
        this.stats.dropped++;
      } else if (roll < 0.11) {
        // Delivered now and left in the queue, so it arrives a second time later.
        this.deliver(to, message);
        this.stats.duplicated++;
      } else {
        queue.splice(at, 1);
        this.deliver(to, message);
      }
    }
  }

  /** Resends everything lost and delivers everything outstanding, still in random order. */
  flush(): void {
    for (const held of this.held) this.inbox[held.to]!.push(held.message);
    this.held.length = 0;
    for (let picked = this.pick(); picked; picked = this.pick()) {
      const [message] = picked.queue.splice(picked.at, 1);
      this.deliver(picked.to, message!);
    }
  }

  private pick(): { to: number; queue: Message[]; at: number } | null {
    const busy = this.inbox.flatMap((queue, to) => (queue.length > 0 ? [to] : []));
    if (busy.length === 0) return null;
    const to = prng.oneOf(this.gen, busy);
    const queue = this.inbox[to]!;
    if (this.gen.next() < 0.05) return { to, queue, at: prng.int32(this.gen, 0, queue.length - 1) };
    // Mostly the oldest message from some sender: links keep their own order, but messages from
    // different members interleave freely.
    const heads = [...new Set(queue.map((m) => m.from))].map((from) =>
      queue.findIndex((m) => m.from === from),
    );
    return { to, queue, at: prng.oneOf(this.gen, heads) };
  }

  private deliver(to: number, message: Message): void {
    const doc = this.replicas[to]!.doc;
    Y.applyUpdate(doc, message.update, NETWORK);
    this.stats.delivered++;
    if (doc.store.pendingStructs) this.stats.early++;
  }
}

// ---- random input ----

const WORDS = [
  'Plan',
  'møte',
  'Øvelse',
  'Åpen',
  'kollegaveiledning',
  'MITI',
  'x',
  'Ja',
  '42',
  '7,5',
];

function words(gen: prng.PRNG, max: number): string {
  const n = prng.int32(gen, 1, max);
  return Array.from({ length: n }, () => prng.oneOf(gen, WORDS)).join(' ');
}

/** Input a member might type into a column of `type`: mostly fitting, sometimes not, sometimes blank. */
function inputFor(gen: prng.PRNG, type: ColumnType, options: readonly ChoiceOption[]): unknown {
  const roll = gen.next();
  if (roll < 0.05) return '';
  if (roll < 0.08) return '   ';
  switch (type) {
    case 'text':
    case 'person':
      return prng.oneOf(gen, [words(gen, 3), words(gen, 1), prng.word(gen, 1, 8)]);
    case 'longText':
      return prng.oneOf(gen, [words(gen, 6), `${words(gen, 3)}\n${words(gen, 3)}`]);
    case 'number':
      return prng.oneOf<unknown>(gen, [
        prng.int32(gen, -1000, 1000),
        '12,5',
        '1 234,5',
        '\u22127',
        '0.25',
        true,
        'about ten',
        '1.234,5',
      ]);
    case 'date':
      return prng.oneOf(gen, [
        `2027-0${prng.int32(gen, 1, 9)}-1${prng.int32(gen, 0, 9)}`,
        `${prng.int32(gen, 1, 28)}.${prng.int32(gen, 1, 12)}.2027`,
        '17-03-2027',
        '31.02.2027',
        '29.02.2028',
        'next Tuesday',
      ]);
    case 'choice': {
      const option = options.length > 0 ? prng.oneOf(gen, [...options]) : undefined;
      if (!option || gen.next() < 0.2) return prng.oneOf(gen, ['Maybe', 'later', 'DONE']);
      return prng.oneOf(gen, [
        option.id,
        option.label,
        option.label.toUpperCase(),
        ` ${option.label.toLowerCase()} `,
      ]);
    }
    case 'checkbox':
      return prng.oneOf<unknown>(gen, [true, false, 'ja', 'nei', 'nej', 'JA', 'x', '0', 'perhaps']);
    case 'progress':
      return prng.oneOf<unknown>(gen, [
        prng.int32(gen, 0, 100),
        '50 %',
        '99,5%',
        150,
        '-1',
        'half',
      ]);
  }
}

const CHOICE_OPTIONS: ChoiceOption[] = [
  { id: 'todo', label: 'Not started', color: '#999999' },
  { id: 'doing', label: 'Under arbeid', color: '#2563eb' },
  { id: 'done', label: 'Ferdig', color: '#16a34a' },
];

function columnSpec(gen: prng.PRNG): ColumnSpec {
  const type = prng.oneOf(gen, [...COLUMN_TYPES]);
  return {
    name: `${type} ${prng.word(gen, 1, 5)}`,
    type,
    ...(type === 'choice' ? { options: CHOICE_OPTIONS.slice(0, prng.int32(gen, 1, 3)) } : {}),
  };
}

function isOrderKey(key: string | undefined): boolean {
  if (key === undefined) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

function clamp(n: number, low: number, high: number): number {
  return Math.max(low, Math.min(n, high));
}

// ---- the fuzz ----

const COMMANDS = [
  ['setCell', 30],
  ['insertRow', 12],
  ['moveRow', 10],
  ['deleteRow', 8],
  ['restoreRow', 6],
  ['addColumn', 4],
  ['renameColumn', 3],
  ['retypeColumn', 5],
  ['moveColumn', 4],
  ['addSheet', 2],
  ['renameSheet', 3],
] as const;

type Command = (typeof COMMANDS)[number][0];
const TOTAL_WEIGHT = COMMANDS.reduce((sum, [, weight]) => sum + weight, 0);

function pickCommand(gen: prng.PRNG): Command {
  let roll = gen.next() * TOTAL_WEIGHT;
  for (const [name, weight] of COMMANDS) {
    roll -= weight;
    if (roll < 0) return name;
  }
  return 'setCell';
}

/** A cell someone wrote a value into; `cleared` once anyone empties it on purpose. */
interface WrittenCell {
  sheetId: string;
  rowId: string;
  columnId: string;
  cleared: boolean;
}

/** A row or column that did not land at the index its command asked for. */
interface Misplacement {
  seed: number;
  step: number;
  replica: number;
  command: string;
  asked: number | undefined;
  expected: number;
  got: number;
}

interface FuzzRun {
  seed: number;
  replicas: Replica[];
  network: FlakyNetwork;
  createdSheets: Set<string>;
  createdColumns: Map<string, Set<string>>;
  createdRows: Map<string, Set<string>>;
  written: Map<string, WrittenCell>;
  counts: Record<Command, number>;
  /** Local postconditions that did not hold right after a command (wrong stored value etc.). */
  broken: string[];
  misplaced: Misplacement[];
  crashed: { seed: number; step: number; replica: number; command: Command; message: string }[];
  /** What Yjs or the model wrote to `console.warn` during the run. */
  warnings: string[];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Runs `steps` random commands on replicas of one plan; delivers everything at the end. */
function runFuzz(seed: number, steps: number): FuzzRun {
  const gen = prng.create(seed);
  const ids = seedRandomIds(prng.create(seed ^ 0x5bd1e995));
  const warnings: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  try {
    return runSeeded(seed, steps, gen, warnings);
  } finally {
    ids.mockRestore();
    warn.mockRestore();
  }
}

function runSeeded(seed: number, steps: number, gen: prng.PRNG, warnings: string[]): FuzzRun {
  let clock = 1_800_000_000_000;
  const now = () => (clock += 1_000);
  const replicas = Array.from({ length: REPLICAS }, (_, i) => makeReplica(i, now));
  const creator = replicas[0]!;
  creator.model.createPlan(smallSpec);
  const initial = Y.encodeStateAsUpdate(creator.doc);
  for (const replica of replicas.slice(1)) Y.applyUpdate(replica.doc, initial, NETWORK);
  const network = new FlakyNetwork(replicas, gen);

  const run: FuzzRun = {
    seed,
    replicas,
    network,
    createdSheets: new Set(),
    createdColumns: new Map(),
    createdRows: new Map(),
    written: new Map(),
    counts: Object.fromEntries(COMMANDS.map(([name]) => [name, 0])) as Record<Command, number>,
    broken: [],
    misplaced: [],
    crashed: [],
    warnings,
  };
  for (const sheet of creator.model.sheets()) {
    run.createdSheets.add(sheet.id);
    for (const column of creator.model.columns(sheet.id))
      addTo(run.createdColumns, sheet.id, column.id);
    for (const rowId of creator.model.rowIds(sheet.id)) addTo(run.createdRows, sheet.id, rowId);
  }

  // Some seeds sync promptly, others fall far behind: the backlog is where conflicts come from.
  const pace = prng.int32(gen, 1, 5);
  for (let step = 0; step < steps; step++) {
    const replica = prng.oneOf(gen, replicas);
    for (let attempt = 0; attempt < 20; attempt++) {
      const command = pickCommand(gen);
      try {
        if (!apply(run, replica, command, step, gen)) continue;
      } catch (error) {
        // Recorded, not rethrown, so that one crash does not hide what the rest of the run shows.
        const message = error instanceof Error ? error.message : String(error);
        run.crashed.push({ seed, step, replica: replica.index, command, message });
      }
      run.counts[command]++;
      break;
    }
    network.tick(step, prng.int32(gen, 0, 2 * pace));
  }
  network.flush();
  return run;
}

/** Applies one command on `replica`, checking what must hold right after it; false if it had no target. */
function apply(
  run: FuzzRun,
  replica: Replica,
  command: Command,
  step: number,
  gen: prng.PRNG,
): boolean {
  const model = replica.model;
  const sheets = model.sheets();
  if (sheets.length === 0) return false;
  const sheet: SheetInfo = prng.oneOf(gen, sheets);
  const columns = model.columns(sheet.id);
  const visible = [...model.rowIds(sheet.id)];
  const trashed = [...model.trashedRowIds(sheet.id)];
  const where = `seed ${run.seed}, step ${step}, replica ${replica.index}, ${command}`;
  // While a replaced order key is still on its way (see 'a later update that overtakes an
  // earlier one' below) a row has no key and no place; placement is only checked without such.
  const settled =
    visible.every((id) => isOrderKey(model.row(sheet.id, id)?.order)) &&
    columns.every((c) => isOrderKey(c.order));
  const misplaced = (asked: number | undefined, expected: number, got: number) => {
    if (settled && got !== expected) {
      run.misplaced.push({
        seed: run.seed,
        step,
        replica: replica.index,
        command,
        asked,
        expected,
        got,
      });
    }
  };
  const recordWrite = (rowId: string, columnId: string) => {
    const key = `${sheet.id}/${rowId}/${columnId}`;
    const cell = run.written.get(key) ?? { sheetId: sheet.id, rowId, columnId, cleared: false };
    // Emptying a cell is an edit too, after which nothing need be there; sticky, since a clear
    // may win over any write it races with.
    if (model.rawCell(sheet.id, rowId, columnId) === undefined) cell.cleared = true;
    run.written.set(key, cell);
  };

  switch (command) {
    case 'setCell': {
      const rows = visible.length > 0 && gen.next() < 0.85 ? visible : [...visible, ...trashed];
      if (rows.length === 0 || columns.length === 0) return false;
      const rowId = prng.oneOf(gen, rows);
      const column = prng.oneOf(gen, columns);
      const inputType = gen.next() < 0.7 ? column.type : prng.oneOf(gen, [...COLUMN_TYPES]);
      const input = inputFor(gen, inputType, column.options);
      const expected = coerceValue(input, column.type, column.options);
      const result = model.setCell(sheet.id, rowId, column.id, input);
      if (result.ok !== expected.ok) {
        run.broken.push(
          `${where}: setCell(${JSON.stringify(input)}) on ${column.type} gave ${JSON.stringify(result)}`,
        );
      }
      if (result.ok && expected.ok) {
        const stored = model.rawCell(sheet.id, rowId, column.id);
        if (stored !== (expected.value ?? undefined)) {
          run.broken.push(
            `${where}: stored ${JSON.stringify(stored)}, expected ${JSON.stringify(expected.value)}`,
          );
        }
        recordWrite(rowId, column.id);
      }
      return true;
    }
    case 'insertRow': {
      const asked = gen.next() < 0.25 ? undefined : prng.int32(gen, -1, visible.length + 1);
      const values: Record<string, unknown> = {};
      const column = columns.length > 0 && gen.next() < 0.4 ? prng.oneOf(gen, columns) : undefined;
      if (column) values[column.id] = inputFor(gen, column.type, column.options);
      const id = model.insertRow(sheet.id, asked, values);
      addTo(run.createdRows, sheet.id, id);
      if (column) recordWrite(id, column.id);
      const expected = asked === undefined ? visible.length : clamp(asked, 0, visible.length);
      misplaced(asked, expected, model.rowIds(sheet.id).indexOf(id));
      return true;
    }
    case 'moveRow': {
      const fromTrash = visible.length === 0 || gen.next() < 0.1;
      const rows = fromTrash ? trashed : visible;
      if (rows.length === 0) return false;
      const rowId = prng.oneOf(gen, rows);
      const asked = prng.int32(gen, -1, visible.length + 1);
      model.moveRow(sheet.id, rowId, asked);
      if (!fromTrash) {
        misplaced(
          asked,
          clamp(asked, 0, visible.length - 1),
          model.rowIds(sheet.id).indexOf(rowId),
        );
      }
      return true;
    }
    case 'deleteRow': {
      if (visible.length === 0) return false;
      const rowId = prng.oneOf(gen, visible);
      model.deleteRow(sheet.id, rowId);
      if (
        model.rowIds(sheet.id).includes(rowId) ||
        !model.trashedRowIds(sheet.id).includes(rowId)
      ) {
        run.broken.push(`${where}: row ${rowId} did not move to the trash`);
      }
      return true;
    }
    case 'restoreRow': {
      if (trashed.length === 0) return false;
      const rowId = prng.oneOf(gen, trashed);
      model.restoreRow(sheet.id, rowId);
      if (
        !model.rowIds(sheet.id).includes(rowId) ||
        model.trashedRowIds(sheet.id).includes(rowId)
      ) {
        run.broken.push(`${where}: row ${rowId} did not come back from the trash`);
      }
      return true;
    }
    case 'addColumn': {
      const asked = gen.next() < 0.4 ? undefined : prng.int32(gen, -1, columns.length + 1);
      const id = model.addColumn(sheet.id, columnSpec(gen), asked);
      addTo(run.createdColumns, sheet.id, id);
      const expected = asked === undefined ? columns.length : clamp(asked, 0, columns.length);
      misplaced(
        asked,
        expected,
        model.columns(sheet.id).findIndex((c) => c.id === id),
      );
      return true;
    }
    case 'renameColumn': {
      if (columns.length === 0) return false;
      const column = prng.oneOf(gen, columns);
      const name = `${column.type} ${prng.word(gen, 1, 6)}`;
      model.renameColumn(sheet.id, column.id, name);
      if (model.column(sheet.id, column.id)?.name !== name)
        run.broken.push(`${where}: name not changed`);
      return true;
    }
    case 'retypeColumn': {
      if (columns.length === 0) return false;
      const column = prng.oneOf(gen, columns);
      const type = prng.oneOf(gen, [...COLUMN_TYPES]);
      model.retypeColumn(sheet.id, column.id, type);
      if (model.column(sheet.id, column.id)?.type !== type)
        run.broken.push(`${where}: type not changed`);
      return true;
    }
    case 'moveColumn': {
      if (columns.length === 0) return false;
      const column = prng.oneOf(gen, columns);
      const asked = prng.int32(gen, -1, columns.length + 1);
      model.moveColumn(sheet.id, column.id, asked);
      const got = model.columns(sheet.id).findIndex((c) => c.id === column.id);
      misplaced(asked, clamp(asked, 0, columns.length - 1), got);
      return true;
    }
    case 'addSheet': {
      const specs = Array.from({ length: prng.int32(gen, 1, 3) }, () => columnSpec(gen));
      const id = model.addSheet(`Sheet ${prng.word(gen, 1, 6)}`, 'custom', specs);
      run.createdSheets.add(id);
      for (const column of model.columns(id)) addTo(run.createdColumns, id, column.id);
      if (model.sheets().at(-1)?.id !== id) run.broken.push(`${where}: new sheet is not last`);
      return true;
    }
    case 'renameSheet': {
      const name = `Sheet ${prng.word(gen, 1, 6)}`;
      model.renameSheet(sheet.id, name);
      if (model.sheets().find((s) => s.id === sheet.id)?.name !== name) {
        run.broken.push(`${where}: sheet name not changed`);
      }
      return true;
    }
  }
}

/** What views read through the model's caches, per sheet. */
function queries(model: PlanModel) {
  const sheets = [...model.sheets(), ...model.trashedSheets()];
  return {
    sheets,
    bySheet: sheets.map((sheet) => ({
      columns: model.columns(sheet.id),
      rows: model.rowIds(sheet.id),
      trash: model.trashedRowIds(sheet.id),
    })),
  };
}

/** The same queries answered by a model that opens a copy of `doc` now, with nothing cached. */
function freshQueries(doc: Y.Doc) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const model = new PlanModel(copy, { actor: 'observer' });
  const result = queries(model);
  model.destroy();
  copy.destroy();
  return result;
}

const runs = new Map<number, FuzzRun>();

/** One run per seed, shared by the tests that look at it from different sides. */
function fuzz(seed: number): FuzzRun {
  let run = runs.get(seed);
  if (!run) {
    run = runFuzz(seed, STEPS);
    runs.set(seed, run);
  }
  return run;
}

describe(`convergence fuzz: ${REPLICAS} replicas, ${SEEDS.length} seeds × ${STEPS} commands`, () => {
  it.for(SEEDS)('brings every replica to the same plan (seed %i)', (seed) => {
    const run = fuzz(seed);
    const at = `seed ${seed}`;
    for (const { index, doc, model } of run.replicas) {
      expect(
        doc.store.pendingStructs,
        `${at}: replica ${index} holds updates it could not apply`,
      ).toBeNull();
      expect(
        doc.store.pendingDs,
        `${at}: replica ${index} holds deletes it could not apply`,
      ).toBeNull();
      expect(model.status(), `${at}: replica ${index}`).toEqual({ state: 'ready' });
    }
    const [first, ...others] = run.replicas;
    const reference = first!.model.snapshot();
    for (const replica of others) {
      expect(
        replica.model.snapshot(),
        `${at}: replica ${replica.index} differs from replica 0`,
      ).toEqual(reference);
    }
    for (const { index, doc, model } of run.replicas) {
      expect(queries(model), `${at}: replica ${index}'s cached queries are stale`).toEqual(
        freshQueries(doc),
      );
    }
    expect(run.broken, `${at}: commands that did not do what they say`).toEqual([]);
  });

  it.for(SEEDS)('keeps every sheet, column, row and written value (seed %i)', (seed) => {
    const run = fuzz(seed);
    const at = `seed ${seed}`;
    const model = run.replicas[0]!.model;
    const sheetIds = new Set(queries(model).sheets.map((s) => s.id));
    expect(
      [...run.createdSheets].filter((id) => !sheetIds.has(id)),
      `${at}: sheets lost`,
    ).toEqual([]);
    const allRowIds: string[] = [];
    for (const sheetId of sheetIds) {
      const rowIds = [...model.rowIds(sheetId), ...model.trashedRowIds(sheetId)];
      allRowIds.push(...rowIds);
      expect(rowIds.length, `${at}: a row appears twice in sheet ${sheetId}`).toBe(
        new Set(rowIds).size,
      );
      const present = new Set(rowIds);
      const lost = [...(run.createdRows.get(sheetId) ?? [])].filter((id) => !present.has(id));
      expect(lost, `${at}: rows lost from sheet ${sheetId}`).toEqual([]);
      const columnIds = new Set(model.columns(sheetId).map((c) => c.id));
      const lostColumns = [...(run.createdColumns.get(sheetId) ?? [])].filter(
        (id) => !columnIds.has(id),
      );
      expect(lostColumns, `${at}: columns lost from sheet ${sheetId}`).toEqual([]);
      for (const column of model.columns(sheetId)) {
        for (const rowId of rowIds) {
          expect(['empty', 'ok', 'invalid'], `${at}: unreadable cell`).toContain(
            model.cell(sheetId, rowId, column).state,
          );
        }
      }
    }
    expect(allRowIds.length, `${at}: a row id is used in two sheets`).toBe(new Set(allRowIds).size);

    // The trash is where a lost edit would hide: a member deletes a row while another types in it.
    // Every cell anyone wrote, and nobody emptied, must still hold a value, trashed row or not.
    const lostEdits = [...run.written.values()]
      .filter(
        (cell) =>
          !cell.cleared && model.rawCell(cell.sheetId, cell.rowId, cell.columnId) === undefined,
      )
      .map((cell) => ({
        ...cell,
        inTrash: model.trashedRowIds(cell.sheetId).includes(cell.rowId),
      }));
    expect(lostEdits, `${at}: written cells that no longer hold a value`).toEqual([]);
  });

  it('exercises every command, every network fault, and edits to rows that end in the trash', () => {
    const totals = Object.fromEntries(COMMANDS.map(([name]) => [name, 0])) as Record<
      Command,
      number
    >;
    const network = { dropped: 0, duplicated: 0, early: 0 };
    let trashedEdits = 0;
    for (const seed of SEEDS) {
      const run = fuzz(seed);
      for (const [name] of COMMANDS) totals[name] += run.counts[name];
      network.dropped += run.network.stats.dropped;
      network.duplicated += run.network.stats.duplicated;
      network.early += run.network.stats.early;
      const model = run.replicas[0]!.model;
      for (const cell of run.written.values()) {
        if (!cell.cleared && model.trashedRowIds(cell.sheetId).includes(cell.rowId)) trashedEdits++;
      }
    }
    const commands = Object.values(totals).reduce((a, b) => a + b, 0);
    expect(commands, JSON.stringify(totals)).toBe(SEEDS.length * STEPS);
    for (const [name] of COMMANDS) expect(totals[name], `${name} never ran`).toBeGreaterThan(0);
    expect(
      trashedEdits,
      'no written cell ended in the trash, so the trash check proved nothing',
    ).toBeGreaterThan(0);
    for (const [fault, count] of Object.entries(network)) {
      expect(count, `the network never showed this fault: ${fault}`).toBeGreaterThan(0);
    }
  });

  it('never throws from a command, even while updates arrive out of order', () => {
    const crashed = SEEDS.flatMap((seed) => fuzz(seed).crashed);
    expect(crashed, `commands threw in ${new Set(crashed.map((c) => c.seed)).size} seeds`).toEqual(
      [],
    );
  });

  it('places every inserted or moved row and column at the index asked for', () => {
    const misplaced = SEEDS.flatMap((seed) => fuzz(seed).misplaced);
    expect(misplaced, `misplaced in ${new Set(misplaced.map((m) => m.seed)).size} seeds`).toEqual(
      [],
    );
  });

  it('never reads a Yjs type before it is part of the document', () => {
    const warnings = SEEDS.flatMap((seed) => fuzz(seed).warnings.map((w) => `seed ${seed}: ${w}`));
    expect([...new Set(warnings)].slice(0, 5), `${warnings.length} warnings`).toEqual([]);
  });
});

// ---- focused cases ----

const ACTIVITY = 0;
const NOTES = 4;

/** Two members holding the same small plan, with pinned client ids; no network until `sync`. */
function twoMembers() {
  let clock = 1_800_000_000_000;
  const now = () => (clock += 60_000);
  const kari = makeReplica(0, now);
  const ola = makeReplica(1, now);
  kari.model.createPlan(smallSpec);
  sync(kari, ola);
  const sheetId = kari.model.sheets()[0]!.id;
  const columns = kari.model.columns(sheetId);
  return { kari: kari.model, ola: ola.model, sheetId, columns, sync: () => sync(kari, ola) };
}

/** Exchanges what each side is missing, both ways. */
function sync(a: Replica, b: Replica): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), NETWORK);
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), NETWORK);
}

describe('a row one member deletes while another edits it', () => {
  it('keeps an edit made to a row another member deletes, and restores the row with it', () => {
    const { kari, ola, sheetId, columns, sync } = twoMembers();
    const activity = columns[ACTIVITY]!;
    const row = kari.rowIds(sheetId)[0]!;
    kari.deleteRow(sheetId, row);
    expect(ola.setCell(sheetId, row, activity.id, 'Edited by Ola')).toEqual({ ok: true });
    sync();
    for (const model of [kari, ola]) {
      expect(model.rowIds(sheetId), 'the row should be out of the list').not.toContain(row);
      expect(model.trashedRowIds(sheetId), 'the row should be in the trash').toEqual([row]);
      expect(model.cell(sheetId, row, activity), 'Ola’s edit should survive').toEqual({
        state: 'ok',
        value: 'Edited by Ola',
      });
    }
    expect(kari.row(sheetId, row)?.deletedBy).toBe('member-0');
    kari.restoreRow(sheetId, row);
    sync();
    for (const model of [kari, ola]) {
      expect(model.rowIds(sheetId)[0], 'the row should be back in its place').toBe(row);
      expect(model.cell(sheetId, row, activity)).toEqual({ state: 'ok', value: 'Edited by Ola' });
    }
  });

  it('keeps typing in a note of a row another member deletes', () => {
    const { kari, ola, sheetId, columns, sync } = twoMembers();
    const notes = columns[NOTES]!;
    const row = kari.rowIds(sheetId)[1]!;
    kari.setCell(sheetId, row, notes.id, 'Agreed: ');
    sync();
    ola.setCell(sheetId, row, notes.id, 'Agreed: start in May');
    kari.deleteRow(sheetId, row);
    sync();
    for (const model of [kari, ola]) {
      expect(model.trashedRowIds(sheetId)).toEqual([row]);
      expect(model.rawCell(sheetId, row, notes.id)).toBe('Agreed: start in May');
    }
  });

  it('drops an in-flight edit together with a row purged for good, alike on both sides', () => {
    // Purging is explicit and removes the row for good; this documents what happens to an edit
    // that was in flight: it goes with the row, on both sides alike.
    const { kari, ola, sheetId, columns, sync } = twoMembers();
    const activity = columns[ACTIVITY]!;
    const row = kari.rowIds(sheetId)[0]!;
    kari.deleteRow(sheetId, row);
    kari.purgeRow(sheetId, row);
    ola.setCell(sheetId, row, activity.id, 'Too late');
    sync();
    expect(kari.row(sheetId, row)).toBeUndefined();
    expect(ola.row(sheetId, row)).toBeUndefined();
    expect(kari.snapshot()).toEqual(ola.snapshot());
  });
});

describe('members inserting and moving rows at once', () => {
  function withRows(count: number) {
    const members = twoMembers();
    const { kari, sheetId, sync } = members;
    for (let i = 0; i < count; i++) kari.insertRow(sheetId);
    sync();
    return members;
  }

  it('keeps one copy of a row two members move at once, ordered alike on both', () => {
    const { kari, ola, sheetId, sync } = withRows(4);
    const before = [...kari.rowIds(sheetId)];
    const row = before[2]!;
    kari.moveRow(sheetId, row, 0);
    ola.moveRow(sheetId, row, 5);
    sync();
    expect(kari.rowIds(sheetId)).toEqual(ola.rowIds(sheetId));
    expect(kari.rowIds(sheetId).filter((id) => id === row)).toHaveLength(1);
    expect([...kari.rowIds(sheetId)].sort()).toEqual([...before].sort());
  });

  it('loses no row when two members move different rows at once, round after round', () => {
    const { kari, ola, sheetId, sync } = withRows(6);
    const gen = prng.create(42);
    seedRandomIds(prng.create(43));
    const all = [...kari.rowIds(sheetId)].sort();
    for (let round = 0; round < 50; round++) {
      for (const model of [kari, ola]) {
        const ids = model.rowIds(sheetId);
        model.moveRow(sheetId, prng.oneOf(gen, [...ids]), prng.int32(gen, 0, ids.length));
      }
      sync();
      expect(kari.rowIds(sheetId), `round ${round}: members see different orders`).toEqual(
        ola.rowIds(sheetId),
      );
      expect([...kari.rowIds(sheetId)].sort(), `round ${round}: a row was lost or doubled`).toEqual(
        all,
      );
    }
  });

  it('places a row inserted between two rows members added at the same spot at once', () => {
    const { kari, ola, sheetId, sync } = withRows(0);
    const [first, second] = kari.rowIds(sheetId);
    const fromKari = kari.insertRow(sheetId, 1);
    const fromOla = ola.insertRow(sheetId, 1);
    sync();
    const rows = kari.rowIds(sheetId);
    expect(rows[0]).toBe(first);
    expect(rows.slice(1, 3)).toEqual(expect.arrayContaining([fromKari, fromOla]));
    expect(rows[3]).toBe(second);
    const between = kari.insertRow(sheetId, 2);
    expect(kari.rowIds(sheetId).indexOf(between), `rows: ${kari.rowIds(sheetId).join(', ')}`).toBe(
      2,
    );
  });

  it('moves a row between two rows members added at the top at once', () => {
    const { kari, ola, sheetId, sync } = withRows(0);
    const [first] = kari.rowIds(sheetId);
    kari.insertRow(sheetId, 0);
    ola.insertRow(sheetId, 0);
    sync();
    const others = kari.rowIds(sheetId).filter((id) => id !== first);
    kari.moveRow(sheetId, first!, 1);
    expect(kari.rowIds(sheetId).indexOf(first!), `others: ${others.join(', ')}`).toBe(1);
  });
});

/** Collects the updates a member's own edits produce, to deliver them by hand in any order. */
function outbox(doc: Y.Doc): Uint8Array[] {
  const sent: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== NETWORK) sent.push(update);
  });
  return sent;
}

// Yjs applies the deletions in an update at once, but holds its insertions back until the
// updates they build on have arrived. Until then a peer sees a value that was replaced as
// simply gone: a row without its order key, a note without its text.
describe('a later update that overtakes an earlier one', () => {
  it('keeps a note when another member retypes its column while the note’s latest edit is on its way', () => {
    const { kari, ola, sheetId, columns, sync } = twoMembers();
    const activity = columns[ACTIVITY]!;
    const notes = columns[NOTES]!;
    const row = kari.rowIds(sheetId)[0]!;
    kari.setCell(sheetId, row, notes.id, 'Agreed: pilot');
    sync();
    const sent = outbox(kari.doc);
    kari.setCell(sheetId, row, activity.id, 'Pilot in two teams');
    kari.setCell(sheetId, row, notes.id, 'Decided: start in May');
    Y.applyUpdate(ola.doc, sent[1]!, NETWORK);
    ola.retypeColumn(sheetId, notes.id, 'text');
    Y.applyUpdate(ola.doc, sent[0]!, NETWORK);
    sync();
    expect(kari.rawCell(sheetId, row, notes.id), 'Kari’s note should survive the retype').toBe(
      'Decided: start in May',
    );
    expect(ola.snapshot()).toEqual(kari.snapshot());
  });

  it('inserts and moves rows while a moved row’s new place is still on its way', () => {
    const { kari, ola, sheetId, sync } = twoMembers();
    const [first, second] = kari.rowIds(sheetId);
    const sent = outbox(kari.doc);
    kari.insertRow(sheetId);
    kari.moveRow(sheetId, second!, 0);
    Y.applyUpdate(ola.doc, sent[1]!, NETWORK);
    expect(ola.rowIds(sheetId), 'both rows stay listed meanwhile').toHaveLength(2);
    expect(() => ola.insertRow(sheetId, 1)).not.toThrow();
    expect(() => ola.moveRow(sheetId, first!, 1)).not.toThrow();
    Y.applyUpdate(ola.doc, sent[0]!, NETWORK);
    sync();
    expect(ola.rowIds(sheetId)).toEqual(kari.rowIds(sheetId));
    expect(kari.rowIds(sheetId)).toHaveLength(4);
  });
});

describe('rows whose order key a peer wrote wrongly', () => {
  it.for([42, 'not a key', ''])('inserts and moves rows next to a row ordered %j', (order) => {
    const { kari, sheetId } = twoMembers();
    const [first, second] = kari.rowIds(sheetId);
    const rows = (kari.doc.getMap<unknown>('sheets').get(sheetId) as Y.Map<unknown>).get(
      'rows',
    ) as Y.Map<Y.Map<unknown>>;
    kari.doc.transact(() => rows.get(first!)!.set('order', order), NETWORK);
    expect(kari.rowIds(sheetId), 'the row stays listed').toHaveLength(2);
    expect(() => kari.insertRow(sheetId, 1)).not.toThrow();
    expect(() => kari.moveRow(sheetId, second!, 0)).not.toThrow();
    expect(kari.rowIds(sheetId)).toHaveLength(3);
  });
});

describe('retyping a column', () => {
  it('keeps a blank text value when its column is retyped to number and back', () => {
    const { kari, sheetId, columns } = twoMembers();
    const activity = columns[ACTIVITY]!;
    const row = kari.rowIds(sheetId)[0]!;
    expect(kari.setCell(sheetId, row, activity.id, '   ')).toEqual({ ok: true });
    kari.retypeColumn(sheetId, activity.id, 'number');
    kari.retypeColumn(sheetId, activity.id, 'text');
    expect(kari.rawCell(sheetId, row, activity.id)).toBe('   ');
  });
});
