/**
 * The portfolio's driver heatmap (issue #15): engagements × drivers with each cell's answer, one
 * page at a time (keyset on title and id), filtered like the statistics. One statement per page:
 * the engagements with their answers and exclusions (joined on PostgreSQL, three statements on
 * SQLite, whose client cannot join relations).
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import type { AnalyticsFilter } from '@immd/db/analytics/analytics-filter'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiContext } from '../context.js'

/** One cell: a driver's answer, or why there is none. */
export interface HeatmapCell {
  driverId: string
  answer: AnswerId | null
  excluded: boolean
}

/** One row of the heatmap. */
export interface HeatmapRow {
  engagementId: string
  title: string
  state: string
  latestBand: string | null
  latestTotal: number | null
  cells: HeatmapCell[]
}

/** One page of rows. */
export interface HeatmapPage {
  rows: HeatmapRow[]
  endCursor: string | null
  hasNextPage: boolean
}

/** The Prisma `where` of a filter (the same conditions as the aggregate statements). */
export function analyticsWhere(filter: AnalyticsFilter): Prisma.EngagementWhereInput {
  const list = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? { in: [...values] } : undefined
  return {
    organizationId: { in: [...filter.organizationIds] },
    organizationalModel: list(filter.organizationalModels),
    country: list(filter.countries),
    constituency: list(filter.constituencies),
    sizeBand: list(filter.sizeBands),
    createdAt: {
      ...(filter.createdFrom ? { gte: filter.createdFrom } : {}),
      ...(filter.createdTo ? { lt: filter.createdTo } : {}),
    },
  }
}

function encodeCursor(row: { title: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.title, row.id])).toString('base64url')
}

function decodeCursor(cursor: string): { title: string; id: string } | null {
  try {
    const [title, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    return typeof title === 'string' && typeof id === 'string' ? { title, id } : null
  } catch {
    return null
  }
}

/** Loads one page of the heatmap, in title order. An unreadable cursor starts from the top. */
export async function loadHeatmapPage(
  ctx: ApiContext,
  filter: AnalyticsFilter,
  first: number,
  after: string | null | undefined,
): Promise<HeatmapPage> {
  const from = after ? decodeCursor(after) : null
  const where: Prisma.EngagementWhereInput = from
    ? {
        AND: [
          analyticsWhere(filter),
          { OR: [{ title: { gt: from.title } }, { title: from.title, id: { gt: from.id } }] },
        ],
      }
    : analyticsWhere(filter)
  const rows = await ctx.db.prisma.engagement.findMany({
    where,
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: first + 1,
    select: {
      id: true,
      title: true,
      state: true,
      latestBand: true,
      latestTotal: true,
      evaluations: { select: { driverId: true, answer: true } },
      exclusions: { select: { driverId: true } },
    },
  })
  const page = rows.slice(0, first)
  const last = page[page.length - 1]
  return {
    rows: page.map((row) => {
      const excluded = new Set(row.exclusions.map((e) => e.driverId))
      return {
        engagementId: row.id,
        title: row.title,
        state: row.state,
        latestBand: row.latestBand,
        latestTotal: row.latestTotal,
        cells: row.evaluations
          .map((evaluation) => ({
            driverId: evaluation.driverId,
            answer: excluded.has(evaluation.driverId)
              ? null
              : ((evaluation.answer ?? null) as AnswerId | null),
            excluded: excluded.has(evaluation.driverId),
          }))
          .sort((a, b) => a.driverId.localeCompare(b.driverId, 'en', { numeric: true })),
      }
    }),
    endCursor: last ? encodeCursor(last) : null,
    hasNextPage: rows.length > first,
  }
}
