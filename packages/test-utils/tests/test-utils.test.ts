import { describe, expect, it } from 'vitest'
import {
  buildTeamRecord,
  createMember,
  createOrganization,
  createTestEngagement,
  createUser,
} from '../src/factories.js'
import { createTestDatabase, listTestEngines, useTestDatabase } from '../src/test-database.js'

describe.each(listTestEngines())('test-utils on %s', (engine) => {
  const db = useTestDatabase(engine)

  it('opens a fresh, migrated database of the engine', async () => {
    expect(db().engine).toBe(engine)
    expect(await db().prisma.engagement.count()).toBe(0)
  })

  it('creates rows with unique defaults', async () => {
    const { prisma } = db()
    const [a, b] = [await createOrganization(prisma), await createOrganization(prisma)]
    expect(a.slug).not.toBe(b.slug)
    const user = await createUser(prisma, { password: 'secret' })
    expect(user.passwordHash).toMatch(/^scrypt\$/)
    const { actor } = await createMember(prisma, { organizationId: a.id, role: 'viewer' })
    expect(actor.kind).toBe('user')
    const { engagement } = await createTestEngagement(prisma, { organizationId: a.id })
    expect(await prisma.activityRecord.count({ where: { engagementId: engagement.id } })).toBe(15)
    expect(buildTeamRecord('X')['short-team-name']).toBe('X')
  })
})

describe('createTestDatabase', () => {
  it('deletes the database on close', async () => {
    const db = await createTestDatabase({ engine: 'sqlite' })
    await db.prisma.organization.create({ data: { slug: 'gone', name: 'Gone' } })
    await db.close()
    const again = await createTestDatabase({ engine: 'sqlite' })
    expect(await again.prisma.organization.count()).toBe(0)
    await again.close()
  })

  it('fails with a clear message when PostgreSQL does not answer (never skips)', async () => {
    await expect(
      createTestDatabase({
        engine: 'postgresql',
        postgresUrl: 'postgresql://postgres@127.0.0.1:1/test',
      }),
    ).rejects.toThrow(
      /PostgreSQL at postgresql:\/\/postgres@127\.0\.0\.1:1\/test does not answer .*TEST_POSTGRES_URL/,
    )
  })
})
