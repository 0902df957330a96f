// Markdown tables and the number formats the bench prints.

/** A Markdown table; columns after the first are right-aligned, as they hold figures. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length), 3),
  );
  const cell = (text: string, i: number): string =>
    i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0);
  const line = (cells: readonly string[]): string =>
    `| ${headers.map((_, i) => cell(cells[i] ?? '', i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An integer with thousands separators: 1,234,567. */
export function int(n: number): string {
  return grouped.format(n);
}

export function fixed(n: number, digits = 1): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function ms(n: number): string {
  return n < 10 ? fixed(n, 2) : n < 100 ? fixed(n, 1) : int(n);
}

export function mebibytes(bytes: number | null): string {
  return bytes === null ? 'n/a (no gc)' : fixed(bytes / 1_048_576, 1);
}

export function ratio(n: number): string {
  return `${fixed(n, 2)}×`;
}
