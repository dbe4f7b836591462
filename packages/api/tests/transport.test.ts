/**
 * Transport: CORS closed by default and open to configured origins only, security headers on API
 * answers and on the console's pages, and trusted documents (persisted operation ids) that
 * production can require from cookie sessions while API tokens keep full GraphQL.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { CONSOLE_CSP } from '../src/security/console-pages.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { request, signIn, TEST_SECURITY } from './support/security.js'

const VIEWER_QUERY = 'query Me { viewer { authenticated } }'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe.each(TEST_ENGINES)('transport security (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  let consoleDir: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db, security: TEST_SECURITY })
    consoleDir = await mkdtemp(join(tmpdir(), 'immd-console-'))
    await writeFile(join(consoleDir, 'index.html'), '<!doctype html><title>IMMD</title>')
  })
  afterAll(async () => {
    await db?.close()
    await rm(consoleDir, { recursive: true, force: true })
  })

  const preflight = (api: Api, origin: string) =>
    api.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-csrf-token',
      },
    })

  it('allows no other origin by default', async () => {
    const response = await preflight(yoga, 'https://evil.example')
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const post = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: VIEWER_QUERY }),
    })
    expect(post.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows exactly the configured origins, with credentials', async () => {
    const open = createApi({
      db,
      security: { ...TEST_SECURITY, corsOrigins: ['https://console.example'] },
    })
    const allowed = await preflight(open, 'https://console.example')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example')
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    const other = await preflight(open, 'https://evil.example')
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })

  it('sends security headers with every API answer', async () => {
    const { response } = await request(yoga, { query: VIEWER_QUERY })
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    })
  })

  it("serves the console's pages with a strict Content-Security-Policy", async () => {
    const api = createApi({ db, consoleDir, security: { ...TEST_SECURITY, production: true } })
    for (const path of ['/', '/engagements/123']) {
      const page = await api.fetch(`http://yoga${path}`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<title>IMMD</title>')
      expect(Object.fromEntries(page.headers)).toMatchObject({
        'content-security-policy': CONSOLE_CSP,
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
      })
    }
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'")
    expect(CONSOLE_CSP).toContain("script-src 'self'")
    // `..` cannot leave the folder: the path falls back to the console's index page.
    const traversal = await api.fetch('http://yoga/..%2f..%2f..%2fetc%2fpasswd')
    expect(await traversal.text()).not.toContain('root:')
    expect((await api.fetch('http://yoga/missing.js')).status).toBe(404)
    expect((await api.fetch('http://yoga/healthz')).status).toBe(200)
  })

  it('runs persisted operations by id, and can require them from cookie sessions only', async () => {
    const documents = new Map([[sha256(VIEWER_QUERY), VIEWER_QUERY]])
    const strict = createApi({
      db,
      persistedDocuments: documents,
      security: { ...TEST_SECURITY, trustedDocuments: { requireForCookieSessions: true } },
    })
    // Sessions live in the database: one started through the open instance works on this one.
    const session = await signIn(yoga, 'viewer@example.org')
    const send = (body: Record<string, unknown>, headers: Record<string, string>) =>
      strict.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    if (session.kind !== 'session') throw new Error('expected a session')
    const cookie = { cookie: session.cookie, 'x-csrf-token': session.csrf }
    const byId = await send({ documentId: `sha256:${sha256(VIEWER_QUERY)}` }, cookie)
    expect(await byId.json()).toEqual({ data: { viewer: { authenticated: true } } })
    const apollo = await send(
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(VIEWER_QUERY) } } },
      cookie,
    )
    expect(await apollo.json()).toEqual({ data: { viewer: { authenticated: true } } })
    const arbitrary = await (await send({ query: '{ engagements { totalCount } }' }, cookie)).json()
    expect(arbitrary.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY')
    const unknown = await (await send({ documentId: 'nope' }, cookie)).json()
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    const token = await (
      await send(
        { query: '{ engagements { totalCount } }' },
        { authorization: `Bearer ${demo.leadToken}` },
      )
    ).json()
    expect(token).toEqual({ data: { engagements: { totalCount: 2 } } })
  })
})
