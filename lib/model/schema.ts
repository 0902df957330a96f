/** The column types a sheet can hold. */
export const COLUMN_TYPES = [
  'text',
  'longText',
  'number',
  'date',
  'person',
  'choice',
  'checkbox',
  'progress',
] as const;

export type ColumnType = (typeof COLUMN_TYPES)[number];

/** The sheet kinds Forankra knows; `custom` is any sheet a user adds. */
export const SHEET_KINDS = [
  'plan',
  'meetings',
  'indicators',
  'readiness',
  'people',
  'coding',
  'custom',
] as const;

export type SheetKind = (typeof SHEET_KINDS)[number];

export interface ChoiceOption {
  id: string;
  label: string;
  color: string;
}

/** The plain value a cell holds once validated against its column type. */
export type CellValue = string | number | boolean;

/** A cell as a view receives it: empty, a value of the column's type, or a flagged raw value. */
export type CellRead =
  { state: 'empty' } | { state: 'ok'; value: CellValue } | { state: 'invalid'; raw: string };

/**
 * The numbers a number column accepts: bounds (null: none) and whether only whole numbers.
 * Set by templates where an instrument fixes the range (MITI global scores 1–5).
 */
export interface NumberRange {
  min: number | null;
  max: number | null;
  whole: boolean;
}

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  options?: readonly ChoiceOption[];
  width?: number;
  range?: NumberRange;
}

export interface ColumnInfo {
  id: string;
  name: string;
  type: ColumnType;
  options: readonly ChoiceOption[];
  width: number;
  hidden: boolean;
  order: string;
  /** Only on number columns that have one; absent means any number. */
  range?: NumberRange;
}

export interface SheetInfo {
  id: string;
  name: string;
  kind: SheetKind;
  order: string;
  deletedAt: number | null;
}

export interface RowInfo {
  id: string;
  order: string;
  /** Display names and times, as the members' own settings named them when they wrote. */
  createdBy: string | null;
  createdAt: number | null;
  editedBy: string | null;
  editedAt: number | null;
  deletedAt: number | null;
  deletedBy: string | null;
  /** The Meetings row this row is an action item of, if any. */
  meeting: string | null;
}

export interface PlanMeta {
  schemaVersion: number | null;
  title: string;
  organisation: string;
  template: string;
  locale: string;
  createdAt: number | null;
}

export interface SheetSpec {
  kind: SheetKind;
  name: string;
  columns: readonly ColumnSpec[];
  rows?: readonly Readonly<Record<number, unknown>>[];
}

/** Everything needed to create a plan: its metadata and its sheets with columns and rows. */
export interface PlanSpec {
  title: string;
  organisation: string;
  template: string;
  locale: string;
  sheets: readonly SheetSpec[];
}

export const DEFAULT_COLUMN_WIDTH = 160;
