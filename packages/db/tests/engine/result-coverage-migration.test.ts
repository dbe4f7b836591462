// The `latest_result_coverage` migration on each engine: a database at the previous migration has
// engagements with stored results; the migration must copy the coverage of each engagement's most
// recent result (by computation time) from that snapshot's profile, and leave the rest null.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/client.js'
import { migrateAfterSeeding } from '../support/migrate-after-seeding.js'
import { getTestEngine } from '../support/test-database.js'

const PREVIOUS = '20261204161259_audit_image_retention'

/** A stored result's profile JSON with the coverage scoring recorded. */
const profile = (scored: number, method: number) =>
  JSON.stringify({ coverage: { methodDrivers: method, scoredDrivers: scored } })

describe(`latest_result_coverage migration on ${getTestEngine()}`, () => {
  let db: Database
  beforeAll(async () => {
    const migrated = await migrateAfterSeeding(PREVIOUS, async (sql) => {
      const now = 'CURRENT_TIMESTAMP'
      await sql(
        `INSERT INTO "Organization" ("id", "slug", "name", "updatedAt") VALUES ('org-1', 'o', 'O', ${now})`,
      )
      await sql(
        `INSERT INTO "MethodDefinition" ("id", "version", "name", "definition") VALUES ('m-1', 'immd-1.0', 'IMMD', '{}')`,
      )
      const engagement = (id: string, band: string | null) =>
        sql(
          `INSERT INTO "Engagement" ("id", "organizationId", "methodId", "methodVersion", "title", "latestBand", "updatedAt") VALUES ('${id}', 'org-1', 'm-1', 'immd-1.0', '${id}', ${band === null ? 'NULL' : `'${band}'`}, ${now})`,
        )
      const snapshot = (id: string, engagementId: string, at: string, json: string) =>
        sql(
          `INSERT INTO "ResultSnapshot" ("id", "engagementId", "activityId", "methodVersion", "total", "band", "profile", "computedAt") VALUES ('${id}', '${engagementId}', 'A4', 'immd-1.0', 70, 'high', '${json}', '${at}')`,
        )
      await engagement('scored-twice', 'high')
      await snapshot('r-old', 'scored-twice', '2026-01-01T10:00:00Z', profile(10, 10))
      await snapshot('r-new', 'scored-twice', '2026-02-01T10:00:00Z', profile(8, 10))
      await engagement('no-coverage-kept', 'high')
      await snapshot('r-bare', 'no-coverage-kept', '2026-01-01T10:00:00Z', '{}')
      await engagement('never-scored', null)
    })
    db = migrated.db
    expect(migrated.applied).toContain('20261205165248_latest_result_coverage')
  })
  afterAll(async () => {
    await db?.close()
  })

  it('copies the coverage of the most recent result, and only where one was kept', async () => {
    const rows = await db.prisma.engagement.findMany({
      select: { id: true, latestScoredDrivers: true, latestMethodDrivers: true },
      orderBy: { id: 'asc' },
    })
    expect(rows).toEqual([
      { id: 'never-scored', latestScoredDrivers: null, latestMethodDrivers: null },
      { id: 'no-coverage-kept', latestScoredDrivers: null, latestMethodDrivers: null },
      { id: 'scored-twice', latestScoredDrivers: 8, latestMethodDrivers: 10 },
    ])
  })
})
