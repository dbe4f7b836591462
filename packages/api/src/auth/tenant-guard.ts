/**
 * Row-level tenancy: every request gets a Prisma client that can only find, count, update or delete
 * rows of the viewer's organizations. Resolvers, loaders, `node(id)`, connections, filters and
 * mutation transactions all run on it, so another tenant's row behaves exactly like a missing one
 * (null, not-found), whatever path asks for it. Scopes then decide what a member's role allows.
 *
 * Models without a tenant (User, Session) are not filtered: fields that expose them decide.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiPrismaClient } from '../database.js'

type Where = Record<string, unknown>

const inEngagement = (organizationIds: string[]): Where => ({
  engagement: { organizationId: { in: organizationIds } },
})

/**
 * The filter that keeps a model's rows inside the organizations. Every model of the schema has an
 * entry (null: not tenant data); the `Record<Prisma.ModelName, …>` type makes the typecheck fail
 * when a new model lacks one, and `tests/audit-trail.test.ts` reads every model through this list.
 */
export const TENANT_FILTERS: Record<Prisma.ModelName, ((ids: string[]) => Where) | null> = {
  Organization: (ids) => ({ id: { in: ids } }),
  Team: (ids) => ({ organizationId: { in: ids } }),
  Membership: (ids) => ({ organizationId: { in: ids } }),
  ApiToken: (ids) => ({ organizationId: { in: ids } }),
  AuditEvent: (ids) => ({ organizationId: { in: ids } }),
  // Built-in methods belong to nobody and are everyone's.
  MethodDefinition: (ids) => ({ OR: [{ organizationId: null }, { organizationId: { in: ids } }] }),
  Engagement: (ids) => ({ organizationId: { in: ids } }),
  EngagementMember: inEngagement,
  ActivityRecord: inEngagement,
  ChecklistItem: inEngagement,
  ScopeEntry: inEngagement,
  InterviewSession: inEngagement,
  InterviewParticipant: (ids) => ({ session: inEngagement(ids) }),
  InterviewRating: (ids) => ({ participant: { session: inEngagement(ids) } }),
  Document: inEngagement,
  DataItem: inEngagement,
  DataItemDriver: (ids) => ({ dataItem: inEngagement(ids) }),
  DriverEvaluation: inEngagement,
  DriverExclusion: inEngagement,
  ResultSnapshot: inEngagement,
  Improvement: inEngagement,
  ImprovementDataItem: (ids) => ({ improvement: inEngagement(ids) }),
  ResultCommunication: inEngagement,
  LessonLearned: inEngagement,
  RespondentLink: inEngagement,
  EvidenceFile: inEngagement,
  WebhookEndpoint: (ids) => ({ organizationId: { in: ids } }),
  WebhookDelivery: (ids) => ({ organizationId: { in: ids } }),
  BenchmarkParticipation: (ids) => ({ organizationId: { in: ids } }),
  User: null,
  Session: null,
  // Reached only by its token's hash (a capability the invitee holds, who is no member yet) or by
  // the inviting admin's authorized mutation; no field lists or returns invitations.
  Invitation: null,
}

/** Operations whose `where` is narrowed (creates name their tenant in checked arguments). */
const FILTERED_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
])

/** Adds `filter` to a where (unique wheres keep their unique fields at the top level). */
function narrow(where: Where | undefined, filter: Where): Where {
  if (!where) return filter
  const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND]
  return { ...where, AND: [...and, filter] }
}

/** `ChecklistItem` → `checklistItem`: the client's property for a model's delegate. */
const delegateName = (model: string) => model.charAt(0).toLowerCase() + model.slice(1)

/**
 * A client restricted to the given organizations (none: no tenant data at all).
 *
 * A proxy rather than a `$extends` query extension: an extended client walks every result row
 * through its result-extension visitor, even with no result extension, which cost ~10% of the CPU
 * of an engagement detail (~800 nested rows). Same contract: each model's top-level operations
 * get the tenant filter; interactive transactions hand out a guarded transaction client.
 */
export function guardTenants(
  prisma: ApiPrismaClient,
  organizationIds: readonly string[],
): ApiPrismaClient {
  const ids = [...organizationIds]
  const filters = new Map<string, Where>()
  for (const [model, filter] of Object.entries(TENANT_FILTERS)) {
    if (filter) filters.set(delegateName(model), filter(ids))
  }
  return guardClient(prisma, filters) as ApiPrismaClient
}

type AnyFunction = (...args: unknown[]) => unknown

function guardClient<T extends object>(client: T, filters: ReadonlyMap<string, Where>): T {
  const delegates = new Map<string, object>()
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof property !== 'string') return value
      const filter = filters.get(property)
      if (filter && value && typeof value === 'object') {
        let delegate = delegates.get(property)
        if (!delegate) {
          delegate = guardDelegate(value, filter)
          delegates.set(property, delegate)
        }
        return delegate
      }
      if (property === '$transaction' && typeof value === 'function') {
        return (first: unknown, ...rest: unknown[]) =>
          typeof first === 'function'
            ? value.call(
                target,
                (tx: object) => (first as AnyFunction)(guardClient(tx, filters)),
                ...rest,
              )
            : value.call(target, first, ...rest)
      }
      // The client's methods read its private state: call them on the client, not the proxy.
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function guardDelegate(delegate: object, filter: Where): object {
  // One wrapper per operation and request: resolvers and loaders call the same few many times.
  const operations = new Map<PropertyKey, unknown>()
  return new Proxy(delegate, {
    get(target, operation) {
      const value: unknown = Reflect.get(target, operation, target)
      if (typeof value !== 'function') return value
      let wrapped = operations.get(operation)
      if (!wrapped) {
        wrapped =
          typeof operation === 'string' && FILTERED_OPERATIONS.has(operation)
            ? (args?: { where?: Where }) =>
                value.call(target, { ...args, where: narrow(args?.where, filter) })
            : value.bind(target)
        operations.set(operation, wrapped)
      }
      return wrapped
    },
  })
}
