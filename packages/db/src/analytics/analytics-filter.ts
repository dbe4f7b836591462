/**
 * The filter of portfolio analytics (issue #15) as a SQL condition on `"Engagement" e`, for the
 * raw aggregate statements of this folder. Raw statements bypass the API's tenant guard, so the
 * organizations are a required part of the filter, never optional.
 *
 * @packageDocumentation
 */

import type { Engine } from '../engine.js'
import { Prisma } from '../generated/sqlite/client.js'

/** Which engagements analytics look at. Empty lists and missing values do not filter. */
export interface AnalyticsFilter {
  /** The organizations whose engagements are counted (the viewer's): required. */
  organizationIds: readonly string[]
  organizationalModels?: readonly string[]
  /** ISO 3166-1 alpha-2 codes. */
  countries?: readonly string[]
  constituencies?: readonly string[]
  sizeBands?: readonly string[]
  /** Period: engagements created at or after this instant. */
  createdFrom?: Date | null
  /** Period: engagements created before this instant. */
  createdTo?: Date | null
}

/**
 * A date as a statement parameter that compares with the engine's stored timestamps: SQLite
 * stores ISO 8601 text (`2026-12-04T09:05:47.169Z`), which sorts like time only against the same
 * text; PostgreSQL compares timestamps.
 */
export function sqlDate(engine: Engine, date: Date): Date | string {
  return engine === 'sqlite' ? date.toISOString() : date
}

const inList = (column: Prisma.Sql, values: readonly string[] | undefined) =>
  values && values.length > 0 ? [Prisma.sql`${column} IN (${Prisma.join([...values])})`] : []

/** The filter as a condition on the engagement alias `e` (always restricted to the organizations). */
export function buildAnalyticsCondition(engine: Engine, filter: AnalyticsFilter): Prisma.Sql {
  // No organization: a condition that holds for no row (an empty IN list is not valid SQL).
  if (filter.organizationIds.length === 0) return Prisma.sql`1 = 0`
  const conditions: Prisma.Sql[] = [
    Prisma.sql`e."organizationId" IN (${Prisma.join([...filter.organizationIds])})`,
    ...inList(Prisma.sql`e."organizationalModel"`, filter.organizationalModels),
    ...inList(Prisma.sql`e."country"`, filter.countries),
    ...inList(Prisma.sql`e."constituency"`, filter.constituencies),
    ...inList(Prisma.sql`e."sizeBand"`, filter.sizeBands),
  ]
  if (filter.createdFrom) {
    conditions.push(Prisma.sql`e."createdAt" >= ${sqlDate(engine, filter.createdFrom)}`)
  }
  if (filter.createdTo) {
    conditions.push(Prisma.sql`e."createdAt" < ${sqlDate(engine, filter.createdTo)}`)
  }
  return Prisma.join(conditions, ' AND ')
}
