/**
 * The comparison part of the report's declared input (`report-input.ts`): the cohort benchmark
 * and the re-assessment comparison.
 *
 * @packageDocumentation
 */
import type {
  Answer,
  BenchmarkScope,
  BenchmarkSuppressionCode,
  CohortDimension,
  CohortPosition,
  DriverChange,
  ImprovementOutcome,
} from './report-input-enums.js'

/** One benchmark statistic (withheld statistics carry no value). */
export type ReportBenchmarkStatistic = {
  value: number | null
  position: CohortPosition | null
  summary: {
    count: number
    min: number
    q1: number
    median: number
    q3: number
    max: number
  } | null
  suppression: { code: BenchmarkSuppressionCode; message: string } | null
}

/** The cohort benchmark of the report (k-anonymous aggregates; withheld statistics say why). */
export type ReportBenchmark = {
  scope: BenchmarkScope
  sharedDriverIds: Array<string>
  unsharedDriverIds: Array<string>
  notes: Array<string>
  dimensions: Array<{ dimension: CohortDimension; value: string | null }>
  thresholds: { minEngagements: number; minOrganizations: number }
  cohortSize: { engagements: number; organizations: number } | null
  suppression: { code: BenchmarkSuppressionCode; message: string } | null
  total: ReportBenchmarkStatistic
  drivers: Array<{ driverId: string; shortName: string; statistic: ReportBenchmarkStatistic }>
}

/** The re-assessment comparison with the previous engagement. */
export type ReportComparison = {
  previousEngagementId: string
  drivers: Array<{
    driverId: string
    shortName: string
    previousAnswer: Answer | null
    previousValue: number | null
    previousExcluded: boolean
    currentAnswer: Answer | null
    currentValue: number | null
    currentExcluded: boolean
    delta: number | null
    change: DriverChange
  }>
  improvements: Array<{
    improvementId: string
    driverId: string
    proposal: string
    status: string
    expectedAnswer: Answer
    previousAnswer: Answer | null
    currentAnswer: Answer | null
    outcome: ImprovementOutcome
  }>
  outcomeCounts: Array<{ outcome: ImprovementOutcome; count: number }>
}

/** The comparison part of the report: previous engagement, benchmark, comparison. */
export type EngagementReportComparisons = {
  id: string
  previousEngagement: { id: string; title: string; actualEnd: string | null } | null
  benchmark: ReportBenchmark
  comparison: ReportComparison | null
}
