/**
 * Respondent links (issue #16): a lead issues a personal link (token shown once, stored hashed);
 * the respondent opens the handout, saves a draft and submits without an account; the answers land
 * in the interview worksheet as self-reported and feed the consensus; expiry and revocation are
 * enforced; every step is audited with the link as actor. The respondent's token reaches nothing
 * else: every GraphQL root field answers it as it answers anonymous, and the routes take no id, so
 * a link can only read and write its own answers.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCESS_POLICY } from '../src/auth/policy.js'
import { schema } from '../src/schema/index.js'
import { createApi } from '../src/yoga.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  buildOperation,
  createSampleContext,
  MUTATION_SAMPLES,
} from './support/operation-samples.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  setupSecuritySuite,
} from './support/security.js'

type Data = Record<string, any>

const ISSUE = `mutation ($input: IssueRespondentLinkInput!) { issueRespondentLink(input: $input) {
  __typename
  ... on IssueRespondentLinkPayload { token path link { id status expiresAt scopeEntry { pseudonym } } }
  ... on Error { message } } }`

const REVOKE = `mutation ($id: ID!) { revokeRespondentLink(input: { id: $id }) {
  __typename ... on RevokeRespondentLinkPayload { link { status revokedAt } } ... on Error { message } } }`

const CONSENSUS = `query ($id: ID!) { engagement(id: $id) {
  consensus { driverId count selfReportedCount median }
  respondentLinks(first: 50) { totalCount edges { node { id status comment submittedAt } } }
  interviews(first: 100) { edges { node { title participants { scopeEntry { pseudonym }
    ratings { driverId answer note selfReported } } } } } } }`

/** Calls a respondent route with the token in its header. */
async function respond(
  suite: SecuritySuite,
  route: 'handout' | 'answers' | 'submit',
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const method = route === 'handout' ? 'GET' : route === 'answers' ? 'PUT' : 'POST'
  const response = await suite.yoga.fetch(`http://yoga/respond/api/${route}`, {
    method,
    headers: {
      ...(token ? { 'x-respondent-token': token } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Data }
}

describe.each(TEST_ENGINES)('respondent links (%s)', (engine) => {
  let suite: SecuritySuite
  let lead: Credential
  let engagementGid: string

  const newEntry = async (pseudonym: string) =>
    suite.db.prisma.scopeEntry.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        kind: 'person',
        pseudonym,
        name: `Real ${pseudonym}`,
        functions: [],
        ordinal: 5000 + Math.floor(Math.random() * 1e6),
      },
    })

  const issue = async (entryId: string, credential = lead, extra: Data = {}) => {
    const { body } = await request<Data>(suite.yoga, {
      query: ISSUE,
      variables: { input: { scopeEntryId: globalId('ScopeEntry', entryId), ...extra } },
      credential,
    })
    return body.data?.issueRespondentLink as Data
  }

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    lead = suite.credentials['lead-assessor']
    engagementGid = globalId('Engagement', suite.demo.activeEngagementId)
  })
  afterAll(() => suite?.db.close())

  it('issues a link to a lead only, returns the token once and stores only its hash', async () => {
    const entry = await newEntry('P-ISSUE')
    const refused = await issue(entry.id, suite.credentials.assessor)
    expect(refused.__typename).toBe('NotAuthorizedError')
    const viewer = await issue(entry.id, suite.credentials.viewer)
    expect(viewer ?? null).toBeNull()
    const issued = await issue(entry.id)
    expect(issued.__typename).toBe('IssueRespondentLinkPayload')
    expect(issued.token).toMatch(/^immdr_[A-Za-z0-9_-]{43}$/)
    expect(issued.path).toBe(`/respond#${issued.token}`)
    expect(issued.link.status).toBe('ISSUED')
    expect(issued.link.scopeEntry.pseudonym).toBe('P-ISSUE')
    const rows = await suite.db.prisma.respondentLink.findMany({
      where: { scopeEntryId: entry.id },
    })
    expect(rows).toHaveLength(1)
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(issued.token).digest('hex'))
    expect(JSON.stringify(rows)).not.toContain(issued.token)
    // A second open link for the same person is refused until the first is revoked.
    expect((await issue(entry.id)).__typename).toBe('ConflictError')
    const audit = await suite.db.prisma.auditEvent.findMany({
      where: { operation: 'respondent.link.issue', targetId: rows[0]?.id },
    })
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit)).not.toContain(issued.token)
  })

  it('shows the handout in the language the respondent page asks for, provenance kept', async () => {
    const entry = await newEntry('P-LOCALE')
    const { token } = await issue(entry.id)
    const fr = await respond(suite, 'handout', token, undefined, { 'accept-language': 'fr' })
    expect(fr.status).toBe(200)
    const { handout } = fr.body
    expect(handout.locale).toBe('fr')
    const mark = {
      locale: 'fr',
      provenance: 'design',
      source: "IMMD-1.0-FR (our translation, not SEI's)",
    }
    expect(handout.drivers[0].question).toEqual({
      text: "Les objectifs de l'IMC sont-ils réalistes et clairement formulés\u202f?",
      provenance: 'read',
      translation: mark,
    })
    expect(handout.drivers[1].question).toMatchObject({ provenance: 'inferred', translation: mark })
    expect(handout.drivers[1].prompts[0]).toEqual({
      text: 'Existe-t-il une liste de notification à jour des personnes et des unités\u202f?',
      provenance: 'design',
      translation: mark,
    })
    expect(handout.answers.map((a: Data) => [a.answer, a.label])).toContainEqual([
      'likely-yes',
      'Plutôt oui',
    ])
    const en = (await respond(suite, 'handout', token)).body.handout
    expect(en.locale).toBe('en')
    expect(en.drivers[0].question).toEqual({
      text: "Are the IMC's goals realistic and well-articulated?",
      provenance: 'read',
      translation: null,
    })
    // Answers are stored by id whatever the language the respondent read the handout in.
    const saved = await respond(
      suite,
      'answers',
      token,
      {
        ratings: [{ driverId: 'D2', answer: 'likely-yes', note: 'Liste à jour.' }],
        comment: null,
        suggestedDataItems: [],
      },
      { 'accept-language': 'de' },
    )
    expect(saved.status).toBe(200)
    expect(saved.body.answers.ratings[0]).toMatchObject({ driverId: 'D2', answer: 'likely-yes' })
  })

  it('opens, saves, submits: self-reported ratings, notes and data items that feed the consensus', async () => {
    const entry = await newEntry('P-ANSWERS')
    const { token, link } = await issue(entry.id)
    const opened = await respond(suite, 'handout', token)
    expect(opened.status).toBe(200)
    expect(Object.keys(opened.body).sort()).toEqual(
      ['answers', 'expiresAt', 'handout', 'pseudonym', 'submittedAt'].sort(),
    )
    expect(opened.body.pseudonym).toBe('P-ANSWERS')
    expect(JSON.stringify(opened.body)).not.toContain('Real P-ANSWERS')
    const driver = opened.body.handout.drivers[0]
    expect(driver.question.text.length).toBeGreaterThan(0)
    expect(driver.question.provenance).toMatch(/\w/)
    expect(driver.prompts.length).toBeGreaterThan(0)
    expect(opened.body.handout.answers.map((a: Data) => a.answer)).toContain('yes')
    expect(opened.body.handout.answers.every((a: Data) => a.criteria?.provenance)).toBe(true)

    const draft = {
      ratings: [
        { driverId: 'D1', answer: 'likely-yes', note: 'We have a charter.' },
        { driverId: 'D2', answer: null, note: 'Not sure yet' },
      ],
      comment: 'Happy to talk more.',
      suggestedDataItems: [{ text: 'Charter signed 2025', effect: '+', driverIds: ['D1'] }],
    }
    const saved = await respond(suite, 'answers', token, draft)
    expect(saved.status).toBe(200)
    const reopened = await respond(suite, 'handout', token)
    expect(reopened.body.answers.ratings[0]).toEqual(draft.ratings[0])
    const invalid = await respond(suite, 'answers', token, {
      ratings: [{ driverId: 'D99', answer: 'perhaps' }],
    })
    expect(invalid.status).toBe(422)
    expect(invalid.body.code).toBe('BAD_USER_INPUT')
    expect(invalid.body.issues.map((issue: Data) => issue.path)).toEqual([
      'answers.ratings.0',
      'answers.ratings.0.answer',
    ])
    // The invalid save stored nothing: the draft is still the valid one.
    const stored = await suite.db.prisma.respondentLink.findFirstOrThrow({
      where: { scopeEntryId: entry.id },
    })
    expect((stored.draft as Data).ratings[0].driverId).toBe('D1')

    const submitted = await respond(suite, 'submit', token)
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ ratings: 1, dataItems: 1 })
    const again = await respond(suite, 'answers', token, draft)
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('RESPONDENT_LINK_SUBMITTED')
    // Still readable, read-only.
    expect((await respond(suite, 'handout', token)).body.submittedAt).toBeTruthy()

    const { body } = await request<Data>(suite.yoga, {
      query: CONSENSUS,
      variables: { id: engagementGid },
      credential: suite.credentials.assessor,
    })
    const engagement = body.data?.engagement
    const session = engagement.interviews.edges
      .map((edge: Data) => edge.node)
      .find((node: Data) => node.title === 'Self-reported answers: P-ANSWERS')
    expect(session.participants).toEqual([
      {
        scopeEntry: { pseudonym: 'P-ANSWERS' },
        ratings: [
          { driverId: 'D1', answer: 'LIKELY_YES', note: 'We have a charter.', selfReported: true },
        ],
      },
    ])
    const d1 = engagement.consensus.find((row: Data) => row.driverId === 'D1')
    expect(d1.selfReportedCount).toBe(1)
    expect(d1.count).toBeGreaterThanOrEqual(1)
    const listed = engagement.respondentLinks.edges.find((edge: Data) => edge.node.id === link.id)
    expect(listed.node).toMatchObject({ status: 'SUBMITTED', comment: 'Happy to talk more.' })
    const items = await suite.db.prisma.dataItem.findMany({
      where: { engagementId: suite.demo.activeEngagementId, selfReported: true },
      include: { drivers: true },
    })
    expect(
      items.map((item) => [item.text, item.effect, item.drivers.map((d) => d.driverId)]),
    ).toContainEqual(['Charter signed 2025', '+', ['D1']])
    const linkId = stored.id
    const events = await suite.db.prisma.auditEvent.findMany({
      where: { targetType: 'RespondentLink', targetId: linkId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })
    const operations = events.map((event) => event.operation)
    expect(operations.filter((op) => op === 'respondent.link.open')).toHaveLength(3)
    expect(operations).toContain('respondent.draft.save')
    expect(operations).toContain('respondent.submit')
    expect(
      events
        .filter((event) => event.operation !== 'respondent.link.issue')
        .every((event) => event.actorKind === 'respondent' && event.actorId === linkId),
    ).toBe(true)
  })

  it('refuses revoked, expired and unknown links, and ignores cookies and API credentials', async () => {
    const entry = await newEntry('P-REVOKE')
    const { token, link } = await issue(entry.id)
    expect((await respond(suite, 'handout', token)).status).toBe(200)
    const { body } = await request<Data>(suite.yoga, {
      query: REVOKE,
      variables: { id: link.id },
      credential: lead,
    })
    expect(body.data?.revokeRespondentLink.link.status).toBe('REVOKED')
    const revoked = await respond(suite, 'answers', token, { ratings: [] })
    expect(revoked).toMatchObject({ status: 410, body: { code: 'RESPONDENT_LINK_REVOKED' } })
    expect((await respond(suite, 'handout', token)).status).toBe(410)
    expect(
      await suite.db.prisma.auditEvent.count({
        where: {
          operation: 'respondent.link.revoke',
          targetId: (
            await suite.db.prisma.respondentLink.findFirstOrThrow({
              where: { scopeEntryId: entry.id },
            })
          ).id,
        },
      }),
    ).toBe(1)

    const late = await newEntry('P-EXPIRED')
    const expiring = await issue(late.id, lead, { expiresInDays: 1 })
    await suite.db.prisma.respondentLink.updateMany({
      where: { scopeEntryId: late.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    const expired = await respond(suite, 'submit', expiring.token, {
      ratings: [{ driverId: 'D1', answer: 'yes' }],
    })
    expect(expired).toMatchObject({ status: 410, body: { code: 'RESPONDENT_LINK_EXPIRED' } })
    expect(
      await suite.db.prisma.interviewParticipant.count({ where: { scopeEntryId: late.id } }),
    ).toBe(0)
    // An expired link's status says so, and a new one may be issued for the person.
    expect((await issue(late.id)).__typename).toBe('IssueRespondentLinkPayload')

    const forged = `immdr_${'A'.repeat(43)}`
    expect(await respond(suite, 'handout', forged)).toMatchObject({
      status: 401,
      body: { code: 'RESPONDENT_LINK_INVALID' },
    })
    expect((await respond(suite, 'handout', null)).status).toBe(401)
    // An assessor's session cookie or an API token is no respondent credential.
    const session = suite.credentials.assessor as Extract<Credential, { kind: 'session' }>
    expect(
      (await respond(suite, 'handout', null, undefined, { cookie: session.cookie })).status,
    ).toBe(401)
    expect(
      (
        await respond(suite, 'handout', null, undefined, {
          authorization: `Bearer ${suite.demo.leadToken}`,
        })
      ).status,
    ).toBe(401)
    expect(
      (await suite.yoga.fetch('http://yoga/respond/api/submit', { method: 'GET' })).status,
    ).toBe(405)
  })

  it('keeps each respondent to their own answers', async () => {
    const alice = await newEntry('P-ALICE')
    const bob = await newEntry('P-BOB')
    const aliceLink = await issue(alice.id)
    const bobLink = await issue(bob.id)
    await respond(suite, 'answers', bobLink.token, {
      ratings: [{ driverId: 'D3', answer: 'no', note: "Bob's secret" }],
    })
    const aliceView = await respond(suite, 'handout', aliceLink.token)
    expect(JSON.stringify(aliceView.body)).not.toContain("Bob's secret")
    expect(aliceView.body.answers.ratings).toEqual([])
    await respond(suite, 'submit', aliceLink.token, {
      ratings: [{ driverId: 'D3', answer: 'yes' }],
    })
    const bobDraft = await suite.db.prisma.respondentLink.findFirstOrThrow({
      where: { scopeEntryId: bob.id },
    })
    expect(bobDraft.submittedAt).toBeNull()
    expect((bobDraft.draft as Data).ratings).toEqual([
      { driverId: 'D3', answer: 'no', note: "Bob's secret" },
    ])
    expect(
      await suite.db.prisma.interviewParticipant.count({ where: { scopeEntryId: bob.id } }),
    ).toBe(0)
  })

  it('answers the respondent token on every GraphQL root field exactly as it answers anonymous', async () => {
    const entry = await newEntry('P-WALK')
    const { token } = await issue(entry.id)
    const asRespondent: Record<string, string>[] = [
      { 'x-respondent-token': token },
      { authorization: `Bearer ${token}` },
    ]
    const queries = [
      'query ($id: ID!) { engagement(id: $id) { id } }',
      'query ($id: ID!) { node(id: $id) { id } }',
      'query ($id: ID!) { engagementExport(id: $id) }',
      '{ engagements(first: 5) { edges { node { id } } } }',
      '{ organizations { edges { node { id } } } }',
    ]
    for (const headers of asRespondent) {
      for (const query of queries) {
        const { body } = await request<Data>(suite.yoga, {
          query,
          variables: query.includes('$id') ? { id: engagementGid } : {},
          headers,
        })
        expect(body.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED')
      }
      const viewer = await request<Data>(suite.yoga, {
        query: '{ viewer { authenticated } }',
        headers,
      })
      expect(viewer.body.data?.viewer.authenticated).toBe(false)
    }
    const context = createSampleContext(suite, 'policy')
    for (const field of Object.keys(ACCESS_POLICY.Mutation)) {
      if (ACCESS_POLICY.Mutation[field]?.allow.includes('anonymous')) continue
      const sample = MUTATION_SAMPLES[field]
      if (!sample) throw new Error(`no sample for ${field}`)
      const variables = await sample.prepare(context)
      const events = await suite.db.prisma.auditEvent.count()
      const { body } = await request<Data>(suite.yoga, {
        query: buildOperation(schema, 'Mutation', field, variables),
        variables,
        headers: asRespondent[0],
      })
      expect(body.errors?.[0]?.extensions?.code, field).toBe('UNAUTHENTICATED')
      expect(await suite.db.prisma.auditEvent.count()).toBe(events)
    }
  })

  it('hands out the tailored method: drivers excluded by tailoring are neither listed nor accepted', async () => {
    const engagementId = suite.demo.activeEngagementId
    const already = await suite.db.prisma.driverExclusion.count({ where: { engagementId } })
    const exclusion = await suite.db.prisma.driverExclusion.create({
      data: { engagementId, driverId: 'D7', reason: 'Handled by the national CSIRT' },
    })
    try {
      const entry = await newEntry('P-TAILORED')
      const { token } = await issue(entry.id)
      const opened = await respond(suite, 'handout', token)
      expect(opened.status).toBe(200)
      const ids = opened.body.handout.drivers.map((d: Data) => d.id)
      expect(ids).not.toContain('D7')
      expect(ids).toContain('D1')
      expect(opened.body.handout.tailoring).toEqual({
        tailored: true,
        excludedDrivers: already + 1,
      })
      // The reason stays with the assessors.
      expect(JSON.stringify(opened.body)).not.toContain('national CSIRT')
      const refused = await respond(suite, 'answers', token, {
        ratings: [{ driverId: 'D7', answer: 'yes' }],
      })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(refused.body)).toContain('D7')
    } finally {
      await suite.db.prisma.driverExclusion.delete({ where: { id: exclusion.id } })
    }
  })

  it('rate limits a link', async () => {
    // A second API on the same database, with the production per-address budget.
    const limited = createApi({
      db: suite.db,
      security: { rateLimit: { perAnonymousAddress: 1000 } },
    })
    const entry = await newEntry('P-LIMIT')
    const { token } = await issue(entry.id)
    const statuses: number[] = []
    for (let i = 0; i < 125; i += 1) {
      const response = await limited.fetch('http://yoga/respond/api/answers', {
        method: 'PUT',
        headers: { 'x-respondent-token': token, 'content-type': 'application/json' },
        body: '{"ratings":[]}',
      })
      statuses.push(response.status)
      await response.text()
    }
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(120).every((status) => status === 429)).toBe(true)
  })
})
