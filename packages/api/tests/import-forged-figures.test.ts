/**
 * Issue #23, item 7: `importEngagement` stored forged figures (latestTotal 1000 or -1e308, a band,
 * a CLOSED state) that bypassed the lifecycle and showed in the portfolio. Imported figures are
 * now derived from the imported rows (`transfer/imported-figures.ts`) and every number is bounded
 * (`transfer/transfer-format.ts`); names lose bidi controls and refuse NUL (item 10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

const EXPORT = 'query ($id: ID!) { engagementExport(id: $id, includeRestricted: true) }'
const IMPORT = `mutation ($organizationId: ID!, $document: JSON!) {
  importEngagement(input: { organizationId: $organizationId, document: $document }) {
    __typename
    ... on ImportEngagementPayload { engagement { id title state result { total band coverage { scoredDrivers } } } }
    ... on ValidationError { issues { path message } }
  }
}`

interface Engagement extends Record<string, unknown> {
  state: string
  latestTotal: number | null
  latestBand: string | null
  activities: { activityId: string; status: string }[]
  resultSnapshots: { total: number; band: string }[]
  interviews: { title: string }[]
}
interface Document {
  format: string
  formatVersion: number
  engagement: Engagement
}
interface ImportResult {
  importEngagement: {
    __typename: string
    issues?: { path: string; message: string }[]
    engagement?: {
      id: string
      title: string
      state: string
      result: { total: number | null; coverage: { scoredDrivers: number } }
    }
  }
}

describe.each(TEST_ENGINES)('imported figures are recomputed, never trusted (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  let yoga: ReturnType<typeof createApi>
  let exported: Document

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    yoga = createApi({ db })
    const data = await executeOk<{ engagementExport: Document }>(yoga, {
      token: demo.leadToken,
      query: EXPORT,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
    })
    exported = data.engagementExport
  })
  afterAll(() => db?.close())

  const importDocument = async (edit: (engagement: Engagement) => void) => {
    const document = structuredClone(exported)
    edit(document.engagement)
    const data = await executeOk<ImportResult>(yoga, {
      token: foreign.token,
      query: IMPORT,
      variables: { organizationId: globalId('Organization', foreign.organizationId), document },
    })
    return data.importEngagement
  }
  const rowOf = (id: string) =>
    db.prisma.engagement.findUniqueOrThrow({
      where: { id: Buffer.from(id, 'base64').toString().split(':')[1] ?? '' },
    })

  it("refuses the red team's out-of-range figures with typed errors naming each path", async () => {
    const before = await db.prisma.engagement.count()
    for (const forged of [1000, -1e308]) {
      const answer = await importDocument((engagement) => {
        engagement.latestTotal = forged
        const snapshot = engagement.resultSnapshots[0]
        if (snapshot) snapshot.total = forged
      })
      expect(answer.__typename).toBe('ValidationError')
      expect(answer.issues?.map((issue) => issue.path)).toEqual([
        'document.engagement.latestTotal',
        'document.engagement.resultSnapshots.0.total',
      ])
    }
    expect(exported.engagement.resultSnapshots.length).toBeGreaterThan(0)
    expect(await db.prisma.engagement.count()).toBe(before)
  })

  it('stores the total and band scoring computes from the imported rows, not the forged ones', async () => {
    const answer = await importDocument((engagement) => {
      engagement.title = 'Forged figures'
      engagement.latestTotal = 100
      engagement.latestBand = 'high'
    })
    expect(answer.__typename).toBe('ImportEngagementPayload')
    const row = await rowOf(answer.engagement?.id ?? '')
    const original = await db.prisma.engagement.findUniqueOrThrow({
      where: { id: demo.finishedEngagementId },
    })
    expect(row.latestTotal).not.toBe(100)
    expect(row.latestTotal).toBe(answer.engagement?.result.total)
    expect([row.state, row.latestTotal, row.latestBand]).toEqual([
      original.state,
      original.latestTotal,
      original.latestBand,
    ])
    // Its coverage is recomputed with it, never copied.
    expect(row.latestScoredDrivers).toBe(answer.engagement?.result.coverage.scoredDrivers)
    expect(row.latestMethodDrivers).toBe(10)
  })

  it('refuses a state the imported activities do not support, writing nothing', async () => {
    const before = await db.prisma.engagement.count()
    const answer = await importDocument((engagement) => {
      for (const activity of engagement.activities) activity.status = 'not-started'
    })
    expect(answer.__typename).toBe('ValidationError')
    expect(answer.issues?.[0]).toEqual({
      path: 'document.engagement.state',
      message: 'is "closed", but the imported activities put the engagement in "draft"',
    })
    expect(await db.prisma.engagement.count()).toBe(before)
  })

  it('stores no figures for an engagement whose scoring activities are not completed', async () => {
    const answer = await importDocument((engagement) => {
      for (const activity of engagement.activities) activity.status = 'not-started'
      engagement.state = 'draft'
      engagement.latestTotal = 99
      engagement.latestBand = 'high'
    })
    expect(answer.__typename).toBe('ImportEngagementPayload')
    const row = await rowOf(answer.engagement?.id ?? '')
    expect([row.state, row.latestTotal, row.latestBand]).toEqual(['draft', null, null])
  })

  it("refuses snapshot bands that are not the method's", async () => {
    const answer = await importDocument((engagement) => {
      const snapshot = engagement.resultSnapshots[0]
      if (snapshot) snapshot.band = 'legendary'
    })
    expect(answer.__typename).toBe('ValidationError')
    expect(answer.issues?.map((issue) => issue.path)).toEqual([
      'document.engagement.resultSnapshots.0.band',
    ])
  })

  it('strips bidi overrides from imported names and refuses NUL with its path', async () => {
    const answer = await importDocument((engagement) => {
      engagement.title = 'Review \u202Efdp.exe\u202C of Q3'
      const interview = engagement.interviews[0]
      if (interview) interview.title = '\u2066Kickoff\u2069'
    })
    expect(answer.__typename).toBe('ImportEngagementPayload')
    expect(answer.engagement?.title).toBe('Review fdp.exe of Q3')
    const row = await rowOf(answer.engagement?.id ?? '')
    const interview = await db.prisma.interviewSession.findFirstOrThrow({
      where: { engagementId: row.id, title: 'Kickoff' },
    })
    expect(interview.title).toBe('Kickoff')
    const refused = await importDocument((engagement) => {
      engagement.title = 'Null\u0000byte'
    })
    expect(refused.issues).toEqual([
      { path: 'document.engagement.title', message: 'must not contain a NUL character' },
    ])
  })
})
