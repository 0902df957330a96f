// A spreadsheet runs a cell as a formula when its text starts with one of these (OWASP's list
// for CSV injection): `=`, `+`, `-`, `@`, and tab or carriage return, which some spreadsheets
// skip before looking for the others.
const DANGEROUS_FIRST = /^[=+\-@\t\r]/;

// The mark put in front. An apostrophe is what OWASP recommends and what Excel itself uses to
// say "this is text"; a reader of the file sees it and understands.
const MARK = "'";

// Text that already starts with apostrophes followed by a dangerous character gets one more, so
// that `restoreFormula` can always strip exactly one: a cell whose text really is `'=x` comes
// back as `'=x`, not `=x`.
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Whether a text cell would run as a formula in a spreadsheet (its first character is `=`, `+`, `-`, `@`, tab or CR). */
export function isFormulaLike(text: string): boolean {
  return DANGEROUS_FIRST.test(text);
}

/**
 * A text cell made safe for a spreadsheet: an apostrophe in front when it would run as a
 * formula; anything else unchanged. Only for text: numbers are written as numbers, never
 * through this.
 */
export function neutraliseFormula(text: string): string {
  return DANGEROUS_FIRST.test(text) || NEUTRALISED.test(text) ? MARK + text : text;
}

/** The original text of a cell that `neutraliseFormula` wrote: one leading apostrophe taken off where it put one. */
export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(MARK.length) : text;
}
