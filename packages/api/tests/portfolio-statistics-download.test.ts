/**
 * The portfolio statistics download (#15): `GET /portfolio-statistics.(csv|xlsx)` with the
 * caller's credentials and the analytics filter, on both engines: the figures with coverage
 * shares, the driver heatmap (every engagement of the filter, paged through the API), the XLSX
 * with both sheets, typed refusals, and nothing of an organization the caller is not in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId, type MutationSuite, setupMutationSuite } from './support/mutations.js'

/** CSV lines split into cells (the figures hold no quoted commas). */
const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','))

describe.each(TEST_ENGINES)('portfolio statistics download (%s)', (engine) => {
  let suite: MutationSuite
  let organizationId: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    organizationId = globalId('Organization', suite.demo.organizationId)
  })
  afterAll(() => suite?.db.close())

  const download = (path: string, token: string | null = suite.demo.leadToken) =>
    suite.yoga.fetch(`http://yoga/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })

  it('writes the figures with coverage and shares as CSV', async () => {
    const response = await download(`portfolio-statistics.csv?organizationId=${organizationId}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toContain('portfolio-statistics.csv')
    const rows = lines(await response.text())
    expect(rows[0]).toEqual([
      'Section',
      'Item',
      'Engagements',
      'Mean',
      'Median',
      'Q1',
      'Q3',
      'Share (%)',
    ])
    const engagements = Number(rows.find((r) => r[1] === 'engagements')?.[2])
    const scored = rows.find((r) => r[1] === 'scored')
    expect(engagements).toBeGreaterThan(1)
    expect(Number(scored?.[7])).toBeCloseTo((Number(scored?.[2]) / engagements) * 100, 1)
    expect(rows.filter((r) => r[0] === 'Band')).toHaveLength(5)
  })

  it('writes the driver heatmap, one row per engagement of the filter', async () => {
    const response = await download(
      `portfolio-statistics.csv?table=heatmap&organizationId=${organizationId}`,
    )
    expect(response.status).toBe(200)
    const rows = lines(await response.text())
    expect(rows[0]?.slice(0, 5)).toEqual(['Engagement', 'State', 'Band', 'Total value', 'D1'])
    const count = await suite.db.prisma.engagement.count({
      where: { organizationId: suite.demo.organizationId },
    })
    expect(rows).toHaveLength(count + 1)
    const filtered = await download('portfolio-statistics.csv?table=heatmap&model=coordinating')
    expect(lines(await filtered.text())).toHaveLength(1)
  })

  it('writes both tables as XLSX sheets', async () => {
    const response = await download('portfolio-statistics.xlsx')
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    // The sheet names are stored in the workbook part, uncompressed names in the zip directory.
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet2.xml'))).toBe(true)
  })

  it('refuses a bad filter or table and an anonymous caller; another tenant sees its own only', async () => {
    expect((await download('portfolio-statistics.csv?country=Switzerland')).status).toBe(400)
    expect((await download('portfolio-statistics.csv?from=yesterday')).status).toBe(400)
    expect((await download('portfolio-statistics.csv?table=rows')).status).toBe(400)
    expect((await download('portfolio-statistics.csv', null)).status).toBe(401)
    const foreign = await download(
      `portfolio-statistics.csv?table=heatmap&organizationId=${organizationId}`,
      suite.foreign.token,
    )
    expect(foreign.status).toBe(200)
    // An organization the caller is not a member of matches nothing: only the header row.
    expect(lines(await foreign.text())).toHaveLength(1)
  })
})
