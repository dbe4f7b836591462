import { countStatements } from '@immd/db/statements'
import { createYoga } from 'graphql-yoga'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { usePortfolioExport } from '../src/exports/portfolio-export-plugin.js'
import { createApiPubSub } from '../src/pubsub.js'
import { schema } from '../src/schema/index.js'
import type { ErrorLogger } from '../src/security/error-reporting.js'
import { resolveSecurityOptions } from '../src/security/options.js'
import { createMemoryRateLimitStore } from '../src/security/rate-limit.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { seedPortfolio } from './support/fixtures.js'
import {
  connectionRows,
  exportRows,
  type FetchServer,
  requestExport,
} from './support/portfolio-export.js'
import type { Credential } from './support/security.js'

/** Small chunks, so that 45 engagements cross seven chunk boundaries. */
const CHUNK_SIZE = 7
const ENGAGEMENTS = 45
const CHUNKS = Math.ceil(ENGAGEMENTS / CHUNK_SIZE)

describe.each(TEST_ENGINES)('portfolio export in chunks (%s)', (engine) => {
  let db: ApiDatabase
  let yoga: Api
  let chunked: FetchServer
  let analyst: Credential

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    const portfolio = await seedPortfolio(db, ENGAGEMENTS)
    analyst = { kind: 'token', token: portfolio.token }
    // Ties across chunk boundaries: equal update times, equal totals (the id breaks them).
    const ids = (
      await db.prisma.engagement.findMany({
        where: { organizationId: portfolio.organizationId },
        orderBy: { id: 'asc' },
        select: { id: true },
      })
    ).map((row) => row.id)
    await db.prisma.engagement.updateMany({
      where: { id: { in: ids.slice(0, 12) } },
      data: { updatedAt: new Date('2026-05-01T10:00:00.000Z') },
    })
    await db.prisma.engagement.updateMany({
      where: { id: { in: ids.slice(12, 24) } },
      data: { latestTotal: 61.25, latestBand: 'high' },
    })
    yoga = createApi({ db })
    const security = resolveSecurityOptions({})
    chunked = createYoga({
      schema,
      plugins: [
        usePortfolioExport({
          db,
          pubsub: createApiPubSub(),
          security,
          rateLimits: createMemoryRateLimitStore(),
          clientAddressOf: () => '127.0.0.1',
          chunkSize: CHUNK_SIZE,
          // The row path on both engines; PostgreSQL's written lines have their own test
          // (`portfolio-export-postgres.test.ts`), which compares them with this path.
          compiledReads: false,
        }),
      ],
    })
  })
  afterAll(() => db?.close())

  it('continues each order exactly after the last row of the previous chunk', async () => {
    const nullTotals = await db.prisma.engagement.count({ where: { latestTotal: null } })
    // Null totals must sort last across chunk boundaries too.
    expect(nullTotals).toBeGreaterThan(0)
    for (const field of ['UPDATED_AT', 'TITLE', 'TOTAL', 'STATE']) {
      for (const direction of ['ASC', 'DESC']) {
        const expected = await connectionRows(yoga, analyst, { orderBy: { field, direction } })
        expect(expected).toHaveLength(ENGAGEMENTS)
        const exported = await exportRows(chunked, analyst, { orderBy: field, direction })
        expect(exported, `${field} ${direction}`).toEqual(expected)
      }
    }
    const filtered = await connectionRows(yoga, analyst, {
      filter: { band: ['HIGH'] },
      orderBy: { field: 'TOTAL', direction: 'ASC' },
    })
    expect(filtered.length).toBeGreaterThan(CHUNK_SIZE)
    expect(
      await exportRows(chunked, analyst, { band: 'HIGH', orderBy: 'TOTAL', direction: 'ASC' }),
    ).toEqual(filtered)
  })

  it('costs a few statements per chunk, never one per row', async () => {
    // Warm-up: a token's first request records its `lastUsedAt` (one UPDATE per minute).
    await exportRows(chunked, analyst)
    const measured = await countStatements(db, () => exportRows(chunked, analyst))
    expect(measured.result).toHaveLength(ENGAGEMENTS)
    console.info(
      `[${engine}] export of ${ENGAGEMENTS} rows in ${CHUNKS} chunks: ${measured.count} statements`,
    )
    // The viewer, the organizations, then per chunk the engagements (and teams not seen before).
    expect(measured.count).toBeGreaterThanOrEqual(2 + CHUNKS)
    expect(measured.count).toBeLessThanOrEqual(2 + 2 * CHUNKS)
  })

  it('reads neither organizations nor teams when no field of theirs is asked for', async () => {
    await exportRows(chunked, analyst)
    const all = await countStatements(db, () => exportRows(chunked, analyst))
    const fields = 'id,title,state,latestTotal'
    const some = await countStatements(db, () => exportRows(chunked, analyst, { fields }))
    expect(some.result).toHaveLength(ENGAGEMENTS)
    expect(Object.keys(some.result[0] ?? {})).toEqual(['id', 'title', 'state', 'latestTotal'])
    // The viewer, then one statement per chunk: no organizations, no teams.
    expect(some.count).toBeLessThanOrEqual(1 + CHUNKS + 1)
    expect(some.count).toBeLessThan(all.count)
  })

  it('reads the next chunk only when the client reads on', async () => {
    await exportRows(chunked, analyst)
    const measured = await countStatements(db, async () => {
      const response = await requestExport(chunked, 'ndjson', analyst)
      const reader = response.body?.getReader()
      const first = await reader?.read()
      await reader?.cancel()
      return new TextDecoder().decode(first?.value)
    })
    expect(measured.result.split('\n').filter(Boolean)).toHaveLength(CHUNK_SIZE)
    // The viewer, the organizations, at most two chunks (the stream may read one ahead).
    expect(measured.count).toBeLessThanOrEqual(2 + 2 * 2)
  })

  it('answers a masked 500 when the database fails', async () => {
    const broken = await createTestDatabase(engine)
    const logError = vi.fn<ErrorLogger>()
    const api = createApi({ db: broken, logError })
    await broken.close()
    const response = await requestExport(api, 'ndjson', analyst)
    expect(response.status).toBe(500)
    const body = (await response.json()) as { code: string; error: string; correlationId: string }
    expect(body).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      error: 'Unexpected error.',
      correlationId: expect.any(String),
    })
    // The cause goes to the operator's log under the id the client got, not to the client.
    expect(logError).toHaveBeenCalledWith(
      expect.objectContaining({ correlationId: body.correlationId, route: 'portfolio-export' }),
    )
  })
})
