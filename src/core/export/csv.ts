/**
 * CSV as French spreadsheets open it (UTF-8 with BOM, `;`, CRLF) and safe to open: a text cell
 * that a spreadsheet would run as a formula is neutralised.
 */

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (possibly negative, with a decimal point or comma) is data, not a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * One CSV cell: quoted when it holds `;`, `"` or a line break, and prefixed with `'` when it
 * starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return) and is not a plain number —
 * the neutralisation recommended by OWASP (« CSV Injection ») so that a commune or establishment
 * name such as `=HYPERLINK(…)` stays text when the export is opened.
 *
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('-12.5') // '-12.5'
 * @example csvCell('Saint-Lô; Manche') // '"Saint-Lô; Manche"'
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: BOM, rows joined by `;` and CRLF, a final CRLF.
 *
 * @example toCsv([['code', 'nom'], ['50502', 'Saint-Lô']]) // '\uFEFFcode;nom\r\n50502;Saint-Lô\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
