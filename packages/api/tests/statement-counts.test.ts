import { readFile } from 'node:fs/promises'
import type { Engine } from '@immd/db/engine'
import { countStatements } from '@immd/db/statements'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import {
  addEvidence,
  type DemoFixture,
  seedDemoFixture,
  seedPortfolio,
} from './support/fixtures.js'

const operation = (name: string) =>
  readFile(new URL(`./operations/${name}.graphql`, import.meta.url), 'utf8')

/**
 * What a portfolio page costs, exactly: the viewer (token, user and memberships in one joined
 * statement), the page, the count. Was 5 while the viewer took three statements.
 */
const PORTFOLIO_STATEMENTS: Record<Engine, number> = { sqlite: 3, postgresql: 3 }
/**
 * What the full engagement detail (every worksheet) costs, exactly. PostgreSQL's client has
 * Prisma's `relationJoins` preview feature, so the relations Pothos folds into the engagement's
 * query load in the same statement (LATERAL joins) instead of one statement each; SQLite's client
 * cannot have it (issue #8, docs/performance.md). The result's per-driver confidence adds one
 * aggregate statement (interviewee ratings counted per driver and answer, issue #13). On
 * PostgreSQL the worksheet lists are answered by the compiled read path (`src/compiled-reads/`):
 * one JSON-building statement for all of them, after the engagement's own (8 → 9 statements,
 * ~40% of the CPU, issue #18).
 */
const DETAIL_STATEMENTS: Record<Engine, number> = { sqlite: 38, postgresql: 9 }

describe.each(TEST_ENGINES)('SQL statements per operation (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let portfolioToken: string
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    portfolioToken = (await seedPortfolio(db, 120)).token
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('costs the same for a portfolio page of 100 engagements as for a page of 10', async () => {
    const query = await operation('portfolio')
    const page = async (first: number) => {
      const measured = await countStatements(db, () =>
        executeOk<{ engagements: { edges: unknown[]; totalCount: number } }>(yoga, {
          token: portfolioToken,
          query,
          variables: { first },
        }),
      )
      expect(measured.result.engagements.edges).toHaveLength(first)
      expect(measured.result.engagements.totalCount).toBe(120)
      return measured.count
    }
    // Warm-up: the first request of a token records its `lastUsedAt` (one UPDATE, then at most
    // one per minute), which is not part of what a page costs.
    await page(1)
    const ten = await page(10)
    const hundred = await page(100)
    console.info(`[${engine}] portfolio statements: 10 → ${ten}, 100 → ${hundred}`)
    expect(hundred).toBe(ten)
    expect(hundred).toBe(PORTFOLIO_STATEMENTS[engine])
  })

  it('costs a fixed number for the full engagement detail, whatever its size', async () => {
    const query = await operation('engagement-detail')
    const team = await db.prisma.team.findFirstOrThrow({ where: { shortName: 'ACME-CSIRT' } })
    const detail = async (size: number) => {
      const created = await executeOk<{ createEngagement: { engagement: { id: string } } }>(yoga, {
        token: demo.leadToken,
        query: `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
          ... on CreateEngagementPayload { engagement { id } } } }`,
        variables: {
          input: {
            organizationId: globalId('Organization', demo.organizationId),
            title: `Detail with ${size} of everything`,
            teamId: globalId('Team', team.id),
            fromEngagementId: globalId('Engagement', demo.finishedEngagementId),
          },
        },
      })
      const id = created.createEngagement.engagement.id
      const rowId = Buffer.from(id, 'base64').toString().split(':')[1] ?? ''
      await addEvidence(db.prisma, rowId, size)
      const measured = await countStatements(db, () =>
        executeOk<{ engagement: { interviews: { totalCount: number } } }>(yoga, {
          token: demo.leadToken,
          query,
          variables: { id },
        }),
      )
      expect(measured.result.engagement.interviews.totalCount).toBe(size)
      return measured
    }
    const small = await detail(3)
    const large = await detail(40)
    console.info(`[${engine}] detail statements: 3 → ${small.count}, 40 → ${large.count}`)
    if (process.env.SHOW_SQL) console.info(large.statements.join('\n'))
    expect(large.count).toBe(small.count)
    expect(large.count).toBe(DETAIL_STATEMENTS[engine])
  })
})
