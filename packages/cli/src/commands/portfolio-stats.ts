/**
 * `immd portfolio stats`: the portfolio statistics of the token's organizations (issue #15), as a
 * table, JSON (`--json`) or a CSV/XLSX file (`--format csv|xlsx --out <file>`, cells neutralised
 * against formula injection like every CSV export).
 *
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { buildPortfolioStatisticsTable } from '@immd/reports/portfolio-statistics-tables'
import { renderCsv, renderXlsx } from '@immd/reports/render-tables'
import type { ImmdClient } from '@immd/sdk/client'
import {
  type OrganizationalModel,
  PortfolioStatisticsDocument,
  type PortfolioStatisticsFilter,
  type PortfolioStatisticsQuery,
  type SizeBand,
} from '@immd/sdk/generated/graphql'
import { resolveOrganization } from '../connect.js'

/** Options of {@link readPortfolioStatistics}. */
export interface PortfolioStatsOptions {
  client: ImmdClient
  organization?: string | null
  model?: string[]
  country?: string[]
  constituency?: string[]
  size?: string[]
  /** ISO dates: the period the engagements were created in. */
  from?: string
  to?: string
}

/** The statistics as the API returns them. */
export type PortfolioStats = PortfolioStatisticsQuery['portfolioStatistics']

const enumOf = (value: string) => value.toUpperCase().replaceAll('-', '_')

/** Reads the statistics with the filter the options describe. */
export async function readPortfolioStatistics(
  options: PortfolioStatsOptions,
): Promise<PortfolioStats> {
  const filter: PortfolioStatisticsFilter = {}
  if (options.organization) {
    filter.organizationId = (await resolveOrganization(options.client, options.organization)).id
  }
  if (options.model?.length)
    filter.organizationalModel = options.model.map(enumOf) as OrganizationalModel[]
  if (options.country?.length) filter.country = options.country
  if (options.constituency?.length) filter.constituency = options.constituency
  if (options.size?.length) filter.sizeBand = options.size.map(enumOf) as SizeBand[]
  if (options.from) filter.createdFrom = new Date(options.from).toISOString()
  if (options.to) filter.createdTo = new Date(options.to).toISOString()
  const data = await options.client.request(PortfolioStatisticsDocument, { filter })
  return data.portfolioStatistics
}

/** Writes the statistics as CSV or XLSX; returns the file size in bytes. */
export async function writePortfolioStatistics(
  stats: PortfolioStats,
  format: 'csv' | 'xlsx',
  out: string,
): Promise<number> {
  const table = buildPortfolioStatisticsTable(stats)
  const data =
    format === 'xlsx'
      ? await renderXlsx([table], { title: 'IMMD portfolio statistics' })
      : Buffer.from(renderCsv(table), 'utf8')
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, data)
  return data.length
}

/** Prints the statistics as plain-text tables. */
export function printPortfolioStatistics(stats: PortfolioStats, write: (line: string) => void) {
  const name = (value: string) => value.toLowerCase().replaceAll('_', ' ')
  write(`Engagements: ${stats.engagements} (${stats.scored} scored)`)
  write(
    `Threshold: ${stats.meetingThreshold} meeting, ${stats.belowThreshold} below, ${stats.withoutThreshold} without a threshold`,
  )
  write(`Bands: ${stats.bands.map((b) => `${name(b.band)} ${b.count}`).join(', ')}`)
  // Never more certain than the evidence: what stands behind each band count.
  const coverage = stats.bandCoverage
  write(
    `  behind them: ${coverage.unscored} unscored (in no band), ${coverage.withExclusions} with tailoring exclusions, ${coverage.lowConfidence} low confidence (a driver on fewer than ${coverage.thinEvidenceItems} coded data items)`,
  )
  for (const b of stats.bands.filter((band) => band.withExclusions + band.lowConfidence > 0)) {
    write(
      `  ${name(b.band)}: ${b.count} of which ${b.withExclusions} with exclusions, ${b.lowConfidence} low confidence`,
    )
  }
  write(`States: ${stats.byState.map((s) => `${name(s.state)} ${s.count}`).join(', ')}`)
  write(`Age: ${stats.byAge.map((a) => `${name(a.age)} ${a.count}`).join(', ')}`)
  if (stats.weakestDrivers.length > 0) {
    write('')
    write('Driver                                  n   mean  median    Q1    Q3')
    for (const d of stats.weakestDrivers) {
      const label = `${d.driverId} ${d.shortName}`.slice(0, 36).padEnd(36)
      const num = (value: number, width: number) => value.toFixed(1).padStart(width)
      write(
        `${label}${String(d.engagements).padStart(5)}${num(d.mean, 7)}${num(d.median, 8)}${num(d.q1, 6)}${num(d.q3, 6)}`,
      )
    }
  }
}
