/**
 * On PostgreSQL the NDJSON export is written by the database (`portfolio-lines-postgres.ts`). It
 * must answer byte for byte what the row path (`portfolio-rows.ts`, `compiledReads: false`)
 * answers: every order and direction across chunk boundaries with ties and null totals, every
 * filter, searches of each kind, chosen fields, and titles that need JSON escaping.
 */
import { countStatements } from '@immd/db/statements'
import { createYoga } from 'graphql-yoga'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { usePortfolioExport } from '../src/exports/portfolio-export-plugin.js'
import { createApiPubSub } from '../src/pubsub.js'
import { schema } from '../src/schema/index.js'
import { resolveSecurityOptions } from '../src/security/options.js'
import { createMemoryRateLimitStore } from '../src/security/rate-limit.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { seedForeignOrganization, seedPortfolio } from './support/fixtures.js'
import { type FetchServer, requestExport } from './support/portfolio-export.js'
import type { Credential } from './support/security.js'

const CHUNK_SIZE = 7
const ENGAGEMENTS = 60
/** Titles JSON must escape: quotes, backslashes, control characters, line separators, emoji. */
const AWKWARD_TITLES = [
  'Quote "this", then\na line break',
  'Back\\slash and tab\there',
  'Bell \u0007 and unit separator \u001f',
  'Line separator \u2028 paragraph \u2029',
  'Émoji 🛡️ and 中文',
  '100% _under_ review',
]

