/**
 * The field-disclosure half of the policy (`FIELD_DISCLOSURE` in `src/auth/policy.ts`, reproduced
 * in docs/security.md): every listed field is read as each of the eight subjects of the policy
 * walk, and its personal or restricted part must reach exactly the subjects the rule names.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIELD_DISCLOSURE, renderDisclosureTable } from '../src/auth/policy.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  request,
  type SecuritySuite,
  SUBJECTS,
  type Subject,
  setupSecuritySuite,
} from './support/security.js'

type Data = Record<string, any>

/** A query showing a field, and whether an answer disclosed the field's protected part. */
interface FieldCheck {
  query: string
  variables: (suite: SecuritySuite) => Record<string, unknown>
  disclosed: (data: Data) => boolean
}

const ENGAGEMENT = (suite: SecuritySuite) => ({
  id: globalId('Engagement', suite.demo.activeEngagementId),
})
const scopeEntries = (data: Data): Data[] =>
  (data.engagement?.scopeList?.edges ?? []).map((edge: Data) => edge.node)

/** Someone on the demo inventory's staff list. */
const STAFF_NAME = 'Miriam Keller'

const FIELD_CHECKS: Record<string, FieldCheck> = {
  'Engagement.teamSnapshot': {
    query: 'query ($id: ID!) { engagement(id: $id) { teamSnapshot } }',
    variables: ENGAGEMENT,
    disclosed: (data) => JSON.stringify(data.engagement?.teamSnapshot ?? null).includes(STAFF_NAME),
  },
  'ScopeEntry.name': {
    query: 'query ($id: ID!) { engagement(id: $id) { scopeList { edges { node { name } } } } }',
    variables: ENGAGEMENT,
    disclosed: (data) => scopeEntries(data).some((entry) => entry.name === 'Dora Disclosed'),
  },
  'ScopeEntry.contact': {
    query: 'query ($id: ID!) { engagement(id: $id) { scopeList { edges { node { contact } } } } }',
    variables: ENGAGEMENT,
    disclosed: (data) => scopeEntries(data).some((entry) => entry.contact === 'dora@example.org'),
  },
  'InterviewSession.notes': {
    query:
      'query ($id: ID!) { engagement(id: $id) { interviews { edges { node { title notes } } } } }',
    variables: ENGAGEMENT,
    disclosed: (data) =>
      (data.engagement?.interviews?.edges ?? []).some(
        (edge: Data) => edge.node.notes === 'Red notes of the disclosure walk',
      ),
  },
  'Team.record': {
    query: 'query ($id: ID!) { teams(organizationId: $id) { edges { node { record } } } }',
    variables: (suite) => ({ id: globalId('Organization', suite.demo.organizationId) }),
    disclosed: (data) => JSON.stringify(data.teams ?? null).includes(STAFF_NAME),
  },
}

describe('the field-disclosure policy', () => {
  it('has a check for every field it lists, and lists every check', () => {
    expect(Object.keys(FIELD_CHECKS).sort()).toEqual(Object.keys(FIELD_DISCLOSURE).sort())
  })

  it('is reproduced in docs/security.md', async () => {
    const docs = await readFile(new URL('../../../docs/security.md', import.meta.url), 'utf8')
    expect(docs).toContain(renderDisclosureTable())
  })
})

describe.each(TEST_ENGINES)('the field-disclosure walk (%s)', (engine) => {
  let suite: SecuritySuite

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    const engagementId = suite.demo.activeEngagementId
    await suite.db.prisma.scopeEntry.create({
      data: {
        engagementId,
        kind: 'person',
        pseudonym: 'P-DISCLOSURE',
        name: 'Dora Disclosed',
        contact: 'dora@example.org',
        functions: [],
        ordinal: 9999,
      },
    })
    await suite.db.prisma.interviewSession.create({
      data: {
        engagementId,
        title: 'Disclosure walk',
        notes: 'Red notes of the disclosure walk',
        notesTlp: 'red',
      },
    })
  })
  afterAll(() => suite?.db.close())

  it.each(Object.keys(FIELD_DISCLOSURE).sort())('%s', async (field) => {
    const check = FIELD_CHECKS[field]
    const rule = FIELD_DISCLOSURE[field]
    if (!check || !rule) throw new Error(`no check or rule for ${field}`)
    const seen: Partial<Record<Subject, boolean>> = {}
    for (const subject of SUBJECTS) {
      const { body } = await request<Data>(suite.yoga, {
        credential: suite.credentials[subject],
        query: check.query,
        variables: check.variables(suite),
      })
      seen[subject] = Boolean(body.data && check.disclosed(body.data))
    }
    expect(seen).toEqual(
      Object.fromEntries(SUBJECTS.map((subject) => [subject, rule.allow.includes(subject)])),
    )
  })
  it('gives an organization viewer seated as lead assessor no more than any viewer', async () => {
    const seat = await suite.db.prisma.engagementMember.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        userId: suite.users.viewer,
        role: 'lead-assessor',
      },
    })
    try {
      for (const [field, check] of Object.entries(FIELD_CHECKS)) {
        const { body } = await request<Data>(suite.yoga, {
          credential: suite.credentials.viewer,
          query: check.query,
          variables: check.variables(suite),
        })
        expect(body.data, field).toBeTruthy()
        expect(check.disclosed(body.data ?? {}), field).toBe(false)
      }
      const exported = await request<Data>(suite.yoga, {
        credential: suite.credentials.viewer,
        query: 'query ($id: ID!) { engagementExport(id: $id, includeRestricted: true) }',
        variables: ENGAGEMENT(suite),
      })
      expect(JSON.stringify(exported.body)).not.toContain('Dora Disclosed')
    } finally {
      await suite.db.prisma.engagementMember.delete({ where: { id: seat.id } })
    }
  })
})
