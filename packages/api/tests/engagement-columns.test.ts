/**
 * Engagement rows are read in Pothos' select mode: a portfolio page reads the columns its fields
 * need, not every column (the JSON team snapshot, dates nobody asked for). Parsing a column costs
 * CPU in the driver and in Prisma on every row, so a page must not pay for unrequested ones; and a
 * field that is asked for still reads its column.
 */
import { countStatements } from '@immd/db/statements'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk } from './support/execute.js'
import { seedPortfolio } from './support/fixtures.js'

const PAGE = `query Page {
  engagements(first: 5) { edges { node { id title state latestBand latestTotal successThreshold } } }
}`
const PAGE_WITH_DATES = `query PageWithDates {
  engagements(first: 5) { edges { node { id plannedStart createdAt updatedAt } } }
}`

/** A pattern matching a quoted column name in either engine's SQL. */
const column = (name: string) => new RegExp(`[\`"]${name}[\`"]`)

/** The SQL of the statements that read the Engagement table while `run` executes. */
async function engagementStatements(db: ApiDatabase, run: () => Promise<unknown>) {
  const { statements } = await countStatements(db, run)
  // SQLite quotes names with backticks, PostgreSQL with double quotes.
  return statements.filter(
    (sql) => /FROM\s+([`"]\w+[`"]\.)?[`"]Engagement[`"]/.test(sql) && !sql.includes('COUNT('),
  )
}

describe.each(TEST_ENGINES)('columns an engagement page reads (%s)', (engine) => {
  let db: ApiDatabase
  let token: string
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    token = (await seedPortfolio(db, 6)).token
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('reads the portfolio columns and not the team snapshot or unrequested dates', async () => {
    const [page] = await engagementStatements(db, () => executeOk(yoga, { token, query: PAGE }))
    expect(page).toBeDefined()
    for (const name of ['title', 'state', 'latestBand', 'latestTotal', 'successThreshold']) {
      expect(page).toMatch(column(name))
    }
    for (const name of ['teamSnapshot', 'plannedStart', 'sponsorshipRecordedAt', 'createdAt']) {
      expect(page).not.toMatch(column(name))
    }
  })

  it('still reads a column when its field is asked for', async () => {
    let data: { engagements: { edges: { node: Record<string, unknown> }[] } } | undefined
    const [page] = await engagementStatements(db, async () => {
      data = await executeOk(yoga, { token, query: PAGE_WITH_DATES })
    })
    for (const name of ['plannedStart', 'createdAt', 'updatedAt']) {
      expect(page).toMatch(column(name))
    }
    const [first] = data?.engagements.edges ?? []
    expect(typeof first?.node.createdAt).toBe('string')
    expect(typeof first?.node.updatedAt).toBe('string')
  })
})
