/**
 * CSV records without a whole table in memory: the quoting of `renderCsv` (papaparse, RFC 4180)
 * for any slice of rows, so a streamed export writes its header once and then chunk after chunk,
 * and every chunk reads exactly like the same rows of one `renderCsv` table.
 *
 * @packageDocumentation
 */
import Papa from 'papaparse'

/** A CSV cell: null is written as an empty cell. */
export type CsvValue = string | number | boolean | null

/** The byte-order mark `renderCsv` starts with, so spreadsheet apps read the file as UTF-8. */
export const CSV_BOM = '\uFEFF'

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain number written as text (`-3`, `+1.5`): a value, not a formula, left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/

/**
 * A cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading `'` (OWASP's advice), so Excel, LibreOffice and Sheets show it as text
 * instead of running it; numbers, booleans and plain numeric text are unchanged. Every CSV the
 * platform writes goes through it (via {@link renderCsvRows}); JSON and XLSX need no such step.
 */
export function neutralizeCsvCell(value: CsvValue): string | number | boolean {
  if (value === null) return ''
  if (typeof value !== 'string') return value
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

/**
 * The rows as CSV records, each ending in CRLF (quoted where RFC 4180 requires: separators,
 * quotes, line breaks, surrounding spaces), every cell neutralized against formula injection
 * ({@link neutralizeCsvCell}). An empty list gives an empty string.
 */
export function renderCsvRows(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return ''
  const body = Papa.unparse(
    rows.map((row) => row.map(neutralizeCsvCell)),
    { newline: '\r\n' },
  )
  return `${body}\r\n`
}
