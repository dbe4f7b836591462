import { describe, expect, it } from 'vitest'
import { loadCohortCounts } from '../../src/analytics/cohort-counts.js'
import { loadPortfolioAggregates } from '../../src/analytics/portfolio-statistics.js'
import type { DbClient } from '../../src/client.js'
import { resolveMethodDefinition } from '../../src/method-repository.js'
import { seedSyntheticEngagements } from '../../src/seed/synthetic.js'
import { uniqueSlug } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

interface Row {
  imcId?: string
  state?: string
  band?: string | null
  total?: number | null
  threshold?: string | null
  model?: string | null
  methodVersion?: string
  createdAt?: Date
  actualEnd?: Date
  answers?: Record<string, string | null>
  excluded?: string[]
}

async function addEngagement(prisma: DbClient, organizationId: string, row: Row) {
  const method = await resolveMethodDefinition(prisma, 'immd-1.0')
  const engagement = await prisma.engagement.create({
    data: {
      organizationId,
      methodId: method.id,
      methodVersion: row.methodVersion ?? 'immd-1.0',
      title: uniqueSlug('engagement'),
      imcId: row.imcId ?? null,
      state: row.state ?? 'closed',
      latestBand: row.band === undefined ? 'high' : row.band,
      latestTotal: row.total === undefined ? 70 : row.total,
      successThreshold: row.threshold === undefined ? 'high' : row.threshold,
      organizationalModel: row.model === undefined ? 'coordinating' : row.model,
      createdAt: row.createdAt ?? new Date(),
      actualEnd: row.actualEnd ?? null,
      evaluations: {
        create: Object.entries(row.answers ?? {}).map(([driverId, answer]) => ({
          driverId,
          answer,
        })),
      },
      exclusions: { create: (row.excluded ?? []).map((driverId) => ({ driverId, reason: 'n/a' })) },
    },
  })
  return engagement.id
}

async function addOrganization(prisma: DbClient) {
  return (await prisma.organization.create({ data: { slug: uniqueSlug('org'), name: 'Org' } })).id
}

