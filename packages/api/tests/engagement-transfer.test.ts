import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

const EXPORT = 'query ($id: ID!) { engagementExport(id: $id, includeRestricted: true) }'
const IMPORT = `mutation ($organizationId: ID!, $document: JSON!) {
  importEngagement(input: { organizationId: $organizationId, document: $document }) {
    __typename
    ... on ImportEngagementPayload { engagement { id title organization { slug } result { total band } } }
    ... on Error { message }
    ... on ValidationError { issues { path message } }
  }
}`

interface TransferDocument {
  format: string
  formatVersion: number
  engagement: Record<string, unknown> & {
    dataItems: { interview: number | null; selfReported?: boolean }[]
    resultSnapshots: { supersededAt?: string | null; supersededReason?: string | null }[]
    interviews: unknown[]
    improvements: unknown[]
    lessons: unknown[]
  }
}

interface ImportResult {
  importEngagement: {
    __typename: string
    message?: string
    issues?: { path: string; message: string }[]
    engagement?: { id: string; title: string; organization: { slug: string }; result: unknown }
  }
}

describe.each(TEST_ENGINES)('engagement export and import (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  let yoga: ReturnType<typeof createApi>
  let exported: TransferDocument

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    yoga = createApi({ db })
    // Columns added after the format's first version must survive the round trip too: the IMC's
    // cohort descriptors, a respondent's self-reported item, a result a re-opening replaced.
    const id = demo.finishedEngagementId
    await db.prisma.engagement.update({
      where: { id },
      data: {
        organizationalModel: 'internal_centralized',
        country: 'DE',
        constituency: 'federal agencies',
        sizeBand: 'medium',
      },
    })
    const item = await db.prisma.dataItem.findFirstOrThrow({ where: { engagementId: id } })
    await db.prisma.dataItem.update({ where: { id: item.id }, data: { selfReported: true } })
    const first = await db.prisma.resultSnapshot.findFirstOrThrow({
      where: { engagementId: id },
      orderBy: { computedAt: 'asc' },
    })
    await db.prisma.resultSnapshot.update({
      where: { id: first.id },
      data: {
        supersededAt: new Date('2026-01-02T03:04:05.000Z'),
        supersededReason: 'Re-opened: a document was misread.',
      },
    })
    const data = await executeOk<{ engagementExport: TransferDocument }>(yoga, {
      token: demo.leadToken,
      query: EXPORT,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
    })
    exported = data.engagementExport
  })
  afterAll(() => db?.close())

  it('exports a finished engagement with every worksheet and no database ids', () => {
    expect(exported.format).toBe('immd-engagement')
    expect(exported.formatVersion).toBe(1)
    const { engagement } = exported
    expect(engagement.title).toBeTruthy()
    expect(engagement.state).toBe('closed')
    expect(engagement.interviews.length).toBeGreaterThan(0)
    expect(engagement.dataItems.length).toBeGreaterThan(0)
    expect(engagement.improvements.length).toBeGreaterThan(0)
    expect(engagement.lessons.length).toBeGreaterThan(0)
    expect(engagement).toMatchObject({
      organizationalModel: 'internal_centralized',
      country: 'DE',
      constituency: 'federal agencies',
      sizeBand: 'medium',
    })
    expect(engagement.dataItems.filter((item) => item.selfReported)).toHaveLength(1)
    expect(
      engagement.resultSnapshots.filter((snapshot) => snapshot.supersededAt)[0]?.supersededReason,
    ).toBe('Re-opened: a document was misread.')
    const text = JSON.stringify(engagement)
    expect(text).not.toContain(demo.finishedEngagementId)
    expect(text).not.toContain(demo.organizationId)
  })

  it('imports into another organization and exports back unchanged', async () => {
    const organizationId = globalId('Organization', foreign.organizationId)
    // A `report.json` download is the transfer document plus a `report` section (the result as the
    // other formats print it): the importer drops that section and imports the rest.
    const download = { ...exported, report: { status: 'final', warnings: ['not imported'] } }
    const data = await executeOk<ImportResult>(yoga, {
      token: foreign.token,
      query: IMPORT,
      variables: { organizationId, document: download },
    })
    const payload = data.importEngagement
    expect(payload.__typename).toBe('ImportEngagementPayload')
    expect(payload.engagement?.organization.slug).toMatch(/^other-/)
    const again = await executeOk<{ engagementExport: TransferDocument }>(yoga, {
      token: foreign.token,
      query: EXPORT,
      variables: { id: payload.engagement?.id },
    })
    expect(again.engagementExport.engagement).toEqual(exported.engagement)
    const audit = await db.prisma.auditEvent.findMany({
      where: { organizationId: foreign.organizationId, operation: 'engagement.import' },
    })
    expect(audit).toHaveLength(1)
  })

  it('carries exclusions, and turns an older document’s not-applicable into a migrated one', async () => {
    const engagement = structuredClone(exported.engagement) as TransferDocument['engagement'] & {
      evaluations: { driverId: string; answer: string | null; notApplicable?: boolean }[]
    }
    engagement.title = 'Imported with exclusions'
    engagement.exclusions = [
      {
        driverId: 'D10',
        reason: 'No sustainment function in this IMC.',
        decidedBy: 'Lena Lead',
        decidedAt: '2025-03-10T09:00:00.000Z',
        origin: 'tailoring',
      },
    ]
    for (const evaluation of engagement.evaluations) {
      if (evaluation.driverId === 'D9')
        Object.assign(evaluation, { answer: null, notApplicable: true })
    }
    const data = await executeOk<ImportResult>(yoga, {
      token: foreign.token,
      query: IMPORT,
      variables: {
        organizationId: globalId('Organization', foreign.organizationId),
        document: { ...exported, engagement },
      },
    })
    const id = data.importEngagement.engagement?.id ?? ''
    const rowId = Buffer.from(id, 'base64').toString().split(':')[1] ?? ''
    const rows = await db.prisma.driverExclusion.findMany({
      where: { engagementId: rowId },
      orderBy: { driverId: 'asc' },
    })
    expect(rows.map((row) => [row.driverId, row.origin, row.reason, row.decidedById])).toEqual([
      ['D10', 'tailoring', 'No sustainment function in this IMC.', null],
      ['D9', 'migrated', 'migrated from evaluation-time not-applicable', null],
    ])
    const evaluation = await db.prisma.driverEvaluation.findFirstOrThrow({
      where: { engagementId: rowId, driverId: 'D9' },
    })
    expect(evaluation).toMatchObject({ answer: null, notApplicable: false })
  })

  it('never exports an engagement of another organization', async () => {
    const result = await executeOperation<{ engagementExport: unknown }>(yoga, {
      token: foreign.token,
      query: EXPORT,
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
    })
    // Hidden either way: a FORBIDDEN error or a plain null, never the document.
    expect(result.data?.engagementExport ?? null).toBeNull()
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN')
    const missing = await executeOk<{ engagementExport: unknown }>(yoga, {
      token: foreign.token,
      query: EXPORT,
      variables: { id: globalId('Engagement', '00000000-0000-7000-8000-000000000000') },
    })
    expect(missing.engagementExport).toBeNull()
  })

  it('refuses imports by read-only tokens and viewers', async () => {
    const organizationId = globalId('Organization', demo.organizationId)
    for (const token of [demo.readToken, demo.viewerToken]) {
      const result = await executeOperation(yoga, {
        token,
        query: IMPORT,
        variables: { organizationId, document: exported },
      })
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  it('lists every problem of a malformed document and writes nothing', async () => {
    const before = await db.prisma.engagement.count()
    const broken = structuredClone(exported)
    broken.formatVersion = 2
    ;(broken.engagement as Record<string, unknown>).title = ''
    const data = await executeOk<ImportResult>(yoga, {
      token: demo.leadToken,
      query: IMPORT,
      variables: {
        organizationId: globalId('Organization', demo.organizationId),
        document: broken,
      },
    })
    expect(data.importEngagement.__typename).toBe('ValidationError')
    expect(data.importEngagement.issues?.map((issue) => issue.path)).toEqual([
      'document.formatVersion',
      'document.engagement.title',
    ])
    expect(await db.prisma.engagement.count()).toBe(before)
  })

  it('rejects dangling references before writing', async () => {
    const broken = structuredClone(exported)
    const item = broken.engagement.dataItems.find((entry) => entry.interview !== null)
    if (item) item.interview = 999
    const data = await executeOk<ImportResult>(yoga, {
      token: demo.leadToken,
      query: IMPORT,
      variables: {
        organizationId: globalId('Organization', demo.organizationId),
        document: broken,
      },
    })
    expect(data.importEngagement.__typename).toBe('ValidationError')
    expect(data.importEngagement.issues?.[0]?.message).toContain('interviews[999]')
  })

  it('rolls back everything when a row fails half-way', async () => {
    const before = await db.prisma.engagement.count()
    const broken = structuredClone(exported) as unknown as {
      engagement: { interviews: { participants: { ratings: unknown[] }[] }[] }
    }
    const ratings = broken.engagement.interviews.at(-1)?.participants[0]?.ratings
    // The same driver twice for one participant violates a unique key in the last interview.
    if (ratings?.[0]) ratings.push(ratings[0])
    const data = await executeOk<ImportResult>(yoga, {
      token: demo.leadToken,
      query: IMPORT,
      variables: {
        organizationId: globalId('Organization', demo.organizationId),
        document: broken,
      },
    })
    expect(data.importEngagement.__typename).toBe('ConflictError')
    expect(await db.prisma.engagement.count()).toBe(before)
  })
})
