/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 * tab or CR as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`). Every export writes such a
 * text cell with a leading `'`, which spreadsheets show as text and hide. Numbers are left
 * alone: a number (or a text that is exactly a number, such as `-0.25`) stays a number. A text
 * that already starts with `'` gets one more, so reading back (`restoreCsvCell`) is exact.
 */

const FORMULA_START = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The text as it is safe to write in a CSV cell. */
export function neutralizeCsvCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? "'" + text : text;
}

/** The original text of a cell written by neutralizeCsvCell (an import of our own export). */
export function restoreCsvCell(text: string): string {
  return text.startsWith("'") && text.length > 1 && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** csv-stringify's `cast` option applying the rule to every text cell (numbers stay numbers). */
export const SAFE_CSV_CAST = { string: (value: string): string => neutralizeCsvCell(value) };
