/**
 * Trusted-documents-only mode as production runs it: the API serves a console folder whose
 * shipped `persisted-documents.json` is the manifest (no `manifestPath` configured) and
 * `requireForCookieSessions` is on. Cookie sessions and anonymous requests run documents by id only
 * (sign-in, queries, the SSE subscription), API tokens keep full GraphQL, and report downloads,
 * which ask GraphQL in process with the caller's cookie, keep working.
 */

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../src/auth/credentials.js'
import type { ApiDatabase } from '../src/database.js'
import { resolveManifestPath } from '../src/security/trusted-documents.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { createObservedPubSub } from './support/observed-pubsub.js'
import { TEST_SECURITY } from './support/security.js'
import {
  documentId,
  errorCode,
  openEventStream,
  post,
  writeConsoleFolder,
} from './support/trusted-documents.js'

const LOGIN = `mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { __typename ... on LoginPayload { csrfToken } ... on Error { message } } }`
const VIEWER = 'query Me { viewer { authenticated user { name } } }'
const CHANGED =
  'subscription Changed($id: ID!) { engagementChanged(id: $id) { engagementId operation } }'
const ANY_QUERY = '{ engagements { totalCount } }'
const ADD = `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`
const ONLY = { ...TEST_SECURITY, trustedDocuments: { requireForCookieSessions: true } }

