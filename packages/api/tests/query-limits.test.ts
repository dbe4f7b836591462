/**
 * Abuse limits, one hostile request per limit: depth, aliases (`__typename` counted), tokens,
 * directives, cost, body size (declared and streamed), execution time; field suggestions and
 * introspection per environment; mutations over GET and non-JSON bodies refused. Each refusal must
 * say which limit was hit.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { DEFAULT_LIMITS } from '../src/security/options.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { request } from './support/security.js'

const messages = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((error) => error.message).join(' | ')

describe.each(TEST_ENGINES)('query limits (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  const as = () => ({ kind: 'token' as const, token: demo.leadToken })

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('lets the largest operations of the test suite through the production limits', async () => {
    for (const name of ['engagement-detail', 'portfolio']) {
      const query = await readFile(new URL(`./operations/${name}.graphql`, import.meta.url), 'utf8')
      const { body } = await request(yoga, {
        query,
        variables: { id: globalId('Engagement', demo.finishedEngagementId), first: 100 },
        credential: as(),
      })
      expect(body.errors, name).toBeUndefined()
    }
  })

  it('refuses a query nested deeper than the depth limit', async () => {
    let selection = 'id'
    for (let level = 0; level < DEFAULT_LIMITS.maxDepth; level += 1) {
      selection = `previousEngagement { ${selection} }`
    }
    const { body } = await request(yoga, {
      query: `{ engagements(first: 1) { edges { node { ${selection} } } } }`,
      credential: as(),
    })
    expect(body.data ?? null).toBeNull()
    expect(messages(body)).toMatch(
      new RegExp(`^Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found \\d+\\.$`),
    )
    expect(body.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED')
  })

  it('counts aliased __typename towards the alias limit', async () => {
    const aliases = Array.from(
      { length: DEFAULT_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: __typename`,
    )
    const { body } = await request(yoga, { query: `{ ${aliases.join(' ')} }`, credential: as() })
    expect(messages(body)).toMatch(/Aliases limit of 30 exceeded, found 31/)
  })

  it('refuses a document with more tokens than the token limit', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => '__typename').join(' ')
    const { body } = await request(yoga, { query: `{ ${fields} }`, credential: as() })
    expect(messages(body)).toMatch(/Token limit of 4000 exceeded/)
  })

  it('refuses more directives than the directive limit', async () => {
    const directives = Array.from(
      { length: DEFAULT_LIMITS.maxDirectives + 1 },
      () => '@include(if: true)',
    )
    const { body } = await request(yoga, {
      query: `{ __typename ${directives.join(' ')} }`,
      credential: as(),
    })
    expect(messages(body)).toMatch(/Directives limit of 20 exceeded, found 21/)
  })

  it('refuses a query whose cost exceeds the cost limit', async () => {
    const limited = createApi({ db, security: { limits: { maxCost: 200 } } })
    const query = await readFile(
      new URL('./operations/engagement-detail.graphql', import.meta.url),
      'utf8',
    )
    const { body } = await request(limited, {
      query,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      credential: as(),
    })
    expect(messages(body)).toMatch(/^Query Cost limit of 200 exceeded, found \d+(\.\d+)?\.$/)
    expect(messages(body)).not.toContain('Syntax Error')
    expect(body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED')
  })

  it("refuses the red team's `nodes` attack: 58,000 ids in the variables from a viewer", async () => {
    const ids = Array.from({ length: 58_000 }, (_, i) => globalId('Engagement', `forged-${i}`))
    // The red team's 3.7 MiB body is over the body limit: refused before it is decoded (#23).
    const { response, body } = await request(yoga, {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
      credential: { kind: 'token', token: demo.viewerToken },
    })
    expect(response.status).toBe(413)
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE')
    // As many ids as fit in the body limit: refused by the `nodes` limit before any id is read.
    const fitting = ids.slice(0, 12_000)
    const underLimit = await request(yoga, {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: fitting },
      credential: { kind: 'token', token: demo.viewerToken },
    })
    expect(JSON.stringify({ ids: fitting }).length).toBeLessThan(DEFAULT_LIMITS.maxBodyBytes)
    expect(underLimit.response.status).toBe(400)
    expect(underLimit.body.data ?? null).toBeNull()
    expect(underLimit.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED')
    expect(messages(underLimit.body)).toContain(
      '`Query.nodes(ids)` holds 12000 items, at most 100 are allowed',
    )
  })

  it('caps `nodes(ids)` given inline or inside a fragment, and lets 100 ids through', async () => {
    const inline = Array.from({ length: 101 }, (_, i) => JSON.stringify(`x${i}`)).join(',')
    const viaFragment = await request(yoga, {
      query: `query { ...F } fragment F on Query { nodes(ids: [${inline}]) { id } }`,
      credential: as(),
    })
    expect(messages(viaFragment.body)).toContain('holds 101 items, at most 100')
    const ids = Array.from({ length: 100 }, () => globalId('Engagement', demo.finishedEngagementId))
    const allowed = await request<{ nodes: { id: string }[] }>(yoga, {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
      credential: as(),
    })
    expect(allowed.body.errors).toBeUndefined()
    expect(allowed.body.data?.nodes).toHaveLength(100)
  })

  it('costs the selection of `nodes` once per id', async () => {
    const limited = createApi({ db, security: { limits: { maxCost: 500 } } })
    const ids = Array.from({ length: 100 }, () => globalId('Engagement', demo.finishedEngagementId))
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Engagement {
      title state latestTotal organization { id name } } } }`
    const { body } = await request(limited, { query, variables: { ids }, credential: as() })
    expect(messages(body)).toMatch(/Query Cost limit of 500 exceeded, found \d+ \(`nodes` costs/)
    const few = await request(limited, {
      query,
      variables: { ids: ids.slice(0, 5) },
      credential: as(),
    })
    expect(few.body.errors).toBeUndefined()
  })

  it('refuses any list argument longer than the list limit, from variables too', async () => {
    const itemIds = Array.from({ length: DEFAULT_LIMITS.maxListArgumentLength + 1 }, (_, i) =>
      globalId('ChecklistItem', `x${i}`),
    )
    const { body } = await request(yoga, {
      query: `mutation ($e: ID!, $items: [ID!]!) { reorderChecklistItems(input: { engagementId: $e, itemIds: $items }) {
        __typename } }`,
      variables: { e: globalId('Engagement', demo.activeEngagementId), items: itemIds },
      credential: as(),
    })
    expect(body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED')
    expect(messages(body)).toContain(
      '`Mutation.reorderChecklistItems(input.itemIds)` holds 501 items, at most 500 are allowed',
    )
    // The same list inside an `input:` object given whole as one variable (#17).
    const whole = await request(yoga, {
      query: `mutation ($input: ReorderChecklistItemsInput!) { reorderChecklistItems(input: $input) {
        __typename } }`,
      variables: {
        input: { engagementId: globalId('Engagement', demo.activeEngagementId), itemIds },
      },
      credential: as(),
    })
    expect(whole.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED')
    expect(messages(whole.body)).toContain(
      '`Mutation.reorderChecklistItems(input.itemIds)` holds 501 items, at most 500 are allowed',
    )
  })

  it('refuses a body larger than the limit, declared or streamed', async () => {
    const limited = createApi({ db, security: { limits: { maxBodyBytes: 1024 } } })
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2000) } })
    const declared = await limited.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    })
    expect(declared.status).toBe(413)
    expect(await declared.text()).toContain('larger than 1024 bytes')
    const encoder = new TextEncoder()
    const streamed = await limited.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode(body))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('answers an operation that runs past the time limit with a TIMEOUT error', async () => {
    const slow = createApi({ db, security: { limits: { executionTimeoutMs: 1 } } })
    const query = await readFile(
      new URL('./operations/engagement-detail.graphql', import.meta.url),
      'utf8',
    )
    const { body } = await request(slow, {
      query,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      credential: as(),
    })
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body).slice(0, 500)).toBe('TIMEOUT')
    expect(messages(body)).toContain('stopped after 1 ms')
  })

  it('suggests field names in development only', async () => {
    const dev = await request(yoga, { query: '{ engagemnts { totalCount } }', credential: as() })
    expect(messages(dev.body)).toContain('Did you mean')
    const production = createApi({ db, security: { production: true } })
    const prod = await request(production, {
      query: '{ engagemnts { totalCount } }',
      credential: as(),
    })
    expect(messages(prod.body)).toContain('Cannot query field "engagemnts"')
    expect(messages(prod.body)).not.toContain('Did you mean')
  })

  it('gives no enum hints in production, inline or from variables (#23)', async () => {
    const production = createApi({ db, security: { production: true } })
    const inline = await request(production, {
      query: '{ engagements(first: 1, filter: { state: [PLANED] }) { totalCount } }',
      credential: as(),
    })
    const variables = await request(production, {
      query:
        'query ($s: [EngagementState!]) { engagements(first: 1, filter: { state: $s }) { totalCount } }',
      variables: { s: ['PLANED'] },
      credential: as(),
    })
    for (const body of [inline.body, variables.body]) {
      expect(messages(body)).toContain('does not exist in "EngagementState" enum')
      expect(messages(body)).not.toContain('Did you mean')
    }
  })

  it('answers introspection outside production, and in production to authenticated requests or when configured', async () => {
    const query = '{ __schema { queryType { name } } }'
    expect((await request(yoga, { query })).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    })
    const production = createApi({ db, security: { production: true } })
    const refused = await request(production, { query })
    expect(refused.body.data ?? null).toBeNull()
    expect(messages(refused.body)).toMatch(/introspection/i)
    expect((await request(production, { query, credential: as() })).body.data).toBeTruthy()
    const open = createApi({ db, security: { production: true, introspection: true } })
    expect((await request(open, { query })).body.data).toBeTruthy()
  })

  it('refuses mutations over GET and POST bodies that are not JSON', async () => {
    const query = encodeURIComponent('mutation { logout { ended } }')
    const viaGet = await yoga.fetch(`http://yoga/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    })
    expect(viaGet.status).toBe(405)
    const form = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${query}`,
    })
    expect(form.status).toBe(415)
    expect(await form.text()).toContain('application/json')
  })
})
