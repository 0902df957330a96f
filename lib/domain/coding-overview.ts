import type { Coding } from './coding-sheet';
import { MITI_THRESHOLDS, type MitiLevel, type MitiSummaryKey } from './miti';

/** The summary scores the manual gives thresholds for: the ones a dashboard can mark. */
export const MARKED_SCORES = [
  'technical',
  'relational',
  'complexReflections',
  'reflectionToQuestion',
] as const satisfies readonly (keyof typeof MITI_THRESHOLDS)[];

/** How the codings fall against one score's thresholds, and their mean. */
export interface ScoreSpread {
  key: MitiSummaryKey;
  levels: Record<MitiLevel, number>;
  /** Codings with a value for this score (a coding with no questions has no ratio). */
  scored: number;
  mean: number | null;
}

/** The Coding sheet at a glance: rows planned, conversations coded, and each marked score's spread. */
export interface CodingOverview {
  planned: number;
  coded: number;
  spreads: ScoreSpread[];
}

/**
 * The codings summed up: `planned` counts every row with a pseudonym, a date or scores (an
 * empty line is none), `coded` those with any score entered, and for each marked score how
 * many coded conversations are below fair, fair and good.
 */
export function codingOverview(codings: readonly Coding[]): CodingOverview {
  const coded = codings.filter((c) => c.entered);
  const spreads = MARKED_SCORES.map((key): ScoreSpread => {
    const levels: Record<MitiLevel, number> = { belowFair: 0, fair: 0, good: 0 };
    const values: number[] = [];
    for (const c of coded) {
      const score = c.summary.scores[key];
      if (score.value === null) continue;
      values.push(score.value);
      if (score.level) levels[score.level] += 1;
    }
    const mean = values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    return { key, levels, scored: values.length, mean };
  });
  return {
    planned: codings.filter((c) => c.entered || c.practitioner !== '' || c.date !== null).length,
    coded: coded.length,
    spreads,
  };
}
