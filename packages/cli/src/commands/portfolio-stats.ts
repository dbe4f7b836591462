/**
 * `immd portfolio stats`: the portfolio statistics of the token's organizations (issue #15), as a
 * table, JSON (`--json`) or a CSV/XLSX file (`--format csv|xlsx --out <file>`: the figures with
 * coverage shares and, in XLSX or with `--table heatmap`, the driver heatmap; cells neutralised
 * against formula injection like every CSV export).
 *
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { buildPortfolioStatisticsTables } from '@immd/reports/portfolio-statistics-tables'
import { renderCsv, renderXlsx } from '@immd/reports/render-tables'
import type { ImmdClient } from '@immd/sdk/client'
import {
  type OrganizationalModel,
  PortfolioStatisticsDocument,
  type PortfolioStatisticsFilter,
  type PortfolioStatisticsQuery,
  type SizeBand,
} from '@immd/sdk/generated/graphql'
import { fetchPortfolioStatistics, type PortfolioHeatmapRow } from '@immd/sdk/portfolio-statistics'
import { resolveOrganization } from '../connect.js'
import { createTranslator, type Translate } from '../messages/translate.js'

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
  /** Also walk every page of the driver heatmap (for the file exports). */
  withHeatmap?: boolean
}

/** The statistics as the API returns them, with the heatmap's rows when asked for. */
export type PortfolioStats = PortfolioStatisticsQuery['portfolioStatistics'] & {
  heatmapRows?: PortfolioHeatmapRow[]
}

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
  if (options.withHeatmap) return fetchPortfolioStatistics(options.client, filter)
  const data = await options.client.request(PortfolioStatisticsDocument, { filter })
  return data.portfolioStatistics
}

/**
 * Writes the statistics as CSV (the figures, or the driver heatmap with `table: 'heatmap'`) or
 * XLSX (both, one sheet each); returns the file size in bytes.
 */
export async function writePortfolioStatistics(
  stats: PortfolioStats,
  format: 'csv' | 'xlsx',
  out: string,
  table: 'statistics' | 'heatmap' = 'statistics',
): Promise<number> {
  const [figures, heatmap] = buildPortfolioStatisticsTables(stats, stats.heatmapRows ?? [])
  const data =
    format === 'xlsx'
      ? await renderXlsx([figures, heatmap], { title: 'IMMD portfolio statistics' })
      : Buffer.from(renderCsv(table === 'heatmap' ? heatmap : figures), 'utf8')
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, data)
  return data.length
}

/** Prints the statistics as plain-text tables, in the language of `t` (English by default). */
export function printPortfolioStatistics(
  stats: PortfolioStats,
  write: (line: string) => void,
  t: Translate = createTranslator('en'),
) {
  const name = (value: string) => value.toLowerCase().replaceAll('_', ' ')
  write(t('portfolio.engagements', { engagements: stats.engagements, scored: stats.scored }))
  write(
    t('portfolio.threshold', {
      meeting: stats.meetingThreshold,
      below: stats.belowThreshold,
      without: stats.withoutThreshold,
    }),
  )
  write(
    t('portfolio.bands', { list: stats.bands.map((b) => `${name(b.band)} ${b.count}`).join(', ') }),
  )
  // Never more certain than the evidence: what stands behind each band count.
  const coverage = stats.bandCoverage
  write(t('portfolio.coverage', coverage))
  for (const b of stats.bands.filter((band) => band.withExclusions + band.lowConfidence > 0)) {
    write(t('portfolio.bandCoverage', { ...b, band: name(b.band) }))
  }
  write(
    t('portfolio.states', {
      list: stats.byState.map((s) => `${name(s.state)} ${s.count}`).join(', '),
    }),
  )
  write(
    t('portfolio.age', { list: stats.byAge.map((a) => `${name(a.age)} ${a.count}`).join(', ') }),
  )
  if (stats.weakestDrivers.length > 0) {
    write('')
    const [driver = '', n = '', mean = '', median = '', q1 = '', q3 = ''] =
      t('portfolio.driverColumns')
    write(
      `${driver.padEnd(36)}${n.padStart(5)}${mean.padStart(7)}${median.padStart(8)}${q1.padStart(6)}${q3.padStart(6)}`,
    )
    for (const d of stats.weakestDrivers) {
      const label = `${d.driverId} ${d.shortName}`.slice(0, 36).padEnd(36)
      const num = (value: number, width: number) => value.toFixed(1).padStart(width)
      write(
        `${label}${String(d.engagements).padStart(5)}${num(d.mean, 7)}${num(d.median, 8)}${num(d.q1, 6)}${num(d.q3, 6)}`,
      )
    }
  }
}
