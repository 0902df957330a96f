import { max, median, ms, percentile } from '../grid/stats';
import { int, markdownTable } from '../table';
import type { JoinFigures } from './join-bench';
import type { SideFigures } from './latency-bench';

// The Markdown the collaboration bench prints: figures only, no verdicts.

function ratio(ours: number, bare: number): string {
  return Number.isFinite(ours) && Number.isFinite(bare) && bare > 0
    ? `${(ours / bare).toFixed(2)}×`
    : 'n/a';
}

export function latencyTable(sides: readonly SideFigures[]): string {
  const rows = sides.map((side) => [
    side.name,
    int(side.latencies.length),
    int(side.lost),
    ms(percentile(side.latencies, 50)),
    ms(percentile(side.latencies, 95)),
    ms(Math.min(...side.latencies)),
    ms(max(side.latencies)),
    `${side.skew.skew.toFixed(2)} ± ${side.skew.uncertainty.toFixed(2)} ms`,
  ]);
  const [ours, bare] = sides;
  if (ours && bare) {
    rows.push([
      'ratio Forankra / bare',
      '',
      '',
      ratio(percentile(ours.latencies, 50), percentile(bare.latencies, 50)),
      ratio(percentile(ours.latencies, 95), percentile(bare.latencies, 95)),
      '',
      '',
      '',
    ]);
  }
  return markdownTable(
    ['path', 'edits', 'lost', 'p50', 'p95', 'min', 'max', 'clock skew B−A (check)'],
    rows,
  );
}

export function joinTable(sizes: readonly JoinFigures[]): string {
  return markdownTable(
    [
      'plan',
      'runs',
      'synced',
      'full plan p50',
      'min',
      'max',
      'every run (ms)',
      'first grid: rows shown',
    ],
    sizes.map(({ rows, runs }) => {
      const full = runs.flatMap((r) => (r.full === null ? [] : [r.full]));
      return [
        `${int(rows)} rows × 12 columns`,
        int(runs.length),
        int(full.length),
        ms(median(full)),
        ms(full.length ? Math.min(...full) : Number.NaN),
        ms(max(full)),
        runs.map((r) => (r.full === null ? 'never' : r.full.toFixed(0))).join(', '),
        runs.map((r) => (r.firstGrid ? int(r.firstGrid.rows) : 'none')).join(', '),
      ];
    }),
  );
}
