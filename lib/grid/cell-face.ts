import type { Locale } from '../i18n/locales';
import { isoWeek } from '../i18n/format';
import type { CellRead, ColumnInfo } from '../model/schema';
import { formatCellText } from './cell-input';

/** A figure the plan computes for an empty cell (an indicator's count): shown muted, never stored. */
export interface ComputedCell {
  text: string;
  /** Where the figure comes from, in words. */
  title: string;
}

/**
 * What a cell shows when it is not being edited, as data: the grid draws it onto nodes it
 * keeps per cell, so a recycled row changes texts and attributes, not elements. Words that
 * depend on the language (yes/no, the week's label) are left to the one who draws it.
 */
export type CellFace =
  /** A value as text; `invalid`: the text is what was typed, and does not fit the column. */
  | { kind: 'text'; text: string; invalid: boolean }
  | { kind: 'computed'; text: string; title: string }
  | { kind: 'pill'; label: string; color: string }
  | { kind: 'check'; on: boolean }
  | { kind: 'progress'; percent: number; text: string }
  | { kind: 'date'; text: string; week: number; overdue: boolean };

/** How a cell of `column` holding `read` shows: a computed figure only where the cell is empty. */
export function cellFaceOf(
  read: CellRead,
  column: ColumnInfo,
  locale: Locale,
  overdue: boolean,
  computed?: ComputedCell,
): CellFace {
  if (computed && read.state === 'empty') return { kind: 'computed', ...computed };
  if (read.state === 'ok') {
    switch (column.type) {
      case 'choice': {
        const option = column.options.find((o) => o.id === read.value);
        if (option) return { kind: 'pill', label: option.label, color: option.color };
        break;
      }
      case 'checkbox':
        return { kind: 'check', on: read.value === true };
      case 'progress':
        return {
          kind: 'progress',
          percent: Number(read.value),
          text: formatCellText(read, column, locale),
        };
      case 'date':
        return {
          kind: 'date',
          text: formatCellText(read, column, locale),
          week: isoWeek(String(read.value)),
          overdue,
        };
      default:
        break;
    }
  } else if (read.state === 'empty' && column.type === 'checkbox') {
    return { kind: 'check', on: false };
  }
  return {
    kind: 'text',
    text: formatCellText(read, column, locale),
    invalid: read.state === 'invalid',
  };
}
