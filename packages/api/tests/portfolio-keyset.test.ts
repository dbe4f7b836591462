import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation } from './support/execute.js'
import { seedPortfolio } from './support/fixtures.js'

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $orderBy: EngagementOrder) {
  engagements(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`

interface Page {
  engagements: {
    totalCount: number
    pageInfo: {
      hasNextPage: boolean
      hasPreviousPage: boolean
      startCursor: string | null
      endCursor: string | null
    }
    edges: { cursor: string; node: { id: string } }[]
  }
}

const ORDERS = ['UPDATED_AT', 'TITLE', 'TOTAL', 'STATE'].flatMap((field) =>
  ['ASC', 'DESC'].map((direction) => ({ field, direction })),
)
const COUNT = 45

describe.each(TEST_ENGINES)('keyset cursors of the engagements connection (%s)', (engine) => {
  let db: ApiDatabase
  let token: string
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    token = (await seedPortfolio(db, COUNT)).token
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  const page = (variables: Record<string, unknown>) =>
    executeOk<Page>(yoga, { token, query: PAGE, variables })

  it.each(ORDERS)(
    'walks $field $direction in pages forward and back, as one page reads it',
    async (orderBy) => {
      const whole = (await page({ first: 100, orderBy })).engagements
      expect(whole.edges).toHaveLength(COUNT)
      expect(whole.totalCount).toBe(COUNT)
      const expected = whole.edges.map((edge) => edge.node.id)

      const forward: string[] = []
      let after: string | null = null
      for (let pages = 0; pages < 20; pages += 1) {
        const { edges, pageInfo }: Page['engagements'] = (await page({ first: 7, after, orderBy }))
          .engagements
        forward.push(...edges.map((edge) => edge.node.id))
        expect(pageInfo.hasPreviousPage).toBe(after !== null)
        if (!pageInfo.hasNextPage) break
        after = pageInfo.endCursor
      }
      expect(forward).toEqual(expected)

      const backward: string[] = []
      let before: string | null = null
      for (let pages = 0; pages < 20; pages += 1) {
        const { edges, pageInfo }: Page['engagements'] = (await page({ last: 7, before, orderBy }))
          .engagements
        backward.unshift(...edges.map((edge) => edge.node.id))
        expect(pageInfo.hasNextPage).toBe(before !== null)
        if (!pageInfo.hasPreviousPage) break
        before = pageInfo.startCursor
      }
      expect(backward).toEqual(expected)
    },
  )

  it('refuses a cursor that is not one, naming the argument', async () => {
    const result = await executeOperation(yoga, {
      token,
      query: PAGE,
      variables: { first: 5, after: 'not-a-cursor' },
    })
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain('after')
  })

  it('refuses a cursor issued for another order instead of skipping rows', async () => {
    const byTitle = (await page({ first: 5, orderBy: { field: 'TITLE', direction: 'ASC' } }))
      .engagements
    const result = await executeOperation(yoga, {
      token,
      query: PAGE,
      variables: {
        first: 5,
        after: byTitle.pageInfo.endCursor,
        orderBy: { field: 'TOTAL', direction: 'ASC' },
      },
    })
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toMatch(
      /after is not a cursor of this order \(latestTotal:asc\)/,
    )
  })
})
