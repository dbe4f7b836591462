/**
 * Scale-out: two API server processes (`src/server.ts`, as `pnpm start` runs it) on different
 * ports against one PostgreSQL database and one Redis (`REDIS_URL`). Writes through both lose
 * nothing; a cookie session issued by one is valid on the other until logged out on either; rate
 * limits count once across both; a subscriber of one sees the mutations committed through the
 * other. Needs PostgreSQL and Redis and fails (never skips) with a clear message when either does
 * not answer.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomInt, randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createMember } from '@immd/test-utils/factories'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createTestDatabase } from './support/database.js'
import { globalId } from './support/execute.js'
import { createApiToken, type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { waitForRedisSubscribers } from './support/observed-pubsub.js'
import { describeRedisDown } from './support/redis.js'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const API_DIR = fileURLToPath(new URL('..', import.meta.url))
/** Every HTTP request of this file gives up after this long. */
const REQUEST_TIMEOUT_MS = 15_000
/** `IMMD_RATE_LIMIT_PER_MINUTE` of the rate-limited pair of instances. */
const RATE_LIMIT = 6
/** Login attempts per account and window (the server's default; no variable changes it). */
/** Consecutive wrong passwords from one address before it is locked out (default maxFailedLogins). */
const FAILED_LOGINS_PER_SOURCE = 5

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

interface Instance {
  base: string
  process: ChildProcess
}

async function startInstance(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      // Behind the load balancer: login limits per address count the X-Forwarded-For address, so
      // each run uses its own address instead of exhausting 127.0.0.1's budget in the shared Redis.
      IMMD_TRUST_PROXY: 'true',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  // Bounded wait: 60 s of /healthz probes.
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`)
    const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { base, process: child }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`server on ${port} did not become healthy: ${output}`)
}

/** SIGTERM, then SIGKILL if the process has not exited within 12 s. */
async function stopInstance(instance: Instance | undefined): Promise<void> {
  const child = instance?.process
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 12_000)
  await exited
  clearTimeout(timer)
}

interface GraphQLBody<T> {
  data?: T
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** POSTs an operation to `/graphql` with the given headers; returns the response and its JSON. */
async function post<T = any>(
  base: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ response: Response; body: GraphQLBody<T> }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  return { response, body: (await response.json()) as GraphQLBody<T> }
}

async function graphql<T = any>(base: string, token: string, query: string, variables = {}) {
  const { body } = await post<T>(base, { authorization: `Bearer ${token}` }, query, variables)
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body))
  return body.data
}

/** A cookie session: the `Cookie` header to send back and the CSRF token for `x-csrf-token`. */
interface Session {
  cookie: string
  csrf: string
}
const sessionHeaders = (session: Session) => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrf,
})

const READ = `query ($id: ID!) { engagement(id: $id) { evaluations { edges { node { driverId version } } } } }`
const WRITE = `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) {
  __typename ... on EvaluateDriverPayload { evaluation { version } } ... on ConflictError { currentVersion } } }`
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) {
  __typename ... on LoginPayload { csrfToken } ... on AuthenticationError { message retryAfterSeconds } } }`
const ME = '{ viewer { authenticated via authenticationError user { email } } }'

