/**
 * Claiming due deliveries so that several dispatchers (several API instances) never post the same
 * delivery twice at once. A claim sets `status = delivering` and a lease (`lockedUntil`); a
 * dispatcher that dies mid-delivery leaves a lease that expires, and the delivery is due again.
 *
 * - PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` in a transaction, then the claim update:
 *   concurrent dispatchers skip each other's rows instead of waiting for them.
 * - SQLite (one writer at a time): a compare-and-set update per candidate (`WHERE id = ? AND
 *   status = 'pending' …`); only the dispatcher whose update changed the row owns it.
 *
 * @packageDocumentation
 */
import type { ApiDatabase } from '../database.js'

/** A claimed delivery, with what posting it needs. */
export interface ClaimedDelivery {
  id: string
  eventType: string
  body: string
  attempts: number
  endpoint: { id: string; url: string; secret: string }
}

/** Options of {@link claimDueDeliveries}. */
export interface ClaimOptions {
  /** Who claims (written to `lockedBy`, for operators). */
  dispatcherId: string
  /** How many deliveries at most. */
  batchSize: number
  /** How long the claim lasts: longer than one delivery attempt can take. */
  leaseMs: number
  now?: Date
}

/** Rows a dispatcher may claim now: pending and due, or delivering with an expired lease. */
function dueWhere(now: Date) {
  return {
    OR: [
      { status: 'pending', nextAttemptAt: { lte: now } },
      { status: 'delivering', lockedUntil: { lt: now } },
    ],
    endpoint: { active: true },
  }
}

/** Claims up to `batchSize` due deliveries for this dispatcher and returns them. */
export async function claimDueDeliveries(
  db: ApiDatabase,
  options: ClaimOptions,
): Promise<ClaimedDelivery[]> {
  const now = options.now ?? new Date()
  const claim = {
    status: 'delivering',
    lockedUntil: new Date(now.getTime() + options.leaseMs),
    lockedBy: options.dispatcherId,
  }
  let ids: string[]
  if (db.engine === 'postgresql') {
    ids = await db.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT d."id" FROM "WebhookDelivery" d
        JOIN "WebhookEndpoint" e ON e."id" = d."endpointId" AND e."active"
        WHERE (d."status" = 'pending' AND d."nextAttemptAt" <= ${now})
           OR (d."status" = 'delivering' AND d."lockedUntil" < ${now})
        ORDER BY d."nextAttemptAt", d."id"
        LIMIT ${options.batchSize}
        FOR UPDATE OF d SKIP LOCKED`
      const claimed = rows.map((row) => row.id)
      if (claimed.length > 0) {
        await tx.webhookDelivery.updateMany({ where: { id: { in: claimed } }, data: claim })
      }
      return claimed
    })
  } else {
    const candidates = await db.prisma.webhookDelivery.findMany({
      where: dueWhere(now),
      orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
      take: options.batchSize,
      select: { id: true },
    })
    ids = []
    for (const { id } of candidates) {
      const { count } = await db.prisma.webhookDelivery.updateMany({
        where: { id, ...dueWhere(now) },
        data: claim,
      })
      if (count === 1) ids.push(id)
    }
  }
  if (ids.length === 0) return []
  return db.prisma.webhookDelivery.findMany({
    where: { id: { in: ids }, lockedBy: options.dispatcherId },
    select: {
      id: true,
      eventType: true,
      body: true,
      attempts: true,
      endpoint: { select: { id: true, url: true, secret: true } },
    },
  })
}
