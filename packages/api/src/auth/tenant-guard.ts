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
 * entry (null: not tenant data); `tests/tenant-guard.test.ts` fails when a new model lacks one.
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
  ResultSnapshot: inEngagement,
  Improvement: inEngagement,
  ImprovementDataItem: (ids) => ({ improvement: inEngagement(ids) }),
  ResultCommunication: inEngagement,
  LessonLearned: inEngagement,
  User: null,
  Session: null,
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

/** A client restricted to the given organizations (none: no tenant data at all). */
export function guardTenants(
  prisma: ApiPrismaClient,
  organizationIds: readonly string[],
): ApiPrismaClient {
  const ids = [...organizationIds]
  const filters = new Map<string, Where>()
  for (const [model, filter] of Object.entries(TENANT_FILTERS)) {
    if (filter) filters.set(model, filter(ids))
  }
  return prisma.$extends({
    name: 'tenant-guard',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          const filter = filters.get(model)
          if (!filter || !FILTERED_OPERATIONS.has(operation)) return query(args)
          const current = args as { where?: Where }
          return query({ ...current, where: narrow(current.where, filter) } as typeof args)
        },
      },
    },
  }) as unknown as ApiPrismaClient
}
