/**
 * The audit trail, for admins: `auditEvents(filter)` lists the append-only AuditEvent rows of the
 * organizations you administer, newest first. Account events of their members (`auth.*`,
 * `user.password-change`) are among them: each is recorded once per organization the user
 * belonged to at the time (`auth/account-audit.ts`). Rows without an organization (failed
 * attempts of accounts without memberships, account creations) stay in the database only.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { roleIn, type Viewer } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { OrganizationRef } from './organization.js'
import { UserRef } from './viewer.js'

/** Organizations whose audit trail the viewer may read. */
function auditedOrganizationIds(viewer: Viewer): string[] {
  if (viewer.kind !== 'user') return []
  return viewer.memberships
    .map((membership) => membership.organizationId)
    .filter((organizationId) => roleIn(viewer, organizationId) === 'admin')
}

export const AuditEventRef = builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  nullable: true,
  description: 'One audited write: who did what to which object, with the changed fields.',
  findUnique: (id, ctx) => ({ id, organizationId: { in: auditedOrganizationIds(ctx.viewer) } }),
  authScopes: (event) => (event.organizationId ? { admin: event.organizationId } : false),
  fields: (t) => ({
    operation: t.exposeString('operation', { description: 'e.g. `engagement.create`.' }),
    targetType: t.exposeString('targetType'),
    targetId: t.exposeString('targetId', { description: 'Database id of the target row.' }),
    actorKind: t.exposeString('actorKind', { description: '`user`, `token` or `system`.' }),
    actorId: t.globalID({
      nullable: true,
      resolve: (event) => (event.actorId ? { type: 'User', id: event.actorId } : null),
    }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (event, _args, ctx) =>
        event.organizationId
          ? ctx.db.prisma.organization.findUnique({ where: { id: event.organizationId } })
          : null,
    }),
  }),
})

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Every given condition must hold.',
  fields: (t) => ({
    organizationId: t.globalID({ for: OrganizationRef }),
    actorId: t.globalID({ for: UserRef }),
    operation: t.string({ description: 'Exact operation, e.g. `evaluation.record`.' }),
    targetType: t.string(),
    targetId: t.string({ description: 'Database id (or a global id) of the target.' }),
    after: t.field({ type: 'DateTime', description: 'Events at or after this instant.' }),
    before: t.field({ type: 'DateTime', description: 'Events before this instant.' }),
  }),
})

type Filter = typeof AuditEventFilter.$inferInput

/** A global id's row id, or the value itself when it is not one. */
function rowIdOf(id: string): string {
  const decoded = Buffer.from(id, 'base64').toString('utf8')
  const match = /^[A-Za-z]+:(.+)$/.exec(decoded)
  return match?.[1] ?? id
}

function auditWhere(viewer: Viewer, filter?: Filter | null): Prisma.AuditEventWhereInput {
  const audited = auditedOrganizationIds(viewer)
  const organizationIds = filter?.organizationId
    ? audited.filter((id) => id === filter.organizationId?.id)
    : audited
  const where: Prisma.AuditEventWhereInput = { organizationId: { in: organizationIds } }
  if (filter?.actorId) where.actorId = filter.actorId.id
  if (filter?.operation) where.operation = filter.operation
  if (filter?.targetType) where.targetType = filter.targetType
  if (filter?.targetId) where.targetId = { in: [filter.targetId, rowIdOf(filter.targetId)] }
  if (filter?.after || filter?.before) {
    where.createdAt = {
      ...(filter.after ? { gte: filter.after } : {}),
      ...(filter.before ? { lt: filter.before } : {}),
    }
  }
  return where
}

builder.queryField('auditEvents', (t) =>
  t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    nullable: true,
    defaultSize: 50,
    maxSize: refusePageSizeAbove(500),
    description:
      'Audit events of the organizations you administer, newest first; sign-ins, sign-outs, ' +
      'failed sign-ins, lock-outs and password changes of their members included. ' +
      'Page-size limit: 500.',
    args: { filter: t.arg({ type: AuditEventFilter }) },
    authScopes: (_root, args) =>
      args.filter?.organizationId ? { admin: args.filter.organizationId.id } : { anyAdmin: true },
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.auditEvent.count({ where: auditWhere(ctx.viewer, args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.auditEvent.findMany({
        ...query,
        where: auditWhere(ctx.viewer, args.filter),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
)
