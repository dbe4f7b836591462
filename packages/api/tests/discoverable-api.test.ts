/**
 * A standard client discovers the API: graphql-js's own introspection query answered to tokens
 * and sessions (not to anonymous requests) on a production server, bounded by the same depth and
 * cost limits as any operation; the sorted SDL at `GET /graphql/schema.graphql`; and the README's
 * "First query" validated against the introspected schema, then run.
 */
import { readFile } from 'node:fs/promises'
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  validate,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { SCHEMA_FILE_PATH } from '../src/discovery/schema-route.js'
import { readSecurityEnv } from '../src/security/security-env.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { request, signIn } from './support/security.js'

const messages = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((error) => error.message).join(' | ')

/** The query of the README's "First query" section, read from the README itself. */
async function readReadmeFirstQuery(): Promise<string> {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## First query'))
  const body = /-d '(\{"query":.*\})'/.exec(section)?.[1]
  if (!body) throw new Error('README.md: no `-d` body in the "First query" section')
  return (JSON.parse(body) as { query: string }).query
}

describe.each(TEST_ENGINES)('a discoverable API (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let production: Api
  const token = () => ({ kind: 'token' as const, token: demo.leadToken })

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    // Plain-HTTP cookies, so the test signs in over http://yoga like the console on localhost.
    production = createApi({
      db,
      security: { production: true, session: { secureCookies: false } },
    })
  })
  afterAll(() => db?.close())

  it('answers the standard introspection query to a token and a session in production', async () => {
    const viaToken = await request<IntrospectionQuery>(production, {
      query: getIntrospectionQuery(),
      credential: token(),
    })
    expect(viaToken.body.errors).toBeUndefined()
    const schema = buildClientSchema(viaToken.body.data as IntrospectionQuery)
    expect(schema.getQueryType()?.getFields().engagements).toBeDefined()
    const session = await signIn(production, 'viewer@example.org')
    const viaSession = await request(production, {
      query: '{ __schema { queryType { name } } }',
      credential: session,
    })
    expect(viaSession.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } })
  })

  it('refuses introspection to anonymous requests by default, and answers __typename', async () => {
    const refused = await request(production, { query: '{ __type(name: "Query") { name } }' })
    expect(refused.body.data ?? null).toBeNull()
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(messages(refused.body)).toMatch(/Introspection is answered to authenticated requests/)
    const typename = await request(production, { query: '{ __typename }' })
    expect(typename.body.data).toEqual({ __typename: 'Query' })
  })

  it('stays switchable: off refuses tokens too, on answers anonymous requests', async () => {
    const off = createApi({ db, security: { production: true, introspection: 'off' } })
    const refused = await request(off, {
      query: '{ __schema { queryType { name } } }',
      credential: token(),
    })
    expect(messages(refused.body)).toMatch(/introspection/i)
    const on = createApi({ db, security: { production: true, introspection: 'on' } })
    expect((await request(on, { query: '{ __schema { queryType { name } } }' })).body.data).toEqual(
      {
        __schema: { queryType: { name: 'Query' } },
      },
    )
    expect(readSecurityEnv({ IMMD_INTROSPECTION: 'authenticated' }).introspection).toBe(
      'authenticated',
    )
    expect(readSecurityEnv({ IMMD_INTROSPECTION: 'false' }).introspection).toBe('off')
    expect(() => readSecurityEnv({ IMMD_INTROSPECTION: 'sometimes' })).toThrow(/IMMD_INTROSPECTION/)
  })

  it('bounds introspection by the depth and cost limits, with typed errors', async () => {
    const shallow = createApi({ db, security: { production: true, limits: { maxDepth: 5 } } })
    const deep = await request(shallow, { query: getIntrospectionQuery(), credential: token() })
    expect(deep.body.data ?? null).toBeNull()
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED')
    expect(messages(deep.body)).toMatch(/^Query depth limit of 5 exceeded, found \d+\.$/)
    const cheap = createApi({ db, security: { production: true, limits: { maxCost: 100 } } })
    const costly = await request(cheap, { query: getIntrospectionQuery(), credential: token() })
    expect(costly.body.data ?? null).toBeNull()
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED')
    expect(messages(costly.body)).toMatch(/^Query Cost limit of 100 exceeded, found [\d.]+\.$/)
    expect(messages(costly.body)).not.toContain('Syntax Error')
  })

  it('serves the sorted SDL to authenticated clients only', async () => {
    const url = `http://yoga${SCHEMA_FILE_PATH}`
    const anonymous = await production.fetch(url)
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { code: string }).code).toBe('UNAUTHENTICATED')
    const served = await production.fetch(url, {
      headers: { authorization: `Bearer ${demo.leadToken}` },
    })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toContain('application/graphql')
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8')
    expect(await served.text()).toBe(committed)
    const post = await production.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${demo.leadToken}` },
    })
    expect(post.status).toBe(405)
  })

  it('states page-size limits in the schema and refuses larger pages with a typed error', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8')
    expect(committed).toContain('At most 100 unless the field')
    expect(committed).toContain('Page-size limit: 500.')
    const tooMany = await request(production, {
      query: '{ engagements(first: 500) { totalCount } }',
      credential: token(),
    })
    expect(tooMany.body.data?.engagements ?? null).toBeNull()
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED')
    expect(messages(tooMany.body)).toContain('`first: 500` is above this connection')
    const fromEnd = await request(production, {
      query: 'query ($last: Int) { engagements(last: $last) { totalCount } }',
      variables: { last: 101 },
      credential: token(),
    })
    expect(fromEnd.body.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED')
    const nested = await request(production, {
      query: `query ($id: ID!) { engagement(id: $id) { resultSnapshots(first: 501) { totalCount } } }`,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      credential: token(),
    })
    expect(nested.body.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED')
    const atLimit = await request(production, {
      query: `query ($id: ID!) { engagements(first: 100) { totalCount }
        engagement(id: $id) { resultSnapshots(first: 500) { totalCount } } }`,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      credential: token(),
    })
    expect(atLimit.body.errors).toBeUndefined()
  })

  it("runs the README's first query after discovering the schema by introspection", async () => {
    // Deprecated input fields (EvaluateDriverInput.notApplicable) are in the committed SDL; a
    // standard client sees them when it asks for them.
    const introspected = await request<IntrospectionQuery>(production, {
      query: getIntrospectionQuery({ inputValueDeprecation: true }),
      credential: token(),
    })
    const schema = buildClientSchema(introspected.body.data as IntrospectionQuery)
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8')
    expect(committed).toContain(printSchema(lexicographicSortSchema(schema)))
    const query = await readReadmeFirstQuery()
    expect(validate(schema, parse(query))).toEqual([])
    const { body } = await request<{ engagements: { totalCount: number } }>(production, {
      query,
      credential: token(),
    })
    expect(body.errors).toBeUndefined()
    expect(body.data?.engagements.totalCount).toBe(2)
  })
})
