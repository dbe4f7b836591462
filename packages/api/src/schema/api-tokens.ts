/**
 * API tokens for tools and automation: `createApiToken` (the secret is returned once and stored
 * only as a hash), `revokeApiToken`, and the `apiTokens` connection (yours, plus every token of the
 * organizations you administer). A token is bound to one organization, `READ` or `READ_WRITE`,
 * optionally expiring; its last use is recorded (to the minute).
 *
 * @packageDocumentation
 */

import { nameSchema } from '@immd/core/free-text'
import type { ApiToken } from '@immd/db/models'
import { writeAudited } from '../audit.js'
import { generateApiToken } from '../auth/credentials.js'
import { roleIn, type Viewer } from '../auth/viewer.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { NotFoundError, ValidationError } from '../errors.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
import { OrganizationRef } from './organization.js'

const ApiTokenScopeEnum = builder.enumType('ApiTokenScope', {
  values: {
    READ: { value: 'read', description: 'Queries only.' },
    READ_WRITE: {
      value: 'read-write',
      description: 'Queries and mutations, as far as your role allows.',
    },
  } as const,
})

/** Organizations whose tokens the viewer administers. */
function administeredOrganizationIds(viewer: Viewer): string[] {
  if (viewer.kind !== 'user') return []
  return viewer.memberships
    .filter((membership) => roleIn(viewer, membership.organizationId) === 'admin')
    .map((membership) => membership.organizationId)
}

/** Tokens the viewer may see: their own, and all tokens of organizations they administer. */
function visibleTokens(viewer: Viewer) {
  return {
    OR: [
      { userId: viewer.kind === 'user' ? viewer.userId : '' },
      { organizationId: { in: administeredOrganizationIds(viewer) } },
    ],
  }
}

const ownerOrAdmin = (token: { userId: string; organizationId: string }, ctx: ApiContext) =>
  ctx.viewer.kind === 'user' && token.userId === ctx.viewer.userId
    ? { authenticated: true }
    : { admin: token.organizationId }

export const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  nullable: true,
  description: 'An API token. Its secret was shown once, when it was created.',
  findUnique: (id, ctx) => ({ id, ...visibleTokens(ctx.viewer) }),
  authScopes: (token, ctx) => ownerOrAdmin(token, ctx),
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret.' }),
    scope: t.field({ type: ApiTokenScopeEnum, resolve: (token) => token.scope as 'read' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Recorded at most once a minute.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    active: t.boolean({
      resolve: (token) => !token.revokedAt && (!token.expiresAt || token.expiresAt > new Date()),
    }),
    user: t.relation('user'),
    organization: t.relation('organization'),
  }),
})

builder.queryField('apiTokens', (t) =>
  t.prismaConnection({
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    type: 'ApiToken',
    cursor: 'id',
    nullable: true,
    description: 'Your tokens, and every token of the organizations you administer; newest first.',
    args: {
      organizationId: t.arg.globalID({ for: OrganizationRef }),
      includeRevoked: t.arg.boolean({ defaultValue: false }),
    },
    authScopes: { authenticated: true },
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.apiToken.count({ where: tokenWhere(ctx.viewer, args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.apiToken.findMany({
        ...query,
        where: tokenWhere(ctx.viewer, args),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
)

function tokenWhere(
  viewer: Viewer,
  args: { organizationId?: { id: string } | null; includeRevoked?: boolean | null },
) {
  return {
    ...visibleTokens(viewer),
    ...(args.organizationId ? { organizationId: args.organizationId.id } : {}),
    ...(args.includeRevoked ? {} : { revokedAt: null }),
  }
}

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    name: t.string({ required: true, validate: nameSchema(100) }),
    scope: t.field({ type: ApiTokenScopeEnum, required: true, defaultValue: 'read' }),
    expiresAt: t.field({ type: 'DateTime', description: 'Optional; must be in the future.' }),
  }),
})

/**
 * A mutation payload that carries the id of the token it wrote and exposes the token as `token`,
 * read fresh (so the selection of the client applies). More fields can be added to the ref.
 */
function apiTokenPayloadRef<Payload extends { tokenId: string }>(name: string) {
  return builder.objectRef<Payload>(name).implement({
    fields: (t) => ({
      token: t.prismaField({
        type: 'ApiToken',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: payload.tokenId } }),
      }),
    }),
  })
}

