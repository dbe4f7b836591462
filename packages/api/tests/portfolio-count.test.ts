import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { PortfolioCountCache } from '../src/engagements/portfolio-count.js'
import { createTestDatabase } from './support/database.js'
import { seedPortfolio } from './support/fixtures.js'

describe('portfolio counts (sqlite)', () => {
  let db: ApiDatabase
  let organizationId: string

  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
    organizationId = (await seedPortfolio(db, 30)).organizationId
  })
  afterAll(() => db?.close())

  it('is exact and fresh up to the limit, and reuses a larger count for its time to live', async () => {
    const counts = new PortfolioCountCache({ exactLimit: 10 })
    const all = { organizationId: { in: [organizationId] } }
    const few = { ...all, title: { in: ['Synthetic engagement 1', 'Synthetic engagement 2'] } }
    expect(await counts.count(db.prisma, all)).toBe(30)
    expect(await counts.count(db.prisma, few)).toBe(2)

    const template = await db.prisma.engagement.findFirstOrThrow({ where: all })
    await db.prisma.engagement.create({
      data: {
        organizationId,
        methodId: template.methodId,
        methodVersion: template.methodVersion,
        title: 'Synthetic engagement 1',
      },
    })
    // Above the limit: the cached total (documented to lag writes by up to 30 s).
    expect(await counts.count(db.prisma, all)).toBe(30)
    // Within the limit: counted again on every request.
    expect(await counts.count(db.prisma, few)).toBe(3)
    // Another instance (or the same one after the time to live) counts anew.
    expect(await new PortfolioCountCache({ exactLimit: 10 }).count(db.prisma, all)).toBe(31)
  })
})
