/**
 * Rate limits per token and per login, in memory and in Redis; two API instances sharing one
 * Redis store share one budget. Needs Redis (REDIS_URL, default 127.0.0.1:6379) and fails when it
 * does not answer.
 */
import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import {
  createMemoryRateLimitStore,
  createRedisRateLimitStore,
  type RateLimitStore,
} from '../src/security/rate-limit.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { describeRedisDown } from './support/redis.js'
import { request } from './support/security.js'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const PORTFOLIO = '{ engagements(first: 1) { totalCount } }'
const LOGIN = `mutation { login(input: { email: "lead@example.org", password: "wrong" }) {
  __typename ... on AuthenticationError { message retryAfterSeconds } } }`

async function connectRedis(): Promise<Redis> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  })
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    client.disconnect()
    throw new Error(describeRedisDown(REDIS_URL, error))
  }
  return client
}

describe('rate-limit stores', () => {
  it('counts per key in fixed windows (memory)', async () => {
    let now = 0
    const store = createMemoryRateLimitStore(() => now)
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetInMs: 1000 })
    now = 400
    expect(await store.hit('a', 1000)).toEqual({ count: 2, resetInMs: 600 })
    expect(await store.hit('b', 1000)).toEqual({ count: 1, resetInMs: 1000 })
    now = 1000
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetInMs: 1000 })
  })

  it('counts per key in fixed windows (Redis)', async () => {
    const redis = await connectRedis()
    const store = createRedisRateLimitStore({ redis, prefix: `test:${randomUUID()}:` })
    try {
      expect((await store.hit('a', 60_000)).count).toBe(1)
      const second = await store.hit('a', 60_000)
      expect(second.count).toBe(2)
      expect(second.resetInMs).toBeGreaterThan(59_000)
      await store.reset('a')
      expect((await store.hit('a', 60_000)).count).toBe(1)
    } finally {
      await store.close()
      redis.disconnect()
    }
  })
})

describe.each(TEST_ENGINES)('rate limits of the API (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let redis: Redis

  beforeAll(async () => {
    redis = await connectRedis()
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
  })
  afterAll(async () => {
    redis?.disconnect()
    await db?.close()
  })

  const limited = (store: RateLimitStore): Api =>
    createApi({
      db,
      rateLimits: store,
      security: { rateLimit: { perCredential: 3, loginPerAccount: 2, loginPerAddress: 100 } },
    })

  it('answers 429 with Retry-After past the per-user limit (memory)', async () => {
    const yoga = limited(createMemoryRateLimitStore())
    const as = { kind: 'token' as const, token: demo.readToken }
    for (let i = 0; i < 3; i += 1) {
      expect((await request(yoga, { query: PORTFOLIO, credential: as })).response.status).toBe(200)
    }
    const { response, body } = await request(yoga, { query: PORTFOLIO, credential: as })
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Rate limit exceeded: 3 requests per minute\./),
      extensions: { code: 'RATE_LIMITED' },
    })
    // The red team's multiplication (issue #23, item 9): another token of the same user (the lead's
    // read-write token next to their read token) or a new one adds nothing to the budget.
    const sameUser = await request(yoga, {
      query: PORTFOLIO,
      credential: { kind: 'token', token: demo.leadToken },
    })
    expect(sameUser.response.status).toBe(429)
    // Another user has their own budget.
    const other = await request(yoga, {
      query: PORTFOLIO,
      credential: { kind: 'token', token: demo.viewerToken },
    })
    expect(other.response.status).toBe(200)
  })

  it('shares one budget per user between two instances on one Redis store', async () => {
    const prefix = `test:${randomUUID()}:`
    const first = limited(createRedisRateLimitStore({ redis, prefix }))
    const second = limited(createRedisRateLimitStore({ redis, prefix }))
    const tokens = [demo.leadToken, demo.readToken, demo.leadToken, demo.readToken]
    const statuses = []
    for (const [index, yoga] of [first, second, first, second].entries()) {
      const as = { kind: 'token' as const, token: tokens[index] ?? '' }
      statuses.push((await request(yoga, { query: PORTFOLIO, credential: as })).response.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('limits sign-in attempts per account across instances sharing Redis', async () => {
    const prefix = `test:${randomUUID()}:`
    const first = limited(createRedisRateLimitStore({ redis, prefix }))
    const second = limited(createRedisRateLimitStore({ redis, prefix }))
    const outcomes = []
    for (const yoga of [first, second, first]) {
      const { body } = await request<{ login: { message: string } }>(yoga, { query: LOGIN })
      outcomes.push(body.data?.login.message.startsWith('Too many') ? 'throttled' : 'checked')
    }
    expect(outcomes).toEqual(['checked', 'checked', 'throttled'])
    await db.prisma.user.update({
      where: { email: 'lead@example.org' },
      data: { failedLoginCount: 0, lockedUntil: null },
    })
  })
})