describe(`analytics aggregates on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('counts a portfolio by state, band, threshold and age inside the given organizations only', async () => {
    const { prisma } = db()
    const mine = await addOrganization(prisma)
    const other = await addOrganization(prisma)
    const now = new Date('2026-12-01T00:00:00Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)
    await addEngagement(prisma, mine, { createdAt: daysAgo(5), answers: { D1: 'yes', D2: 'no' } })
    await addEngagement(prisma, mine, {
      band: 'low',
      total: 20,
      createdAt: daysAgo(45),
      answers: { D1: 'no', D2: 'no' },
      excluded: ['D2'],
    })
    await addEngagement(prisma, mine, {
      state: 'collecting',
      band: null,
      total: null,
      model: 'internal_centralized',
      createdAt: daysAgo(400),
      answers: { D1: 'yes' },
    })
    await addEngagement(prisma, other, { answers: { D1: 'no' }, createdAt: daysAgo(1) })

    const all = await loadPortfolioAggregates(db(), { organizationIds: [mine] }, now)
    expect(all.groups.reduce((sum, g) => sum + g.count, 0)).toBe(3)
    expect(
      all.groups.map((g) => `${g.state}/${g.band}/${g.threshold}/${g.age}:${g.count}`).sort(),
    ).toEqual([
      'closed/high/high/under-30-days:1',
      'closed/low/high/30-to-89-days:1',
      'collecting/null/high/a-year-or-more:1',
    ])
    // Scored engagements only, excluded drivers left out; the other organization's answers never.
    expect(all.drivers).toEqual([
      { driverId: 'D1', answers: { yes: 1, no: 1 } },
      { driverId: 'D2', answers: { no: 1 } },
    ])

    const filtered = await loadPortfolioAggregates(
      db(),
      { organizationIds: [mine], organizationalModels: ['internal_centralized'] },
      now,
    )
    expect(filtered.groups.map((g) => g.state)).toEqual(['collecting'])
    const period = await loadPortfolioAggregates(
      db(),
      { organizationIds: [mine], createdFrom: daysAgo(60), createdTo: daysAgo(10) },
      now,
    )
    expect(period.groups.map((g) => g.band)).toEqual(['low'])
    const nobody = await loadPortfolioAggregates(db(), { organizationIds: [] }, now)
    expect(nobody).toEqual({ groups: [], drivers: [] })
  })

  it('builds a cohort from the latest closed engagement of each IMC, counting organizations', async () => {
    const { prisma } = db()
    const a = await addOrganization(prisma)
    const b = await addOrganization(prisma)
    const outsider = await addOrganization(prisma)
    // IMC a-1 assessed twice: only the later closed engagement counts.
    await addEngagement(prisma, a, {
      imcId: 'a-1',
      total: 30,
      actualEnd: new Date('2025-01-01T00:00:00Z'),
      answers: { D1: 'no' },
    })
    await addEngagement(prisma, a, {
      imcId: 'a-1',
      total: 80,
      actualEnd: new Date('2026-01-01T00:00:00Z'),
      answers: { D1: 'yes', D2: 'likely-yes' },
      excluded: ['D2'],
    })
    // A later re-assessment still running does not replace the closed one.
    await addEngagement(prisma, a, { imcId: 'a-1', state: 'evaluating', total: 10 })
    await addEngagement(prisma, b, { imcId: 'b-1', total: 50, answers: { D1: 'equally-likely' } })
    await addEngagement(prisma, b, { imcId: 'b-2', total: 50, methodVersion: 'immd-1.0+x' })
    await addEngagement(prisma, b, { imcId: 'b-3', total: 60, model: 'security_team' })
    await addEngagement(prisma, outsider, { imcId: 'o-1', total: 99, answers: { D1: 'no' } })

    await prisma.benchmarkParticipation.createMany({
      data: [{ organizationId: a }, { organizationId: b }],
    })
    const scoped = await loadCohortCounts(db(), {
      organizationId: a,
      scopes: ['cross-organization', 'organization'],
      organizationalModel: 'coordinating',
      methodVersion: 'immd-1.0',
    })
    expect(scoped.optedIn).toBe(true)
    const counts = scoped.scopes['cross-organization']
    if (!counts) throw new Error('no cross-organization counts')
    expect(counts.cohort).toEqual({ engagements: 3, organizations: 2 })
    expect(counts.totals.engagements).toBe(2)
    expect(counts.totals.organizations).toBe(2)
    expect(counts.totals.bins.sort((x, y) => x.value - y.value)).toEqual([
      { value: 50, count: 1 },
      { value: 80, count: 1 },
    ])
    expect(counts.drivers.sort((x, y) => x.driverId.localeCompare(y.driverId))).toEqual([
      {
        driverId: 'D1',
        engagements: 2,
        organizations: 2,
        answers: { yes: 1, 'equally-likely': 1 },
      },
    ])

    const withoutModel = (
      await loadCohortCounts(db(), {
        organizationId: a,
        scopes: ['cross-organization'],
        methodVersion: 'immd-1.0',
      })
    ).scopes['cross-organization']
    expect(withoutModel?.cohort).toEqual({ engagements: 4, organizations: 2 })
    // The outsider did not opt in: its own cohort only, and nothing across organizations.
    const outsiderCounts = await loadCohortCounts(db(), {
      organizationId: outsider,
      scopes: ['organization', 'cross-organization'],
      methodVersion: 'immd-1.0',
    })
    expect(outsiderCounts.optedIn).toBe(false)
    expect(outsiderCounts.scopes['cross-organization']?.cohort).toEqual({
      engagements: 0,
      organizations: 0,
    })
    const own = outsiderCounts.scopes.organization
    if (!own) throw new Error('no organization counts')
    expect(own.cohort).toEqual({ engagements: 1, organizations: 1 })
    expect(own.totals.bins).toEqual([{ value: 99, count: 1 }])
  })

  it('generates cohorts at scale: IMCs assessed twice, attributes, opted-in organizations', async () => {
    for (const slug of ['cohort-a', 'cohort-b', 'cohort-c']) {
      await seedSyntheticEngagements(db(), {
        count: 60,
        batchSize: 30,
        organizationSlug: slug,
        cohorts: { optIn: true },
      })
    }
    const { prisma } = db()
    const rows = await prisma.engagement.findMany({
      where: { organization: { slug: 'cohort-a' } },
      select: { imcId: true, organizationalModel: true, sizeBand: true },
    })
    expect(new Set(rows.map((r) => r.imcId)).size).toBe(30)
    expect(rows.every((r) => r.organizationalModel !== null && r.sizeBand !== null)).toBe(true)
    const requester = await prisma.organization.findUniqueOrThrow({ where: { slug: 'cohort-a' } })
    const counts = (
      await loadCohortCounts(db(), {
        organizationId: requester.id,
        scopes: ['cross-organization'],
        organizationalModel: 'internal_distributed',
        methodVersion: 'immd-1.0',
      })
    ).scopes['cross-organization']
    if (!counts) throw new Error('no cross-organization counts')
    // Each IMC weighs once: at most the distributed IMCs (one in five) of the three organizations.
    expect(counts.cohort.engagements).toBeGreaterThan(0)
    expect(counts.cohort.engagements).toBeLessThanOrEqual(3 * 6)
    expect(counts.cohort.organizations).toBe(3)
  })
})
