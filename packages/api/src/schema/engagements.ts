/**
 * The portfolio: `engagements(first, after, last, before, filter, orderBy)`, a Relay connection over
 * the engagements of your organizations. Filters and orders use the denormalised, indexed columns
 * of Engagement (state, latestBand, latestTotal, successThreshold, updatedAt) and one index per
 * order, so a page costs one query plus one (capped) count, whatever its size or depth: cursors are
 * keysets (`engagements/portfolio-page.ts`).
 *
 * @packageDocumentation
 */

import { queryFromInfo } from '@pothos/plugin-prisma'
import { z } from 'zod'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { EXACT_COUNT_LIMIT, LARGE_COUNT_TTL_MS } from '../engagements/portfolio-count.js'
import { encodePortfolioCursor, readPortfolioPage } from '../engagements/portfolio-page.js'
import { portfolioWhere } from '../exports/portfolio-where.js'
import { EngagementRef } from './engagement.js'
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
      description:
        'Case-insensitive text in the title or IMC id, matched literally (% and _ are characters).',
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

/** The columns every page reads besides the selection: the keyset's and the type scopes'. */
const KEY_SELECT = {
  id: true,
  organizationId: true,
  methodVersion: true,
  title: true,
  state: true,
  successThreshold: true,
  latestTotal: true,
  latestBand: true,
  updatedAt: true,
} as const

/**
 * The Prisma `where` of a portfolio page; always limited to the viewer's organizations. Built by
 * the same function as the streamed export (`exports/portfolio-where.ts`), so both answer the same
 * rows for the same filter.
 */
function buildWhere(ctx: ApiContext, filter?: Filter | null) {
  return portfolioWhere({
    prisma: ctx.db.prisma,
    engine: ctx.db.engine,
    readableOrganizationIds: readableOrganizationIds(ctx.viewer),
    filter: {
      organizationId: filter?.organizationId?.id,
      state: filter?.state ?? undefined,
      band: filter?.band ?? undefined,
      threshold: filter?.threshold ?? undefined,
      search: filter?.search ?? undefined,
      updatedAfter: filter?.updatedAfter ?? undefined,
    },
  })
}

/** What the connection's own fields read: the count, asked for only when selected. */
interface EngagementsConnectionShape {
  countTotal: () => Promise<number>
}

builder.queryField('engagements', (t) =>
  t.connection(
    {
      type: EngagementRef,
      nullable: true,
      description:
        'Engagements of your organizations; newest change first unless ordered otherwise. Cursors are keyset cursors of the order they were issued for (another order refuses them).',
      args: {
        filter: t.arg({ type: EngagementFilter }),
        orderBy: t.arg({ type: EngagementOrder }),
      },
      authScopes: { authenticated: true },
      resolve: async (_root, args, ctx, info) => {
        const order = {
          field: args.orderBy?.field ?? 'updatedAt',
          direction: args.orderBy?.direction ?? 'desc',
        } as const
        const where = await buildWhere(ctx, args.filter)
        const query = await queryFromInfo({
          context: ctx,
          info,
          path: ['edges', 'node'],
          select: KEY_SELECT,
          awaitSelections: true,
        })
        const page = await readPortfolioPage({
          where,
          order,
          args,
          findMany: (slice) => ctx.db.prisma.engagement.findMany({ ...query, ...slice }),
        })
        let counted: Promise<number> | undefined
        return {
          edges: page.rows.map((row) => ({ cursor: encodePortfolioCursor(row, order), node: row })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: page.rows[0] ? encodePortfolioCursor(page.rows[0], order) : null,
            endCursor: page.rows.at(-1)
              ? encodePortfolioCursor(page.rows.at(-1) as (typeof page.rows)[number], order)
              : null,
          },
          countTotal: () => {
            counted ??= ctx.portfolioCounts.count(ctx.db.prisma, where)
            return counted
          },
        }
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: `Engagements matching the filter: exact up to ${EXACT_COUNT_LIMIT.toLocaleString('en')}; a larger count is reused for up to ${LARGE_COUNT_TTL_MS / 1000} s, so it may lag recent changes.`,
          resolve: (connection) =>
            (connection as unknown as EngagementsConnectionShape).countTotal(),
        }),
      }),
    },
  ),
)
