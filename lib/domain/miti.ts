import type { NumberRange } from '../model/schema';
import { fitsRange } from '../model/values';

// MITI 4.2.1 (Moyers, Manuel & Ernst 2014, rev. 2015): the four global scores a coder gives a
// whole conversation, the ten behaviours a coder tallies, and the summary scores computed from
// them with the manual's fair and good thresholds.

/** The global scores, each a whole number 1–5 for the whole conversation. */
export const MITI_GLOBALS = ['cct', 'sst', 'partnership', 'empathy'] as const;

/** The behaviour counts, each a whole number of utterances, 0 or more. */
export const MITI_COUNTS = [
  'gi',
  'persuade',
  'persuadeWithPermission',
  'question',
  'simpleReflection',
  'complexReflection',
  'affirm',
  'seekingCollaboration',
  'emphasizingAutonomy',
  'confront',
] as const;

export type MitiGlobal = (typeof MITI_GLOBALS)[number];
export type MitiCount = (typeof MITI_COUNTS)[number];
export type MitiField = MitiGlobal | MitiCount;

export const MITI_FIELDS: readonly MitiField[] = [...MITI_GLOBALS, ...MITI_COUNTS];

/** The instrument's range for a global score. */
export const GLOBAL_RANGE: NumberRange = { min: 1, max: 5, whole: true };
/** The instrument's range for a behaviour count: no upper bound, a long conversation has many. */
export const COUNT_RANGE: NumberRange = { min: 0, max: null, whole: true };

/** The range the instrument allows for a field. */
export function mitiRange(field: MitiField): NumberRange {
  return (MITI_GLOBALS as readonly string[]).includes(field) ? GLOBAL_RANGE : COUNT_RANGE;
}

/**
 * The Coding sheet's column name for each field: the manual's English abbreviations in every
 * language, since coders are trained on the manual and read them as terms.
 */
export const MITI_COLUMN_NAMES: Record<MitiField, string> = {
  cct: 'CCT',
  sst: 'SST',
  partnership: 'Partnership',
  empathy: 'Empathy',
  gi: 'GI',
  persuade: 'Persuade',
  persuadeWithPermission: 'Persuade w/ permission',
  question: 'Q',
  simpleReflection: 'SR',
  complexReflection: 'CR',
  affirm: 'AF',
  seekingCollaboration: 'Seek',
  emphasizingAutonomy: 'Emphasize',
  confront: 'Confront',
};

/** What a coder entered for one conversation: a value per field, or null where nothing is. */
export type MitiEntry = Record<MitiField, unknown>;

/** A value the instrument does not allow: which field, what was there, and the allowed range. */
export interface MitiProblem {
  field: MitiField;
  value: string;
  range: NumberRange;
}

export type MitiLevel = 'belowFair' | 'fair' | 'good';

export const MITI_SUMMARIES = [
  'technical',
  'relational',
  'complexReflections',
  'reflectionToQuestion',
  'adherent',
  'nonAdherent',
] as const;

export type MitiSummaryKey = (typeof MITI_SUMMARIES)[number];

/** Why a summary score has no value: a field it needs is empty, or its denominator is zero. */
export type MitiGap = 'missing' | 'noReflections' | 'noQuestions';

/** One summary score: its value and mark, or the reason there is none. */
export type MitiScore =
  | { key: MitiSummaryKey; value: number; level: MitiLevel | null }
  | { key: MitiSummaryKey; value: null; gap: MitiGap };

/** The fair and good thresholds of the scores the manual gives thresholds for. */
export const MITI_THRESHOLDS: Partial<Record<MitiSummaryKey, { fair: number; good: number }>> = {
  technical: { fair: 3, good: 4 },
  relational: { fair: 3.5, good: 4 },
  complexReflections: { fair: 0.4, good: 0.5 },
  reflectionToQuestion: { fair: 1, good: 2 },
};

/** The summary scores coders agree on least (the manual's reliability figures): shown with a caveat. */
export const LOW_AGREEMENT: readonly (MitiSummaryKey | MitiField)[] = [
  'complexReflections',
  'emphasizingAutonomy',
];

