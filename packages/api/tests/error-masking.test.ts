/**
 * Issue #23, item 6 (and #14): unexpected errors on every HTTP route are masked for the client and
 * logged for the operator with a correlation id the client also receives; a broken
 * percent-encoding in a download URL is a 400 with the security headers, not a 500 with a stack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import type { UnexpectedErrorEntry } from '../src/security/error-reporting.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

describe.each(TEST_ENGINES)('unexpected errors (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  const logged: UnexpectedErrorEntry[] = []

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db, logError: (entry) => logged.push(entry) })
  })
  afterAll(() => db?.close())

  it('answers a broken percent-encoding in a download URL with 400 and security headers', async () => {
    const response = await yoga.fetch('http://yoga/engagements/%E0%A4%A/report.pdf')
    const text = await response.text()
    expect(response.status).toBe(400)
    expect(text).toContain('not valid percent-encoding')
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('masks, logs and correlates an unexpected GraphQL error', async () => {
    const before = logged.length
    // A database failure inside a resolver: the client gets no message, the log gets the cause.
    const broken = createApi({
      db: {
        ...db,
        prisma: new Proxy(db.prisma, {
          get: (target, key) =>
            key === 'engagement'
              ? new Proxy(target.engagement, {
                  get: (delegate, method) =>
                    method === 'findMany' || method === 'findUnique' || method === 'findFirst'
                      ? () => Promise.reject(new Error('secret internal detail'))
                      : Reflect.get(delegate, method),
                })
              : Reflect.get(target, key),
        }),
      },
      logError: (entry) => logged.push(entry),
    })
    const response = await broken.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.leadToken}` },
      body: JSON.stringify({ query: '{ engagements(first: 1) { edges { node { title } } } }' }),
    })
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: Record<string, unknown> }[]
    }
    const error = body.errors?.[0]
    expect(error?.message).toBe('Unexpected error.')
    expect(JSON.stringify(body)).not.toContain('secret internal detail')
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR')
    const correlationId = error?.extensions?.correlationId
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/)
    const entry = logged.slice(before).find((row) => row.correlationId === correlationId)
    expect(entry?.route).toBe('graphql')
    expect(entry?.message).toContain('secret internal detail')
  })

  it('keeps domain and authentication errors as they are, unlogged', async () => {
    const before = logged.length
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ engagements(first: 1) { totalCount } }' }),
    })
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(logged.length).toBe(before)
  })
})
