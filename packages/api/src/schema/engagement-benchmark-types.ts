/**
 * The parts of `Engagement.benchmark`'s answer: scopes, cohort dimensions, suppression reasons
 * and positions as enums; a withheld statistic's reason, the distribution summary, one statistic,
 * one driver, the cohort's size, its dimension values and thresholds as objects. Split from
 * `engagement-benchmark.ts`, which assembles them into `EngagementBenchmark`.
 *
 * @packageDocumentation
 */
import type { CohortPosition, DriverBenchmark } from '@immd/core/analytics/cohort-benchmark'
import type { SuppressionReason } from '@immd/core/analytics/k-anonymity'
import type { DistributionSummary } from '@immd/core/analytics/quantiles'
import type { CohortDimensionValue } from '../analytics/engagement-benchmark.js'
import { builder } from '../builder.js'

export const BenchmarkScopeEnum = builder.enumType('BenchmarkScope', {
  description:
    "Where a benchmark cohort's members come from: your organization only, or every opted-in organization (k-anonymous aggregates only).",
  values: {
    ORGANIZATION: { value: 'organization', description: "Your organization's engagements only." },
    CROSS_ORGANIZATION: {
      value: 'cross-organization',
      description:
        'Every organization that opted in (yours must have), as k-anonymous aggregates only.',
    },
  } as const,
})

export const CohortDimensionEnum = builder.enumType('CohortDimension', {
  description:
    'An attribute cohort members must share with the engagement (from its inventory records).',
  values: {
    ORGANIZATIONAL_MODEL: {
      value: 'organizational-model',
      description: 'The CSIRT organizational model (SEI handbook) recorded for the IMC.',
    },
    COUNTRY: { value: 'country', description: 'The ISO 3166-1 alpha-2 country of the IMC.' },
    CONSTITUENCY: {
      value: 'constituency',
      description: 'The constituency served, as in the inventory records (case-insensitive).',
    },
    SIZE_BAND: {
      value: 'size-band',
      description: 'The size band by staff (SMALL below 5, MEDIUM 5-19, LARGE 20 and more).',
    },
  } as const,
})

export const SuppressionCodeEnum = builder.enumType('BenchmarkSuppressionCode', {
  description:
    'Why a benchmark statistic (or the whole cohort) is withheld: a k-anonymity threshold not reached, or no cross-organization participation.',
  values: {
    TOO_FEW_ENGAGEMENTS: {
      value: 'too-few-engagements',
      description: 'Fewer than k engagements (default 5) have a value for this statistic.',
    },
    TOO_FEW_ORGANIZATIONS: {
      value: 'too-few-organizations',
      description:
        "Fewer than k' distinct organizations (default 3) among them (cross-organization cohorts only).",
    },
    NOT_OPTED_IN: {
      value: 'not-opted-in',
      description: 'A cross-organization cohort asked for by an organization that did not opt in.',
    },
  } as const,
})

export const PositionEnum = builder.enumType('CohortPosition', {
  description: "Where the engagement's own value sits against the cohort's quartiles.",
  values: {
    BELOW_FIRST_QUARTILE: {
      value: 'below-first-quartile',
      description: 'Strictly below the first quartile (q1): in the weakest quarter.',
    },
    INTERQUARTILE: {
      value: 'interquartile',
      description: 'Between the first and third quartiles, both included: the middle half.',
    },
    ABOVE_THIRD_QUARTILE: {
      value: 'above-third-quartile',
      description: 'Strictly above the third quartile (q3): in the strongest quarter.',
    },
  } as const,
})

export const SuppressionRef = builder
  .objectRef<SuppressionReason>('BenchmarkSuppression')
  .implement({
    description: 'Why a statistic is withheld; names the threshold, never the count.',
    fields: (t) => ({
      code: t.field({
        type: SuppressionCodeEnum,
        description: 'The rule that withheld the statistic, for programs to branch on.',
        resolve: (s) => s.code,
      }),
      message: t.exposeString('message', {
        description:
          'A readable explanation naming the threshold not reached (never the actual count, which would defeat it).',
      }),
      threshold: t.int({
        nullable: true,
        description:
          'The threshold not reached (k for `TOO_FEW_ENGAGEMENTS`, k′ for `TOO_FEW_ORGANIZATIONS`), never the actual count; null for `NOT_OPTED_IN`.',
        resolve: (s) => s.threshold ?? null,
      }),
    }),
  })

