/**
 * The two wire formats of the portfolio export. NDJSON: one JSON object per line, exactly the
 * connection's node (nested `organization` and `team`). CSV: the same values flattened into
 * columns named by their path (`organization.slug`, `team.shortName`), quoted by the CSV writer of
 * `@immd/reports`, with the BOM spreadsheet apps need to read UTF-8.
 *
 * @packageDocumentation
 */
import { CSV_BOM, type CsvValue, renderCsvRows } from '@immd/reports/csv-rows'
import type { PortfolioRow } from './portfolio-rows.js'

/** The formats of `GET /exports/engagements.<format>`. */
export const PORTFOLIO_EXPORT_FORMATS = ['ndjson', 'csv'] as const
export type PortfolioExportFormat = (typeof PORTFOLIO_EXPORT_FORMATS)[number]

/** CSV columns, in order, and how each reads its row. */
const CSV_COLUMNS: readonly [string, (row: PortfolioRow) => CsvValue][] = [
  ['id', (row) => row.id],
  ['title', (row) => row.title],
  ['imcId', (row) => row.imcId],
  ['state', (row) => row.state],
  ['methodVersion', (row) => row.methodVersion],
  ['successThreshold', (row) => row.successThreshold],
  ['latestTotal', (row) => row.latestTotal],
  ['latestBand', (row) => row.latestBand],
  ['plannedStart', (row) => row.plannedStart],
  ['plannedEnd', (row) => row.plannedEnd],
  ['createdAt', (row) => row.createdAt],
  ['updatedAt', (row) => row.updatedAt],
  ['organization.id', (row) => row.organization.id],
  ['organization.slug', (row) => row.organization.slug],
  ['organization.name', (row) => row.organization.name],
  ['team.id', (row) => row.team?.id ?? null],
  ['team.shortName', (row) => row.team?.shortName ?? null],
  ['team.officialName', (row) => row.team?.officialName ?? null],
]

/** The header of the CSV format. */
export const PORTFOLIO_CSV_COLUMNS: readonly string[] = CSV_COLUMNS.map(([name]) => name)

/** How one format starts, writes a chunk of rows, and is labelled. */
export interface PortfolioEncoding {
  contentType: string
  fileName: string
  /** Written before the first row (also for an empty export). */
  preamble: string
  chunk(rows: readonly PortfolioRow[]): string
}

/** The encoding of a format. */
export function portfolioEncoding(format: PortfolioExportFormat): PortfolioEncoding {
  if (format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName: 'immd-portfolio.csv',
      preamble: `${CSV_BOM}${renderCsvRows([PORTFOLIO_CSV_COLUMNS])}`,
      chunk: (rows) => renderCsvRows(rows.map((row) => CSV_COLUMNS.map(([, read]) => read(row)))),
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
