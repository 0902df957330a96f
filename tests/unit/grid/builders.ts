import type { CellReader } from '@/lib/grid/types';
import type { ChoiceOption, ColumnInfo, ColumnType } from '@/lib/model/schema';
import { readValue } from '@/lib/model/values';

/** A visible column of `type` whose id and name are `id`. */
export function col(
  id: string,
  type: ColumnType = 'text',
  options: readonly ChoiceOption[] = [],
): ColumnInfo {
  return { id, name: id, type, options, width: 160, hidden: false, order: id };
}

export const STATUS: ChoiceOption[] = [
  { id: 'todo', label: 'Ikke startet', color: '#6b7280' },
  { id: 'doing', label: 'Pågår', color: '#2563eb' },
  { id: 'done', label: 'Ferdig', color: '#15803d' },
];

/** A reader over plain stored values, `{ rowId: { columnId: value } }`, validated like the model. */
export function reader(cells: Record<string, Record<string, unknown>>): CellReader {
  return (rowId, column) => readValue(cells[rowId]?.[column.id], column.type, column.options);
}

/** A reader that also counts how often each cell is read. */
export function countingReader(cells: Record<string, Record<string, unknown>>): {
  read: CellReader;
  reads: Map<string, number>;
} {
  const inner = reader(cells);
  const reads = new Map<string, number>();
  return {
    read: (rowId, column) => {
      const key = `${rowId}/${column.id}`;
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return inner(rowId, column);
    },
    reads,
  };
}

/** Row ids `r0` … `r<n-1>`. */
export function rowIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `r${i}`);
}
