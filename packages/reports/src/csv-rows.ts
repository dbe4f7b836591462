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

/**
 * The rows as CSV records, each ending in CRLF (quoted where RFC 4180 requires: separators,
 * quotes, line breaks, surrounding spaces). An empty list gives an empty string.
 */
export function renderCsvRows(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return ''
  const body = Papa.unparse(
    rows.map((row) => row.map((value) => (value === null ? '' : value))),
    { newline: '\r\n' },
  )
  return `${body}\r\n`
}
