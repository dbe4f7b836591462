/**
 * Audited writes: run a mutation's changes and its AuditEvent rows in one transaction, then publish
 * `engagementChanged` once the transaction has committed. Every mutation goes through
 * {@link writeAudited}.
 *
 * @example
 * ```ts
 * const engagement = await writeAudited(ctx, async (tx) => {
 *   const row = await tx.engagement.update({ … })
 *   return {
 *     result: row,
 *     audit: { operation: 'engagement.threshold', targetType: 'Engagement', targetId: row.id,
 *              organizationId: row.organizationId, engagementId: row.id, before, after },
 *   }
 * })
 * ```
 *
 * @packageDocumentation
 */
import { type AuditActor, recordAuditEvent, SYSTEM_ACTOR } from '@immd/db/audit-repository'
import type { AuditEntry } from './audit-entry.js'
import { redactAuditImage } from './audit-redaction.js'
import type { Viewer } from './auth/viewer.js'
import type { ApiContext } from './context.js'
import type { ApiTransaction } from './database.js'
import { toDomainError } from './errors.js'
import { enqueueWebhookEvents } from './webhooks/enqueue.js'

export type { AuditEntry } from './audit-entry.js'

/** What the write callback returns: its result and the audit rows to store with it. */
export interface AuditedWrite<T> {
  result: T
  audit: AuditEntry | AuditEntry[]
}

/** The audit actor of a request: the user, marked `token` when an API token authenticated it. */
export function actorOf(viewer: Viewer): AuditActor {
  if (viewer.kind !== 'user') return SYSTEM_ACTOR
  return { kind: viewer.via === 'token' ? 'token' : 'user', id: viewer.userId }
}

/** Options of {@link writeAudited}. */
export interface WriteAuditedOptions {
  /** Transaction timeout for writes whose size is known to exceed the default minute. */
  timeoutMs?: number
}

/**
 * Runs `write` in a transaction together with its audit rows and the webhook deliveries they raise,
 * maps database errors to domain errors, and after commit publishes `engagementChanged` for every
 * engagement the audit rows name.
 */
export async function writeAudited<T>(
  ctx: ApiContext,
  ...args:
    | [write: (tx: ApiTransaction) => Promise<AuditedWrite<T>>]
    | [options: WriteAuditedOptions, write: (tx: ApiTransaction) => Promise<AuditedWrite<T>>]
): Promise<T> {
  const [options, write] = args.length === 1 ? [{}, args[0]] : args
  const actor = ctx.auditActor ?? actorOf(ctx.viewer)
  let entries: AuditEntry[] = []
  let result: T
  try {
    result = await ctx.db.prisma.$transaction(
      async (tx) => {
        const done = await write(tx)
        entries = Array.isArray(done.audit) ? done.audit : [done.audit]
        for (const entry of entries) {
          if (entry.recorded) continue
          await recordAuditEvent(tx, {
            organizationId: entry.organizationId,
            actor,
            operation: entry.operation,
            targetType: entry.targetType,
            targetId: entry.targetId,
            // Restricted notes and interviewees' names never enter the append-only trail.
            before: redactAuditImage(entry.before),
            after: redactAuditImage(entry.after),
          })
        }
        // Webhook deliveries commit (or roll back) with the write that raised them.
        await enqueueWebhookEvents(tx, entries)
        return done.result
      },
      options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs },
    )
  } catch (error) {
    throw toDomainError(error)
  }
  publishEngagementChanges(ctx, entries, actor.id)
  return result
}

/**
 * Publishes one `engagementChanged` (and organization) event per engagement named by the entries,
 * and one `accessChanged` per user whose access changed. Called only after the transaction
 * committed: the seam for every after-commit consumer (the subscription bus; webhook deliveries are
 * queued inside the transaction by `enqueueWebhookEvents`).
 */
export function publishEngagementChanges(
  ctx: ApiContext,
  entries: AuditEntry[],
  actorId: string | null,
): void {
  const at = new Date()
  const seen = new Set<string>()
  for (const entry of entries) {
    if (entry.accessChangedFor) {
      const event = { userId: entry.accessChangedFor, reason: entry.operation }
      ctx.pubsub.publish('accessChanged', entry.accessChangedFor, event)
    }
    if (!entry.engagementId || !entry.organizationId || seen.has(entry.engagementId)) continue
    seen.add(entry.engagementId)
    const event = {
      engagementId: entry.engagementId,
      organizationId: entry.organizationId,
      operation: entry.operation,
      actorId,
      at,
    }
    ctx.pubsub.publish('engagementChanged', entry.engagementId, event)
    ctx.pubsub.publish('organizationEngagementChanged', entry.organizationId, event)
  }
}
