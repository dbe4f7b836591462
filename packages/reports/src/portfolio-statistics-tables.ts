/**
 * The portfolio statistics (issue #15) as export tables: the figures (section, item, count, mean,
 * median, quartiles and share: band distribution with its coverage, distance to threshold, states,
 * ages and the weakest drivers) and the driver heatmap (one row per engagement, one column per
 * driver, the answer as text). CSV writes one of them, XLSX both as sheets; CSV cells go through
 * the shared neutralisation of `csv-rows.ts` (`renderCsv`), like every CSV the platform writes.
 *
 * @packageDocumentation
 */
import type { Cell, ExportTable } from './export-table.js'

/** The statistics the table shows (the SDK's `PortfolioStatistics` query selects them). */
export interface PortfolioStatisticsInput {
  engagements: number
  scored: number
  meetingThreshold: number
  belowThreshold: number
  withoutThreshold: number
  byState: readonly { state: string; count: number }[]
  byAge: readonly { age: string; count: number }[]
  bands: readonly { band: string; count: number }[]
  thresholdDistance: readonly { differentialBands: number; count: number }[]
  weakestDrivers: readonly {
    driverId: string
    shortName: string
    engagements: number
    mean: number
    median: number
    q1: number
    q3: number
  }[]
}

/** One engagement of the heatmap (the SDK's `PortfolioHeatmapPage` rows). */
export interface PortfolioHeatmapInput {
  title: string
  state: string
  latestBand: string | null
  latestTotal: number | null
  cells: readonly { driverId: string; answer: string | null; excluded: boolean }[]
}

/** The tables of the statistics export, by id (`--table` of the CLI, `table=` of the route). */
export const PORTFOLIO_STATISTICS_TABLES = ['statistics', 'heatmap'] as const
export type PortfolioStatisticsTableId = (typeof PORTFOLIO_STATISTICS_TABLES)[number]

const label = (value: string) => value.toLowerCase().replaceAll('_', ' ')
const round = (value: number) => Math.round(value * 10) / 10
/** `part` of `whole` in percent with one decimal; null when there is no whole. */
const share = (part: number, whole: number) => (whole > 0 ? round((part / whole) * 100) : null)

/** The statistics as one long table: section, item, count, mean, median, Q1, Q3, share. */
export function buildPortfolioStatisticsTable(stats: PortfolioStatisticsInput): ExportTable {
  const count = (section: string, item: string, n: number, of: number | null = null): Cell[] => [
    section,
    item,
    n,
    null,
    null,
    null,
    null,
    of === null ? null : share(n, of),
  ]
  return {
    id: 'portfolio-statistics',
    name: 'Portfolio statistics',
    columns: ['Section', 'Item', 'Engagements', 'Mean', 'Median', 'Q1', 'Q3', 'Share (%)'],
    rows: [
      count('Totals', 'engagements', stats.engagements),
      // Coverage: how many of the engagements have a result, so the band shares can be read.
      count('Totals', 'scored', stats.scored, stats.engagements),
      count('Threshold', 'meeting', stats.meetingThreshold, stats.scored),
      count('Threshold', 'below', stats.belowThreshold, stats.scored),
      count('Threshold', 'no threshold', stats.withoutThreshold, stats.scored),
      ...stats.bands.map((b) => count('Band', label(b.band), b.count, stats.scored)),
      ...stats.thresholdDistance.map((d) =>
        count('Bands short of threshold', String(d.differentialBands), d.count, stats.scored),
      ),
      ...stats.byState.map((s) => count('State', label(s.state), s.count, stats.engagements)),
      ...stats.byAge.map((a) => count('Age', label(a.age), a.count, stats.engagements)),
      ...stats.weakestDrivers.map((d): Cell[] => [
        'Driver (weakest first)',
        `${d.driverId} ${d.shortName}`,
        d.engagements,
        round(d.mean),
        d.median,
        d.q1,
        d.q3,
        share(d.engagements, stats.scored),
      ]),
    ],
  }
}

/** Driver ids in natural order (D2 before D10), as the heatmap's columns. */
function listDriverIds(rows: readonly PortfolioHeatmapInput[]): string[] {
  const ids = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.driverId)))
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** The heatmap: engagements × drivers, each cell the answer (`likely yes`), `excluded` or empty. */
export function buildPortfolioHeatmapTable(rows: readonly PortfolioHeatmapInput[]): ExportTable {
  const drivers = listDriverIds(rows)
  return {
    id: 'portfolio-heatmap',
    name: 'Driver heatmap',
    columns: ['Engagement', 'State', 'Band', 'Total value', ...drivers],
    rows: rows.map((row) => {
      const cells = new Map(row.cells.map((cell) => [cell.driverId, cell]))
      return [
        row.title,
        label(row.state),
        row.latestBand ? label(row.latestBand) : null,
        row.latestTotal,
        ...drivers.map((id) => {
          const cell = cells.get(id)
          if (!cell) return null
          return cell.excluded ? 'excluded' : cell.answer ? label(cell.answer) : null
        }),
      ]
    }),
  }
}

/** Both tables of the statistics export, in {@link PORTFOLIO_STATISTICS_TABLES} order. */
export function buildPortfolioStatisticsTables(
  stats: PortfolioStatisticsInput,
  heatmap: readonly PortfolioHeatmapInput[],
): [statistics: ExportTable, heatmap: ExportTable] {
  return [buildPortfolioStatisticsTable(stats), buildPortfolioHeatmapTable(heatmap)]
}