describe('two API instances on one PostgreSQL and one Redis', () => {
  let db: ApiDatabase
  let demo: DemoFixture
  /** A and B: the default limits. */
  let a: Instance
  let b: Instance
  /** C and D: `IMMD_RATE_LIMIT_PER_MINUTE` = {@link RATE_LIMIT}. */
  let c: Instance
  let d: Instance
  let engagementId: string
  /** A lead assessor of the demo organization with a password (factories of @immd/test-utils). */
  const member = { email: `scale-out-${randomUUID().slice(0, 8)}@example.org`, password: '' }
  /** This run's client address (see IMMD_TRUST_PROXY in startInstance). */
  const address = `198.51.100.${randomInt(1, 255)}`

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    // The failure is reported below, not as an unhandled error event.
    probe.on('error', () => {})
    try {
      await probe.connect()
      await probe.ping()
    } catch (error) {
      throw new Error(describeRedisDown(REDIS_URL, error))
    } finally {
      probe.disconnect()
    }
    // Throws "PostgreSQL … does not answer" when the server is down.
    db = await createTestDatabase('postgresql')
    demo = await seedDemoFixture(db)
    engagementId = globalId('Engagement', demo.activeEngagementId)
    member.password = `pw-${randomUUID()}`
    await createMember(db.prisma, {
      organizationId: demo.organizationId,
      role: 'lead-assessor',
      email: member.email,
      name: 'Scale-out Lead',
      password: member.password,
    })
    const limited = { IMMD_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) }
    ;[a, b, c, d] = await Promise.all([
      startInstance(db.url),
      startInstance(db.url),
      startInstance(db.url, limited),
      startInstance(db.url, limited),
    ])
  })
  afterAll(async () => {
    await Promise.all([a, b, c, d].map(stopInstance))
    await db?.close()
  })

  const readVersion = async (base: string, driverId: string) => {
    const data = await graphql(base, demo.leadToken, READ, { id: engagementId })
    const edges = data.engagement.evaluations.edges as {
      node: { driverId: string; version: number }
    }[]
    return edges.find((edge) => edge.node.driverId === driverId)?.node.version as number
  }

  const login = (base: string, email: string, password: string) =>
    post(base, { 'x-forwarded-for': address }, LOGIN, { email, password })

  it('loses no update when clients write the same evaluation through both instances', async () => {
    const driverId = 'D2'
    const before = await readVersion(a.base, driverId)
    const writer = async (base: string, index: number) => {
      let version = await readVersion(base, driverId)
      let successes = 0
      for (let attempt = 0; successes < 3 && attempt < 200; attempt += 1) {
        const answer = ['NO', 'LIKELY_YES', 'YES'][(index + attempt) % 3]
        const data = await graphql(base, demo.leadToken, WRITE, {
          input: { engagementId, driverId, answer, version, rationale: `writer ${index}` },
        })
        const result = data.evaluateDriver
        if (result.__typename === 'EvaluateDriverPayload') {
          successes += 1
          version = result.evaluation.version
        } else if (result.__typename === 'ConflictError') {
          version = result.currentVersion
        } else {
          throw new Error(JSON.stringify(result))
        }
      }
      return successes
    }
    const counts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => writer(i % 2 === 0 ? a.base : b.base, i)),
    )
    const successes = counts.reduce((sum, n) => sum + n, 0)
    expect(successes).toBe(24)
    expect((await readVersion(b.base, driverId)) - before).toBe(successes)
  })

  it('keeps a cookie session signed in on A valid on B until it is logged out on B', async () => {
    const signedIn = await login(a.base, member.email, member.password)
    expect(signedIn.body.data?.login.__typename).toBe('LoginPayload')
    // `name=value` of every Set-Cookie (the session secret and the CSRF cookie).
    const cookie = signedIn.response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ')
    expect(cookie).toMatch(/immd_session=[\w-]+/)
    const session: Session = { cookie, csrf: signedIn.body.data?.login.csrfToken }

    const onB = await post(b.base, sessionHeaders(session), ME)
    expect(onB.body.data?.viewer).toEqual({
      authenticated: true,
      via: 'session',
      authenticationError: null,
      user: { email: member.email },
    })
    // B checks the CSRF token as A would: the cookie alone is not enough for a POST.
    const forged = await post(b.base, { cookie, 'x-csrf-token': 'forged' }, ME)
    expect(forged.body.data?.viewer).toMatchObject({ authenticated: false })

    const version = await readVersion(a.base, 'D4')
    const write = await post(b.base, sessionHeaders(session), WRITE, {
      input: { engagementId, driverId: 'D4', answer: 'YES', version, rationale: 'via B' },
    })
    expect(write.body.errors).toBeUndefined()
    expect(write.body.data?.evaluateDriver).toEqual({
      __typename: 'EvaluateDriverPayload',
      evaluation: { version: version + 1 },
    })
    expect(await readVersion(a.base, 'D4')).toBe(version + 1)

    const logout = await post(b.base, sessionHeaders(session), 'mutation { logout { ended } }')
    expect(logout.body.data).toEqual({ logout: { ended: true } })
    expect(await db.prisma.session.count({ where: { user: { email: member.email } } })).toBe(0)

    const onA = await post(a.base, sessionHeaders(session), ME)
    expect(onA.body.data?.viewer).toEqual({
      authenticated: false,
      via: null,
      authenticationError: 'The session has expired: sign in again.',
      user: null,
    })
    const refused = await post(a.base, sessionHeaders(session), READ, { id: engagementId })
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('counts per-user request limits once across both instances (429 RATE_LIMITED)', async () => {
    // The budget is per user (issue #23): a fresh user's counter starts at zero in Redis, whatever
    // earlier tests or runs left there for the demo users.
    const { user } = await createMember(db.prisma, {
      organizationId: demo.organizationId,
      role: 'lead-assessor',
      email: `budget-${randomUUID().slice(0, 8)}@example.org`,
      name: 'Budget Lead',
      password: `pw-${randomUUID()}`,
    })
    const token = await createApiToken(db.prisma, {
      userId: user.id,
      organizationId: demo.organizationId,
    })
    const answers: { instance: 'C' | 'D'; status: number; code: unknown }[] = []
    // Twice the limit, alternating: per-instance counters would let every request through.
    for (let i = 0; i < 2 * RATE_LIMIT; i += 1) {
      const [name, instance] = i % 2 === 0 ? (['C', c] as const) : (['D', d] as const)
      const { response, body } = await post(instance.base, { authorization: `Bearer ${token}` }, ME)
      answers.push({
        instance: name,
        status: response.status,
        code: body.errors?.[0]?.extensions?.code ?? null,
      })
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(body.errors?.[0]?.message).toContain(`${RATE_LIMIT} requests per minute`)
      }
    }
    expect(answers.map((answer) => answer.status)).toEqual([
      ...Array(RATE_LIMIT).fill(200),
      ...Array(RATE_LIMIT).fill(429),
    ])
    expect(answers.filter((answer) => answer.status === 429).map((answer) => answer.code)).toEqual(
      Array(RATE_LIMIT).fill('RATE_LIMITED'),
    )
    // Both instances refused, so neither kept a budget of its own.
    expect(new Set(answers.slice(RATE_LIMIT).map((answer) => answer.instance))).toEqual(
      new Set(['C', 'D']),
    )
    // Another user's credential still has its full budget (a fresh user: the demo users spent
    // theirs in the tests before this one).
    const other = await createMember(db.prisma, {
      organizationId: demo.organizationId,
      role: 'viewer',
      email: `budget-other-${randomUUID().slice(0, 8)}@example.org`,
      name: 'Budget Viewer',
      password: `pw-${randomUUID()}`,
    })
    const otherToken = await createApiToken(db.prisma, {
      userId: other.user.id,
      organizationId: demo.organizationId,
    })
    expect(
      (await post(c.base, { authorization: `Bearer ${otherToken}` }, ME)).response.status,
    ).toBe(200)
  })

  it('counts failed logins per account and address once across both instances', async () => {
    // An account that does not exist: the limit applies all the same, and nothing gets locked.
    // Five consecutive failures from one address lock that address out (the default
    // `maxFailedLogins`), before the per-minute limit of ten would.
    const email = `nobody-${randomUUID().slice(0, 8)}@example.org`
    const results: { __typename: string; message: string; retryAfterSeconds: number | null }[] = []
    for (let i = 0; i < FAILED_LOGINS_PER_SOURCE + 2; i += 1) {
      const { body } = await login((i % 2 === 0 ? a : b).base, email, 'wrong password')
      results.push(body.data?.login)
    }
    const limited = results.map((result) => result.message.startsWith('Too many sign-in attempts'))
    expect(limited).toEqual([...Array(FAILED_LOGINS_PER_SOURCE).fill(false), true, true])
    for (const result of results.slice(FAILED_LOGINS_PER_SOURCE)) {
      expect(result).toMatchObject({
        __typename: 'AuthenticationError',
        retryAfterSeconds: expect.any(Number),
      })
    }
  })

  it('delivers a mutation committed through A to a subscriber connected to B', async () => {
    const response = await fetch(`${b.base}/graphql`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${demo.leadToken}`,
      },
      body: JSON.stringify({
        query: 'subscription ($id: ID!) { engagementChanged(id: $id) { operation } }',
        variables: { id: engagementId },
      }),
    })
    expect(response.status).toBe(200)
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    // Bounded: the stream is cancelled after 10 s, which ends the read loop.
    const deadline = setTimeout(() => reader.cancel().catch(() => {}), 10_000)
    const received = (async () => {
      const decoder = new TextDecoder()
      let text = ''
      for (;;) {
        const chunk = await reader.read()
        if (chunk.done) return text
        text += decoder.decode(chunk.value, { stream: true })
        if (text.includes('"operation"')) return text
      }
    })()
    try {
      // B is ready once Redis counts its subscription to the engagement's channel.
      await waitForRedisSubscribers(REDIS_URL, `engagementChanged:${demo.activeEngagementId}`)
      const version = await readVersion(a.base, 'D3')
      await graphql(a.base, demo.leadToken, WRITE, {
        input: { engagementId, driverId: 'D3', answer: 'YES', version },
      })
      const text = await received
      expect(text, 'no engagementChanged event on B within 10 s').toContain('evaluation.record')
    } finally {
      clearTimeout(deadline)
      await reader.cancel().catch(() => {})
    }
  })
})
