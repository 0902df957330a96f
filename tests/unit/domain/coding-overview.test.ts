import { describe, expect, it } from 'vitest';
import { codingOverview } from '@/lib/domain/coding-overview';
import type { Coding } from '@/lib/domain/coding-sheet';
import { mitiSummary, MITI_FIELDS, type MitiField } from '@/lib/domain/miti';

function coding(practitioner: string, values: Partial<Record<MitiField, number>>): Coding {
  const entry = Object.fromEntries(MITI_FIELDS.map((f) => [f, values[f] ?? null])) as Record<
    MitiField,
    unknown
  >;
  return {
    rowId: practitioner,
    practitioner,
    date: practitioner === '' ? null : '2027-03-01',
    coder: '',
    editedAt: null,
    entered: Object.keys(values).length > 0,
    summary: mitiSummary(entry),
  };
}

describe('codingOverview', () => {
  it('counts planned and coded rows and spreads each marked score over its levels', () => {
    const overview = codingOverview([
      // Technical 3.5 (fair, exactly), 40 % complex (fair, exactly), R:Q 1 (fair).
      coding('A', { cct: 4, sst: 3, simpleReflection: 3, complexReflection: 2, question: 5 }),
      // Technical 4 (good), zero questions: no ratio for it.
      coding('B', { cct: 4, sst: 4, simpleReflection: 1, complexReflection: 1 }),
      // Technical 2.5 (below fair).
      coding('C', { cct: 2, sst: 3 }),
      coding('D', {}),
      coding('', {}),
    ]);
    expect(overview.planned).toBe(4);
    expect(overview.coded).toBe(3);
    const spread = (key: string) => overview.spreads.find((s) => s.key === key);
    expect(spread('technical')).toEqual({
      key: 'technical',
      levels: { belowFair: 1, fair: 1, good: 1 },
      scored: 3,
      mean: (3.5 + 4 + 2.5) / 3,
    });
    expect(spread('complexReflections')).toMatchObject({
      levels: { belowFair: 0, fair: 1, good: 1 },
      scored: 2,
    });
    expect(spread('reflectionToQuestion')).toMatchObject({
      levels: { belowFair: 0, fair: 1, good: 0 },
      scored: 1,
      mean: 1,
    });
    expect(spread('relational')).toMatchObject({ scored: 0, mean: null });
  });

  it('has nothing to spread without codings', () => {
    expect(codingOverview([])).toMatchObject({ planned: 0, coded: 0 });
    expect(codingOverview([]).spreads.every((s) => s.mean === null)).toBe(true);
  });
});
