/**
 * Retention of audit images (issue #23): past the retention period, an audit row's before/after
 * images are rewritten by a reducer (the API's `reduceAuditImage`: personal and restricted values
 * become hashes) and the row is marked `imagesReducedAt`. Who, what and when stay as written; the
 * database triggers allow exactly this update, once per row, and nothing else.
 *
 * @packageDocumentation
 */
import { type AuditActor, recordAuditEvent, SYSTEM_ACTOR } from './audit-repository.js'
import type { DbClient } from './client.js'
import { toJsonValue } from './json.js'

/** The operation of the audit row each run records. */
export const AUDIT_RETENTION_OPERATION = 'audit.images-reduce'

/** Options of {@link reduceAuditImages}. */
export interface ReduceAuditImagesOptions {
  /** Rows created before this instant are reduced. */
  olderThan: Date
  /** Rewrites one image; must be idempotent (a row is reduced once, but a run may be retried). */
  reduce: (image: unknown) => unknown
  /** Rows per transaction (default 500): memory stays bounded, cost linear in the rows reduced. */
  batchSize?: number
  /** Who runs it (default the system). */
  actor?: AuditActor
  /** Recorded in the run's audit row (e.g. the retention period in days). */
  details?: Record<string, unknown>
  /** The instant written to `imagesReducedAt` (default now). */
  now?: Date
}

/** What one run did. */
export interface ReduceAuditImagesResult {
  reduced: number
  batches: number
}

/**
 * Reduces the images of every audit row created before `olderThan` and not reduced yet, batch by
 * batch, each batch in its own transaction (a crash keeps the finished batches, and the next run
 * goes on from there); then records one `audit.images-reduce` row with the count. A run that finds
 * nothing to reduce records its row too, so the trail shows that the job ran.
 */
export async function reduceAuditImages(
  prisma: DbClient,
  options: ReduceAuditImagesOptions,
): Promise<ReduceAuditImagesResult> {
  const batchSize = options.batchSize ?? 500
  const now = options.now ?? new Date()
  let reduced = 0
  let batches = 0
  for (;;) {
    const done = await prisma.$transaction(async (tx) => {
      const rows = await tx.auditEvent.findMany({
        where: { createdAt: { lt: options.olderThan }, imagesReducedAt: null },
        select: { id: true, before: true, after: true },
        orderBy: { id: 'asc' },
        take: batchSize,
      })
      let updated = 0
      for (const row of rows) {
        // `imagesReducedAt: null` again: another instance running the job at the same time may
        // have reduced the row since it was read; then this matches nothing (the trigger would
        // refuse a second reduction).
        const { count } = await tx.auditEvent.updateMany({
          where: { id: row.id, imagesReducedAt: null },
          data: {
            imagesReducedAt: now,
            // Null images stay null (writing JSON null would turn them into a value).
            before: row.before === null ? undefined : toJsonValue(options.reduce(row.before)),
            after: row.after === null ? undefined : toJsonValue(options.reduce(row.after)),
          },
        })
        updated += count
      }
      return { read: rows.length, updated }
    })
    if (done.read === 0) break
    reduced += done.updated
    batches += 1
    if (done.read < batchSize) break
  }
  await recordAuditEvent(prisma, {
    organizationId: null,
    actor: options.actor ?? SYSTEM_ACTOR,
    operation: AUDIT_RETENTION_OPERATION,
    targetType: 'AuditEvent',
    targetId: '*',
    after: { reduced, olderThan: options.olderThan.toISOString(), ...options.details },
  })
  return { reduced, batches }
}
