import * as Y from 'yjs';
import { MITI_COLUMN_NAMES, MITI_FIELDS, mitiRange } from '../domain/miti';
import { READINESS_SCORE_RANGE } from '../domain/readiness';
import { namesFor, normaliseName } from '../domain/sheet-source';
import { childMap, mapEntries, str } from './read';
import type { NumberRange } from './schema';

const MITI_RANGES = new Map<string, NumberRange>(
  MITI_FIELDS.map((field) => [normaliseName(MITI_COLUMN_NAMES[field]), mitiRange(field)]),
);
const READINESS_SCORE_NAMES = namesFor((w) => w.readiness.score);

/** The range a template gives a number column of this name on a sheet of this kind, if any. */
function templateRange(kind: string, name: string): NumberRange | undefined {
  const key = normaliseName(name);
  if (kind === 'coding') return MITI_RANGES.get(key);
  if (kind === 'readiness' && READINESS_SCORE_NAMES.has(key)) return READINESS_SCORE_RANGE;
  return undefined;
}

/**
 * Schema 1 → 2: plans made before number columns carried a range get the ranges their
 * templates now set (MITI global scores 1–5 and counts 0 or more on the Coding sheet, the
 * readiness score 1–6). Only number columns without a range and with the template's name are
 * touched; values already outside the range stay stored and show flagged, never deleted.
 */
export function addTemplateRanges(doc: Y.Doc): void {
  for (const [, sheet] of mapEntries(doc.getMap<unknown>('sheets'))) {
    const kind = str(sheet, 'kind');
    for (const [, column] of mapEntries(childMap(sheet, 'columns'))) {
      if (str(column, 'type') !== 'number' || column.has('range')) continue;
      const range = templateRange(kind, str(column, 'name'));
      // The same derived value on every replica, so two members migrating at once agree.
      if (range) column.set('range', { ...range });
    }
  }
}
