/**
 * The append-only audit trail. Every repository write records one event in the same transaction
 * as the change it describes; there is deliberately no update or delete function here.
 *
 * @packageDocumentation
 */
import type { DbExecutor } from './client.js'
import type { AuditEvent } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'
import { ACTOR_KINDS, type ActorKind, assertOneOf } from './vocabulary.js'

/** Who did it: a user, a user's API token, or the system itself (seed, migrations, jobs). */
export interface AuditActor {
  kind: ActorKind
  /** User id (for `user` and `token` actors); null for `system`. */
  id: string | null
}

/** The system actor, for seeds and background work. */
export const SYSTEM_ACTOR: AuditActor = Object.freeze({ kind: 'system', id: null })

/** One event to record. */
export interface AuditEventInput {
  organizationId: string | null
  actor: AuditActor
  /** Dotted verb, e.g. `engagement.create`. */
  operation: string
  targetType: string
  targetId: string
  before?: unknown
  after?: unknown
}

/** Appends an audit event (call it inside the transaction of the change). */
export async function recordAuditEvent(
  db: DbExecutor,
  event: AuditEventInput,
): Promise<AuditEvent> {
  return db.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorKind: assertOneOf('actor.kind', event.actor.kind, ACTOR_KINDS),
      actorId: event.actor.id,
      operation: event.operation,
      targetType: event.targetType,
      targetId: event.targetId,
      before: event.before === undefined ? undefined : toJsonValue(event.before),
      after: event.after === undefined ? undefined : toJsonValue(event.after),
    },
  })
}

/** Options for {@link listAuditEvents}. */
export interface ListAuditEventsOptions {
  organizationId?: string
  targetType?: string
  targetId?: string
  /** Newest first; default 100. */
  take?: number
}

/** Lists audit events, newest first. */
export function listAuditEvents(
  db: DbExecutor,
  options: ListAuditEventsOptions = {},
): Promise<AuditEvent[]> {
  return db.auditEvent.findMany({
    where: {
      organizationId: options.organizationId,
      targetType: options.targetType,
      targetId: options.targetId,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.take ?? 100,
  })
}
