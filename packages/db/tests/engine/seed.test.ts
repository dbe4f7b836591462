import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/password.js'
import { seedDatabase } from '../../src/seed.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`seed on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('loads the demo: a finished engagement with results and a Phase 2 re-assessment', async () => {
    const { prisma } = db()
    const { demo } = await seedDatabase(db())
    expect(demo.created).toBe(true)
    const engagements = await prisma.engagement.findMany({
      where: { organizationId: demo.organizationId },
      orderBy: { createdAt: 'asc' },
    })
    expect(engagements.map((e) => [e.state, e.latestTotal, e.latestBand])).toEqual([
      ['closed', 70, 'high'],
      ['evaluating', null, null],
    ])
    expect(engagements[1]?.previousEngagementId).toBe(engagements[0]?.id)
    const finished = engagements[0]?.id ?? ''
    const active = engagements[1]?.id ?? ''
    expect(await prisma.resultSnapshot.count({ where: { engagementId: finished } })).toBe(2)
    expect(await prisma.improvement.count({ where: { engagementId: finished } })).toBe(3)
    expect(await prisma.lessonLearned.count({ where: { engagementId: finished } })).toBe(2)
    expect(await prisma.interviewSession.count({ where: { engagementId: active } })).toBe(2)
    expect(await prisma.dataItem.count({ where: { engagementId: active } })).toBe(4)
    expect(
      await prisma.driverEvaluation.count({
        where: { engagementId: active, answer: { not: null } },
      }),
    ).toBe(4)
    expect(await prisma.team.count({ where: { organizationId: demo.organizationId } })).toBe(4)
    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: 'admin@example.org' },
      include: { memberships: true },
    })
    expect(admin.memberships[0]?.role).toBe('admin')
    expect(await verifyPassword('immd-demo', admin.passwordHash ?? '')).toBe(true)
  })

  it('adds the showcase: IMCs of other models and phases, a checked re-assessment, opted-in peers', async () => {
    const { prisma } = db()
    const { demo, showcase } = await seedDatabase(db(), { showcase: true })
    expect(showcase?.created).toBe(true)
    const acme = await prisma.engagement.findMany({
      where: { organizationId: demo.organizationId },
      select: { state: true, organizationalModel: true, previousEngagementId: true },
    })
    expect(new Set(acme.map((e) => e.organizationalModel))).toEqual(
      new Set(['internal_distributed', 'internal_centralized', 'security_team', 'coordinating']),
    )
    expect(new Set(acme.map((e) => e.state)).size).toBeGreaterThanOrEqual(4)
    expect(acme.filter((e) => e.previousEngagementId !== null)).toHaveLength(2)
    const withExpected = await prisma.improvement.count({
      where: { engagement: { organizationId: demo.organizationId }, expectedAnswer: { not: null } },
    })
    expect(withExpected).toBeGreaterThanOrEqual(7)
    // Enough opted-in peers of ACME's distributed model for a cross-organization cohort.
    expect(await prisma.benchmarkParticipation.count()).toBe(4)
    const peers = await prisma.engagement.findMany({
      where: {
        state: 'closed',
        organizationalModel: 'internal_distributed',
        organization: { benchmarkParticipation: { isNot: null } },
      },
      select: { organizationId: true },
    })
    expect(peers.length).toBeGreaterThanOrEqual(5)
    expect(new Set(peers.map((p) => p.organizationId)).size).toBeGreaterThanOrEqual(3)
    expect((await seedDatabase(db(), { showcase: true })).showcase?.created).toBe(false)
  })

  it('is idempotent for the demo and adds synthetic engagements in batches', async () => {
    const { prisma } = db()
    const before = await prisma.engagement.count()
    const { demo, synthetic } = await seedDatabase(db(), { engagements: 45, batchSize: 20 })
    expect(demo.created).toBe(false)
    expect(synthetic).toMatchObject({ engagements: 45 })
    expect(await prisma.engagement.count()).toBe(before + 45)
    expect(
      await prisma.activityRecord.count({
        where: { engagement: { title: { startsWith: 'Synthetic' } } },
      }),
    ).toBe(45 * 15)
    // Bulk-written rows read back through the client like any other.
    const scored = await prisma.engagement.findFirst({
      where: { latestTotal: { not: null }, title: { startsWith: 'Synthetic' } },
      include: { resultSnapshots: true },
    })
    expect(scored?.resultSnapshots[0]?.total).toBe(scored?.latestTotal)
    expect(scored?.createdAt).toBeInstanceOf(Date)
    // The bulk load leaves planner statistics behind (a plan without them joins every row first).
    const analyzed =
      db().engine === 'postgresql'
        ? await prisma.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM pg_stat_user_tables
             WHERE schemaname = current_schema() AND relname = 'Engagement' AND last_analyze IS NOT NULL`,
          )
        : await prisma.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(DISTINCT tbl) AS n FROM sqlite_stat1 WHERE tbl = 'Engagement'`,
          )
    expect(Number(analyzed[0]?.n)).toBe(1)
  })
})
