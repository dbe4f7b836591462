/**
 * `Engagement.benchmark(scope, dimensions)`: where each driver and the total of an engagement sit
 * in a cohort of comparable IMCs, as median and quartiles, with the k-anonymity rules of issue #15
 * (docs/api.md "Benchmarks and privacy"). A withheld statistic carries its reason; a cohort below
 * the thresholds hides its size.
 *
 * @packageDocumentation
 */
import type { CohortPosition, DriverBenchmark } from '@immd/core/analytics/cohort-benchmark'
import type { SuppressionReason } from '@immd/core/analytics/k-anonymity'
import type { DistributionSummary } from '@immd/core/analytics/quantiles'
import {
  BENCHMARK_SELECT,
  type BenchmarkResult,
  benchmarkEngagementRow,
  type CohortDimension,
  type CohortDimensionValue,
} from '../analytics/engagement-benchmark.js'
import { builder } from '../builder.js'

const BenchmarkScopeEnum = builder.enumType('BenchmarkScope', {
  values: {
    ORGANIZATION: { value: 'organization', description: "Your organization's engagements only." },
    CROSS_ORGANIZATION: {
      value: 'cross-organization',
      description:
        'Every organization that opted in (yours must have), as k-anonymous aggregates only.',
    },
  } as const,
})

const CohortDimensionEnum = builder.enumType('CohortDimension', {
  description:
    'An attribute cohort members must share with the engagement (from its inventory records).',
  values: {
    ORGANIZATIONAL_MODEL: { value: 'organizational-model' },
    COUNTRY: { value: 'country' },
    CONSTITUENCY: { value: 'constituency' },
    SIZE_BAND: { value: 'size-band' },
  } as const,
})

const SuppressionCodeEnum = builder.enumType('BenchmarkSuppressionCode', {
  values: {
    TOO_FEW_ENGAGEMENTS: { value: 'too-few-engagements', description: 'Fewer than k engagements.' },
    TOO_FEW_ORGANIZATIONS: {
      value: 'too-few-organizations',
      description: "Fewer than k' distinct organizations (cross-organization cohorts).",
    },
    NOT_OPTED_IN: {
      value: 'not-opted-in',
      description: 'A cross-organization cohort asked for by an organization that did not opt in.',
    },
  } as const,
})

const PositionEnum = builder.enumType('CohortPosition', {
  values: {
    BELOW_FIRST_QUARTILE: { value: 'below-first-quartile' },
    INTERQUARTILE: { value: 'interquartile' },
    ABOVE_THIRD_QUARTILE: { value: 'above-third-quartile' },
  } as const,
})

const SuppressionRef = builder.objectRef<SuppressionReason>('BenchmarkSuppression').implement({
  description: 'Why a statistic is withheld; names the threshold, never the count.',
  fields: (t) => ({
    code: t.field({ type: SuppressionCodeEnum, resolve: (s) => s.code }),
    message: t.exposeString('message'),
  }),
})

const SummaryRef = builder.objectRef<DistributionSummary>('DistributionSummary').implement({
  description:
    'Count, extremes, quartiles and median (linear interpolation, like percentile_cont).',
  fields: (t) => ({
    count: t.exposeInt('count'),
    min: t.exposeFloat('min'),
    q1: t.exposeFloat('q1'),
    median: t.exposeFloat('median'),
    q3: t.exposeFloat('q3'),
    max: t.exposeFloat('max'),
  }),
})

interface Statistic {
  value: number | null
  summary: DistributionSummary | null
  suppression: SuppressionReason | null
  position: CohortPosition | null
}

const statisticFields = builder.objectRef<Statistic>('BenchmarkStatistic').implement({
  description: "A statistic of the cohort with this engagement's own value.",
  fields: (t) => ({
    value: t.exposeFloat('value', {
      nullable: true,
      description: "The engagement's value (0-100); null when unanswered or excluded.",
    }),
    summary: t.field({ type: SummaryRef, nullable: true, resolve: (s) => s.summary }),
    suppression: t.field({ type: SuppressionRef, nullable: true, resolve: (s) => s.suppression }),
    position: t.field({ type: PositionEnum, nullable: true, resolve: (s) => s.position }),
  }),
})

