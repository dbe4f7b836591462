/**
 * Exports leave out interviewees' real names and contacts and TLP:AMBER/RED notes unless
 * `includeRestricted` is asked for by the engagement's assessors or an admin (FORBIDDEN otherwise),
 * and the report download route (`GET /engagements/<id>/report.<format>`) authenticates with the
 * caller's own credentials, keeps tenants apart and follows the same rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { executeOperation } from './support/execute.js'
import { createApiToken } from './support/fixtures.js'
import { globalId, type MutationSuite, setupMutationSuite } from './support/mutations.js'
import { signIn } from './support/security.js'

const EXPORT = `query ($id: ID!, $includeRestricted: Boolean) {
  engagementExport(id: $id, includeRestricted: $includeRestricted) }`

type Document = {
  engagement: {
    scopeList: { pseudonym: string; name: string | null; contact: string | null }[]
    interviews: { title: string; notes: string | null; notesTlp: string }[]
  }
}

describe.each(TEST_ENGINES)('restricted content in exports and downloads (%s)', (engine) => {
  let suite: MutationSuite
  let id: string
  let offTeamAssessorToken: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    const engagementId = suite.demo.finishedEngagementId
    id = globalId('Engagement', engagementId)
    await suite.db.prisma.scopeEntry.create({
      data: {
        engagementId,
        kind: 'person',
        pseudonym: 'P-SECRET',
        name: 'Rita Realname',
        contact: 'rita@example.org',
        functions: [],
        ordinal: 9999,
      },
    })
    for (const tlp of ['red', 'amber', 'green']) {
      await suite.db.prisma.interviewSession.create({
        data: { engagementId, title: `Session ${tlp}`, notes: `Notes ${tlp}`, notesTlp: tlp },
      })
    }
    const assessor = await suite.db.prisma.user.findUniqueOrThrow({
      where: { email: 'assessor@example.org' },
    })
    await suite.db.prisma.engagementMember.deleteMany({
      where: { engagementId, userId: assessor.id },
    })
    offTeamAssessorToken = await createApiToken(suite.db.prisma, {
      userId: assessor.id,
      organizationId: suite.demo.organizationId,
    })
  })
  afterAll(() => suite?.db.close())

  const exportAs = (token: string, includeRestricted?: boolean) =>
    executeOperation<{ engagementExport: Document | null }>(suite.yoga, {
      token,
      query: EXPORT,
      variables: { id, ...(includeRestricted === undefined ? {} : { includeRestricted }) },
    })

  const secret = (document: Document) => ({
    entry: document.engagement.scopeList.find((entry) => entry.pseudonym === 'P-SECRET'),
    notes: Object.fromEntries(
      document.engagement.interviews
        .filter((session) => session.title.startsWith('Session '))
        .map((session) => [session.notesTlp, session.notes]),
    ),
  })

  it('redacts by default, even for the lead', async () => {
    const result = await exportAs(suite.demo.leadToken)
    expect(result.errors).toBeUndefined()
    expect(secret(result.data?.engagementExport as Document)).toEqual({
      entry: expect.objectContaining({ name: null, contact: null }),
      notes: { red: null, amber: null, green: 'Notes green' },
    })
  })

  it('includes restricted content for the lead when asked', async () => {
    const result = await exportAs(suite.demo.leadToken, true)
    expect(result.errors).toBeUndefined()
    expect(secret(result.data?.engagementExport as Document)).toEqual({
      entry: expect.objectContaining({ name: 'Rita Realname', contact: 'rita@example.org' }),
      notes: { red: 'Notes red', amber: 'Notes amber', green: 'Notes green' },
    })
  })

  it('answers FORBIDDEN to others asking for restricted content', async () => {
    for (const token of [offTeamAssessorToken, suite.demo.viewerToken]) {
      const result = await exportAs(token, true)
      expect(result.data?.engagementExport ?? null).toBeNull()
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  const download = (path: string, token?: string) =>
    suite.yoga.fetch(`http://yoga/engagements/${encodeURIComponent(id)}/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })

  it('downloads a PDF for an allowed user; 401 anonymous, 404 another tenant', async () => {
    const pdf = await download('report.pdf', suite.demo.leadToken)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await download('report.pdf')).status).toBe(401)
    // A console session: its cookies (session and the readable CSRF cookie), no token.
    const session = await signIn(suite.yoga, 'lead@example.org')
    if (session.kind !== 'session') throw new Error('expected a session')
    const viaCookie = await suite.yoga.fetch(
      `http://yoga/engagements/${encodeURIComponent(id)}/report.json`,
      { headers: { cookie: `${session.cookie}; immd_csrf=${session.csrf}` } },
    )
    expect(viaCookie.status).toBe(200)
    expect((await download('report.pdf', suite.foreign.token)).status).toBe(404)
  }, 120_000)

  it('downloads JSON redacted unless allowed and asked', async () => {
    const plain = await download('report.json', suite.demo.leadToken)
    expect(plain.status).toBe(200)
    const plainBody = (await plain.json()) as Document & {
      report: {
        status: string
        warnings: string[]
        drivers: { id: string; questionProvenance: string; confidence: string }[]
        aboutMethodVersion: { rule: string; marker: string }[]
      }
    }
    expect(secret(plainBody).entry?.name).toBeNull()
    // The result as the other formats print it, with a provenance marker per driver question.
    expect(plainBody.report.status).toMatch(/^(final|provisional|withheld|invalid)$/)
    expect(plainBody.report.drivers.length).toBeGreaterThan(0)
    for (const driver of plainBody.report.drivers) {
      expect(driver.questionProvenance).toMatch(/^\[(SEI source|reconstructed|platform default)\]$/)
    }
    expect(plainBody.report.aboutMethodVersion.map((rule) => rule.rule)).toContain(
      'Driver questions',
    )
    const full = await download('report.json?includeRestricted=true', suite.demo.leadToken)
    expect(full.status).toBe(200)
    expect(secret((await full.json()) as Document).entry?.name).toBe('Rita Realname')
    const refused = await download('report.json?includeRestricted=true', suite.demo.viewerToken)
    expect(refused.status).toBe(403)
    expect(await refused.text()).not.toContain('Rita')
    const foreign = await download('report.json?includeRestricted=true', suite.foreign.token)
    expect([403, 404]).toContain(foreign.status)
    expect(await foreign.text()).not.toContain('Rita')
  })
})
