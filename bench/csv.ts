import type { CellValue, ColumnSpec } from '../lib/model/schema';
import type { FixtureRow } from './plan-fixture';

// The same rows as a spreadsheet would export them for a Norwegian locale: `;` between fields,
// decimal comma, dd.mm.yyyy dates, choice labels, ja/nei. Only its size is compared.

function formatValue(value: CellValue | null, column: ColumnSpec): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (column.type === 'date') {
    const [year, month, day] = value.split('-');
    return `${day}.${month}.${year}`;
  }
  if (column.type === 'choice') {
    return column.options?.find((o) => o.id === value)?.label ?? value;
  }
  return value;
}

function quote(field: string): string {
  return /[";\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The rows as a `;`-separated CSV text with a header line. */
export function toCsv(columns: readonly ColumnSpec[], rows: readonly FixtureRow[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(';')];
  for (const row of rows) {
    lines.push(columns.map((column, i) => quote(formatValue(row[i] ?? null, column))).join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}

/** The length of a text in UTF-8 bytes. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