export const SummaryRef = builder.objectRef<DistributionSummary>('DistributionSummary').implement({
  description:
    'Count, extremes, quartiles and median (linear interpolation, like percentile_cont).',
  fields: (t) => ({
    count: t.exposeInt('count', {
      description:
        'Cohort engagements with a value for this statistic (at least the k threshold, since a smaller cohort is withheld).',
    }),
    min: t.exposeFloat('min', { description: 'Lowest value in the cohort (0-100 scale).' }),
    q1: t.exposeFloat('q1', {
      description: 'First quartile (25th percentile, interpolated like percentile_cont), 0-100.',
    }),
    median: t.exposeFloat('median', {
      description: 'Median (50th percentile, interpolated between the two middle values), 0-100.',
    }),
    q3: t.exposeFloat('q3', {
      description: 'Third quartile (75th percentile, interpolated like percentile_cont), 0-100.',
    }),
    max: t.exposeFloat('max', { description: 'Highest value in the cohort (0-100 scale).' }),
  }),
})

export interface Statistic {
  value: number | null
  summary: DistributionSummary | null
  suppression: SuppressionReason | null
  position: CohortPosition | null
}

export const statisticFields = builder.objectRef<Statistic>('BenchmarkStatistic').implement({
  description: "A statistic of the cohort with this engagement's own value.",
  fields: (t) => ({
    value: t.exposeFloat('value', {
      nullable: true,
      description: "The engagement's value (0-100); null when unanswered or excluded.",
    }),
    summary: t.field({
      type: SummaryRef,
      nullable: true,
      description:
        "The cohort's distribution (answer values or totals); null when withheld, and then `suppression` says why.",
      resolve: (s) => s.summary,
    }),
    suppression: t.field({
      type: SuppressionRef,
      nullable: true,
      description: 'Why the statistic is withheld; null when `summary` is shown.',
      resolve: (s) => s.suppression,
    }),
    position: t.field({
      type: PositionEnum,
      nullable: true,
      description:
        "Where `value` sits against the cohort's quartiles; null when `value` or `summary` is null.",
      resolve: (s) => s.position,
    }),
  }),
})

export const DriverBenchmarkRef = builder.objectRef<DriverBenchmark>('DriverBenchmark').implement({
  description:
    "One driver's answer value against the cohort's answers to the same driver, checked for k-anonymity on its own counts (exclusions make it smaller than the whole cohort).",
  fields: (t) => ({
    driverId: t.exposeString('driverId', {
      description: 'Id of the driver in the method (shared with the cohort), e.g. `D1`.',
    }),
    shortName: t.exposeString('shortName', {
      description: "The driver's short name in the engagement's method.",
    }),
    statistic: t.field({
      type: statisticFields,
      description:
        "The engagement's answer value (0-100) with the cohort's distribution of that driver's answer values, or why it is withheld.",
      resolve: (d) => d,
    }),
  }),
})

export const CohortSizeRef = builder
  .objectRef<{ engagements: number; organizations: number }>('CohortSize')
  .implement({
    description:
      'How many members a benchmark cohort has; only shown when it reaches the k-anonymity thresholds.',
    fields: (t) => ({
      engagements: t.exposeInt('engagements', {
        description: 'Member engagements: the latest closed, scored engagement of each IMC.',
      }),
      organizations: t.exposeInt('organizations', {
        description:
          'Distinct organizations among the members (1 for an ORGANIZATION-scope cohort).',
      }),
    }),
  })

export const DimensionValueRef = builder
  .objectRef<CohortDimensionValue>('CohortDimensionValue')
  .implement({
    description:
      "A cohort dimension and the engagement's value for it, which every cohort member shares.",
    fields: (t) => ({
      dimension: t.field({
        type: CohortDimensionEnum,
        description: 'The attribute matched.',
        resolve: (d) => d.dimension,
      }),
      value: t.exposeString('value', {
        nullable: true,
        description:
          "The engagement's value (model, ISO country code, constituency or size band, as stored); null when not recorded for this IMC, and then the cohort is not restricted by it.",
      }),
    }),
  })

export const ThresholdsRef = builder
  .objectRef<{ minEngagements: number; minOrganizations: number }>('BenchmarkThresholds')
  .implement({
    description: "The k-anonymity thresholds in force (our design: k = 5, k' = 3; raise only).",
    fields: (t) => ({
      minEngagements: t.exposeInt('minEngagements', {
        description:
          'k: the fewest engagements a statistic may come from (default 5; IMMD_BENCHMARK_MIN_ENGAGEMENTS).',
      }),
      minOrganizations: t.exposeInt('minOrganizations', {
        description:
          "k': the fewest distinct organizations a cross-organization statistic may come from (default 3; IMMD_BENCHMARK_MIN_ORGANIZATIONS).",
      }),
    }),
  })
