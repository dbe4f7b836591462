/**
 * The view of the report's two comparisons (issue #15): the cohort benchmark (the engagement's
 * value per driver and of the total against the cohort's median and quartiles, k-anonymous) and
 * the re-assessment comparison (per-driver deltas, and whether each earlier improvement with an
 * expected answer was met). Each is either shown or replaced by one line saying why not.
 * Only what the API returns is printed: aggregates of the cohort, never another tenant's rows.
 *
 * @packageDocumentation
 */

import type { ReportFormatters } from './i18n/report-locale.js'
import type { ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'

type Benchmark = NonNullable<EngagementReport['benchmark']>
type Statistic = Benchmark['total']
type Comparison = NonNullable<EngagementReport['comparison']>

/** One row of the benchmark: the engagement's value and the cohort's quartiles, or why withheld. */
export interface BenchmarkRowView {
  /** `D1` or null for the total. */
  driverId: string | null
  /** `D1 Short name` or `Total`. */
  label: string
  shortName: string
  value: number | null
  summary: {
    count: number
    min: number
    q1: number
    median: number
    q3: number
    max: number
  } | null
  /** `below Q1`, `Q1–Q3`, `above Q3`, or null. */
  position: string | null
  /** The position's enum value, for programs. */
  positionCode: string | null
  /** Set when the statistic is withheld: the readable reason (threshold named, never a count). */
  suppressed: string | null
  suppressionCode: string | null
}

/** The benchmark section's content; `omitted` set when the section is one line only. */
export interface BenchmarkView {
  omitted: string | null
  definition: string
  dimensions: { dimension: string; value: string }[]
  size: string | null
  thresholds: string
  minEngagements: number
  minOrganizations: number
  shared: string[]
  unshared: string[]
  notes: string[]
  total: BenchmarkRowView | null
  drivers: BenchmarkRowView[]
}

/** One driver of the re-assessment's delta table. */
export interface ComparisonDriverView {
  driverId: string
  shortName: string
  previous: string
  current: string
  previousValue: number | null
  currentValue: number | null
  delta: number | null
  /** `+25`, `−10`, `0` or `—`. */
  deltaText: string
  change: string
  changeCode: string
  previousAnswer: string | null
  currentAnswer: string | null
  previousExcluded: boolean
  currentExcluded: boolean
}

/** One earlier improvement judged against the answer now. */
export interface ImprovementCheckView {
  driverId: string
  proposal: string
  status: string
  previous: string
  expected: string
  current: string
  outcome: string
  outcomeCode: string
}

/** The comparison section's content; `omitted` set when there is no previous engagement. */
export interface ComparisonView {
  omitted: string | null
  previousTitle: string | null
  intro: string
  drivers: ComparisonDriverView[]
  improvements: ImprovementCheckView[]
  outcomeCounts: string
}

/** The driver's short name in the report's language (the API's name as the fallback). */
type DriverName = (driverId: string, fallback: string) => string

/** Labels answers with the method's labels (already in the report's language). */
type AnswerLabel = (answer: string | null | undefined) => string | null

/** Builds the benchmark view; `benchmark` undefined means the export did not fetch it. */
export function buildBenchmarkView(
  benchmark: EngagementReport['benchmark'],
  t: ReportMessages,
  driverName: DriverName,
): BenchmarkView {
  const b = t.benchmark
  const k = benchmark?.thresholds.minEngagements ?? 5
  const kPrime = benchmark?.thresholds.minOrganizations ?? 3
  const reason = (suppression: Statistic['suppression']) =>
    suppression
      ? b.suppression[suppression.code](suppression.code === 'TOO_FEW_ENGAGEMENTS' ? k : kPrime)
      : null
  const row = (stat: Statistic, driverId: string | null, shortName: string): BenchmarkRowView => ({
    driverId,
    label: driverId ? `${driverId} ${shortName}` : b.total,
    shortName,
    value: stat.value ?? null,
    summary: stat.summary
      ? {
          count: stat.summary.count,
          min: stat.summary.min,
          q1: stat.summary.q1,
          median: stat.summary.median,
          q3: stat.summary.q3,
          max: stat.summary.max,
        }
      : null,
    position: stat.position ? b.position[stat.position] : null,
    positionCode: stat.position ?? null,
    suppressed: reason(stat.suppression),
    suppressionCode: stat.suppression?.code ?? null,
  })
  const scope = benchmark ? b.scope[benchmark.scope] : b.scope.ORGANIZATION
  const dimensions = (benchmark?.dimensions ?? []).map((d) => ({
    dimension: b.dimension[d.dimension],
    value: d.value ?? b.notRecorded,
  }))
  const definition = b.cohortDefinition(
    scope,
    dimensions.map((d) => `${d.dimension} (${d.value})`).join(', '),
  )
  const omitted = !benchmark
    ? b.notApplicable(b.notFetched)
    : benchmark.suppression
      ? b.notApplicable(`${reason(benchmark.suppression)}.`)
      : null
  return {
    omitted,
    definition,
    dimensions,
    size: benchmark?.cohortSize
      ? b.sizeValue(benchmark.cohortSize.engagements, benchmark.cohortSize.organizations)
      : null,
    thresholds: b.thresholdsValue(k, kPrime),
    minEngagements: k,
    minOrganizations: kPrime,
    shared: [...(benchmark?.sharedDriverIds ?? [])],
    unshared: [...(benchmark?.unsharedDriverIds ?? [])],
    notes: [...(benchmark?.notes ?? [])],
    total: benchmark ? row(benchmark.total, null, b.total) : null,
    drivers: (benchmark?.drivers ?? []).map((d) =>
      row(d.statistic, d.driverId, driverName(d.driverId, d.shortName)),
    ),
  }
}

/** `+25`, `−10`, `0`, `—`. */
export function formatDelta(delta: number | null, fmt: ReportFormatters): string {
  if (delta === null) return '—'
  const text = fmt.number(Math.abs(delta), Number.isInteger(delta) ? 0 : 1)
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : text
}

/** Builds the comparison view; null comparison (a first assessment) gives the one-line omission. */
export function buildComparisonView(
  comparison: EngagementReport['comparison'],
  driverName: DriverName,
  previous: EngagementReport['previousEngagement'],
  answerLabel: AnswerLabel,
  t: ReportMessages,
  fmt: ReportFormatters,
): ComparisonView {
  const c = t.comparison
  const previousTitle = previous
    ? `${previous.title}${previous.actualEnd ? `, ${fmt.date(previous.actualEnd)}` : ''}`
    : null
  if (!comparison) {
    return {
      omitted: c.notApplicable,
      previousTitle,
      intro: '',
      drivers: [],
      improvements: [],
      outcomeCounts: '',
    }
  }
  const side = (
    excluded: boolean,
    answer: string | null | undefined,
    value: number | null | undefined,
  ) =>
    excluded
      ? c.excluded
      : answer
        ? `${answerLabel(answer)}${value === null || value === undefined ? '' : ` (${fmt.number(value)})`}`
        : c.unanswered
  return {
    omitted: null,
    previousTitle,
    intro: c.intro(previousTitle ?? ''),
    drivers: comparison.drivers.map((d: Comparison['drivers'][number]) => ({
      driverId: d.driverId,
      shortName: driverName(d.driverId, d.shortName),
      previous: side(d.previousExcluded, d.previousAnswer, d.previousValue),
      current: side(d.currentExcluded, d.currentAnswer, d.currentValue),
      previousValue: d.previousValue ?? null,
      currentValue: d.currentValue ?? null,
      delta: d.delta ?? null,
      deltaText: formatDelta(d.delta ?? null, fmt),
      change: c.change[d.change],
      changeCode: d.change,
      previousAnswer: answerLabel(d.previousAnswer),
      currentAnswer: answerLabel(d.currentAnswer),
      previousExcluded: d.previousExcluded,
      currentExcluded: d.currentExcluded,
    })),
    improvements: comparison.improvements.map((i) => ({
      driverId: i.driverId,
      proposal: i.proposal,
      status: i.status.toLowerCase().replaceAll('_', '-'),
      previous: answerLabel(i.previousAnswer) ?? c.unanswered,
      expected: answerLabel(i.expectedAnswer) ?? '—',
      current: answerLabel(i.currentAnswer) ?? c.unanswered,
      outcome: c.outcome[i.outcome],
      outcomeCode: i.outcome,
    })),
    outcomeCounts: c.outcomeCounts(
      comparison.outcomeCounts
        .filter((o) => o.count > 0)
        .map((o) => `${c.outcome[o.outcome]} ${o.count}`)
        .join(', ') || t.common.none,
    ),
  }
}
