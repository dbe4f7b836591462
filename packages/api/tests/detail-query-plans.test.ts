import { readFile } from 'node:fs/promises'
import { countStatements } from '@immd/db/statements'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedPortfolio } from './support/fixtures.js'

/** Placeholders of a statement, outside quoted text (EXPLAIN needs one value each). */
function countPlaceholders(sql: string): number {
  return sql.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, '').split('?').length - 1
}

/**
 * SQLite runs inside the API's process: a statement that reads a whole table blocks every other
 * request for as long as it runs, and grows with the portfolio. Every statement of the engagement
 * detail must reach its rows through an index (SQLite's plan says `SEARCH`), so its cost depends
 * on the engagement, not on how many others the database holds.
 */
describe('query plans of the engagement detail (sqlite)', () => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
    demo = await seedDemoFixture(db)
    await seedPortfolio(db, 50)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('reads no table or index from end to end', async () => {
    const query = await readFile(
      new URL('./operations/engagement-detail.graphql', import.meta.url),
      'utf8',
    )
    const { statements } = await countStatements(db, () =>
      executeOk(yoga, {
        token: demo.leadToken,
        query,
        variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      }),
    )
    const selects = statements.filter((sql) => sql.startsWith('SELECT'))
    expect(selects.length).toBeGreaterThan(10)
    const scans: string[] = []
    for (const sql of selects) {
      const plan = await db.prisma.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${sql}`,
        ...Array.from({ length: countPlaceholders(sql) }, () => null),
      )
      for (const { detail } of plan) {
        // `SCAN t` reads every row of t; `SCAN t USING … INDEX` reads all of an index. Scans of a
        // subquery's own (already narrowed) rows or of a constant list are fine.
        if (/^SCAN (?!CONSTANT ROW)/.test(detail) && !/^SCAN \w+ LEFT-JOIN$/.test(detail)) {
          scans.push(`${detail}  ←  ${sql.slice(0, 160)}`)
        }
      }
    }
    expect(scans).toEqual([])
  })
})