/** A coded conversation's summary scores, and the values that were refused. */
export interface MitiSummary {
  scores: Record<MitiSummaryKey, MitiScore>;
  problems: MitiProblem[];
}

function readField(raw: unknown, range: NumberRange): number | null | 'bad' {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw !== 'number') return 'bad';
  return fitsRange(raw, range) ? raw : 'bad';
}

function shown(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return JSON.stringify(raw) ?? '';
}

// Levels are decided on whole numbers, never on a rounded quotient: 2 complex of 5 reflections
// is exactly 40 %, and 3.5 is exactly fair, whatever floating point would make of them.
function level(aboveGood: boolean, aboveFair: boolean): MitiLevel {
  return aboveGood ? 'good' : aboveFair ? 'fair' : 'belowFair';
}

/**
 * The MITI 4.2.1 summary scores of one coded conversation, each with its mark against the
 * manual's thresholds. Values outside the instrument's ranges are refused (listed in
 * `problems`, and count as not entered). Blank counts are read as 0 once any count is entered,
 * as coding forms leave zero tallies blank; blank globals leave their score without a value.
 */
export function mitiSummary(entry: MitiEntry): MitiSummary {
  const problems: MitiProblem[] = [];
  const values = {} as Record<MitiField, number | null>;
  for (const field of MITI_FIELDS) {
    const range = mitiRange(field);
    const read = readField(entry[field], range);
    if (read === 'bad') problems.push({ field, value: shown(entry[field]), range });
    values[field] = read === 'bad' ? null : read;
  }
  const anyCount = MITI_COUNTS.some((f) => values[f] !== null);
  const count = (f: MitiCount): number | null => values[f] ?? (anyCount ? 0 : null);

  const missing = (key: MitiSummaryKey): MitiScore => ({ key, value: null, gap: 'missing' });
  const scores = {} as Record<MitiSummaryKey, MitiScore>;

  const { cct, sst, partnership, empathy } = values;
  scores.technical =
    cct === null || sst === null
      ? missing('technical')
      : {
          key: 'technical',
          value: (cct + sst) / 2,
          level: level(cct + sst >= 8, cct + sst >= 6),
        };
  scores.relational =
    partnership === null || empathy === null
      ? missing('relational')
      : {
          key: 'relational',
          value: (partnership + empathy) / 2,
          level: level(partnership + empathy >= 8, partnership + empathy >= 7),
        };

  const sr = count('simpleReflection');
  const cr = count('complexReflection');
  const q = count('question');
  if (sr === null || cr === null) scores.complexReflections = missing('complexReflections');
  else if (sr + cr === 0)
    scores.complexReflections = { key: 'complexReflections', value: null, gap: 'noReflections' };
  else
    scores.complexReflections = {
      key: 'complexReflections',
      value: cr / (sr + cr),
      // ≥ 50 %: 2·CR ≥ SR+CR; ≥ 40 %: 5·CR ≥ 2·(SR+CR).
      level: level(2 * cr >= sr + cr, 5 * cr >= 2 * (sr + cr)),
    };
  if (sr === null || cr === null || q === null)
    scores.reflectionToQuestion = missing('reflectionToQuestion');
  else if (q === 0)
    scores.reflectionToQuestion = { key: 'reflectionToQuestion', value: null, gap: 'noQuestions' };
  else
    scores.reflectionToQuestion = {
      key: 'reflectionToQuestion',
      value: (sr + cr) / q,
      level: level(sr + cr >= 2 * q, sr + cr >= q),
    };

  const sum = (fields: readonly MitiCount[]): number | null => {
    const parts = fields.map(count);
    return parts.some((p) => p === null) ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  };
  // The manual sets no thresholds for these two: they are reported, not marked.
  const adherent = sum(['seekingCollaboration', 'affirm', 'emphasizingAutonomy']);
  scores.adherent =
    adherent === null ? missing('adherent') : { key: 'adherent', value: adherent, level: null };
  const nonAdherent = sum(['confront', 'persuade']);
  scores.nonAdherent =
    nonAdherent === null
      ? missing('nonAdherent')
      : { key: 'nonAdherent', value: nonAdherent, level: null };

  return { scores, problems };
}
