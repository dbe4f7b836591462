/**
 * Body limits of `/graphql` on a real HTTP server (issue #23, item 1; `security/body-limits.ts`):
 * a body over the limit is refused from its declared length before a byte of it is sent, a
 * chunked one as soon as it passes the limit; import-size bodies are admitted only for imports,
 * from credentials that may import, one per user and `maxImportBodiesInFlight` in all; a
 * realistic inventory over the ordinary limit still imports, declared and chunked.
 */
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../src/auth/viewer.js'
import type { ApiDatabase } from '../src/database.js'
import { DEFAULT_LIMITS } from '../src/security/options.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  createApiToken,
  type DemoFixture,
  seedDemoFixture,
  seedForeignOrganization,
} from './support/fixtures.js'
import { openPost, type PostAnswer } from './support/open-post.js'
import { waitUntil } from './support/wait-until.js'

const MiB = 1024 * 1024
const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }'
const IMPORT = `mutation ($input: ImportTeamsInput!) { importTeams(input: $input) { __typename
  ... on ImportTeamsPayload { created updated unchanged }
  ... on InventoryValidationError { message } ... on ValidationError { issues { path message } } } }`

/** An inventory as a FIRST export and a staff file make it: 1,000 teams with their staff. */
function inventory(prefix: string): Record<string, unknown>[] {
  return Array.from({ length: 1_000 }, (_, index) => ({
    'short-team-name': `${prefix}-${String(index).padStart(4, '0')}`,
    'official-team-name': `${prefix} regional incident response team number ${index}`,
    host: 'Fabrikam Holding',
    'country-code': ['DE'],
    email: `irt-${index}@fabrikam.example`,
    imc_id: `${prefix.toLowerCase()}-imc-${index % 20}`,
    model: index % 50 === 0 ? 'internal_centralized' : 'internal_distributed',
    imc_functions: ['detect', 'respond'],
    staff: ['manager', 'analyst', 'analyst', 'forensics'].map((role, seat) => ({
      name: `Responder ${index}-${seat} of ${prefix}`,
      role,
      unit: `Site ${index} security operations`,
      fte: 0.5,
      skills: ['malware analysis', 'network forensics', 'incident coordination'],
      contact: `responder-${index}-${seat}@fabrikam.example`,
      hours: 'Mon-Fri 08:00-18:00 CET, on call weekends',
    })),
  }))
}

/** A `nodes` request padded with ids to about `bytes`. */
function nodesBody(id: string, bytes: number): string {
  const count = Math.ceil(bytes / (id.length + 3))
  return JSON.stringify({
    query: NODES,
    variables: { ids: Array.from({ length: count }, () => id) },
  })
}

