/**
 * Cohort counts of a benchmark (issue #15), in one statement. Cohort membership comes from the
 * latest closed, scored engagement of each IMC (per organization, the IMC id, else the team, else
 * the engagement itself), so one IMC never weighs twice; the cohort's attributes are then matched
 * on that latest engagement. The statement returns counts only: the cohort's size, the totals
 * per value (same method version) and the answers per driver with their distinct organizations.
 * What of it may be shown is decided by `@immd/core/analytics` (k-anonymity).
 *
 * @packageDocumentation
 */
import type { Database } from '../client.js'
import { Prisma } from '../generated/sqlite/client.js'

/** Who and what a cohort is made of. Missing attributes do not restrict the cohort. */
export interface CohortQuery {
  /**
   * Whose engagements may be members: one organization (the requester's own cohort), or every
   * organization that opted in to cross-organization benchmarks. Opted-in organizations are
   * selected inside the statement, so other tenants' ids never reach the application.
   */
  members: { organizationId: string } | { optedIn: true }
  organizationalModel?: string | null
  country?: string | null
  constituency?: string | null
  sizeBand?: string | null
  /** The method version the total is compared within (drivers compare across versions by id). */
  methodVersion: string
}

/** Counts behind one statistic. */
export interface CountPair {
  engagements: number
  organizations: number
}

/** Everything a benchmark needs from the database. */
export interface CohortCountsResult {
  cohort: CountPair
  totals: CountPair & { bins: { value: number; count: number }[] }
  drivers: (CountPair & { driverId: string; answers: Record<string, number> })[]
}

interface CohortRow {
  kind: 'cohort' | 'total-size' | 'total' | 'driver-size' | 'answer'
  key: string | null
  value: number | null
  n: number | bigint
  orgs: number | bigint | null
}

/** Loads a cohort's counts in one statement. */
export async function loadCohortCounts(
  db: Pick<Database, 'prisma'>,
  query: CohortQuery,
): Promise<CohortCountsResult> {
  const empty: CohortCountsResult = {
    cohort: { engagements: 0, organizations: 0 },
    totals: { engagements: 0, organizations: 0, bins: [] },
    drivers: [],
  }
  const attributes: Prisma.Sql[] = []
  const match = (column: string, value: string | null | undefined) => {
    if (value) attributes.push(Prisma.sql`${Prisma.raw(`l."${column}"`)} = ${value}`)
  }
  match('organizationalModel', query.organizationalModel)
  match('country', query.country)
  match('constituency', query.constituency)
  match('sizeBand', query.sizeBand)
  const memberCondition =
    attributes.length > 0 ? Prisma.join(attributes, ' AND ') : Prisma.sql`1 = 1`
  const rows = await db.prisma.$queryRaw<CohortRow[]>(Prisma.sql`
    WITH "latest" AS MATERIALIZED (
      SELECT e."id", e."organizationId", e."latestTotal", e."methodVersion",
             e."organizationalModel", e."country", e."constituency", e."sizeBand",
             ROW_NUMBER() OVER (
               PARTITION BY e."organizationId", COALESCE(e."imcId", e."teamId", e."id")
               ORDER BY COALESCE(e."actualEnd", e."updatedAt") DESC, e."id" DESC
             ) AS "rank"
      FROM "Engagement" e
      WHERE e."state" = 'closed' AND e."latestTotal" IS NOT NULL
        AND ${
          'organizationId' in query.members
            ? Prisma.sql`e."organizationId" = ${query.members.organizationId}`
            : Prisma.sql`e."organizationId" IN (SELECT p."organizationId" FROM "BenchmarkParticipation" p)`
        }
    ),
    "members" AS MATERIALIZED (
      SELECT l."id", l."organizationId", l."latestTotal", l."methodVersion"
      FROM "latest" l
      WHERE l."rank" = 1 AND ${memberCondition}
    )
    SELECT 'cohort' AS "kind", CAST(NULL AS TEXT) AS "key", CAST(NULL AS DOUBLE PRECISION) AS "value",
           COUNT(*) AS "n", COUNT(DISTINCT m."organizationId") AS "orgs"
    FROM "members" m
    UNION ALL
    SELECT 'total-size', NULL, NULL, COUNT(*), COUNT(DISTINCT m."organizationId")
    FROM "members" m WHERE m."methodVersion" = ${query.methodVersion}
    UNION ALL
    SELECT 'total', NULL, m."latestTotal", COUNT(*), NULL
    FROM "members" m WHERE m."methodVersion" = ${query.methodVersion}
    GROUP BY m."latestTotal"
    UNION ALL
    SELECT 'driver-size', ev."driverId", NULL, COUNT(*), COUNT(DISTINCT m."organizationId")
    FROM "members" m JOIN "DriverEvaluation" ev ON ev."engagementId" = m."id"
    WHERE ev."answer" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "DriverExclusion" x
                      WHERE x."engagementId" = ev."engagementId" AND x."driverId" = ev."driverId")
    GROUP BY ev."driverId"
    UNION ALL
    SELECT 'answer', ev."driverId" || ':' || ev."answer", NULL, COUNT(*), NULL
    FROM "members" m JOIN "DriverEvaluation" ev ON ev."engagementId" = m."id"
    WHERE ev."answer" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "DriverExclusion" x
                      WHERE x."engagementId" = ev."engagementId" AND x."driverId" = ev."driverId")
    GROUP BY ev."driverId", ev."answer"`)
  const result = empty
  const drivers = new Map<
    string,
    CountPair & { driverId: string; answers: Record<string, number> }
  >()
  const driverOf = (driverId: string) => {
    const entry = drivers.get(driverId) ?? {
      driverId,
      engagements: 0,
      organizations: 0,
      answers: {},
    }
    drivers.set(driverId, entry)
    return entry
  }
  for (const row of rows) {
    const n = Number(row.n)
    const orgs = Number(row.orgs ?? 0)
    if (row.kind === 'cohort') result.cohort = { engagements: n, organizations: orgs }
    else if (row.kind === 'total-size') {
      result.totals.engagements = n
      result.totals.organizations = orgs
    } else if (row.kind === 'total' && row.value !== null) {
      result.totals.bins.push({ value: Number(row.value), count: n })
    } else if (row.kind === 'driver-size' && row.key) {
      Object.assign(driverOf(row.key), { engagements: n, organizations: orgs })
    } else if (row.kind === 'answer' && row.key) {
      const split = row.key.lastIndexOf(':')
      driverOf(row.key.slice(0, split)).answers[row.key.slice(split + 1)] = n
    }
  }
  result.drivers = [...drivers.values()]
  return result
}
