/** A cell as reports produce it: text, a count, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

/**
 * Spreadsheets run a cell starting with one of these as a formula ("CSV injection", OWASP): text
 * fields such as agency names come from outside systems, so they are defused.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Excel only reads a CSV as UTF-8 (Vietnamese diacritics) when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One field per RFC 4180: wrapped in quotes when it holds a comma, quote or line break, inner
 * quotes doubled. Text that would start a formula gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text. Numbers are written as they are: they are ours, never formulas.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends (RFC 4180), preceded by the UTF-8 BOM unless told not to. */
export function toCsv(rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return (options.bom === false ? '' : UTF8_BOM) + body;
}
