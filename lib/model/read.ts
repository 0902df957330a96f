import * as Y from 'yjs';
import { COLUMN_TYPES, DEFAULT_COLUMN_WIDTH, SHEET_KINDS } from './schema';
import type {
  ChoiceOption,
  ColumnInfo,
  ColumnType,
  NumberRange,
  PlanMeta,
  RowInfo,
  SheetInfo,
  SheetKind,
} from './schema';

// Safe readers over the shared structure. Anything may arrive from a peer or a file, so each
// reader checks the type of what it finds and falls back instead of throwing.

export function str(map: Y.Map<unknown>, key: string, fallback = ''): string {
  const v = map.get(key);
  return typeof v === 'string' ? v : fallback;
}

export function numOrNull(map: Y.Map<unknown>, key: string): number | null {
  const v = map.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function strOrNull(map: Y.Map<unknown>, key: string): string | null {
  const v = map.get(key);
  return typeof v === 'string' ? v : null;
}

export function childMap(map: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const v = map.get(key);
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : undefined;
}

function isColumnType(v: unknown): v is ColumnType {
  return typeof v === 'string' && (COLUMN_TYPES as readonly string[]).includes(v);
}

function isSheetKind(v: unknown): v is SheetKind {
  return typeof v === 'string' && (SHEET_KINDS as readonly string[]).includes(v);
}

function readOptions(v: unknown): ChoiceOption[] {
  if (!Array.isArray(v)) return [];
  const options: ChoiceOption[] = [];
  for (const o of v as unknown[]) {
    if (typeof o !== 'object' || o === null) continue;
    const { id, label, color } = o as Record<string, unknown>;
    if (typeof id !== 'string' || typeof label !== 'string') continue;
    options.push({ id, label, color: typeof color === 'string' ? color : '#888888' });
  }
  return options;
}

function readRange(v: unknown): NumberRange | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { min, max, whole } = v as Record<string, unknown>;
  const bound = (b: unknown) => (typeof b === 'number' && Number.isFinite(b) ? b : null);
  const range = { min: bound(min), max: bound(max), whole: whole === true };
  // A range nothing fits (a peer's garbage) would lock the column: read it as no range.
  if (range.min !== null && range.max !== null && range.min > range.max) return undefined;
  return range;
}

export function readMeta(meta: Y.Map<unknown>): PlanMeta {
  return {
    schemaVersion: numOrNull(meta, 'schemaVersion'),
    title: str(meta, 'title'),
    organisation: str(meta, 'organisation'),
    template: str(meta, 'template', 'blank'),
    locale: str(meta, 'locale', 'en'),
    createdAt: numOrNull(meta, 'createdAt'),
  };
}

export function readSheet(id: string, sheet: Y.Map<unknown>): SheetInfo {
  const kind = sheet.get('kind');
  return {
    id,
    name: str(sheet, 'name'),
    kind: isSheetKind(kind) ? kind : 'custom',
    order: str(sheet, 'order'),
    deletedAt: numOrNull(sheet, 'deletedAt'),
  };
}

export function readColumn(id: string, column: Y.Map<unknown>): ColumnInfo {
  const type = column.get('type');
  const width = numOrNull(column, 'width');
  return {
    id,
    name: str(column, 'name'),
    // An unknown type (a newer peer's, or garbage) shows as text: the raw value stays visible.
    type: isColumnType(type) ? type : 'text',
    options: readOptions(column.get('options')),
    width: width !== null && width > 0 ? width : DEFAULT_COLUMN_WIDTH,
    hidden: column.get('hidden') === true,
    order: str(column, 'order'),
    ...(type === 'number' ? rangeOf(column.get('range')) : {}),
  };
}

function rangeOf(v: unknown): { range?: NumberRange } {
  const range = readRange(v);
  return range ? { range } : {};
}

/**
 * Who made a row and when: one `created` stamp `{ by, at }` (one record per row, which an
 * import of thousands of rows pays for), or the two fields rows made before it carry.
 */
function creation(row: Y.Map<unknown>): { by: string | null; at: number | null } {
  return row.has('created')
    ? readStamp(row.get('created'))
    : { by: strOrNull(row, 'createdBy'), at: numOrNull(row, 'createdAt') };
}

export function readRow(id: string, row: Y.Map<unknown>): RowInfo {
  const created = creation(row);
  // A row never edited since it was made was last edited then.
  const edited = row.has('edited') ? readStamp(row.get('edited')) : created;
  return {
    id,
    order: str(row, 'order'),
    createdBy: created.by,
    createdAt: created.at,
    editedBy: edited.by,
    editedAt: edited.at,
    deletedAt: numOrNull(row, 'deletedAt'),
    deletedBy: strOrNull(row, 'deletedBy'),
    meeting: strOrNull(row, 'meeting'),
  };
}

/** Entries of a map whose values are maps; anything else a peer put there is skipped. */
export function mapEntries(map: Y.Map<unknown> | undefined): [string, Y.Map<unknown>][] {
  const out: [string, Y.Map<unknown>][] = [];
  if (!map) return out;
  map.forEach((value, key) => {
    if (value instanceof Y.Map) out.push([key, value as Y.Map<unknown>]);
  });
  return out;
}

/** The plain value behind a stored cell: a shared text becomes its string. */
export function plainCell(value: unknown): unknown {
  return value instanceof Y.Text ? value.toString() : value;
}

/** Who and when, from a row's `edited` or `created` stamp `{ by, at }`. */
export function readStamp(v: unknown): { by: string | null; at: number | null } {
  if (typeof v !== 'object' || v === null) return { by: null, at: null };
  const { by, at } = v as Record<string, unknown>;
  return {
    by: typeof by === 'string' ? by : null,
    at: typeof at === 'number' && Number.isFinite(at) ? at : null,
  };
}
