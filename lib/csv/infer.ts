import type { ColumnType } from '../model/schema';
import { parseDate, parseNumber } from '../model/values';

/** The types the importer proposes for a new column; the user may pick any other. */
export type InferredType = Extract<ColumnType, 'text' | 'longText' | 'number' | 'date' | 'choice'>;

const MAX_CHOICES = 12;
const MAX_CHOICE_LENGTH = 40;
const MIN_FILLED_FOR_CHOICE = 5;
const LONG_TEXT = 200;

/**
 * Proposes a column type for a file column's values: date when every filled-in value is one
 * (`dd.mm.yyyy`, `d.m.yyyy`, `dd-mm-yyyy`, `yyyy-mm-dd`), number (decimal comma or point),
 * choice when a few short values repeat, long text for line breaks or paragraphs, else text.
 */
export function inferColumnType(values: Iterable<string>): InferredType {
  let filled = 0;
  let dates = true;
  let numbers = true;
  let long = false;
  const distinct = new Set<string>();
  let choiceLike = true;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    filled++;
    if (dates && parseDate(value) === null) dates = false;
    if (numbers && parseNumber(value) === null) numbers = false;
    if (value.includes('\n') || value.length > LONG_TEXT) long = true;
    if (choiceLike) {
      distinct.add(value.toLowerCase());
      if (value.length > MAX_CHOICE_LENGTH || distinct.size > MAX_CHOICES) choiceLike = false;
    }
  }
  if (filled === 0) return 'text';
  if (dates) return 'date';
  if (numbers) return 'number';
  if (long) return 'longText';
  // A few values that repeat (each used three times on average) read as a choice.
  if (choiceLike && filled >= MIN_FILLED_FOR_CHOICE && distinct.size * 3 <= filled) return 'choice';
  return 'text';
}
