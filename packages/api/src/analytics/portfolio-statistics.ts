/**
 * Portfolio statistics of the viewer's organizations (issue #15): band distribution, distance to
 * the success threshold, engagements by state and by age, and the weakest drivers, from the two
 * aggregate statements of `@immd/db/analytics/portfolio-statistics`. Only the viewer's own
 * organizations are counted: a filter naming another organization matches nothing, exactly like
 * an organization without engagements, so it reveals nothing.
 *
 * @packageDocumentation
 */
import { summarizeHistogram } from '@immd/core/analytics/quantiles'
import { localizeMethod } from '@immd/core/localization'
import { getBuiltInMethod } from '@immd/core/method'
import type { AnswerId, BandId } from '@immd/core/method-types'
import { IMMD_1_0_CONFIDENCE } from '@immd/core/methods/immd-1-0/scoring-rules'
import type { AnalyticsFilter } from '@immd/db/analytics/analytics-filter'
import {
  AGE_BUCKETS,
  type AgeBucket,
  loadPortfolioAggregates,
} from '@immd/db/analytics/portfolio-statistics'
import { readableOrganizationIds } from '../auth/viewer.js'
import type { ApiContext } from '../context.js'

/** The portfolio statistics' filter as the API receives it. */
export interface PortfolioStatisticsFilter {
  organizationId?: string | null
  organizationalModels?: readonly string[] | null
  countries?: readonly string[] | null
  constituencies?: readonly string[] | null
  sizeBands?: readonly string[] | null
  createdFrom?: Date | null
  createdTo?: Date | null
}

const BANDS: readonly BandId[] = ['minimal', 'low', 'borderline', 'high', 'excellent']
const ANSWERS: readonly AnswerId[] = ['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes']
const ANSWER_VALUE: Record<AnswerId, number> = {
  no: 0,
  'likely-no': 25,
  'equally-likely': 50,
  'likely-yes': 75,
  yes: 100,
}

/** One driver across the portfolio's scored engagements. */
export interface PortfolioDriver {
  driverId: string
  shortName: string
  engagements: number
  mean: number
  median: number
  q1: number
  q3: number
  answers: { answer: AnswerId; count: number }[]
}

/** One band's count with the evidence behind it. */
export interface PortfolioBandCount {
  band: BandId
  count: number
  /** Of `count`, engagements with drivers excluded by tailoring (scored on fewer drivers). */
  withExclusions: number
  /** Of `count`, engagements with at least one answered driver on thin evidence. */
  lowConfidence: number
}

/** What stands behind the band distribution as a whole. */
export interface BandCoverage {
  scored: number
  unscored: number
  withExclusions: number
  lowConfidence: number
  /** The data-item threshold of the low-confidence count (the method's `minItems`). */
  thinEvidenceItems: number
}

/** Everything the `portfolioStatistics` query answers except the heatmap. */
export interface PortfolioStatistics {
  filter: AnalyticsFilter
  engagements: number
  scored: number
  byState: { state: string; count: number }[]
  byAge: { age: AgeBucket; count: number }[]
  bands: PortfolioBandCount[]
  /** Scored, unscored, with exclusions and low confidence behind the band counts. */
  bandCoverage: BandCoverage
  /** Scored engagements per success differential (threshold − band index; > 0: short by that many bands). */
  thresholdDistance: { differentialBands: number; count: number }[]
  meetingThreshold: number
  belowThreshold: number
  withoutThreshold: number
  /** Drivers, weakest (lowest mean answer value) first. */
  weakestDrivers: PortfolioDriver[]
}

/** The analytics filter of a request: the viewer's organizations, narrowed by the given filter. */
export function resolveAnalyticsFilter(
  ctx: ApiContext,
  filter: PortfolioStatisticsFilter | null | undefined,
): AnalyticsFilter {
  const readable = readableOrganizationIds(ctx.viewer)
  const organizationIds = filter?.organizationId
    ? readable.filter((id) => id === filter.organizationId)
    : readable
  return {
    organizationIds,
    organizationalModels: filter?.organizationalModels ?? undefined,
    countries: filter?.countries?.map((code) => code.toUpperCase()) ?? undefined,
    constituencies: filter?.constituencies?.map((text) => text.trim().toLowerCase()) ?? undefined,
    sizeBands: filter?.sizeBands ?? undefined,
    createdFrom: filter?.createdFrom ?? null,
    createdTo: filter?.createdTo ?? null,
  }
}

