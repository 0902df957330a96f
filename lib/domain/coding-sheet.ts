import {
  MITI_COLUMN_NAMES,
  MITI_FIELDS,
  mitiSummary,
  type MitiField,
  type MitiSummary,
} from './miti';
import {
  cellDate,
  cellRaw,
  cellText,
  findColumn,
  namesFor,
  normaliseName,
  type SheetSource,
} from './sheet-source';

/** One coded conversation as the Coding sheet holds it, with its summary scores. */
export interface Coding {
  rowId: string;
  practitioner: string;
  date: string | null;
  coder: string;
  editedAt: number | null;
  /** Whether any global score or behaviour count is entered. */
  entered: boolean;
  summary: MitiSummary;
}

/** The codings of a Coding sheet, in the sheet's row order. */
export function readCodings(source: SheetSource, sheetId: string): Coding[] {
  const columns = source.columns(sheetId);
  const practitioner = findColumn(
    columns,
    namesFor((w) => w.coding.practitioner),
    ['text', 'person'],
  );
  const date = findColumn(
    columns,
    namesFor((w) => w.coding.date),
    ['date'],
  );
  const coder = findColumn(
    columns,
    namesFor((w) => w.coding.coder),
    ['person', 'text'],
    'none',
  );
  // The MITI columns are found by their abbreviations only: a number column of another
  // meaning must never be read as a score.
  const mitiColumns = MITI_FIELDS.map(
    (field) =>
      [
        field,
        columns.find((c) => normaliseName(c.name) === normaliseName(MITI_COLUMN_NAMES[field])),
      ] as const,
  );
  return source.rowIds(sheetId).map((rowId) => {
    const read = (column: (typeof columns)[number] | undefined) =>
      column ? source.cell(sheetId, rowId, column) : ({ state: 'empty' } as const);
    const entry = {} as Record<MitiField, unknown>;
    for (const [field, column] of mitiColumns) entry[field] = cellRaw(read(column));
    return {
      rowId,
      practitioner: cellText(read(practitioner)),
      date: cellDate(read(date)),
      coder: cellText(read(coder)),
      editedAt: source.row(sheetId, rowId)?.editedAt ?? null,
      entered: MITI_FIELDS.some((f) => entry[f] !== null),
      summary: mitiSummary(entry),
    };
  });
}

/**
 * The coding to show first: the one edited last (the coder is most likely entering it), among
 * those with any score; else the last row.
 */
export function latestCoding(codings: readonly Coding[]): Coding | undefined {
  let best: Coding | undefined;
  for (const c of codings) {
    if (!c.entered) continue;
    if (!best || (c.editedAt ?? 0) >= (best.editedAt ?? 0)) best = c;
  }
  return best ?? codings.at(-1);
}

/**
 * A practitioner's codings over time, oldest first: dated codings by date (same-day codings
 * in sheet order), undated ones left out since they have no place on a time axis.
 */
export function practitionerTrend(codings: readonly Coding[], practitioner: string): Coding[] {
  const who = normaliseName(practitioner);
  if (who === '') return [];
  return codings
    .filter((c) => c.date !== null && c.entered && normaliseName(c.practitioner) === who)
    .map((c, i) => ({ c, i }))
    .sort((a, b) =>
      a.c.date === b.c.date ? a.i - b.i : (a.c.date ?? '') < (b.c.date ?? '') ? -1 : 1,
    )
    .map(({ c }) => c);
}