const codeOf = (answer: PostAnswer) =>
  (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
    ?.extensions?.code

describe.each(TEST_ENGINES)('/graphql body limits (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  let server: Server
  let url: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    const api = createApi({ db, security: { limits: { maxImportBodiesInFlight: 1 } } })
    server = createServer(api)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
  })
  afterAll(async () => {
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await db?.close()
  })

  /** Declares `length` bytes, sends none, and returns the answer given from the headers. */
  async function declareOnly(length: number, token: string | null): Promise<PostAnswer> {
    const post = openPost(url, {
      'content-length': String(length),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    })
    const answer = await post.answer
    post.destroy()
    return answer
  }

  it("refuses the red team's body from its declared length, before any of it is sent", async () => {
    // The attack: 3.7 MiB from a viewer's token; a forged 100 MB length; an import-size body
    // from a credential that may not import (read-only token, viewer, anonymous).
    for (const [length, token] of [
      [3_700_000, demo.viewerToken],
      [100_000_000, null],
      [100_000_000, demo.leadToken],
      [2 * MiB, demo.readToken],
      [2 * MiB, null],
    ] as const) {
      const answer = await declareOnly(length, token)
      expect(answer.status, `${length} bytes`).toBe(413)
      expect(answer.writtenBeforeAnswer).toBe(0)
      expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE')
      expect(answer.text).toContain(`larger than ${DEFAULT_LIMITS.maxBodyBytes} bytes`)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('remembers a refused credential: repeating the attack costs no credential lookup', async () => {
    const token = await createApiToken(db.prisma, {
      userId: demo.leadId,
      organizationId: demo.organizationId,
      scope: 'read',
    })
    let statements = 0
    const stop = db.addStatementListener(() => {
      statements += 1
    })
    try {
      const first = await declareOnly(3_700_000, token)
      // The first refusal looked the token up and records its use off the request's path
      // (`touchCredential`, not awaited): wait for that write before counting from here.
      expect(statements).toBeGreaterThan(0)
      await waitUntil(
        'the token’s use to be recorded',
        async () =>
          (await db.prisma.apiToken.findFirst({ where: { tokenHash: hashToken(token) } }))
            ?.lastUsedAt != null,
        20_000,
      )
      const settled = statements
      const again = await declareOnly(3_700_000, token)
      expect([first.status, again.status]).toEqual([413, 413])
      expect(statements - settled).toBe(0)
    } finally {
      stop()
    }
  })

  it('refuses an MCP request over the ordinary limit from its declared length too', async () => {
    const post = openPost(url.replace(/\/graphql$/, '/mcp'), {
      'content-length': String(2 * MiB),
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${demo.leadToken}`,
    })
    const answer = await post.answer
    post.destroy()
    expect(answer.status).toBe(413)
    expect(answer.writtenBeforeAnswer).toBe(0)
  })

  it('cuts a chunked body off once it passes the limit, without waiting for its end', async () => {
    const id = globalId('Engagement', demo.finishedEngagementId)
    const body = nodesBody(id, 3_700_000)
    const post = openPost(url, { authorization: `Bearer ${demo.viewerToken}` })
    const part = 64 * 1024
    let offset = 0
    // Past the limit by one part, then nothing more: a server waiting for the end never answers.
    while (offset <= DEFAULT_LIMITS.maxBodyBytes && !post.answered()) {
      await post.write(body.slice(offset, offset + part))
      offset += part
    }
    const answer = await post.answer
    post.destroy()
    expect(answer.status).toBe(413)
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE')
    expect(answer.writtenBeforeAnswer).toBeLessThan(body.length)
  })

  it('admits import-size bodies one per user and a bounded number in all, for imports only', async () => {
    const id = globalId('Engagement', demo.finishedEngagementId)
    const oversizedQuery = nodesBody(id, 1.5 * MiB)
    // The lead (read-write) may import: the body is admitted and the server waits for it.
    let statements = 0
    const stop = db.addStatementListener(() => {
      statements += 1
    })
    const first = openPost(url, {
      'content-length': String(Buffer.byteLength(oversizedQuery)),
      authorization: `Bearer ${demo.leadToken}`,
    })
    await first.write(oversizedQuery.slice(0, 64 * 1024))
    // Admission takes the slot once the lead's credential lookup has answered. On a loaded machine
    // that lookup may still be running here, and a second body sent now would be admitted in its
    // place (and wait for a body that never comes): wait until the lookup has run and gone quiet.
    try {
      await waitUntil('the credential lookup of the first body', () => statements > 0, 20_000)
      let seen = -1
      await waitUntil(
        'the first body’s admission to finish',
        async () => {
          if (seen === statements) return true
          seen = statements
          await new Promise((resolve) => setTimeout(resolve, 100))
          return false
        },
        20_000,
      )
    } finally {
      stop()
    }
    // A second one of the same user while the first is read: 429 from the headers.
    const again = await declareOnly(2 * MiB, demo.leadToken)
    expect(again.status).toBe(429)
    expect(again.headers['retry-after']).toBe('5')
    expect(codeOf(again)).toBe('RATE_LIMITED')
    // Another organization's admin while the one slot of this instance is taken: 503.
    const busy = await declareOnly(2 * MiB, foreign.token)
    expect(busy.status).toBe(503)
    expect(busy.headers['retry-after']).toBe('5')
    expect(codeOf(busy)).toBe('SERVER_BUSY')
    expect(first.answered()).toBe(false)
    // The admitted body carries a query, not an import: refused before it runs.
    first.end(oversizedQuery.slice(64 * 1024))
    const refused = await first.answer
    expect(refused.status).toBe(413)
    expect(codeOf(refused)).toBe('PAYLOAD_TOO_LARGE')
    expect(refused.text).toContain('may only carry `importTeams` or `importEngagement`')
    // The slot is free again: the other admin's import-size import goes through.
    const records = inventory('FOREIGN')
    const body = JSON.stringify({
      query: IMPORT,
      variables: {
        input: { organizationId: globalId('Organization', foreign.organizationId), records },
      },
    })
    expect(body.length).toBeGreaterThan(DEFAULT_LIMITS.maxBodyBytes)
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${foreign.token}` },
      body,
    })
    const result = (await response.json()) as { data?: { importTeams: Record<string, unknown> } }
    expect(response.status).toBe(200)
    expect(result.data?.importTeams).toMatchObject({
      __typename: 'ImportTeamsPayload',
      created: 1_000,
    })
  })

  it('imports a realistic inventory over the ordinary limit, declared and chunked', async () => {
    const input = {
      organizationId: globalId('Organization', demo.organizationId),
      records: inventory('ACME'),
    }
    const body = JSON.stringify({ query: IMPORT, variables: { input } })
    const teams = () => db.prisma.team.count({ where: { organizationId: demo.organizationId } })
    const before = await teams()
    expect(body.length).toBeGreaterThan(DEFAULT_LIMITS.maxBodyBytes)
    expect(body.length).toBeLessThan(DEFAULT_LIMITS.maxImportBodyBytes)
    const declared = openPost(url, {
      'content-length': String(Buffer.byteLength(body)),
      authorization: `Bearer ${demo.leadToken}`,
    })
    declared.end(body)
    const created = await declared.answer
    expect(created.status).toBe(200)
    expect(JSON.parse(created.text).data.importTeams).toMatchObject({
      __typename: 'ImportTeamsPayload',
      created: 1_000,
    })
    expect(await teams()).toBe(before + 1_000)
    // The same inventory chunked (no declared length): admitted once it passes the ordinary limit.
    const chunked = openPost(url, { authorization: `Bearer ${demo.leadToken}` })
    for (let offset = 0; offset < body.length; offset += 256 * 1024) {
      await chunked.write(body.slice(offset, offset + 256 * 1024))
    }
    chunked.end()
    const again = await chunked.answer
    expect(again.status).toBe(200)
    expect(JSON.parse(again.text).data.importTeams).toMatchObject({
      __typename: 'ImportTeamsPayload',
      created: 0,
      unchanged: 1_000,
    })
  })
})
