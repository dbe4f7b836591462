/**
 * Organizations (tenants) and the `organizations` connection: only those the viewer belongs to.
 *
 * @packageDocumentation
 */
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'

export const OrganizationRef = builder.prismaNode('Organization', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (organization) => ({ member: organization.id }),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.queryField('organizations', (t) =>
  t.prismaConnection({
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    type: 'Organization',
    cursor: 'id',
    nullable: true,
    totalCount: (_connection, _args, ctx) =>
      ctx.db.prisma.organization.count({
        where: { id: { in: readableOrganizationIds(ctx.viewer) } },
      }),
    description: 'The organizations you are a member of, by name.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.organization.findMany({
        ...query,
        where: { id: { in: readableOrganizationIds(ctx.viewer) } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
)
