/**
 * Portfolio statistics (issue #15), aggregated in the database: two `GROUP BY` statements whatever
 * the portfolio's size. The first counts engagements per state, band, threshold and age bucket
 * (at most a few hundred groups); the second counts answers per driver over the scored
 * engagements, leaving out drivers excluded by tailoring. No engagement row leaves the database.
 * Each group also counts its engagements with tailoring exclusions and, when scored, on thin
 * evidence, so a band count never reads as more certain than what stands behind it.
 *
 * @packageDocumentation
 */
import type { Database } from '../client.js'
import { Prisma } from '../generated/sqlite/client.js'
import { type AnalyticsFilter, buildAnalyticsCondition, sqlDate } from './analytics-filter.js'

/** Age buckets of engagements by creation, in days: under 30, 30-89, 90-364, 365 and more. */
export const AGE_BUCKETS = [
  'under-30-days',
  '30-to-89-days',
  '90-to-364-days',
  'a-year-or-more',
] as const
export type AgeBucket = (typeof AGE_BUCKETS)[number]

/** One group of the overview statement. */
export interface PortfolioGroup {
  state: string
  band: string | null
  threshold: string | null
  age: AgeBucket
  count: number
  /** Of `count`, engagements with at least one driver excluded by tailoring. */
  withExclusions: number
  /**
   * Of `count`, scored engagements with at least one answered, non-excluded driver resting on
   * fewer than `thinEvidenceItems` data items coded + / - / 0 (the method's first low-confidence rule).
   */
  lowConfidence: number
}

/** Answers to one driver across the scored engagements of the filter. */
export interface DriverAnswerCounts {
  driverId: string
  answers: Record<string, number>
}

/** What {@link loadPortfolioAggregates} returns: groups and per-driver counts, nothing else. */
export interface PortfolioAggregates {
  groups: PortfolioGroup[]
  drivers: DriverAnswerCounts[]
}

const DAY_MS = 86_400_000

/** Options of {@link loadPortfolioAggregates}. */
export interface PortfolioAggregateOptions {
  /** Fewer coded data items than this on an answered driver make an engagement low-confidence (default 2). */
  thinEvidenceItems?: number
}

/** Loads the portfolio's aggregates in two statements. */
export async function loadPortfolioAggregates(
  db: Pick<Database, 'prisma' | 'engine'>,
  filter: AnalyticsFilter,
  now: Date = new Date(),
  options: PortfolioAggregateOptions = {},
): Promise<PortfolioAggregates> {
  const thinEvidenceItems = options.thinEvidenceItems ?? 2
  const where = buildAnalyticsCondition(db.engine, filter)
  const daysAgo = (days: number) => sqlDate(db.engine, new Date(now.getTime() - days * DAY_MS))
  const [groupRows, answerRows] = await Promise.all([
    db.prisma.$queryRaw<
      {
        state: string
        band: string | null
        threshold: string | null
        age: number | bigint
        n: number | bigint
        x: number | bigint | null
        thin: number | bigint | null
      }[]
    >(Prisma.sql`
      WITH "coded" AS (
        SELECT di."engagementId" AS "engagementId", dd."driverId" AS "driverId", COUNT(*) AS "n"
        FROM "Engagement" e
        JOIN "DataItem" di ON di."engagementId" = e."id"
        JOIN "DataItemDriver" dd ON dd."dataItemId" = di."id"
        WHERE ${where} AND e."latestBand" IS NOT NULL AND di."effect" IN ('+', '-', '0')
        GROUP BY di."engagementId", dd."driverId"
      ),
      "thin" AS (
        SELECT DISTINCT ev."engagementId" AS "id"
        FROM "Engagement" e
        JOIN "DriverEvaluation" ev ON ev."engagementId" = e."id"
        LEFT JOIN "coded" c ON c."engagementId" = ev."engagementId" AND c."driverId" = ev."driverId"
        WHERE ${where} AND e."latestBand" IS NOT NULL AND ev."answer" IS NOT NULL
          AND COALESCE(c."n", 0) < ${thinEvidenceItems}
          AND NOT EXISTS (SELECT 1 FROM "DriverExclusion" x
                          WHERE x."engagementId" = ev."engagementId" AND x."driverId" = ev."driverId")
      ),
      "excluded" AS (SELECT DISTINCT x."engagementId" AS "id" FROM "DriverExclusion" x)
      SELECT e."state" AS "state", e."latestBand" AS "band", e."successThreshold" AS "threshold",
             CASE WHEN e."createdAt" >= ${daysAgo(30)} THEN 0
                  WHEN e."createdAt" >= ${daysAgo(90)} THEN 1
                  WHEN e."createdAt" >= ${daysAgo(365)} THEN 2
                  ELSE 3 END AS "age",
             COUNT(*) AS "n",
             SUM(CASE WHEN xe."id" IS NOT NULL THEN 1 ELSE 0 END) AS "x",
             SUM(CASE WHEN t."id" IS NOT NULL THEN 1 ELSE 0 END) AS "thin"
      FROM "Engagement" e
      LEFT JOIN "excluded" xe ON xe."id" = e."id"
      LEFT JOIN "thin" t ON t."id" = e."id"
      WHERE ${where}
      GROUP BY 1, 2, 3, 4`),
    db.prisma.$queryRaw<{ driverId: string; answer: string; n: number | bigint }[]>(Prisma.sql`
      SELECT ev."driverId" AS "driverId", ev."answer" AS "answer", COUNT(*) AS "n"
      FROM "Engagement" e
      JOIN "DriverEvaluation" ev ON ev."engagementId" = e."id"
      WHERE ${where} AND e."latestBand" IS NOT NULL AND ev."answer" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "DriverExclusion" x
                        WHERE x."engagementId" = ev."engagementId" AND x."driverId" = ev."driverId")
      GROUP BY 1, 2`),
  ])
  const drivers = new Map<string, Record<string, number>>()
  for (const row of answerRows) {
    const answers = drivers.get(row.driverId) ?? {}
    answers[row.answer] = Number(row.n)
    drivers.set(row.driverId, answers)
  }
  return {
    groups: groupRows.map((row) => ({
      state: row.state,
      band: row.band,
      threshold: row.threshold,
      age: AGE_BUCKETS[Number(row.age)] ?? 'a-year-or-more',
      count: Number(row.n),
      withExclusions: Number(row.x ?? 0),
      lowConfidence: Number(row.thin ?? 0),
    })),
    drivers: [...drivers.entries()]
      .map(([driverId, answers]) => ({ driverId, answers }))
      .sort((a, b) => a.driverId.localeCompare(b.driverId, 'en', { numeric: true })),
  }
}
