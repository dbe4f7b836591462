/**
 * The portfolio: `engagements(first, after, last, before, filter, orderBy)`, a Relay connection over
 * the engagements of your organizations. Filters and orders use the denormalised, indexed columns
 * of Engagement (state, latestBand, latestTotal, successThreshold, updatedAt), so a page costs one
 * query plus one count, whatever its size.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { readableOrganizationIds, type Viewer } from '../auth/viewer.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { portfolioOrderBy, portfolioWhere } from '../exports/portfolio-where.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
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

/**
 * The Prisma `where` of a portfolio page; always limited to the viewer's organizations. Built by
 * the same function as the streamed export (`exports/portfolio-where.ts`), so both answer the same
 * rows for the same filter.
 */
function buildWhere(viewer: Viewer, engine: ApiContext['db']['engine'], filter?: Filter | null) {
  return portfolioWhere(readableOrganizationIds(viewer), engine, {
    organizationId: filter?.organizationId?.id,
    state: filter?.state ?? undefined,
    band: filter?.band ?? undefined,
    threshold: filter?.threshold ?? undefined,
    search: filter?.search ?? undefined,
    updatedAfter: filter?.updatedAfter ?? undefined,
  })
}

builder.queryField('engagements', (t) =>
  t.prismaConnection({
    type: 'Engagement',
    cursor: 'id',
    nullable: true,
    defaultSize: 20,
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    description: 'Engagements of your organizations; newest change first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: EngagementFilter }),
      orderBy: t.arg({ type: EngagementOrder }),
    },
    authScopes: { authenticated: true },
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.engagement.count({ where: buildWhere(ctx.viewer, ctx.db.engine, args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.engagement.findMany({
        ...query,
        where: buildWhere(ctx.viewer, ctx.db.engine, args.filter),
        orderBy: portfolioOrderBy({
          field: args.orderBy?.field ?? 'updatedAt',
          direction: args.orderBy?.direction ?? 'desc',
        }),
      }),
  }),
)