const sumBy = <T>(items: readonly T[], key: (item: T) => string, count: (item: T) => number) => {
  const sums = new Map<string, number>()
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + count(item))
  return sums
}

/** Computes the portfolio statistics in two SQL statements. */
export async function computePortfolioStatistics(
  ctx: ApiContext,
  filter: AnalyticsFilter,
  now: Date = new Date(),
): Promise<PortfolioStatistics> {
  // The built-in method's threshold: engagements of tailored methods are counted by the same rule.
  const thinEvidenceItems = IMMD_1_0_CONFIDENCE.minItems
  const { groups, drivers } = await loadPortfolioAggregates(ctx.db, filter, now, {
    thinEvidenceItems,
  })
  const byState = sumBy(
    groups,
    (g) => g.state,
    (g) => g.count,
  )
  const byAge = sumBy(
    groups,
    (g) => g.age,
    (g) => g.count,
  )
  const scoredGroups = groups.filter((g) => g.band !== null)
  const byBand = sumBy(
    scoredGroups,
    (g) => g.band ?? '',
    (g) => g.count,
  )
  const bandSum = (key: 'count' | 'withExclusions' | 'lowConfidence') =>
    sumBy(
      scoredGroups,
      (g) => g.band ?? '',
      (g) => g[key],
    )
  const bandExclusions = bandSum('withExclusions')
  const bandLowConfidence = bandSum('lowConfidence')
  const total = (key: 'count' | 'withExclusions' | 'lowConfidence', rows: typeof groups) =>
    rows.reduce((sum, g) => sum + g[key], 0)
  const bandIndex = (band: string | null) => (band ? BANDS.indexOf(band as BandId) : -1)
  const distance = new Map<number, number>()
  let withoutThreshold = 0
  for (const group of scoredGroups) {
    const threshold = bandIndex(group.threshold)
    if (threshold < 0) {
      withoutThreshold += group.count
      continue
    }
    const differential = threshold - bandIndex(group.band)
    distance.set(differential, (distance.get(differential) ?? 0) + group.count)
  }
  const builtIn = getBuiltInMethod('immd-1.0')
  const method = builtIn ? localizeMethod(builtIn, ctx.locale) : undefined
  const names = new Map(method?.drivers.map((d) => [d.id, d.shortName]))
  const weakestDrivers = drivers
    .map(({ driverId, answers }): PortfolioDriver | null => {
      const bins = ANSWERS.map((answer) => ({
        value: ANSWER_VALUE[answer],
        count: answers[answer] ?? 0,
      }))
      const summary = summarizeHistogram(bins)
      if (!summary) return null
      const mean = bins.reduce((sum, bin) => sum + bin.value * bin.count, 0) / summary.count
      return {
        driverId,
        shortName: names.get(driverId) ?? driverId,
        engagements: summary.count,
        mean,
        median: summary.median,
        q1: summary.q1,
        q3: summary.q3,
        answers: ANSWERS.map((answer) => ({ answer, count: answers[answer] ?? 0 })),
      }
    })
    .filter((driver): driver is PortfolioDriver => driver !== null)
    .sort(
      (a, b) => a.mean - b.mean || a.driverId.localeCompare(b.driverId, 'en', { numeric: true }),
    )
  const differentials = [...distance.entries()].sort(([a], [b]) => a - b)
  return {
    filter,
    engagements: total('count', groups),
    scored: total('count', scoredGroups),
    byState: [...byState.entries()]
      .map(([state, count]) => ({ state, count }))
      .sort((a, b) => a.state.localeCompare(b.state)),
    byAge: AGE_BUCKETS.map((age) => ({ age, count: byAge.get(age) ?? 0 })),
    bands: BANDS.map((band) => ({
      band,
      count: byBand.get(band) ?? 0,
      withExclusions: bandExclusions.get(band) ?? 0,
      lowConfidence: bandLowConfidence.get(band) ?? 0,
    })),
    bandCoverage: {
      scored: total('count', scoredGroups),
      unscored: total('count', groups) - total('count', scoredGroups),
      withExclusions: total('withExclusions', scoredGroups),
      lowConfidence: total('lowConfidence', scoredGroups),
      thinEvidenceItems,
    },
    thresholdDistance: differentials.map(([differentialBands, count]) => ({
      differentialBands,
      count,
    })),
    meetingThreshold: differentials.filter(([d]) => d <= 0).reduce((sum, [, n]) => sum + n, 0),
    belowThreshold: differentials.filter(([d]) => d > 0).reduce((sum, [, n]) => sum + n, 0),
    withoutThreshold,
    weakestDrivers,
  }
}