/** The chunk statement of the PostgreSQL-written path. */
const WRITTEN_SQL = /string_agg\(p\."line"/

const postgresql = TEST_ENGINES.includes('postgresql')

describe.skipIf(!postgresql)('PostgreSQL-written portfolio export (postgresql)', () => {
  let db: ApiDatabase
  let analyst: Credential
  let organizationId: string
  let written: FetchServer
  let rows: FetchServer

  /** A server with only the export route, chunked small, on one of the two paths. */
  function exportServer(compiledReads: boolean): FetchServer {
    return createYoga({
      schema,
      plugins: [
        usePortfolioExport({
          db,
          pubsub: createApiPubSub(),
          security: resolveSecurityOptions({}),
          rateLimits: createMemoryRateLimitStore(),
          clientAddressOf: () => '127.0.0.1',
          chunkSize: CHUNK_SIZE,
          compiledReads,
        }),
      ],
    })
  }

  beforeAll(async () => {
    db = await createTestDatabase('postgresql')
    const portfolio = await seedPortfolio(db, ENGAGEMENTS)
    await seedForeignOrganization(db)
    organizationId = portfolio.organizationId
    analyst = { kind: 'token', token: portfolio.token }
    const ids = (
      await db.prisma.engagement.findMany({
        where: { organizationId },
        orderBy: { id: 'asc' },
        select: { id: true },
      })
    ).map((row) => row.id)
    // Ties across chunk boundaries (the id breaks them), totals with fractions, and nulls.
    await db.prisma.engagement.updateMany({
      where: { id: { in: ids.slice(0, 15) } },
      data: { updatedAt: new Date('2026-05-01T10:00:00.123Z'), title: 'Same title' },
    })
    await db.prisma.engagement.updateMany({
      where: { id: { in: ids.slice(15, 30) } },
      data: {
        latestTotal: 61.25,
        latestBand: 'high',
        latestScoredDrivers: 8,
        latestMethodDrivers: 10,
      },
    })
    await db.prisma.engagement.updateMany({
      where: { id: { in: ids.slice(30, 33) } },
      data: { latestTotal: 0.1 + 0.2, latestBand: 'minimal', imcId: 'IMC "7"' },
    })
    for (const [index, title] of AWKWARD_TITLES.entries()) {
      await db.prisma.engagement.update({ where: { id: ids[40 + index] }, data: { title } })
    }
    written = exportServer(true)
    rows = exportServer(false)
  })
  afterAll(() => db?.close())

  /** The export's text on both paths; expects the same bytes and returns them. */
  async function compare(params: Record<string, string | string[]>): Promise<string> {
    const texts: string[] = []
    for (const server of [written, rows]) {
      const response = await requestExport(server, 'ndjson', analyst, params)
      const text = await response.text()
      expect(response.status, `${JSON.stringify(params)}: ${text.slice(0, 200)}`).toBe(200)
      texts.push(text)
    }
    expect(texts[0], JSON.stringify(params)).toBe(texts[1])
    return texts[0] as string
  }

  it('writes the same bytes as the row path for every order, across chunk boundaries', async () => {
    const nulls = await db.prisma.engagement.count({ where: { organizationId, latestTotal: null } })
    expect(nulls).toBeGreaterThan(CHUNK_SIZE)
    for (const orderBy of ['UPDATED_AT', 'TITLE', 'TOTAL', 'STATE']) {
      for (const direction of ['ASC', 'DESC']) {
        const text = await compare({ orderBy, direction })
        expect(text.split('\n').filter(Boolean), `${orderBy} ${direction}`).toHaveLength(
          ENGAGEMENTS,
        )
      }
    }
    const text = await compare({})
    for (const title of AWKWARD_TITLES) expect(text).toContain(JSON.stringify(title))
    expect(text).toContain('"latestTotal":0.30000000000000004')
    expect(text).toContain('"latestBand":"HIGH","latestScoredDrivers":8,"latestMethodDrivers":10')
    expect(text).toContain(
      '"latestBand":null,"latestScoredDrivers":null,"latestMethodDrivers":null',
    )
  })

  it('writes the same bytes for every filter, search and choice of fields', async () => {
    const cases: Record<string, string | string[]>[] = [
      { state: 'DRAFT,SCORED' },
      { band: ['HIGH', 'MINIMAL'], orderBy: 'TOTAL', direction: 'ASC' },
      { threshold: 'HIGH' },
      { updatedAfter: '2026-05-01T10:00:00.123Z' },
      { organizationId: globalId('Organization', organizationId) },
      // One common word (ILIKE), the rarest of several words (ids), pattern characters, no match.
      { search: 'engagement' },
      { search: 'Engagement 1' },
      { search: 'same TITLE' },
      { search: '100%' },
      { search: '_under_' },
      { search: 'IMC "7"' },
      { search: 'nothing like this anywhere' },
      { fields: 'title,team.shortName,latestTotal,id' },
      { fields: ['organization', 'state'], orderBy: 'TITLE' },
      { fields: 'team', orderBy: 'TOTAL' },
    ]
    const sizes: number[] = []
    for (const params of cases) {
      sizes.push((await compare(params)).split('\n').filter(Boolean).length)
    }
    // The cases select something, except the search that must not match.
    expect(sizes.filter((size) => size > 0)).toHaveLength(cases.length - 1)
  })

  it("never writes another organization's engagements", async () => {
    const foreign = await db.prisma.organization.findFirstOrThrow({
      where: { id: { not: organizationId } },
    })
    const text = await compare({ organizationId: globalId('Organization', foreign.id) })
    expect(text).toBe('')
    const own = globalId('Organization', organizationId)
    const lines = (await compare({ fields: 'organization.id' })).split('\n').filter(Boolean)
    expect(new Set(lines)).toEqual(new Set([JSON.stringify({ organization: { id: own } })]))
  })

  it('runs one statement per chunk', async () => {
    await requestExport(written, 'ndjson', analyst).then((response) => response.text())
    const chunks = Math.ceil(ENGAGEMENTS / CHUNK_SIZE)
    const measured = await countStatements(db, async () =>
      (await requestExport(written, 'ndjson', analyst)).text(),
    )
    expect(measured.result.split('\n').filter(Boolean)).toHaveLength(ENGAGEMENTS)
    // The viewer, then one statement per chunk (the last one short of a full chunk).
    expect(measured.count).toBeLessThanOrEqual(1 + chunks)
    expect(measured.statements.filter((sql) => WRITTEN_SQL.test(sql))).toHaveLength(chunks)
    // The row path never runs it.
    const viaRows = await countStatements(db, async () =>
      (await requestExport(rows, 'ndjson', analyst)).text(),
    )
    expect(viaRows.statements.some((sql) => WRITTEN_SQL.test(sql))).toBe(false)
  })

  it('reads the next chunk only when the client reads on', async () => {
    await requestExport(written, 'ndjson', analyst).then((response) => response.text())
    const measured = await countStatements(db, async () => {
      const response = await requestExport(written, 'ndjson', analyst)
      const reader = response.body?.getReader()
      const first = await reader?.read()
      await reader?.cancel()
      return new TextDecoder().decode(first?.value)
    })
    expect(measured.result.split('\n').filter(Boolean)).toHaveLength(CHUNK_SIZE)
    // The viewer and at most two chunks (the stream may read one ahead).
    expect(measured.count).toBeLessThanOrEqual(1 + 2)
  })
})
