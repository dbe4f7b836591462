/**
 * Users, memberships and `viewer`: who is asking. `viewer` always answers (it is public); its
 * protected fields fail with an UNAUTHENTICATED error for anonymous requests.
 *
 * @packageDocumentation
 */
import type { Viewer } from '../auth/viewer.js'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { OrganizationRoleEnum } from './record-enums.js'

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  nullable: true,
  // A user is visible to themselves and to members of an organization they belong to.
  findUnique: (id, ctx) => ({
    id,
    OR: [
      { id: ctx.viewer.kind === 'user' ? ctx.viewer.userId : '' },
      { memberships: { some: { organizationId: { in: readableOrganizationIds(ctx.viewer) } } } },
    ],
  }),
  // Signed-in viewers with a one-time password still read their own name (`viewer.user`).
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
  }),
})

export const MembershipRef = builder.prismaNode('Membership', {
  id: { field: 'id' },
  nullable: true,
  description: "A user's role in an organization.",
  authScopes: (membership) => ({ member: membership.organizationId }),
  fields: (t) => ({
    role: t.field({
      type: OrganizationRoleEnum,
      description: 'What the user may do in the organization (see the enum values).',
      resolve: (m) => m.role as typeof OrganizationRoleEnum.$inferType,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    organization: t.relation('organization'),
    user: t.relation('user'),
  }),
})

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The requester: a user (session, API token or development viewer) or anonymous.',
  authScopes: { public: true },
  fields: (t) => ({
    authenticated: t.boolean({ resolve: (viewer) => viewer.kind === 'user' }),
    authenticationError: t.string({
      nullable: true,
      description: 'Why given credentials were rejected.',
      resolve: (viewer) => (viewer.kind === 'anonymous' ? viewer.reason : null),
    }),
    via: t.string({
      nullable: true,
      description: '`session`, `token` or `dev`.',
      resolve: (viewer) => (viewer.kind === 'user' ? viewer.via : null),
    }),
    canWrite: t.boolean({
      description: 'The credential may write (a session or a read-write token); roles still apply.',
      resolve: (viewer) =>
        viewer.kind === 'user' && viewer.scope === 'read-write' && !viewer.mustChangePassword,
    }),
    mustChangePassword: t.boolean({
      description: 'A one-time password is in use: call `changePassword` before anything else.',
      resolve: (viewer) => viewer.kind === 'user' && viewer.mustChangePassword,
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      authScopes: { signedIn: true },
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
  t.field({
    type: ViewerRef,
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
)
