/**
 * The SQL side of the portfolio as Prisma arguments: the `where` and order of both the
 * `engagements` connection (`schema/engagements.ts`) and the streamed export,
 * plus the keyset condition that continues after the last row of a chunk. A keyset instead of
 * OFFSET keeps each chunk's cost flat however deep the export is.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiDatabase, ApiPrismaClient } from '../database.js'
import { searchWhere } from './portfolio-search.js'
import type { PortfolioFilter, PortfolioOrder } from './portfolio-types.js'

/** The columns a keyset continues from: the order column and the id. */
export interface PortfolioKey {
  id: string
  updatedAt: Date
  title: string
  latestTotal: number | null
  state: string
}

/** The list filters and the column each one matches (`state: [A, B]` → `state IN (A, B)`). */
export const FILTER_COLUMNS = {
  state: 'state',
  band: 'latestBand',
  threshold: 'successThreshold',
} as const satisfies Partial<Record<keyof PortfolioFilter, keyof Prisma.EngagementWhereInput>>

/** The viewer's readable organizations, narrowed to `filter.organizationId` when one is named. */
export function narrowOrganizationIds(
  readable: readonly string[],
  filter: Pick<PortfolioFilter, 'organizationId'>,
): string[] {
  return filter.organizationId
    ? readable.filter((id) => id === filter.organizationId)
    : [...readable]
}

/** Options of {@link portfolioWhere}. */
export interface PortfolioWhereOptions {
  /** The request's (tenant-guarded) client: search on SQLite reads the FTS5 table first. */
  prisma: ApiPrismaClient
  engine: ApiDatabase['engine']
  /** The viewer's readable organizations (`readableOrganizationIds`). */
  readableOrganizationIds: readonly string[]
  filter: PortfolioFilter
}

/**
 * The `where` of a portfolio page or export: the viewer's readable organizations (narrowed by
 * `filter.organizationId`) and the filter, identical for the `engagements` connection and the
 * export. Search is literal on both engines (`portfolio-search.ts`).
 */
export async function portfolioWhere(
  options: PortfolioWhereOptions,
): Promise<Prisma.EngagementWhereInput> {
  const { filter } = options
  const organizationIds = narrowOrganizationIds(options.readableOrganizationIds, filter)
  const where: Prisma.EngagementWhereInput = { organizationId: { in: organizationIds } }
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const values = filter[key as keyof typeof FILTER_COLUMNS]
    if (values?.length) where[column] = { in: values }
  }
  if (filter.updatedAfter) where.updatedAt = { gt: filter.updatedAfter }
  if (filter.search) {
    where.AND = [
      await searchWhere({
        prisma: options.prisma,
        engine: options.engine,
        organizationIds,
        text: filter.search,
      }),
    ]
  }
  return where
}

/** The connection's order: the column, then the id in the same direction. */
export function portfolioOrderBy(
  order: PortfolioOrder,
): Prisma.EngagementOrderByWithRelationInput[] {
  // Totals are null until A4: last whichever way the export is sorted, as on the connection.
  const primary =
    order.field === 'latestTotal'
      ? { latestTotal: { sort: order.direction, nulls: 'last' } }
      : { [order.field]: order.direction }
  return [primary as Prisma.EngagementOrderByWithRelationInput, { id: order.direction }]
}

/** Rows strictly after `last` in {@link portfolioOrderBy}'s order. */
export function portfolioAfter(
  order: PortfolioOrder,
  last: PortfolioKey,
): Prisma.EngagementWhereInput {
  const beyond = order.direction === 'asc' ? 'gt' : 'lt'
  const idBeyond = { id: { [beyond]: last.id } }
  if (order.field === 'latestTotal') {
    const value = last.latestTotal
    // Nulls come last: after a null only nulls with a later id follow; after a number, larger
    // (or smaller) numbers, the same number with a later id, then every null.
    if (value === null) return { latestTotal: null, ...idBeyond }
    return {
      OR: [
        { latestTotal: { [beyond]: value } },
        { latestTotal: value, ...idBeyond },
        { latestTotal: null },
      ],
    }
  }
  const value = last[order.field]
  const from = order.direction === 'asc' ? 'gte' : 'lte'
  // The redundant bound `field >= value` lets both engines start the index range there instead
  // of filtering every earlier row out of it (an OR alone is not a range condition).
  return {
    [order.field]: { [from]: value },
    OR: [{ [order.field]: { [beyond]: value } }, { [order.field]: value, ...idBeyond }],
  }
}