describe.each(TEST_ENGINES)('trusted documents only (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let consoleDir: string
  let yoga: Api
  const bus = createObservedPubSub()
  /** The lead's console session: cookie and CSRF headers. */
  let session: Record<string, string>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    consoleDir = await writeConsoleFolder([LOGIN, VIEWER, CHANGED])
    yoga = createApi({ db, consoleDir, security: ONLY, pubsub: bus.pubsub })
    const login = await post<{ login: { __typename: string; csrfToken?: string } }>(yoga, {
      documentId: `sha256:${documentId(LOGIN)}`,
      variables: { email: 'lead@example.org', password: 'immd-demo' },
    })
    const csrf = login.body.data?.login.csrfToken
    const cookie = login.response.headers
      .getSetCookie()
      .find((value) => value.startsWith('immd_session='))
      ?.split(';')[0]
    if (!csrf || !cookie) throw new Error(`sign-in by id failed: ${JSON.stringify(login.body)}`)
    session = { cookie: `${cookie}; immd_csrf=${csrf}`, 'x-csrf-token': csrf }
  })
  afterAll(async () => {
    await db?.close()
    await rm(consoleDir, { recursive: true, force: true })
  })

  it('runs a cookie session’s documents by id, in either notation', async () => {
    const expected = {
      data: { viewer: { authenticated: true, user: { name: expect.any(String) } } },
    }
    const byId = await post(yoga, { documentId: `sha256:${documentId(VIEWER)}` }, session)
    expect(byId.body).toEqual(expected)
    const apollo = await post(
      yoga,
      { extensions: { persistedQuery: { version: 1, sha256Hash: documentId(VIEWER) } } },
      session,
    )
    expect(apollo.body).toEqual(expected)
  })

  it('refuses any other document from cookie sessions and anonymous requests', async () => {
    const text = await post(yoga, { query: VIEWER }, session)
    expect(errorCode(text.body)).toBe('PERSISTED_QUERY_ONLY')
    expect(text.response.status).toBe(400)
    expect(text.body.data).toBeUndefined()
    // A known id does not carry other text past the check.
    const smuggled = await post(yoga, { query: ANY_QUERY, documentId: documentId(VIEWER) }, session)
    expect(errorCode(smuggled.body)).toBe('PERSISTED_QUERY_ONLY')
    const anonymous = await post(yoga, {
      query: LOGIN,
      variables: { email: 'lead@example.org', password: 'immd-demo' },
    })
    expect(errorCode(anonymous.body)).toBe('PERSISTED_QUERY_ONLY')
    expect(anonymous.response.headers.getSetCookie()).toEqual([])
  })

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const body of [
      { documentId: `sha256:${documentId(ANY_QUERY)}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    ]) {
      const unknown = await post(yoga, body, session)
      expect(errorCode(unknown.body)).toBe('PERSISTED_QUERY_NOT_FOUND')
      expect(unknown.response.status).toBe(400)
    }
  })

  it('lets API tokens send any document', async () => {
    const token = await post(
      yoga,
      { query: ANY_QUERY },
      { authorization: `Bearer ${demo.leadToken}` },
    )
    expect(token.body).toEqual({ data: { engagements: { totalCount: 2 } } })
  })

  it('refuses text from an anonymous request with a junk, revoked or malformed bearer (issue #23)', async () => {
    const revoked = await db.prisma.apiToken.findFirstOrThrow({
      where: { tokenHash: hashToken(demo.viewerToken) },
    })
    await db.prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } })
    for (const authorization of [
      'Bearer junk',
      'Bearer immd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `Bearer ${demo.viewerToken}`,
      'Bearer two words',
    ]) {
      const junk = await post(
        yoga,
        { query: LOGIN, variables: { email: 'lead@example.org', password: 'x' } },
        { authorization },
      )
      expect(errorCode(junk.body), authorization).toBe('PERSISTED_QUERY_ONLY')
      expect(junk.response.status).toBe(400)
    }
  })

  it('subscribes a cookie session by id over Server-Sent Events', async () => {
    const id = globalId('Engagement', demo.activeEngagementId)
    const text = await openEventStream(yoga, { query: CHANGED, variables: { id } }, session)
    expect(errorCode((await text.first) as never)).toBe('PERSISTED_QUERY_ONLY')
    await text.close()
    const stream = await openEventStream(
      yoga,
      { documentId: documentId(CHANGED), variables: { id } },
      session,
    )
    // The server subscribes once the stream is read: change the engagement once it listens.
    await bus.waitForListeners('engagementChanged', id)
    const added = await post(
      yoga,
      {
        query: ADD,
        variables: { input: { engagementId: id, activityId: 'PRA4', text: 'Badges' } },
      },
      { authorization: `Bearer ${demo.leadToken}` },
    )
    expect(added.body.errors).toBeUndefined()
    expect(await stream.first).toEqual({
      data: { engagementChanged: { engagementId: id, operation: 'checklist.add' } },
    })
    await stream.close()
  })

  it('downloads reports with the session cookie (read in process, never through /graphql)', async () => {
    const id = encodeURIComponent(globalId('Engagement', demo.finishedEngagementId))
    const download = (path: string) =>
      yoga.fetch(`http://yoga/engagements/${id}/${path}`, { headers: { cookie: session.cookie } })
    const json = await download('report.json')
    expect(json.status).toBe(200)
    expect(await json.json()).toMatchObject({ engagement: { title: expect.any(String) } })
    // CSV runs the SDK's whole engagement report (several documents), as PDF, DOCX and XLSX do.
    const csv = await download('report.csv')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect((await csv.text()).length).toBeGreaterThan(100)
    const restricted = await download('report.json?includeRestricted=true')
    expect(restricted.status).toBe(200)
    // Without credentials the in-process requests are still the caller's: 401, not a bypass.
    const anonymous = await yoga.fetch(`http://yoga/engagements/${id}/report.json`)
    expect(anonymous.status).toBe(401)
  }, 60_000)
})

describe('trusted-documents configuration', () => {
  it('takes IMMD_PERSISTED_DOCUMENTS first, then the served console’s manifest', async () => {
    const consoleDir = await writeConsoleFolder([VIEWER])
    try {
      const shipped = join(consoleDir, 'persisted-documents.json')
      expect(resolveManifestPath({ manifestPath: null, consoleDir })).toBe(shipped)
      expect(resolveManifestPath({ manifestPath: '/etc/immd/docs.json', consoleDir })).toBe(
        '/etc/immd/docs.json',
      )
      expect(resolveManifestPath({ manifestPath: null, consoleDir: null })).toBeNull()
      expect(resolveManifestPath({ manifestPath: null, consoleDir: join(consoleDir, 'x') })).toBe(
        null,
      )
    } finally {
      await rm(consoleDir, { recursive: true, force: true })
    }
  })

  it('refuses to start trusted-only without a manifest (it would accept everything)', () => {
    expect(() =>
      createApi({ db: {} as ApiDatabase, security: ONLY, persistedDocuments: undefined }),
    ).toThrow(/IMMD_TRUSTED_DOCUMENTS_ONLY needs a manifest/)
  })
})
