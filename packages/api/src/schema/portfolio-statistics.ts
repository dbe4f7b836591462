/**
 * `portfolioStatistics(filter)`: analytics over the engagements of your organizations (issue #15):
 * band distribution, distance to the success threshold, engagements by state and by age, the
 * weakest drivers and a paginated driver heatmap. Aggregated in SQL (`@immd/db/analytics`); only
 * your own organizations are ever counted.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import { z } from 'zod'
import { loadHeatmapPage } from '../analytics/driver-heatmap.js'
import {
  type BandCoverage,
  computePortfolioStatistics,
  type PortfolioBandCount,
  type PortfolioDriver,
  type PortfolioStatistics,
  resolveAnalyticsFilter,
} from '../analytics/portfolio-statistics.js'
import { builder } from '../builder.js'
import { AnswerEnum, BandEnum, EngagementStateEnum } from './enums.js'
import { HEATMAP_MAX_PAGE, HeatmapPageRef } from './portfolio-heatmap.js'
import { AgeBucketEnum, PortfolioStatisticsFilter } from './portfolio-statistics-filter.js'

const StateCountRef = builder
  .objectRef<{ state: string; count: number }>('EngagementStateCount')
  .implement({
    description: 'How many engagements matching the filter are in one lifecycle state.',
    fields: (t) => ({
      state: t.field({
        type: EngagementStateEnum,
        description: 'The lifecycle state counted.',
        resolve: (c) => c.state as typeof EngagementStateEnum.$inferType,
      }),
      count: t.exposeInt('count', { description: 'Engagements in this state (at least 1).' }),
    }),
  })

const AgeCountRef = builder
  .objectRef<{ age: typeof AgeBucketEnum.$inferType; count: number }>('EngagementAgeCount')
  .implement({
    description: 'How many engagements matching the filter were created within one age bucket.',
    fields: (t) => ({
      age: t.field({
        type: AgeBucketEnum,
        description: 'The age bucket (time since creation, at the time of the query).',
        resolve: (c) => c.age,
      }),
      count: t.exposeInt('count', { description: 'Engagements in this bucket (0 when none).' }),
    }),
  })

const BandCountRef = builder.objectRef<PortfolioBandCount>('BandCount').implement({
  description:
    'How many scored engagements matching the filter have one band as latest result, and how many ' +
    'of them rest on fewer drivers (tailoring exclusions) or thin evidence.',
  fields: (t) => ({
    band: t.field({
      type: BandEnum,
      description: 'The band of the latest result snapshot.',
      resolve: (c) => c.band,
    }),
    count: t.exposeInt('count', {
      description: 'Scored engagements in this band (0 when none).',
    }),
    withExclusions: t.exposeInt('withExclusions', {
      description:
        'Of `count`, engagements with at least one driver excluded by tailoring (scored on fewer drivers).',
    }),
    lowConfidence: t.exposeInt('lowConfidence', {
      description:
        "Of `count`, engagements with at least one answered, non-excluded driver on fewer than `BandCoverage.thinEvidenceItems` data items coded + / - / 0 (the method's first low-confidence rule; the rules on interviewee ratings are not counted here, so this is a lower bound).",
    }),
  }),
})

const BandCoverageRef = builder.objectRef<BandCoverage>('BandCoverage').implement({
  description: 'The evidence behind the band distribution as a whole.',
  fields: (t) => ({
    scored: t.exposeInt('scored', { description: 'Engagements with a band (the distribution).' }),
    unscored: t.exposeInt('unscored', {
      description: 'Engagements matching the filter without a result yet: not in any band.',
    }),
    withExclusions: t.exposeInt('withExclusions', {
      description: 'Scored engagements with at least one driver excluded by tailoring.',
    }),
    lowConfidence: t.exposeInt('lowConfidence', {
      description: 'Scored engagements with at least one answered driver on thin evidence.',
    }),
    thinEvidenceItems: t.exposeInt('thinEvidenceItems', {
      description:
        'Fewer coded data items than this on an answered driver count as thin evidence (minItems of immd-1.0).',
    }),
  }),
})

const ThresholdDistanceRef = builder
  .objectRef<{ differentialBands: number; count: number }>('ThresholdDistanceCount')
  .implement({
    description: 'Scored engagements at one success differential (threshold − current band).',
    fields: (t) => ({
      differentialBands: t.exposeInt('differentialBands', {
        description: '> 0: that many bands below the threshold; ≤ 0: meets it.',
      }),
      count: t.exposeInt('count', {
        description: 'Scored engagements at this differential (at least 1).',
      }),
    }),
  })

const PortfolioAnswerCountRef = builder
  .objectRef<{ answer: AnswerId; count: number }>('PortfolioAnswerCount')
  .implement({
    description:
      'How many scored engagements gave one answer to a driver (excluded drivers not counted).',
    fields: (t) => ({
      answer: t.field({
        type: AnswerEnum,
        description: 'The answer counted.',
        resolve: (c) => c.answer,
      }),
      count: t.exposeInt('count', {
        description: 'Scored engagements with this answer (0 when none).',
      }),
    }),
  })

const PortfolioDriverRef = builder
  .objectRef<PortfolioDriver>('PortfolioDriverStatistics')
  .implement({
    description:
      "One driver across the scored engagements (excluded drivers left out); values on the answer scale's 0-100 (`[INF]`).",
    fields: (t) => ({
      driverId: t.exposeString('driverId', { description: 'Id of the driver, e.g. `D1`.' }),
      shortName: t.exposeString('shortName', {
        description: "The driver's short name in the built-in method (its id if unknown there).",
      }),
      engagements: t.exposeInt('engagements', {
        description: 'Scored engagements that answered it.',
      }),
      mean: t.exposeFloat('mean', {
        description: 'Mean answer value (0-100) over those engagements; the ranking key.',
      }),
      median: t.exposeFloat('median', {
        description: 'Median answer value (0-100), interpolated like percentile_cont.',
      }),
      q1: t.exposeFloat('q1', { description: 'First quartile.' }),
      q3: t.exposeFloat('q3', { description: 'Third quartile.' }),
      answers: t.field({
        type: [PortfolioAnswerCountRef],
        description: 'Engagements per answer, every answer of the scale listed once, NO first.',
        resolve: (d) => d.answers,
      }),
    }),
  })

const PortfolioStatisticsRef = builder
  .objectRef<PortfolioStatistics>('PortfolioStatistics')
  .implement({
    description:
      'Aggregates over the engagements of your organizations matching the filter; nothing of another organization.',
    fields: (t) => ({
      engagements: t.exposeInt('engagements', { description: 'Engagements matching the filter.' }),
      scored: t.exposeInt('scored', { description: 'Of which have a result (band).' }),
      byState: t.field({
        type: [StateCountRef],
        description: 'Engagements per lifecycle state; states with none are left out.',
        resolve: (s) => s.byState,
      }),
      byAge: t.field({
        type: [AgeCountRef],
        description: 'Engagements per age since creation, every bucket listed, youngest first.',
        resolve: (s) => s.byAge,
      }),
      bands: t.field({
        type: [BandCountRef],
        description: 'Scored engagements per band of the latest result, Minimal first.',
        resolve: (s) => s.bands,
      }),
      bandCoverage: t.field({
        type: BandCoverageRef,
        description:
          'Scored, unscored, with exclusions and low confidence: what stands behind `bands`.',
        resolve: (s) => s.bandCoverage,
      }),
      thresholdDistance: t.field({
        type: [ThresholdDistanceRef],
        description: 'Scored engagements with a threshold, per success differential.',
        resolve: (s) => s.thresholdDistance,
      }),
      meetingThreshold: t.exposeInt('meetingThreshold', {
        description:
          'Scored engagements whose latest band reaches their success threshold (differential ≤ 0).',
      }),
      belowThreshold: t.exposeInt('belowThreshold', {
        description:
          'Scored engagements whose latest band is below their success threshold (differential > 0).',
      }),
      withoutThreshold: t.exposeInt('withoutThreshold', {
        description: 'Scored engagements with no success threshold set.',
      }),
      weakestDrivers: t.field({
        type: [PortfolioDriverRef],
        description: 'Drivers by mean answer value, weakest first.',
        resolve: (s) => s.weakestDrivers,
      }),
      heatmap: t.field({
        type: HeatmapPageRef,
        description: `Engagements × drivers with each answer, ${HEATMAP_MAX_PAGE} rows at most per page.`,
        args: {
          first: t.arg.int({
            defaultValue: 25,
            description: `Rows per page, 1 to ${HEATMAP_MAX_PAGE} (default 25).`,
            validate: z.number().int().min(1).max(HEATMAP_MAX_PAGE),
          }),
          after: t.arg.string({
            description:
              'The `endCursor` of the previous page; absent (or unreadable) starts from the first row.',
          }),
        },
        resolve: (s, args, ctx) => loadHeatmapPage(ctx, s.filter, args.first ?? 25, args.after),
      }),
    }),
  })

builder.queryField('portfolioStatistics', (t) =>
  t.field({
    type: PortfolioStatisticsRef,
    description:
      'Portfolio analytics of your organizations (band distribution, distance to threshold, state, age, weakest drivers, heatmap), computed in the database.',
    args: {
      filter: t.arg({
        type: PortfolioStatisticsFilter,
        description: 'Narrows the engagements counted; absent: all of your organizations.',
      }),
    },
    authScopes: { authenticated: true },
    resolve: (_root, { filter }, ctx) =>
      computePortfolioStatistics(
        ctx,
        resolveAnalyticsFilter(ctx, {
          organizationId: filter?.organizationId?.id ?? null,
          organizationalModels: filter?.organizationalModel ?? null,
          countries: filter?.country ?? null,
          constituencies: filter?.constituency ?? null,
          sizeBands: filter?.sizeBand ?? null,
          createdFrom: filter?.createdFrom ?? null,
          createdTo: filter?.createdTo ?? null,
        }),
      ),
  }),
)
