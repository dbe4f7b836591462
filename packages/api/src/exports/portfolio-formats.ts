/**
 * The two wire formats of the portfolio export. NDJSON: one JSON object per line, the
 * connection's node (nested `organization` and `team`) with the selected fields. CSV: the same
 * values flattened into columns named by their path (`organization.slug`, `team.shortName`), in
 * the selection's order, quoted by the CSV writer of `@immd/reports`, with the BOM spreadsheet apps
 * need to read UTF-8.
 *
 * @packageDocumentation
 */
import { CSV_BOM, type CsvValue, renderCsvRows } from '@immd/reports/csv-rows'
import {
  PORTFOLIO_COLUMNS,
  type PortfolioColumn,
  type PortfolioSelection,
  selectPortfolioColumns,
} from './portfolio-fields.js'
import type { ExportedRow } from './portfolio-rows.js'

/** The formats of `GET /exports/engagements.<format>`. */
export const PORTFOLIO_EXPORT_FORMATS = ['ndjson', 'csv'] as const
export type PortfolioExportFormat = (typeof PORTFOLIO_EXPORT_FORMATS)[number]

/** The header of the CSV format without `fields`. */
export const PORTFOLIO_CSV_COLUMNS: readonly string[] = PORTFOLIO_COLUMNS

/** How a CSV column reads its value from the exported row (`team.shortName` → row.team?.shortName). */
function readColumn(column: PortfolioColumn): (row: ExportedRow) => CsvValue {
  const [head, nested] = column.split('.') as [keyof ExportedRow, string | undefined]
  if (nested === undefined) return (row) => row[head] as CsvValue
  return (row) => (row[head] as Record<string, CsvValue> | null | undefined)?.[nested] ?? null
}

/** How one format starts, writes a chunk of rows, and is labelled. */
export interface PortfolioEncoding {
  contentType: string
  fileName: string
  /** Written before the first row (also for an empty export). */
  preamble: string
  chunk(rows: readonly ExportedRow[]): string
}

/** The encoding of a format, writing the selected columns (every column by default). */
export function portfolioEncoding(
  format: PortfolioExportFormat,
  selection: PortfolioSelection = selectPortfolioColumns([]),
): PortfolioEncoding {
  if (format === 'csv') {
    const readers = selection.columns.map(readColumn)
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName: 'immd-portfolio.csv',
      preamble: `${CSV_BOM}${renderCsvRows([selection.columns])}`,
      chunk: (rows) => renderCsvRows(rows.map((row) => readers.map((read) => read(row)))),
    }
  }
  return {
    contentType: 'application/x-ndjson; charset=utf-8',
    fileName: 'immd-portfolio.ndjson',
    preamble: '',
    chunk: (rows) => {
      let text = ''
      for (const row of rows) text += `${JSON.stringify(row)}\n`
      return text
    },
  }
}
