/**
 * Object ids are unique across the API, so a standard normalizing client shows the right data:
 * two engagements (one on a tailored method with another weight for D1) go through Apollo
 * Client's default `InMemoryCache` (no type policies) against `yoga.fetch` in process, and every
 * read from the cache equals a cache-less read of the same document. Before ids were scoped,
 * `EngagementPhase:prepare` and `Driver:D1` were one cache entry for both engagements.
 */

import { readFileSync } from 'node:fs'
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client/core'
import { addTypenameToDocument } from '@apollo/client/utilities'
import { buildSchema, isObjectType, print } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { engagementVersionOf, executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const ENGAGEMENT = gql`
  query CachedEngagement($id: ID!) {
    engagement(id: $id) {
      id
      title
      methodVersion
      phases {
        id
        code
        activities {
          id
          activityId
          status
        }
      }
      method {
        version
        drivers {
          id
          code
          weight
          shortName
        }
        phases {
          id
          code
          activities {
            id
            code
            consumes {
              id
              code
            }
          }
        }
        worksheets {
          id
          code
          fields {
            id
            code
          }
        }
      }
    }
  }
`

const CREATE = `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
  __typename ... on CreateEngagementPayload { engagement { id } } ... on Error { message } } }`
const TAILOR = `mutation ($input: TailorMethodInput!) { tailorMethod(input: $input) {
  __typename ... on Error { message } } }`

describe.each(TEST_ENGINES)('a normalizing client cache (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  /** The document exactly as Apollo sends it (with `__typename`), read without any cache. */
  const readDirectly = (id: string) =>
    executeOk<{ engagement: unknown }>(yoga, {
      token: demo.leadToken,
      query: print(addTypenameToDocument(ENGAGEMENT)),
      variables: { id },
    })

  it('shows each engagement its own activity states and its own method weights', async () => {
    const created = await executeOk<{ createEngagement: { engagement?: { id: string } } }>(yoga, {
      token: demo.leadToken,
      query: CREATE,
      variables: {
        input: {
          organizationId: globalId('Organization', demo.organizationId),
          title: 'Tailored for the cache test',
        },
      },
    })
    const tailoredId = created.createEngagement.engagement?.id
    if (!tailoredId) throw new Error(`createEngagement failed: ${JSON.stringify(created)}`)
    const tailored = await executeOk<{ tailorMethod: { __typename: string } }>(yoga, {
      token: demo.leadToken,
      query: TAILOR,
      variables: {
        input: {
          engagementId: tailoredId,
          version: await engagementVersionOf(db.prisma, tailoredId ?? ''),
          methodVersion: 'immd-1.0+cache-test',
          weights: [{ driverId: 'D1', weight: 0.5 }],
        },
      },
    })
    expect(tailored.tailorMethod.__typename).toBe('TailorMethodPayload')
    const activeId = globalId('Engagement', demo.activeEngagementId)

    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({
        uri: 'http://yoga/graphql',
        headers: { authorization: `Bearer ${demo.leadToken}` },
        fetch: async (input, init) => yoga.fetch(new Request(String(input), init)),
      }),
    })
    // B (tailored) first, then A (built-in method, activities in progress), then B again from
    // the cache only: each must equal what the server answers without a cache.
    const first = await client.query({ query: ENGAGEMENT, variables: { id: tailoredId } })
    const second = await client.query({ query: ENGAGEMENT, variables: { id: activeId } })
    const again = await client.query({
      query: ENGAGEMENT,
      variables: { id: tailoredId },
      fetchPolicy: 'cache-only',
    })

    const directTailored = await readDirectly(tailoredId)
    const directActive = await readDirectly(activeId)
    expect(first.data).toEqual(directTailored)
    expect(second.data).toEqual(directActive)
    expect(again.data).toEqual(directTailored)

    // The two reads really differ where the cache used to mix them up.
    type Read = {
      engagement: {
        phases: { activities: { status: string }[] }[]
        method: { drivers: { code: string; weight: number }[] }
      }
    }
    const weightOfD1 = (read: Read) =>
      read.engagement.method.drivers.find((driver) => driver.code === 'D1')?.weight
    expect(weightOfD1(again.data as Read)).toBe(0.5)
    expect(weightOfD1(second.data as Read)).toBe(1)
    const statuses = (read: Read) =>
      read.engagement.phases.flatMap((phase) => phase.activities.map((a) => a.status))
    expect(statuses(again.data as Read)).not.toEqual(statuses(second.data as Read))
  })
})

describe('object ids', () => {
  it('are `ID!` on every object type that has one (unique across the API, not a method code)', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'))
    const notIds = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => {
        const id = type.getFields().id
        return id && String(id.type) !== 'ID!' ? [`${type.name}.id: ${String(id.type)}`] : []
      })
    expect(notIds).toEqual([])
  })
})
