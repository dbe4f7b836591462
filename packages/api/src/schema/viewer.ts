/**
 * Users, memberships and `viewer`: who is asking. `viewer` always answers; its protected fields fail
 * with an UNAUTHENTICATED error for anonymous requests.
 *
 * @packageDocumentation
 */
import type { Viewer } from '../auth/viewer.js'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
  }),
})

builder.prismaObject('Membership', {
  fields: (t) => ({
    role: t.exposeString('role', { description: 'admin | lead-assessor | assessor | viewer' }),
    organization: t.relation('organization'),
  }),
})

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The requester: a user (API token or development viewer) or anonymous.',
  fields: (t) => ({
    authenticated: t.boolean({ resolve: (viewer) => viewer.kind === 'user' }),
    authenticationError: t.string({
      nullable: true,
      description: 'Why given credentials were rejected.',
      resolve: (viewer) => (viewer.kind === 'anonymous' ? viewer.reason : null),
    }),
    via: t.string({
      nullable: true,
      description: '`token` or `dev`.',
      resolve: (viewer) => (viewer.kind === 'user' ? viewer.via : null),
    }),
    canWrite: t.boolean({
      resolve: (viewer) => viewer.kind === 'user' && viewer.scope === 'read-write',
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      authScopes: { authenticated: true },
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.prisma.user.findUniqueOrThrow({
          ...query,
          where: { id: viewer.kind === 'user' ? viewer.userId : '' },
        }),
    }),
    memberships: t.prismaField({
      type: ['Membership'],
      nullable: true,
      authScopes: { authenticated: true },
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.prisma.membership.findMany({
          ...query,
          where: {
            userId: viewer.kind === 'user' ? viewer.userId : '',
            organizationId: { in: readableOrganizationIds(viewer) },
          },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
})

builder.queryField('viewer', (t) =>
  t.field({ type: ViewerRef, resolve: (_root, _args, ctx) => ctx.viewer }),
)