const DriverBenchmarkRef = builder.objectRef<DriverBenchmark>('DriverBenchmark').implement({
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    shortName: t.exposeString('shortName'),
    statistic: t.field({ type: statisticFields, resolve: (d) => d }),
  }),
})

const CohortSizeRef = builder
  .objectRef<{ engagements: number; organizations: number }>('CohortSize')
  .implement({
    fields: (t) => ({
      engagements: t.exposeInt('engagements'),
      organizations: t.exposeInt('organizations'),
    }),
  })

const DimensionValueRef = builder
  .objectRef<CohortDimensionValue>('CohortDimensionValue')
  .implement({
    fields: (t) => ({
      dimension: t.field({ type: CohortDimensionEnum, resolve: (d) => d.dimension }),
      value: t.exposeString('value', {
        nullable: true,
        description: 'Not recorded for this IMC: the cohort is not restricted by it.',
      }),
    }),
  })

const ThresholdsRef = builder
  .objectRef<{ minEngagements: number; minOrganizations: number }>('BenchmarkThresholds')
  .implement({
    description: "The k-anonymity thresholds in force (our design: k = 5, k' = 3; raise only).",
    fields: (t) => ({
      minEngagements: t.exposeInt('minEngagements'),
      minOrganizations: t.exposeInt('minOrganizations'),
    }),
  })

const EngagementBenchmarkRef = builder.objectRef<BenchmarkResult>('EngagementBenchmark').implement({
  description:
    'The engagement against a cohort of comparable IMCs (the latest closed, scored assessment of each).',
  fields: (t) => ({
    scope: t.field({ type: BenchmarkScopeEnum, resolve: (b) => b.scope }),
    dimensions: t.field({ type: [DimensionValueRef], resolve: (b) => b.dimensions }),
    thresholds: t.field({ type: ThresholdsRef, resolve: (b) => b.thresholds }),
    cohortSize: t.field({
      type: CohortSizeRef,
      nullable: true,
      description: 'Null when the cohort is below the thresholds.',
      resolve: (b) => b.cohortSize,
    }),
    suppression: t.field({
      type: SuppressionRef,
      nullable: true,
      description: 'Set when the whole cohort is withheld.',
      resolve: (b) => b.suppression,
    }),
    total: t.field({
      type: statisticFields,
      description: 'The total, compared with cohort members of the same method version only.',
      resolve: (b) => b.total,
    }),
    drivers: t.field({ type: [DriverBenchmarkRef], resolve: (b) => b.drivers }),
    sharedDriverIds: t.exposeStringList('sharedDriverIds'),
    unsharedDriverIds: t.exposeStringList('unsharedDriverIds', {
      description: "Drivers of a tailored method with no counterpart in the cohort's method.",
    }),
    notes: t.exposeStringList('notes'),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  benchmark: t.field({
    type: EngagementBenchmarkRef,
    description:
      "Median and quartiles per driver and of the total in a cohort of comparable IMCs, k-anonymous (docs/api.md 'Benchmarks and privacy').",
    args: {
      scope: t.arg({ type: BenchmarkScopeEnum, defaultValue: 'organization' }),
      dimensions: t.arg({
        type: [CohortDimensionEnum],
        defaultValue: ['organizational-model'],
        description:
          'Attributes members must share; an attribute not recorded for the IMC is ignored.',
      }),
    },
    select: BENCHMARK_SELECT,
    resolve: (engagement, args, ctx) =>
      benchmarkEngagementRow(ctx, engagement, {
        scope: args.scope ?? 'organization',
        dimensions: (args.dimensions ?? ['organizational-model']) as CohortDimension[],
      }),
  }),
}))
