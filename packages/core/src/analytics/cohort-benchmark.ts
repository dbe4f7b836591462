/**
 * Cohort benchmark of one scored engagement (issue #15): where each driver's answer and the total
 * sit among comparable IMCs, as median and quartiles, with k-anonymity applied to every statistic.
 * The database hands over counts only (answers per driver, totals per value); this function decides
 * what may be shown and computes it. Tailored methods are compared on the drivers they share with
 * the cohort's method only, and the result says so.
 *
 * @packageDocumentation
 */
import type { AnswerId, MethodDefinition } from '../method-types.js'
import {
  checkCohortPrivacy,
  DEFAULT_PRIVACY_THRESHOLDS,
  type PrivacyThresholds,
  type SuppressionReason,
} from './k-anonymity.js'
import { type DistributionSummary, type HistogramBin, summarizeHistogram } from './quantiles.js'

/** Counts behind one statistic of a cohort, as the database aggregated them. */
export interface CohortCounts {
  /** Engagements with a value for this statistic. */
  engagements: number
  /** Distinct organizations among them. */
  organizations: number
}

/** One driver's answers across the cohort: how many engagements gave each answer. */
export interface DriverCohortCounts extends CohortCounts {
  driverId: string
  answers: Partial<Record<AnswerId, number>>
}

/** The cohort's totals: how many engagements reached each total value. */
export interface TotalCohortCounts extends CohortCounts {
  bins: readonly HistogramBin[]
}

/** Where a value sits against the cohort's quartiles. */
export type CohortPosition = 'below-first-quartile' | 'interquartile' | 'above-third-quartile'

/** One statistic of the benchmark: shown (with its summary) or withheld (with its reason). */
export interface BenchmarkStatistic {
  /** The engagement's own value (answer value or total); `null` when unanswered or excluded. */
  value: number | null
  summary: DistributionSummary | null
  suppression: SuppressionReason | null
  position: CohortPosition | null
}

/** A driver's line of the benchmark. */
export interface DriverBenchmark extends BenchmarkStatistic {
  driverId: string
  shortName: string
}

/** What {@link benchmarkEngagement} needs. */
export interface BenchmarkEngagementOptions {
  /** The engagement's method (answer values, driver names). */
  method: MethodDefinition
  /**
   * Driver ids every method of the cohort has (the base method's drivers). A tailored method is
   * compared on its drivers found here only.
   */
  cohortDriverIds: readonly string[]
  /** The engagement's answers by driver id (`null`: unanswered). */
  answers: Readonly<Record<string, AnswerId | null>>
  /** Drivers the engagement excluded by tailoring: no comparison for them. */
  excludedDriverIds: readonly string[]
  /** The engagement's latest total, or `null` before A4. */
  total: number | null
  /** Whether the cohort may include other organizations (only opted-in ones). */
  crossOrganization: boolean
  /** The whole cohort's size. */
  cohort: CohortCounts
  drivers: readonly DriverCohortCounts[]
  totals: TotalCohortCounts
  thresholds?: PrivacyThresholds
}

/** The benchmark of one engagement against its cohort. */
export interface EngagementBenchmark {
  crossOrganization: boolean
  /** The cohort's size, or `null` when it is below the thresholds (small counts are not shown). */
  cohortSize: CohortCounts | null
  /** Set when the whole cohort is too small: every statistic is then withheld for this reason. */
  suppression: SuppressionReason | null
  total: BenchmarkStatistic
  drivers: DriverBenchmark[]
  /** Drivers compared (those the engagement's method shares with the cohort's), in method order. */
  sharedDriverIds: string[]
  /** Drivers of the engagement's method with no counterpart in the cohort (tailored drivers). */
  unsharedDriverIds: string[]
  /** Sentences that qualify the comparison (tailoring, exclusions), in English. */
  notes: string[]
  /** The same notes as codes with their values, in the same order, for any-language text. */
  noteDetails: BenchmarkNote[]
}

/**
 * One note qualifying a benchmark: `tailored-method` (the method version, how many drivers are
 * shared, the drivers left out), `excluded-drivers` (the engagement's excluded drivers),
 * `dimension-not-recorded` (a cohort dimension the IMC has no value for; added by the API).
 */
export interface BenchmarkNote {
  code: 'tailored-method' | 'excluded-drivers' | 'dimension-not-recorded'
  /** The English sentence (also in `notes`). */
  message: string
  driverIds: string[]
  methodVersion: string | null
  sharedDriverCount: number | null
  dimension: string | null
}