const CreateApiTokenPayload = apiTokenPayloadRef<{ tokenId: string; secret: string }>(
  'CreateApiTokenPayload',
)

builder.objectFields(CreateApiTokenPayload, (t) => ({
  secret: t.exposeString('secret', {
    description:
      'Send it as `Authorization: Bearer <secret>`. Shown this once; only its hash is kept.',
  }),
}))

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreateApiTokenPayload,
    description:
      'Creates an API token for yourself in one of your organizations. A user holds at most ' +
      '`IMMD_MAX_API_TOKENS_PER_USER` (default 20) active tokens; beyond, a ValidationError.',
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    authScopes: (_root, { input }) => ({
      $all: { member: input.organizationId.id, readWrite: true },
    }),
    errors: { types: [ValidationError], directResult: true },
    resolve: (_root, { input }, ctx) => {
      if (input.expiresAt && input.expiresAt <= new Date()) {
        throw new ValidationError([
          { path: 'input.expiresAt', message: 'Must be in the future.', code: 'EXPIRY_IN_PAST' },
        ])
      }
      const userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : ''
      const { secret, tokenHash, prefix } = generateApiToken()
      const limit = ctx.auth.options.limits.maxApiTokensPerUser
      return writeAudited(ctx, async (tx) => {
        // Tokens must not multiply per-user budgets (issue #23: 100 tokens in 1.8 s). Counted in
        // the creating transaction; the viewer's client sees all their organizations.
        const now = new Date()
        const active = await tx.apiToken.count({
          where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        })
        if (active >= limit) {
          throw new ValidationError([
            {
              path: 'input',
              code: 'TOKEN_LIMIT_REACHED',
              limit,
              message: `You hold ${active} active API tokens, the most allowed per user (${limit}): revoke one you no longer use first.`,
            },
          ])
        }
        const row = await tx.apiToken.create({
          data: {
            userId,
            organizationId: input.organizationId.id,
            name: input.name,
            tokenHash,
            prefix,
            scope: input.scope,
            expiresAt: input.expiresAt ?? null,
          },
        })
        return {
          result: { tokenId: row.id, secret },
          audit: {
            operation: 'api-token.create',
            targetType: 'ApiToken',
            targetId: row.id,
            organizationId: row.organizationId,
            after: describeToken(row),
          },
        }
      })
    },
  }),
)

/** What the audit trail keeps of a token (never its hash). */
function describeToken(token: ApiToken) {
  return {
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    userId: token.userId,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }
}

const RevokeApiTokenPayload = apiTokenPayloadRef<{ tokenId: string }>('RevokeApiTokenPayload')

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  description: 'The API token to revoke.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ApiTokenRef }),
  }),
})

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: RevokeApiTokenPayload,
    description: 'Revokes a token at once: yours, or any token of an organization you administer.',
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    authScopes: async (_root, { input: args }, ctx) => {
      const token = await ctx.db.prisma.apiToken.findUnique({
        where: { id: args.id.id, ...visibleTokens(ctx.viewer) },
        select: { userId: true, organizationId: true },
      })
      if (!token) return { authenticated: true }
      const own = ctx.viewer.kind === 'user' && token.userId === ctx.viewer.userId
      return own ? { readWrite: true } : { adminWriter: token.organizationId }
    },
    errors: { types: [NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeAudited(ctx, async (tx) => {
        const before = await tx.apiToken.findUnique({
          where: { id: args.id.id, ...visibleTokens(ctx.viewer) },
        })
        if (!before) throw new NotFoundError('ApiToken', args.id.id)
        const after = before.revokedAt
          ? before
          : await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() } })
        return {
          result: { tokenId: after.id },
          audit: {
            operation: 'api-token.revoke',
            targetType: 'ApiToken',
            targetId: after.id,
            organizationId: after.organizationId,
            before: { revokedAt: before.revokedAt?.toISOString() ?? null },
            after: { revokedAt: after.revokedAt?.toISOString() ?? null },
            accessChangedFor: after.userId,
          },
        }
      }),
  }),
)
