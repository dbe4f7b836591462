/**
 * The portfolio: `engagements(first, after, last, before, filter, orderBy)`, a Relay connection over
 * the engagements of your organizations. Filters and orders use the denormalised, indexed columns
 * of Engagement (state, latestBand, latestTotal, successThreshold, updatedAt), so a page costs one
 * query plus one count, whatever its size.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { z } from 'zod'
import { readableOrganizationIds, type Viewer } from '../auth/viewer.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { BandEnum, EngagementStateEnum } from './enums.js'
import { OrganizationRef } from './organization.js'

const EngagementFilter = builder.inputType('EngagementFilter', {
  description: 'Every given condition must hold; list conditions match any of their values.',
  fields: (t) => ({
    organizationId: t.globalID({ for: OrganizationRef }),
    state: t.field({ type: [EngagementStateEnum] }),
    band: t.field({ type: [BandEnum], description: 'Band of the latest result.' }),
    threshold: t.field({ type: [BandEnum], description: 'Success threshold.' }),
    search: t.string({
      description: 'Case-insensitive text in the title or IMC id.',
      validate: z.string().trim().min(1).max(200),
    }),
    updatedAfter: t.field({ type: 'DateTime' }),
  }),
})

const EngagementOrderField = builder.enumType('EngagementOrderField', {
  values: {
    UPDATED_AT: { value: 'updatedAt' },
    TITLE: { value: 'title' },
    TOTAL: { value: 'latestTotal' },
    STATE: { value: 'state' },
  } as const,
})

const OrderDirection = builder.enumType('OrderDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
})

const EngagementOrder = builder.inputType('EngagementOrder', {
  fields: (t) => ({
    field: t.field({ type: EngagementOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'desc' }),
  }),
})

type Filter = typeof EngagementFilter.$inferInput

/** The Prisma `where` of a portfolio page; always limited to the viewer's organizations. */
function buildWhere(viewer: Viewer, engine: ApiContext['db']['engine'], filter?: Filter | null) {
  const readable = readableOrganizationIds(viewer)
  const organizationIds = filter?.organizationId
    ? readable.filter((id) => id === filter.organizationId?.id)
    : readable
  // SQLite's LIKE is case-insensitive for ASCII already; PostgreSQL needs `mode: 'insensitive'`.
  const contains = (text: string) =>
    (engine === 'postgresql' ? { contains: text, mode: 'insensitive' } : { contains: text }) as {
      contains: string
    }
  const where: Prisma.EngagementWhereInput = { organizationId: { in: organizationIds } }
  if (filter?.state?.length) where.state = { in: filter.state }
  if (filter?.band?.length) where.latestBand = { in: filter.band }
  if (filter?.threshold?.length) where.successThreshold = { in: filter.threshold }
  if (filter?.updatedAfter) where.updatedAt = { gt: filter.updatedAfter }
  if (filter?.search) {
    where.OR = [{ title: contains(filter.search) }, { imcId: contains(filter.search) }]
  }
  return where
}

builder.queryField('engagements', (t) =>
  t.prismaConnection({
    type: 'Engagement',
    cursor: 'id',
    nullable: true,
    defaultSize: 20,
    maxSize: 100,
    description: 'Engagements of your organizations; newest change first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: EngagementFilter }),
      orderBy: t.arg({ type: EngagementOrder }),
    },
    authScopes: { authenticated: true },
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.engagement.count({ where: buildWhere(ctx.viewer, ctx.db.engine, args.filter) }),
    resolve: (query, _root, args, ctx) => {
      const field = args.orderBy?.field ?? 'updatedAt'
      const direction = args.orderBy?.direction ?? 'desc'
      // Totals are null until A4: keep them last whichever way the page is sorted.
      const primary =
        field === 'latestTotal'
          ? { latestTotal: { sort: direction, nulls: 'last' } }
          : { [field]: direction }
      return ctx.db.prisma.engagement.findMany({
        ...query,
        where: buildWhere(ctx.viewer, ctx.db.engine, args.filter),
        orderBy: [primary as Prisma.EngagementOrderByWithRelationInput, { id: direction }],
      })
    },
  }),
)
