import { describe, expect, it } from 'vitest';
import {
  MITI_FIELDS,
  mitiRange,
  mitiSummary,
  type MitiEntry,
  type MitiField,
  type MitiScore,
} from '@/lib/domain/miti';

/** A full entry: every field blank, then the given values. */
function entry(values: Partial<Record<MitiField, unknown>>): MitiEntry {
  const e = {} as Record<MitiField, unknown>;
  for (const f of MITI_FIELDS) e[f] = values[f] ?? null;
  return e;
}

const GOOD_GLOBALS = { cct: 4, sst: 4, partnership: 4, empathy: 4 };

function score(values: Partial<Record<MitiField, unknown>>, key: MitiScore['key']): MitiScore {
  return mitiSummary(entry(values)).scores[key];
}

describe('MITI 4.2.1 summary scores', () => {
  it('computes Technical as the mean of CCT and SST, fair from 3 and good from 4', () => {
    expect(score({ cct: 2, sst: 3 }, 'technical')).toEqual({
      key: 'technical',
      value: 2.5,
      level: 'belowFair',
    });
    expect(score({ cct: 3, sst: 3 }, 'technical')).toMatchObject({ value: 3, level: 'fair' });
    expect(score({ cct: 4, sst: 3 }, 'technical')).toMatchObject({ value: 3.5, level: 'fair' });
    expect(score({ cct: 4, sst: 4 }, 'technical')).toMatchObject({ value: 4, level: 'good' });
    expect(score({ cct: 5, sst: 4 }, 'technical')).toMatchObject({ value: 4.5, level: 'good' });
  });

  it('computes Relational as the mean of Partnership and Empathy; exactly 3.5 is fair', () => {
    expect(score({ partnership: 3, empathy: 3 }, 'relational')).toMatchObject({
      value: 3,
      level: 'belowFair',
    });
    expect(score({ partnership: 4, empathy: 3 }, 'relational')).toMatchObject({
      value: 3.5,
      level: 'fair',
    });
    expect(score({ partnership: 3, empathy: 4 }, 'relational')).toMatchObject({
      value: 3.5,
      level: 'fair',
    });
    expect(score({ partnership: 4, empathy: 4 }, 'relational')).toMatchObject({
      value: 4,
      level: 'good',
    });
  });

  it('leaves a global summary without a value while one of its scores is blank', () => {
    expect(score({ cct: 4 }, 'technical')).toEqual({
      key: 'technical',
      value: null,
      gap: 'missing',
    });
    expect(score({ empathy: 4 }, 'relational')).toMatchObject({ value: null, gap: 'missing' });
  });

  it('computes % complex reflections as CR ÷ (SR + CR); exactly 40 % is fair, 50 % good', () => {
    const pct = (sr: number, cr: number) =>
      score({ simpleReflection: sr, complexReflection: cr }, 'complexReflections');
    expect(pct(3, 2)).toEqual({ key: 'complexReflections', value: 0.4, level: 'fair' });
    expect(pct(6, 4)).toMatchObject({ value: 0.4, level: 'fair' });
    // 39.9 %: just below.
    expect(pct(601, 399)).toMatchObject({ level: 'belowFair' });
    expect(pct(1, 1)).toMatchObject({ value: 0.5, level: 'good' });
    expect(pct(501, 499)).toMatchObject({ level: 'fair' });
    expect(pct(0, 3)).toMatchObject({ value: 1, level: 'good' });
    expect(pct(3, 0)).toMatchObject({ value: 0, level: 'belowFair' });
  });

  it('gives no % complex reflections when there are no reflections, not NaN', () => {
    expect(score({ simpleReflection: 0, complexReflection: 0 }, 'complexReflections')).toEqual({
      key: 'complexReflections',
      value: null,
      gap: 'noReflections',
    });
    // Blank counts are 0 once any count is entered.
    expect(score({ question: 5 }, 'complexReflections')).toMatchObject({ gap: 'noReflections' });
  });

  it('computes reflection-to-question as (SR + CR) ÷ Q, fair from 1 and good from 2', () => {
    const rq = (sr: number, cr: number, q: number) =>
      score({ simpleReflection: sr, complexReflection: cr, question: q }, 'reflectionToQuestion');
    expect(rq(2, 1, 4)).toEqual({ key: 'reflectionToQuestion', value: 0.75, level: 'belowFair' });
    expect(rq(2, 2, 4)).toMatchObject({ value: 1, level: 'fair' });
    expect(rq(5, 2, 4)).toMatchObject({ value: 1.75, level: 'fair' });
    expect(rq(5, 3, 4)).toMatchObject({ value: 2, level: 'good' });
    expect(rq(0, 0, 4)).toMatchObject({ value: 0, level: 'belowFair' });
    // 1 ÷ 3 and 2 ÷ 3 style quotients are marked on whole numbers, not rounded floats.
    expect(rq(1, 0, 3)).toMatchObject({ level: 'belowFair' });
    expect(rq(6, 0, 3)).toMatchObject({ value: 2, level: 'good' });
  });

  it('calls the ratio undefined when there are no questions, never Infinity or NaN', () => {
    for (const [sr, cr] of [
      [3, 2],
      [0, 0],
    ] as const) {
      const s = score(
        { simpleReflection: sr, complexReflection: cr, question: 0 },
        'reflectionToQuestion',
      );
      expect(s).toEqual({ key: 'reflectionToQuestion', value: null, gap: 'noQuestions' });
    }
    expect(score({ simpleReflection: 3 }, 'reflectionToQuestion')).toMatchObject({
      gap: 'noQuestions',
    });
  });

  it('totals MI-adherent (Seek + AF + Emphasize) and non-adherent (Confront + Persuade), unmarked', () => {
    const values = {
      seekingCollaboration: 2,
      affirm: 3,
      emphasizingAutonomy: 1,
      confront: 1,
      persuade: 2,
      persuadeWithPermission: 5,
      gi: 7,
    };
    expect(score(values, 'adherent')).toEqual({ key: 'adherent', value: 6, level: null });
    // Persuading with permission is not MI non-adherent.
    expect(score(values, 'nonAdherent')).toEqual({ key: 'nonAdherent', value: 3, level: null });
  });

  it('has no count-based score while no count at all is entered', () => {
    const { scores } = mitiSummary(entry(GOOD_GLOBALS));
    expect(scores.technical).toMatchObject({ value: 4, level: 'good' });
    for (const key of [
      'complexReflections',
      'reflectionToQuestion',
      'adherent',
      'nonAdherent',
    ] as const)
      expect(scores[key], key).toMatchObject({ value: null, gap: 'missing' });
  });

  it('refuses globals outside 1–5 or not whole, and counts below 0 or not whole', () => {
    const { scores, problems } = mitiSummary(
      entry({
        cct: 6,
        sst: 0,
        partnership: 3.5,
        empathy: '4',
        question: -1,
        simpleReflection: 2.5,
        complexReflection: Number.NaN,
        affirm: 1000,
      }),
    );
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ['cct', '6'],
      ['sst', '0'],
      ['partnership', '3.5'],
      ['empathy', '4'],
      ['question', '-1'],
      ['simpleReflection', '2.5'],
      ['complexReflection', 'NaN'],
    ]);
    expect(problems[0]?.range).toEqual({ min: 1, max: 5, whole: true });
    expect(problems[4]?.range).toEqual({ min: 0, max: null, whole: true });
    // A refused value counts as not entered; nothing is computed from it.
    expect(scores.technical).toMatchObject({ value: null, gap: 'missing' });
    expect(scores.relational).toMatchObject({ value: null, gap: 'missing' });
    expect(scores.adherent).toMatchObject({ value: 1000 });
  });

  it('accepts the edges of the ranges: globals 1 and 5, counts 0', () => {
    const { problems, scores } = mitiSummary(
      entry({ cct: 1, sst: 5, partnership: 5, empathy: 1, question: 0, confront: 0 }),
    );
    expect(problems).toEqual([]);
    expect(scores.technical).toMatchObject({ value: 3, level: 'fair' });
    expect(scores.relational).toMatchObject({ value: 3, level: 'belowFair' });
  });

  it('knows each field’s range', () => {
    expect(mitiRange('empathy')).toEqual({ min: 1, max: 5, whole: true });
    expect(mitiRange('confront')).toEqual({ min: 0, max: null, whole: true });
  });
});
