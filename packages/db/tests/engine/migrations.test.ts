import { describe, expect, it } from 'vitest'
import { AppendOnlyError, mapDatabaseErrors } from '../../src/errors.js'
import { diffDatabaseFromSchema, migrateDatabase } from '../../src/migrate.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`migrations on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('leave no drift: the applied history equals the committed schema', async () => {
    expect(await diffDatabaseFromSchema({ url: db().url })).toBe('')
  })

  it('are recorded like prisma migrate deploy, and re-applying is a no-op', async () => {
    const rows = await db().prisma.$queryRawUnsafe<
      { migration_name: string; finished_at: unknown }[]
    >('SELECT migration_name, finished_at FROM _prisma_migrations')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.finished_at !== null)).toBe(true)
    expect((await migrateDatabase({ url: db().url })).applied).toEqual([])
  })

  it('keep audit events append-only in the database itself', async () => {
    const { prisma } = db()
    const event = await prisma.auditEvent.create({
      data: { actorKind: 'system', operation: 'test.append', targetType: 'Test', targetId: '1' },
    })
    await expect(
      mapDatabaseErrors(() =>
        prisma.auditEvent.update({ where: { id: event.id }, data: { operation: 'x' } }),
      ),
    ).rejects.toBeInstanceOf(AppendOnlyError)
    await expect(mapDatabaseErrors(() => prisma.auditEvent.deleteMany({}))).rejects.toBeInstanceOf(
      AppendOnlyError,
    )
    expect(await prisma.auditEvent.count({ where: { id: event.id } })).toBe(1)
  })

  it.runIf(getTestEngine() === 'postgresql')(
    'update the search indexes directly, so searches never read a pending list',
    async () => {
      const rows = await db().prisma.$queryRawUnsafe<{ relname: string; options: string[] }[]>(
        // By regclass, so the indexes of this test's schema (the search path), not other schemas'.
        `SELECT relname, reloptions AS options FROM pg_class
         WHERE oid IN (to_regclass('"Engagement_title_trgm_idx"'), to_regclass('"Engagement_imcId_trgm_idx"'))
         ORDER BY relname`,
      )
      expect(rows).toEqual([
        { relname: 'Engagement_imcId_trgm_idx', options: ['fastupdate=off'] },
        { relname: 'Engagement_title_trgm_idx', options: ['fastupdate=off'] },
      ])
    },
  )

  // Last: it changes the schema of this file's database.
  it('detect drift when the database differs from the schema', async () => {
    await db().prisma.$executeRawUnsafe('DROP INDEX "Engagement_organizationId_latestBand_idx"')
    expect(await diffDatabaseFromSchema({ url: db().url })).toContain(
      'Engagement_organizationId_latestBand_idx',
    )
  })
})
