/**
 * `Engagement.benchmark(scope, dimensions)`: where each driver and the total of an engagement sit
 * in a cohort of comparable IMCs, as median and quartiles, with the k-anonymity rules of issue #15
 * (docs/api.md "Benchmarks and privacy"). A withheld statistic carries its reason; a cohort below
 * the thresholds hides its size.
 *
 * @packageDocumentation
 */
import type { BenchmarkNote } from '@immd/core/analytics/cohort-benchmark'
import {
  BENCHMARK_SELECT,
  type BenchmarkResult,
  benchmarkEngagementRow,
  type CohortDimension,
} from '../analytics/engagement-benchmark.js'
import { builder } from '../builder.js'
import {
  BenchmarkScopeEnum,
  CohortDimensionEnum,
  CohortSizeRef,
  DimensionValueRef,
  DriverBenchmarkRef,
  SuppressionRef,
  statisticFields,
  ThresholdsRef,
} from './engagement-benchmark-types.js'

const EngagementBenchmarkRef = builder.objectRef<BenchmarkResult>('EngagementBenchmark').implement({
  description:
    'The engagement against a cohort of comparable IMCs (the latest closed, scored assessment of each).',
  fields: (t) => ({
    scope: t.field({
      type: BenchmarkScopeEnum,
      description: 'The scope asked for (a CROSS_ORGANIZATION result may be withheld).',
      resolve: (b) => b.scope,
    }),
    dimensions: t.field({
      type: [DimensionValueRef],
      description:
        "The dimensions asked for (duplicates removed), each with the engagement's value that members share.",
      resolve: (b) => b.dimensions,
    }),
    thresholds: t.field({
      type: ThresholdsRef,
      description: 'The k-anonymity thresholds this result was checked against.',
      resolve: (b) => b.thresholds,
    }),
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
    drivers: t.field({
      type: [DriverBenchmarkRef],
      description: 'One line per shared driver, in method order; each may be withheld on its own.',
      resolve: (b) => b.drivers,
    }),
    sharedDriverIds: t.exposeStringList('sharedDriverIds', {
      description:
        "Drivers compared: those the engagement's method shares (by id) with the cohort's base method.",
    }),
    unsharedDriverIds: t.exposeStringList('unsharedDriverIds', {
      description: "Drivers of a tailored method with no counterpart in the cohort's method.",
    }),
    notes: t.exposeStringList('notes', {
      description:
        'Sentences qualifying the comparison (English): drivers left out by tailoring or exclusion, dimensions not recorded. `noteDetails` has the same notes as codes with values.',
    }),
    noteDetails: t.field({
      type: [BenchmarkNoteRef],
      description: 'The notes as codes with their values, in the order of `notes`.',
      resolve: (benchmark) => benchmark.noteDetails,
    }),
  }),
})

const BenchmarkNoteRef = builder.objectRef<BenchmarkNote>('BenchmarkNote').implement({
  description:
    'One note qualifying a benchmark, as a code with its values (write it in any language).',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: '`tailored-method`, `excluded-drivers` or `dimension-not-recorded`.',
    }),
    message: t.exposeString('message', { description: 'The note in English.' }),
    driverIds: t.exposeStringList('driverIds', {
      description:
        'tailored-method: the drivers with no counterpart in the cohort; excluded-drivers: the drivers excluded by tailoring.',
    }),
    methodVersion: t.exposeString('methodVersion', {
      nullable: true,
      description: 'tailored-method: the tailored method version.',
    }),
    sharedDriverCount: t.exposeInt('sharedDriverCount', {
      nullable: true,
      description: 'tailored-method: drivers compared (shared with the cohort).',
    }),
    dimension: t.exposeString('dimension', {
      nullable: true,
      description: 'dimension-not-recorded: the cohort dimension (e.g. `country`).',
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  benchmark: t.field({
    type: EngagementBenchmarkRef,
    description:
      "Median and quartiles per driver and of the total in a cohort of comparable IMCs, k-anonymous (docs/api.md 'Benchmarks and privacy').",
    args: {
      scope: t.arg({
        type: BenchmarkScopeEnum,
        defaultValue: 'organization',
        description:
          'ORGANIZATION (default) or CROSS_ORGANIZATION, which requires your organization to have opted in.',
      }),
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
