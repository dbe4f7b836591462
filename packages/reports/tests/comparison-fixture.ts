/**
 * The report fixture as a re-assessment with a cohort benchmark, in the shapes the SDK's
 * `EngagementReportComparisons` query returns: D2 is suppressed in the cohort (too few
 * engagements answered it), the total sits above Q3; four improvements of the previous
 * engagement cover every outcome.
 */
import type { EngagementReport } from '../src/report-input.js'
import { buildReportFixture } from './report-fixture.js'

type Benchmark = NonNullable<EngagementReport['benchmark']>
type Statistic = Benchmark['total']

const summary = (q1: number, median: number, q3: number): Statistic['summary'] => ({
  count: 7,
  min: 25,
  q1,
  median,
  q3,
  max: 100,
})

const statistic = (
  value: number,
  s: Statistic['summary'],
  position: Statistic['position'],
): Statistic => ({
  value,
  summary: s,
  position,
  suppression: null,
})

/** A cohort benchmark with one suppressed driver. */
export function buildBenchmark(): Benchmark {
  const drivers = Array.from({ length: 10 }, (_, i) => `D${i + 1}`)
  return {
    scope: 'ORGANIZATION',
    dimensions: [
      {
        dimension: 'ORGANIZATIONAL_MODEL',
        value: 'centralized',
      },
    ],
    thresholds: { minEngagements: 5, minOrganizations: 3 },
    cohortSize: { engagements: 7, organizations: 1 },
    suppression: null,
    sharedDriverIds: drivers,
    unsharedDriverIds: [],
    notes: ['D9 is excluded by tailoring in 2 cohort members.'],
    total: statistic(70, summary(45, 52.5, 61.25), 'ABOVE_THIRD_QUARTILE'),
    drivers: drivers.map((driverId, i) => ({
      driverId,
      shortName: `driver ${i + 1} short name`,
      statistic:
        driverId === 'D2'
          ? {
              value: 75,
              summary: null,
              position: null,
              suppression: {
                code: 'TOO_FEW_ENGAGEMENTS' as const,
                message: 'Fewer than 5 engagements answered this driver.',
              },
            }
          : statistic(driverId === 'D8' ? 50 : 75, summary(50, 62.5, 75), 'INTERQUARTILE'),
    })),
  }
}

/** A whole cohort withheld: fewer than k' organizations. */
export function buildSuppressedBenchmark(): Benchmark {
  const withheld = {
    code: 'TOO_FEW_ORGANIZATIONS' as const,
    message: 'Fewer than 3 organizations.',
  }
  return {
    ...buildBenchmark(),
    scope: 'CROSS_ORGANIZATION',
    cohortSize: null,
    suppression: withheld,
    total: {
      value: 70,
      summary: null,
      position: null,
      suppression: withheld,
    },
    drivers: [],
  }
}

type Comparison = NonNullable<EngagementReport['comparison']>

/** The comparison with the previous engagement: D1 improved, D8 declined, D10 excluded now. */
export function buildComparison(): Comparison {
  const previous: Record<string, ['LIKELY_NO' | 'EQUALLY_LIKELY' | 'LIKELY_YES', number]> = {
    D1: ['LIKELY_NO', 25],
    D8: ['LIKELY_YES', 75],
  }
  return {
    previousEngagementId: 'RW5nYWdlbWVudDow',
    drivers: Array.from({ length: 10 }, (_, i) => {
      const driverId = `D${i + 1}`
      const [previousAnswer, previousValue] = previous[driverId] ?? ['LIKELY_YES', 75]
      const current = driverId === 'D8' || driverId === 'D9' ? 50 : 75
      const excludedNow = driverId === 'D10'
      return {
        driverId,
        shortName: `driver ${i + 1} short name`,
        previousAnswer,
        previousValue,
        previousExcluded: false,
        currentAnswer: excludedNow
          ? null
          : current === 50
            ? ('EQUALLY_LIKELY' as const)
            : ('LIKELY_YES' as const),
        currentValue: excludedNow ? null : current,
        currentExcluded: excludedNow,
        delta: excludedNow ? null : current - previousValue,
        change: excludedNow
          ? ('NOT_COMPARABLE' as const)
          : current > previousValue
            ? ('IMPROVED' as const)
            : current < previousValue
              ? ('DECLINED' as const)
              : ('UNCHANGED' as const),
      }
    }),
    improvements: [
      ['D1', 'Staff the weekend on-call rota', 'LIKELY_YES', 'LIKELY_NO', 'LIKELY_YES', 'MET'],
      ['D3', 'Write the triage runbook', 'YES', 'EQUALLY_LIKELY', 'LIKELY_YES', 'PARTLY'],
      ['D8', 'Exercise the crisis plan yearly', 'YES', 'LIKELY_YES', 'EQUALLY_LIKELY', 'NOT_MET'],
      ['D10', 'Contract a forensic retainer', 'LIKELY_YES', 'NO', null, 'DRIVER_EXCLUDED'],
    ].map(([driverId, proposal, expectedAnswer, previousAnswer, currentAnswer, outcome], i) => ({
      improvementId: `SW1wcm92ZW1lbnQ6${i}`,
      driverId: driverId as string,
      proposal: proposal as string,
      status: 'DONE',
      expectedAnswer: expectedAnswer as Comparison['improvements'][number]['expectedAnswer'],
      previousAnswer: previousAnswer as Comparison['improvements'][number]['previousAnswer'],
      currentAnswer: currentAnswer as Comparison['improvements'][number]['currentAnswer'],
      outcome: outcome as Comparison['improvements'][number]['outcome'],
    })),
    outcomeCounts: (
      ['MET', 'PARTLY', 'NOT_MET', 'DRIVER_EXCLUDED', 'NOT_YET_ANSWERED'] as const
    ).map((outcome) => ({
      outcome,
      count: outcome === 'NOT_YET_ANSWERED' ? 0 : 1,
    })),
  }
}

/** The report fixture as a re-assessment of "Zürich IMC baseline 2025", with a benchmark. */
export function buildReassessmentFixture(): EngagementReport {
  return {
    ...buildReportFixture('Zürich IMC re-assessment 2026'),
    benchmark: buildBenchmark(),
    comparison: buildComparison(),
    previousEngagement: {
      id: 'RW5nYWdlbWVudDow',
      title: 'Zürich IMC baseline 2025',
      actualEnd: '2025-04-20T00:00:00.000Z',
    },
  }
}
