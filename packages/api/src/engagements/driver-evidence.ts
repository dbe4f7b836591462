/**
 * The interview evidence behind each driver's confidence: how many interviewees gave each answer to
 * each driver, counted in one aggregate statement for every engagement of the request.
 *
 * @packageDocumentation
 */
import { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiPrismaClient } from '../database.js'

/** Interviewee answers per driver id (one entry per rating, e.g. `['likely-yes', 'yes']`). */
export type RatingsByDriver = Record<string, string[]>

interface RatingCountRow {
  engagementId: string
  driverId: string
  answer: string
  raters: number | bigint
}

/**
 * Loads rating counts per (engagement, driver, answer) in one `GROUP BY` statement. Raw SQL because
 * Prisma's `groupBy` cannot group by a column two relations away. The tenant guard filters model
 * delegates, not raw statements; it is safe here because the ids are those of engagement rows the
 * caller already loaded through the guarded client.
 */
export async function loadRatingsByDriver(
  prisma: ApiPrismaClient,
  engagementIds: readonly string[],
): Promise<RatingsByDriver[]> {
  const ids = [...new Set(engagementIds)]
  const rows =
    ids.length === 0
      ? []
      : await prisma.$queryRaw<RatingCountRow[]>(Prisma.sql`
          SELECT s."engagementId" AS "engagementId", r."driverId" AS "driverId",
                 r."answer" AS "answer", COUNT(*) AS "raters"
          FROM "InterviewRating" r
          JOIN "InterviewParticipant" p ON p."id" = r."participantId"
          JOIN "InterviewSession" s ON s."id" = p."sessionId"
          WHERE s."engagementId" IN (${Prisma.join(ids)})
          GROUP BY s."engagementId", r."driverId", r."answer"`)
  const byEngagement = new Map<string, RatingsByDriver>()
  for (const row of rows) {
    const ratings = byEngagement.get(row.engagementId) ?? {}
    const list = ratings[row.driverId] ?? []
    // COUNT(*) is a bigint on PostgreSQL; a driver has at most a few dozen raters.
    for (let i = 0; i < Number(row.raters); i += 1) list.push(row.answer)
    ratings[row.driverId] = list
    byEngagement.set(row.engagementId, ratings)
  }
  return engagementIds.map((id) => byEngagement.get(id) ?? {})
}
