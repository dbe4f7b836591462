import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk } from './support/execute.js'
import { seedPortfolio } from './support/fixtures.js'

const SEARCH = `query Search($search: String!) {
  engagements(first: 100, filter: { search: $search }, orderBy: { field: TITLE, direction: ASC }) {
    totalCount
    edges { node { title imcId } }
  }
}`

/** Titles (and IMC ids) whose pattern characters a LIKE would treat as wildcards. */
const ROWS: { title: string; imcId: string | null }[] = [
  { title: '50% coverage review', imcId: 'imc-pct' },
  { title: '5000 coverage review', imcId: null },
  { title: 'Plan_B rollout', imcId: 'imc_under' },
  { title: 'PlanXB rollout', imcId: 'imcxunder' },
  { title: 'Back\\slash audit', imcId: null },
  { title: 'Quarterly CSIRT check', imcId: 'NORTH-IMC' },
]

/** What each search must answer, by title, identically on both engines. */
const CASES: [string, string[]][] = [
  ['%', ['50% coverage review']],
  ['50%', ['50% coverage review']],
  ['0% c', ['50% coverage review']],
  ['_', ['Plan_B rollout']],
  ['n_B', ['Plan_B rollout']],
  ['imc_', ['Plan_B rollout']],
  ['\\', ['Back\\slash audit']],
  ['coverage', ['50% coverage review', '5000 coverage review']],
  ['COVERAGE REV', ['50% coverage review', '5000 coverage review']],
  ['csirt', ['Quarterly CSIRT check']],
  ['north-imc', ['Quarterly CSIRT check']],
  ['rt', ['Quarterly CSIRT check']],
  ['x', ['PlanXB rollout']],
  ['a\u0000b', []],
  ['no such text', []],
  // Several words: on PostgreSQL looked up by the rarest word, then the whole text checked.
  ['plan_b rollout', ['Plan_B rollout']],
  ['50% coverage review', ['50% coverage review']],
  ['coverage 50%', []],
  ['quarterly csirt', ['Quarterly CSIRT check']],
]

describe.each(TEST_ENGINES)('portfolio search (%s)', (engine) => {
  let db: ApiDatabase
  let token: string
  let yoga: ReturnType<typeof createApi>
  let organizationId: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    // Two synthetic rows make the organization; their titles match none of the cases.
    const portfolio = await seedPortfolio(db, 2)
    token = portfolio.token
    organizationId = portfolio.organizationId
    const template = await db.prisma.engagement.findFirstOrThrow({ where: { organizationId } })
    for (const row of ROWS) {
      await db.prisma.engagement.create({
        data: {
          organizationId,
          methodId: template.methodId,
          methodVersion: template.methodVersion,
          title: row.title,
          imcId: row.imcId,
        },
      })
    }
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  const search = async (text: string) => {
    const { engagements } = await executeOk<{
      engagements: { totalCount: number; edges: { node: { title: string } }[] }
    }>(yoga, { token, query: SEARCH, variables: { search: text } })
    expect(engagements.totalCount).toBe(engagements.edges.length)
    return engagements.edges.map((edge) => edge.node.title)
  }

  it.each(CASES)('%j matches literally', async (text, titles) => {
    expect(await search(text)).toEqual(titles)
  })

  it('follows renames (the search index is kept in sync with the rows)', async () => {
    const row = await db.prisma.engagement.findFirstOrThrow({ where: { title: 'PlanXB rollout' } })
    await db.prisma.engagement.update({ where: { id: row.id }, data: { title: 'Renamed rollout' } })
    expect(await search('planxb')).toEqual([])
    expect(await search('renamed')).toEqual(['Renamed rollout'])
    await db.prisma.engagement.delete({ where: { id: row.id } })
    expect(await search('renamed')).toEqual([])
  })

  it('answers a text with more matches than one statement binds by default (SQLite: 999)', async () => {
    const template = await db.prisma.engagement.findFirstOrThrow({ where: { organizationId } })
    await db.prisma.engagement.createMany({
      data: Array.from({ length: 1_500 }, (_, i) => ({
        organizationId,
        methodId: template.methodId,
        methodVersion: template.methodVersion,
        title: `Bulk review ${String(i).padStart(4, '0')}`,
      })),
    })
    const { engagements } = await executeOk<{
      engagements: { totalCount: number; edges: { node: { title: string } }[] }
    }>(yoga, { token, query: SEARCH, variables: { search: 'bulk review' } })
    expect(engagements.totalCount).toBe(1_500)
    expect(engagements.edges.map((edge) => edge.node.title).slice(0, 2)).toEqual([
      'Bulk review 0000',
      'Bulk review 0001',
    ])
  })
})
