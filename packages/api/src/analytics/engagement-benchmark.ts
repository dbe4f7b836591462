/**
 * `Engagement.benchmark`: one engagement against its cohort (issue #15). Inside the organization by
 * default; across organizations only when the engagement's organization opted in, and then with
 * every opted-in organization, as k-anonymous aggregates only (`@immd/core/analytics`). The
 * cohort's counts come from one statement (`@immd/db/analytics/cohort-counts`) that selects the
 * opted-in organizations itself, so no other tenant's id, name or row reaches this process.
 *
 * @packageDocumentation
 */
import {
  benchmarkEngagement,
  type EngagementBenchmark,
} from '@immd/core/analytics/cohort-benchmark'
import type { PrivacyThresholds, SuppressionReason } from '@immd/core/analytics/k-anonymity'
import { getBuiltInMethod } from '@immd/core/method'
import type { AnswerId, MethodDefinition } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import { requireLocalizedMethod } from '../methods.js'
import type { CohortKey } from './cohort-loader.js'

/** Where a cohort's members come from. */
export type BenchmarkScope = 'organization' | 'cross-organization'

/** The attributes a cohort can be matched on. */
export type CohortDimension = 'organizational-model' | 'country' | 'constituency' | 'size-band'

/** What the benchmark reads of the engagement (the field's `select`). */
export const BENCHMARK_SELECT = {
  id: true,
  organizationId: true,
  methodVersion: true,
  latestTotal: true,
  organizationalModel: true,
  country: true,
  constituency: true,
  sizeBand: true,
  evaluations: { select: { driverId: true, answer: true } },
  exclusions: { select: { driverId: true } },
} as const

/** The engagement row the benchmark needs. */
export interface BenchmarkRow {
  id: string
  organizationId: string
  methodVersion: string
  latestTotal: number | null
  organizationalModel: string | null
  country: string | null
  constituency: string | null
  sizeBand: string | null
  evaluations: { driverId: string; answer: string | null }[]
  exclusions: { driverId: string }[]
}

/** A cohort attribute and the engagement's value for it (`null`: not recorded, not matched). */
export interface CohortDimensionValue {
  dimension: CohortDimension
  value: string | null
}

/** The benchmark as the API answers it. */
export interface BenchmarkResult extends EngagementBenchmark {
  scope: BenchmarkScope
  dimensions: CohortDimensionValue[]
  thresholds: PrivacyThresholds
}

const COLUMN: Record<
  CohortDimension,
  'organizationalModel' | 'country' | 'constituency' | 'sizeBand'
> = {
  'organizational-model': 'organizationalModel',
  country: 'country',
  constituency: 'constituency',
  'size-band': 'sizeBand',
}

/** The drivers every cohort member's method has: the base method's (or the method's own). */
function cohortDriverIdsOf(method: MethodDefinition): string[] {
  const base = method.basedOn ? getBuiltInMethod(method.basedOn) : null
  return (base ?? getBuiltInMethod(method.version) ?? method).drivers.map((driver) => driver.id)
}

const NOT_OPTED_IN: SuppressionReason = {
  code: 'not-opted-in',
  message:
    'Withheld: this organization has not opted in to cross-organization benchmarks (an admin can, with setBenchmarkParticipation); its cohorts stay inside the organization.',
}

/** Options of {@link benchmarkEngagementRow}. */
export interface BenchmarkOptions {
  scope: BenchmarkScope
  dimensions: readonly CohortDimension[]
}

/** Computes the benchmark of one engagement row. */
export async function benchmarkEngagementRow(
  ctx: ApiContext,
  row: BenchmarkRow,
  options: BenchmarkOptions,
): Promise<BenchmarkResult> {
  const thresholds = ctx.auth.options.benchmarkPrivacy
  const dimensions = [...new Set(options.dimensions)].map((dimension) => ({
    dimension,
    value: row[COLUMN[dimension]],
  }))
  const crossOrganization = options.scope === 'cross-organization'
  const key: CohortKey = {
    organizationId: row.organizationId,
    methodVersion: row.methodVersion,
    scope: options.scope,
  }
  for (const { dimension, value } of dimensions) key[COLUMN[dimension]] = value
  // Asked before any other await, so that the page's two scopes land in one batch (one statement).
  const loading = ctx.loaders.cohortCounts.load(key)
  // Localized for the driver short names; scoring reads ids and values, never texts.
  const method = await requireLocalizedMethod(ctx.loaders, row.methodVersion, ctx.locale)
  const { optedIn, counts } = await loading
  const benchmark = benchmarkEngagement({
    method,
    cohortDriverIds: cohortDriverIdsOf(method),
    answers: Object.fromEntries(
      row.evaluations.map((e) => [e.driverId, (e.answer ?? null) as AnswerId | null]),
    ),
    excludedDriverIds: row.exclusions.map((e) => e.driverId),
    total: row.latestTotal,
    crossOrganization,
    cohort: counts.cohort,
    drivers: counts.drivers,
    totals: counts.totals,
    thresholds,
  })
  const noteDetails = [...benchmark.noteDetails]
  for (const { dimension, value } of dimensions) {
    if (value === null) {
      noteDetails.push({
        code: 'dimension-not-recorded',
        message: `No ${dimension.replace('-', ' ')} is recorded for this IMC: the cohort is not restricted by it.`,
        driverIds: [],
        methodVersion: null,
        sharedDriverCount: null,
        dimension,
      })
    }
  }
  const notes = noteDetails.map((note) => note.message)
  if (crossOrganization && !optedIn) {
    return withSuppression(
      { ...benchmark, notes, noteDetails },
      NOT_OPTED_IN,
      options.scope,
      dimensions,
      thresholds,
    )
  }
  return { ...benchmark, notes, noteDetails, scope: options.scope, dimensions, thresholds }
}

/** The benchmark with every statistic withheld for one reason. */
function withSuppression(
  benchmark: EngagementBenchmark,
  reason: SuppressionReason,
  scope: BenchmarkScope,
  dimensions: CohortDimensionValue[],
  thresholds: PrivacyThresholds,
): BenchmarkResult {
  const withhold = <T extends { summary: unknown; suppression: unknown; position: unknown }>(
    s: T,
  ) => ({
    ...s,
    summary: null,
    suppression: reason,
    position: null,
  })
  return {
    ...benchmark,
    cohortSize: null,
    suppression: reason,
    total: withhold(benchmark.total),
    drivers: benchmark.drivers.map(withhold),
    scope,
    dimensions,
    thresholds,
  }
}
