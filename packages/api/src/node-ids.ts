/**
 * How errors name rows to clients: by a node's global id, never a database key (#17). The node
 * types of the schema, the models whose node type has another name, and the current row of a
 * conflict with its foreign keys left out. `tests/not-found-ids.test.ts` checks `NODE_TYPES`
 * against the schema.
 *
 * @packageDocumentation
 */
import { encodeGlobalID } from '@pothos/plugin-relay'

/** Prisma models whose GraphQL node type has another name (global ids use the GraphQL name). */
const NODE_TYPE_OF_MODEL: Readonly<Record<string, string>> = {
  ActivityRecord: 'Activity',
  DriverExclusion: 'ExclusionDecision',
  InterviewSession: 'Interview',
  LessonLearned: 'Lesson',
}

/**
 * The GraphQL node types (global ids): a `NotFoundError` about one of them names it by its global
 * id. `tests/not-found-ids.test.ts` checks the list against the schema.
 */
export const NODE_TYPES: ReadonlySet<string> = new Set([
  'Activity',
  'ApiToken',
  'AuditEvent',
  'ChecklistItem',
  'DataItem',
  'Document',
  'DriverEvaluation',
  'Engagement',
  'EvidenceFile',
  'ExclusionDecision',
  'Improvement',
  'Interview',
  'Lesson',
  'Membership',
  'Organization',
  'RespondentLink',
  'ResultCommunication',
  'ResultSnapshot',
  'ScopeEntry',
  'Team',
  'User',
  'WebhookDelivery',
  'WebhookEndpoint',
])

/** Objects without an id of their own that a `NotFoundError` names by another node's id. */
const ID_TYPE_OF_ENTITY: Readonly<Record<string, string>> = {
  InterviewParticipant: 'ScopeEntry',
}

/** Columns ending in `Id` that hold a code of the method or an inventory, not a database key. */
const CODE_COLUMNS: ReadonlySet<string> = new Set(['driverId', 'activityId', 'imcId'])

/**
 * The current row of an optimistic-concurrency conflict as `ConflictError.currentValue`: a JSON
 * object of its fields (dates as ISO strings, bigints as strings), so a client can show what it
 * lost to and retry with `currentVersion`. `id` is the row's global id (`type` is its node type);
 * foreign keys (`engagementId`, `ownerId` …) are left out, since raw database ids are not part of
 * the API. Only called with rows the caller may write (read through the tenant-guarded transaction).
 */
export function currentRowValue(row: unknown, type: string): Record<string, unknown> | null {
  if (row === null || row === undefined || typeof row !== 'object') return null
  const value: Record<string, unknown> = {}
  for (const [key, column] of Object.entries(row as Record<string, unknown>)) {
    if (key === 'id') value.id = encodeGlobalID(type, String(column))
    else if (key.endsWith('Id') && !CODE_COLUMNS.has(key)) continue
    else if (typeof column === 'bigint') value[key] = column.toString()
    else if (column instanceof Date) value[key] = column.toISOString()
    else value[key] = column
  }
  return value
}

/** The GraphQL node type of a Prisma model (`InterviewSession` → `Interview`). */
export function nodeTypeOfModel(model: string): string {
  return NODE_TYPE_OF_MODEL[model] ?? model
}

/**
 * The id a client knows for row `id` of node type `type`: its global id, under the node whose id
 * the type borrows (`InterviewParticipant` → `ScopeEntry`); an id of something that is not a node
 * (a method version, a driver code) as given.
 */
export function publicNodeId(type: string, id: string): string {
  const idType = ID_TYPE_OF_ENTITY[type] ?? type
  return NODE_TYPES.has(idType) && id !== '' ? encodeGlobalID(idType, id) : id
}
