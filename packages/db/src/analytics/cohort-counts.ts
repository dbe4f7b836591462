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

/** Where a cohort's members come from. */
export type CohortScope = 'organization' | 'cross-organization'

/** Who and what a cohort is made of. Missing attributes do not restrict the cohort. */
export interface CohortQuery {
  /** The requester's organization: its own cohort, and whether it opted in to cross-organization ones. */
  organizationId: string
  /**
   * The cohorts to count in the same statement: `organization` (the organization's own engagements)
   * and/or `cross-organization` (every organization that opted in, counted only when the requester's
   * organization opted in too). Opted-in organizations are selected inside the statement, so other
   * tenants' ids never reach the application.
   */
  scopes: readonly CohortScope[]
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

/** The counts of each requested scope, and whether the requester's organization opted in. */
export interface ScopedCohortCounts {
  /** Whether the requester's organization takes part in cross-organization benchmarks. */
  optedIn: boolean
  /** Counts per requested scope; `cross-organization` is empty when the organization did not opt in. */
  scopes: Partial<Record<CohortScope, CohortCountsResult>>
}

interface CohortRow {
  scope: CohortScope | null
  kind: 'opted-in' | 'cohort' | 'total-size' | 'total' | 'driver-size' | 'answer'
  key: string | null
  value: number | null
  n: number | bigint
  orgs: number | bigint | null
}

const emptyCounts = (): CohortCountsResult => ({
  cohort: { engagements: 0, organizations: 0 },
  totals: { engagements: 0, organizations: 0, bins: [] },
  drivers: [],
})

/**
 * Loads the counts of every requested scope of one cohort in one statement: the ranking of the
 * latest closed assessment per IMC runs once over the organizations of all scopes (it is per
 * organization, so each scope sees the same ranks), then each branch groups by scope.
 */
export async function loadCohortCounts(
  db: Pick<Database, 'prisma'>,
  query: CohortQuery,
): Promise<ScopedCohortCounts> {
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
  const own = query.organizationId
  const wantsOwn = query.scopes.includes('organization')
  const wantsPeers = query.scopes.includes('cross-organization')
  // Peers count only when the requester's own organization opted in.
  const requesterOptedIn = Prisma.sql`EXISTS (SELECT 1 FROM "BenchmarkParticipation" q WHERE q."organizationId" = ${own})`
  const peerCondition = wantsPeers
    ? Prisma.sql`(${requesterOptedIn} AND e."organizationId" IN (SELECT p."organizationId" FROM "BenchmarkParticipation" p))`
    : Prisma.sql`1 = 0`
  const ownCondition = wantsOwn ? Prisma.sql`e."organizationId" = ${own}` : Prisma.sql`1 = 0`
  const rows = await db.prisma.$queryRaw<CohortRow[]>(Prisma.sql`
    WITH "latest" AS MATERIALIZED (
      SELECT e."id", e."organizationId", e."latestTotal", e."methodVersion",
             e."organizationalModel", e."country", e."constituency", e."sizeBand",
             CASE WHEN ${ownCondition} THEN 1 ELSE 0 END AS "own",
             CASE WHEN ${peerCondition} THEN 1 ELSE 0 END AS "peer",
             ROW_NUMBER() OVER (
               PARTITION BY e."organizationId", COALESCE(e."imcId", e."teamId", e."id")
               ORDER BY COALESCE(e."actualEnd", e."updatedAt") DESC, e."id" DESC
             ) AS "rank"
      FROM "Engagement" e
      WHERE e."state" = 'closed' AND e."latestTotal" IS NOT NULL
        AND (${ownCondition} OR ${peerCondition})
    ),
    "members" AS MATERIALIZED (
      SELECT 'organization' AS "scope", l."id", l."organizationId", l."latestTotal", l."methodVersion"
      FROM "latest" l
      WHERE l."rank" = 1 AND l."own" = 1 AND ${memberCondition}
      UNION ALL
      SELECT 'cross-organization', l."id", l."organizationId", l."latestTotal", l."methodVersion"
      FROM "latest" l
      WHERE l."rank" = 1 AND l."peer" = 1 AND ${memberCondition}
    ),
    "answers" AS MATERIALIZED (
      SELECT m."scope", m."organizationId", ev."driverId", ev."answer"
      FROM "members" m JOIN "DriverEvaluation" ev ON ev."engagementId" = m."id"
      WHERE ev."answer" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "DriverExclusion" x
                        WHERE x."engagementId" = ev."engagementId" AND x."driverId" = ev."driverId")
    )
    SELECT CAST(NULL AS TEXT) AS "scope", 'opted-in' AS "kind", CAST(NULL AS TEXT) AS "key",
           CAST(NULL AS DOUBLE PRECISION) AS "value",
           COUNT(*) AS "n", CAST(NULL AS BIGINT) AS "orgs"
    FROM "BenchmarkParticipation" q WHERE q."organizationId" = ${own}
    UNION ALL
    SELECT m."scope", 'cohort', NULL, NULL, COUNT(*), COUNT(DISTINCT m."organizationId")
    FROM "members" m GROUP BY m."scope"
    UNION ALL
    SELECT m."scope", 'total-size', NULL, NULL, COUNT(*), COUNT(DISTINCT m."organizationId")
    FROM "members" m WHERE m."methodVersion" = ${query.methodVersion} GROUP BY m."scope"
    UNION ALL
    SELECT m."scope", 'total', NULL, m."latestTotal", COUNT(*), NULL
    FROM "members" m WHERE m."methodVersion" = ${query.methodVersion}
    GROUP BY m."scope", m."latestTotal"
    UNION ALL
    SELECT a."scope", 'driver-size', a."driverId", NULL, COUNT(*), COUNT(DISTINCT a."organizationId")
    FROM "answers" a GROUP BY a."scope", a."driverId"
    UNION ALL
    SELECT a."scope", 'answer', a."driverId" || ':' || a."answer", NULL, COUNT(*), NULL
    FROM "answers" a GROUP BY a."scope", a."driverId", a."answer"`)
  const optedIn = rows.some((row) => row.kind === 'opted-in' && Number(row.n) > 0)
  const scopes: Partial<Record<CohortScope, CohortCountsResult>> = {}
  for (const scope of query.scopes) scopes[scope] = emptyCounts()
  const drivers = new Map<
    string,
    CountPair & { driverId: string; answers: Record<string, number> }
  >()
  const driverOf = (scope: CohortScope, driverId: string) => {
    const key = `${scope}\u0000${driverId}`
    const entry = drivers.get(key) ?? { driverId, engagements: 0, organizations: 0, answers: {} }
    if (!drivers.has(key)) {
      drivers.set(key, entry)
      scopes[scope]?.drivers.push(entry)
    }
    return entry
  }
  for (const row of rows) {
    const result = row.scope ? scopes[row.scope] : undefined
    if (!result || !row.scope) continue
    const n = Number(row.n)
    const orgs = Number(row.orgs ?? 0)
    if (row.kind === 'cohort') result.cohort = { engagements: n, organizations: orgs }
    else if (row.kind === 'total-size') {
      result.totals.engagements = n
      result.totals.organizations = orgs
    } else if (row.kind === 'total' && row.value !== null) {
      result.totals.bins.push({ value: Number(row.value), count: n })
    } else if (row.kind === 'driver-size' && row.key) {
      Object.assign(driverOf(row.scope, row.key), { engagements: n, organizations: orgs })
    } else if (row.kind === 'answer' && row.key) {
      const split = row.key.lastIndexOf(':')
      driverOf(row.scope, row.key.slice(0, split)).answers[row.key.slice(split + 1)] = n
    }
  }
  return { optedIn, scopes }
}