function positionOf(value: number | null, summary: DistributionSummary | null) {
  if (value === null || summary === null) return null
  if (value < summary.q1) return 'below-first-quartile'
  if (value > summary.q3) return 'above-third-quartile'
  return 'interquartile'
}

function statisticOf(options: {
  value: number | null
  counts: CohortCounts
  bins: readonly HistogramBin[]
  crossOrganization: boolean
  thresholds: PrivacyThresholds
  inherited: SuppressionReason | null
}): BenchmarkStatistic {
  const suppression =
    options.inherited ??
    checkCohortPrivacy(
      { ...options.counts, crossOrganization: options.crossOrganization },
      options.thresholds,
    )
  const summary = suppression ? null : summarizeHistogram(options.bins)
  return {
    value: options.value,
    summary,
    suppression,
    position: positionOf(options.value, summary),
  }
}

/**
 * Benchmarks an engagement against its cohort. Every statistic (the total and each driver) is
 * checked on its own counts, since exclusions make per-driver cohorts smaller than the whole; a
 * cohort below the thresholds withholds everything and hides its size.
 */
export function benchmarkEngagement(options: BenchmarkEngagementOptions): EngagementBenchmark {
  const thresholds = options.thresholds ?? DEFAULT_PRIVACY_THRESHOLDS
  const { method, crossOrganization } = options
  const answerValueOf = new Map(method.answers.map((answer) => [answer.id, answer.value]))
  const inCohort = new Set(options.cohortDriverIds)
  const excluded = new Set(options.excludedDriverIds)
  const shared = method.drivers.filter((driver) => inCohort.has(driver.id))
  const unsharedDriverIds = method.drivers.filter((d) => !inCohort.has(d.id)).map((d) => d.id)
  const suppression = checkCohortPrivacy({ ...options.cohort, crossOrganization }, thresholds)
  const countsByDriver = new Map(options.drivers.map((entry) => [entry.driverId, entry]))
  const drivers = shared.map((driver): DriverBenchmark => {
    const counts = countsByDriver.get(driver.id)
    const answer = options.answers[driver.id] ?? null
    const bins = Object.entries(counts?.answers ?? {}).map(([id, count]) => ({
      value: answerValueOf.get(id as AnswerId) ?? Number.NaN,
      count: count ?? 0,
    }))
    return {
      driverId: driver.id,
      shortName: driver.shortName,
      ...statisticOf({
        value:
          excluded.has(driver.id) || answer === null ? null : (answerValueOf.get(answer) ?? null),
        counts: counts ?? { engagements: 0, organizations: 0 },
        bins,
        crossOrganization,
        thresholds,
        inherited: suppression,
      }),
    }
  })
  const noteDetails: BenchmarkNote[] = []
  const none = { driverIds: [], methodVersion: null, sharedDriverCount: null, dimension: null }
  if (unsharedDriverIds.length > 0) {
    noteDetails.push({
      ...none,
      code: 'tailored-method',
      driverIds: unsharedDriverIds,
      methodVersion: method.version,
      sharedDriverCount: shared.length,
      message: `Tailored method ${method.version}: compared on the ${shared.length} drivers it shares with the cohort; ${unsharedDriverIds.join(', ')} ${unsharedDriverIds.length === 1 ? 'has' : 'have'} no counterpart and ${unsharedDriverIds.length === 1 ? 'is' : 'are'} left out.`,
    })
  }
  const excludedShared = shared.filter((driver) => excluded.has(driver.id)).map((d) => d.id)
  if (excludedShared.length > 0) {
    noteDetails.push({
      ...none,
      code: 'excluded-drivers',
      driverIds: excludedShared,
      message: `Excluded by tailoring in this engagement: ${excludedShared.join(', ')} (the cohort's statistics are shown without this engagement's value).`,
    })
  }
  return {
    crossOrganization,
    cohortSize: suppression ? null : { ...options.cohort },
    suppression,
    total: statisticOf({
      value: options.total,
      counts: options.totals,
      bins: options.totals.bins,
      crossOrganization,
      thresholds,
      inherited: suppression,
    }),
    drivers,
    sharedDriverIds: shared.map((driver) => driver.id),
    unsharedDriverIds,
    notes: noteDetails.map((note) => note.message),
    noteDetails,
  }
}
