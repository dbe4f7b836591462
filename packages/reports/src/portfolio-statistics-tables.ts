/**
 * The portfolio statistics (issue #15) as export tables: one table of figures (section, item,
 * count or value) for CSV, and the same rows as a sheet for XLSX. CSV cells go through the shared
 * neutralisation of `csv-rows.ts` (`renderCsv`), like every CSV the platform writes.
 *
 * @packageDocumentation
 */
import type { ExportTable } from './worksheet-tables.js'

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

const label = (value: string) => value.toLowerCase().replaceAll('_', ' ')
const round = (value: number) => Math.round(value * 10) / 10

/** The statistics as one long table: section, item, count, mean, median, Q1, Q3. */
export function buildPortfolioStatisticsTable(stats: PortfolioStatisticsInput): ExportTable {
  const count = (section: string, item: string, n: number) => [
    section,
    item,
    n,
    null,
    null,
    null,
    null,
  ]
  return {
    id: 'portfolio-statistics',
    name: 'Portfolio statistics',
    columns: ['Section', 'Item', 'Engagements', 'Mean', 'Median', 'Q1', 'Q3'],
    rows: [
      count('Totals', 'engagements', stats.engagements),
      count('Totals', 'scored', stats.scored),
      count('Threshold', 'meeting', stats.meetingThreshold),
      count('Threshold', 'below', stats.belowThreshold),
      count('Threshold', 'no threshold', stats.withoutThreshold),
      ...stats.bands.map((b) => count('Band', label(b.band), b.count)),
      ...stats.thresholdDistance.map((d) =>
        count('Bands short of threshold', String(d.differentialBands), d.count),
      ),
      ...stats.byState.map((s) => count('State', label(s.state), s.count)),
      ...stats.byAge.map((a) => count('Age', label(a.age), a.count)),
      ...stats.weakestDrivers.map((d) => [
        'Driver (weakest first)',
        `${d.driverId} ${d.shortName}`,
        d.engagements,
        round(d.mean),
        d.median,
        d.q1,
        d.q3,
      ]),
    ],
  }
}
