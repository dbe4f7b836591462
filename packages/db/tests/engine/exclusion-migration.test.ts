// The `driver_exclusions` data migration on each engine: a database at the previous migration gets
// an evaluation-time "not applicable", then the rest of the history is applied; the driver must come
// out as a `migrated` exclusion with an audit event, and the retired flag reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/client.js'
import { migrateAfterSeeding } from '../support/migrate-after-seeding.js'
import { getTestEngine } from '../support/test-database.js'

const PREVIOUS = '20261122120253_user_must_change_password'
const REASON = 'migrated from evaluation-time not-applicable'

describe(`driver_exclusions migration on ${getTestEngine()}`, () => {
  let db: Database
  beforeAll(async () => {
    const migrated = await migrateAfterSeeding(PREVIOUS, async (sql) => {
      const now = 'CURRENT_TIMESTAMP'
      const yes = getTestEngine() === 'sqlite' ? '1' : 'true'
      await sql(
        `INSERT INTO "Organization" ("id", "slug", "name", "updatedAt") VALUES ('org-1', 'o', 'O', ${now})`,
      )
      await sql(
        `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('user-1', 'a@x.test', 'A', ${now})`,
      )
      await sql(
        `INSERT INTO "MethodDefinition" ("id", "version", "name", "definition") VALUES ('m-1', 'immd-1.0', 'IMMD', '{}')`,
      )
      await sql(
        `INSERT INTO "Engagement" ("id", "organizationId", "methodId", "methodVersion", "title", "updatedAt") VALUES ('eng-1', 'org-1', 'm-1', 'immd-1.0', 'E', ${now})`,
      )
      await sql(
        `INSERT INTO "DriverEvaluation" ("id", "engagementId", "driverId", "notApplicable", "evaluatorId", "evaluatedAt", "updatedAt") VALUES ('ev-7', 'eng-1', 'D7', ${yes}, 'user-1', ${now}, ${now})`,
      )
      await sql(
        `INSERT INTO "DriverEvaluation" ("id", "engagementId", "driverId", "answer", "updatedAt") VALUES ('ev-1', 'eng-1', 'D1', 'yes', ${now})`,
      )
    })
    db = migrated.db
    expect(migrated.applied).toContain('20261204055546_driver_exclusions')
  })
  afterAll(async () => {
    await db?.close()
  })

  it('turns the not-applicable driver into a migrated exclusion, and only that one', async () => {
    const exclusions = await db.prisma.driverExclusion.findMany()
    expect(exclusions).toEqual([
      expect.objectContaining({
        engagementId: 'eng-1',
        driverId: 'D7',
        reason: REASON,
        origin: 'migrated',
        decidedById: 'user-1',
      }),
    ])
    const evaluations = await db.prisma.driverEvaluation.findMany({ orderBy: { driverId: 'asc' } })
    expect(evaluations.map((e) => [e.driverId, e.answer, e.notApplicable])).toEqual([
      ['D1', 'yes', false],
      ['D7', null, false],
    ])
  })

  it('records one audit event per migrated row, in the organization’s trail', async () => {
    const [exclusion] = await db.prisma.driverExclusion.findMany()
    const events = await db.prisma.auditEvent.findMany({
      where: { operation: 'exclusion.migrate' },
    })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      organizationId: 'org-1',
      actorKind: 'system',
      targetType: 'DriverExclusion',
      targetId: exclusion?.id,
      before: { evaluationId: 'ev-7', driverId: 'D7', notApplicable: true },
      after: { engagementId: 'eng-1', driverId: 'D7', reason: REASON, origin: 'migrated' },
    })
  })

  it('starts every engagement at data version 0', async () => {
    const engagement = await db.prisma.engagement.findUniqueOrThrow({ where: { id: 'eng-1' } })
    expect(engagement.dataVersion).toBe(0)
  })
})
