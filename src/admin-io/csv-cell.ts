/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula, so a name imported from HR data such as
 * `=HYPERLINK("http://x","y")` would run when a manager opens the report. Every cell the product writes
 * goes through csvCell, which puts a single quote in front of such a cell and leaves it otherwise as it is.
 *
 * Cells that already begin with quotes followed by one of those characters get one more quote, so that
 * the CSV import can take exactly one off again (fromCsvCell): a neutralised cell comes back as the
 * original value, and a value that really began with a quote is not mistaken for a neutralised one.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** Quotes, then a character that makes a spreadsheet read the cell as a formula. */
const FORMULA_LEAD = /^'*[=+\-@\t\r]/;
/** What csvCell wrote in front of a formula-leading value. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * One cell as the text written to the file. Numbers the product computes are written as they are: a finite
 * JavaScript number prints as an optional minus, digits, a point and an exponent (-0.5, 1e+21), which a
 * spreadsheet reads as a number, never as a formula. Anything else that is not a string is printed first and
 * then checked like a string (so -Infinity is neutralised).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = String(value);
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** A cell read by the CSV import: the value before csvCell neutralised it (other cells unchanged). */
export function fromCsvCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
