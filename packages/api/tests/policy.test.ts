/**
 * The generated policy walk: every Query, Mutation and Subscription root field of the schema, run
 * by every subject (anonymous, the four roles with cookie sessions, another tenant's admin, a
 * read-only and a read-write token) against the demo organization, must be allowed or denied as
 * `src/auth/policy.ts` (reproduced in docs/security.md) says. A root field without a policy entry
 * fails the walk, so new fields must be added to the table.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCESS_POLICY, isAllowed, renderPolicyTable } from '../src/auth/policy.js'
import { hashToken } from '../src/auth/viewer.js'
import { schema } from '../src/schema/index.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId, type OperationResult } from './support/execute.js'
import {
  buildOperation,
  createSampleContext,
  MUTATION_SAMPLES,
} from './support/operation-samples.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  SUBJECTS,
  type Subject,
  setupSecuritySuite,
  signIn,
} from './support/security.js'

/** The demo users behind the session subjects. */
const SESSION_EMAILS: Partial<Record<Subject, string>> = {
  viewer: 'viewer@example.org',
  assessor: 'assessor@example.org',
  'lead-assessor': 'lead@example.org',
  admin: 'admin@example.org',
}

const rootFields = (root: 'Query' | 'Mutation' | 'Subscription') => {
  const type =
    root === 'Query'
      ? schema.getQueryType()
      : root === 'Mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType()
  return Object.keys(type?.getFields() ?? {}).sort()
}

type Data = Record<string, any>
/** The suite, plus the global id of the lead's read-write token. */
type WalkSuite = SecuritySuite & { leadTokenId: string }

/** A query of a root field and how to tell that it returned the demo organization's data. */
interface QueryCheck {
  query: string
  variables?: (suite: WalkSuite) => Record<string, unknown> | Promise<Record<string, unknown>>
  allowed: (data: Data, suite: WalkSuite) => boolean
}

const ids = (connection: { edges?: { node: { id: string } }[] } | null | undefined) =>
  (connection?.edges ?? []).map((edge) => edge.node.id)

const QUERY_CHECKS: Record<string, QueryCheck> = {
  viewer: { query: '{ viewer { authenticated } }', allowed: (data) => data.viewer !== null },
  method: {
    query: '{ method(version: "immd-1.0") { version } }',
    allowed: (data) => data.method?.version === 'immd-1.0',
  },
  methods: {
    query: '{ methods { version } }',
    allowed: (data) => Boolean(data.methods?.some((m: Data) => m.version === 'immd-1.0')),
  },
  organizations: {
    query: '{ organizations { edges { node { id } } } }',
    allowed: (data, suite) =>
      ids(data.organizations).includes(globalId('Organization', suite.demo.organizationId)),
  },
  teams: {
    query: 'query ($id: ID!) { teams(organizationId: $id) { edges { node { id } } } }',
    variables: (suite) => ({ id: globalId('Organization', suite.demo.organizationId) }),
    allowed: (data) => ids(data.teams).length > 0,
  },
  portfolioStatistics: {
    // Another tenant naming the demo organization gets what an organization without
    // engagements gives: zeros, never the demo's counts.
    query:
      'query ($id: ID!) { portfolioStatistics(filter: { organizationId: $id }) { engagements scored } }',
    variables: (suite) => ({ id: globalId('Organization', suite.demo.organizationId) }),
    allowed: (data) => (data.portfolioStatistics?.engagements ?? 0) > 0,
  },
  engagements: {
    query: '{ engagements(first: 100) { edges { node { id } } } }',
    allowed: (data, suite) =>
      ids(data.engagements).includes(globalId('Engagement', suite.demo.activeEngagementId)),
  },
  engagement: {
    query: 'query ($id: ID!) { engagement(id: $id) { id } }',
    variables: (suite) => ({ id: globalId('Engagement', suite.demo.activeEngagementId) }),
    allowed: (data) => Boolean(data.engagement?.id),
  },
  engagementExport: {
    query: 'query ($id: ID!) { engagementExport(id: $id) }',
    variables: (suite) => ({ id: globalId('Engagement', suite.demo.activeEngagementId) }),
    allowed: (data) => Boolean(data.engagementExport),
  },
  node: {
    query: 'query ($id: ID!) { node(id: $id) { id } }',
    variables: (suite) => ({ id: globalId('Engagement', suite.demo.activeEngagementId) }),
    allowed: (data) => Boolean(data.node?.id),
  },
  nodes: {
    query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: (suite) => ({
      ids: [
        globalId('Engagement', suite.demo.activeEngagementId),
        globalId('Organization', suite.demo.organizationId),
      ],
    }),
    allowed: (data) => Boolean(data.nodes?.some((node: Data | null) => node?.id)),
  },
  apiTokens: {
    query: '{ apiTokens(first: 100) { edges { node { id } } } }',
    allowed: (data, suite) => ids(data.apiTokens).includes(suite.leadTokenId),
  },
  auditEvents: {
    query:
      'query ($id: ID!) { auditEvents(first: 5, filter: { organizationId: $id }) { edges { node { id } } } }',
    variables: (suite) => ({ id: globalId('Organization', suite.demo.organizationId) }),
    allowed: (data) => ids(data.auditEvents).length > 0,
  },
  webhookEndpoints: {
    query: 'query ($id: ID!) { webhookEndpoints(organizationId: $id, first: 5) { totalCount } }',
    variables: (suite) => ({ id: globalId('Organization', suite.demo.organizationId) }),
    allowed: (data) => typeof data.webhookEndpoints?.totalCount === 'number',
  },
}

const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'])

function deniedByError(body: OperationResult<Data>): boolean {
  return Boolean(body.errors?.some((error) => DENIED_CODES.has(String(error.extensions?.code))))
}

/** Opens the subscription, makes the lead change the engagement, reads the first event. */
async function subscriptionOutcome(suite: SecuritySuite, credential: Credential) {
  const headers: Record<string, string> = {
    accept: 'text/event-stream',
    'content-type': 'application/json',
  }
  if (credential.kind === 'token') headers.authorization = `Bearer ${credential.token}`
  if (credential.kind === 'session') {
    headers.cookie = credential.cookie
    headers['x-csrf-token'] = credential.csrf
  }
  const id = globalId('Engagement', suite.demo.activeEngagementId)
  const response = await suite.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'subscription ($id: ID!) { engagementChanged(id: $id) { operation } }',
      variables: { id },
    }),
  })
  const reader = response.body?.getReader()
  if (!reader) return 'deny'
  const decoder = new TextDecoder()
  let buffer = ''
  const read = reader.read()
  // Publish a change as the lead once the subscription listens (a refused one answers with an
  // error event instead and never listens). The outcome waits for that mutation too: left
  // running, its audit insert raced the suite's DROP SCHEMA (a deadlock).
  const probe = { finished: false, published: Promise.resolve() as Promise<unknown> }
  const listening = suite.bus.waitForListeners('engagementChanged', id, {
    atLeast: suite.bus.listenerCount('engagementChanged', id) + 1,
  })
  listening.then(
    () => {
      if (probe.finished) return
      probe.published = request(suite.yoga, {
        query: `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`,
        variables: { input: { engagementId: id, activityId: 'PRA3', text: 'Ping' } },
        credential: { kind: 'token', token: suite.demo.leadToken },
      })
    },
    () => {},
  )
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = read
  const deadline = Date.now() + 5000
  while (Date.now() < deadline) {
    pending ??= reader.read()
    const chunk = await Promise.race([
      pending,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 200)),
    ])
    if (chunk === null) continue
    pending = null
    if (chunk.done) break
    buffer += decoder.decode(chunk.value, { stream: true })
    const data = /data: (.+)\n/.exec(buffer)?.[1]
    if (!data) continue
    const event = JSON.parse(data) as OperationResult<Data>
    return finishSubscription(reader, probe, event.data?.engagementChanged)
  }
  return finishSubscription(reader, probe, null)
}

/** Cancels the stream, stops a publish not yet sent, waits for one already sent, and answers. */
async function finishSubscription(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  probe: { finished: boolean; published: Promise<unknown> },
  delivered: unknown,
) {
  probe.finished = true
  await reader.cancel().catch(() => {})
  await probe.published
  return delivered ? 'allow' : 'deny'
}

describe('the policy table', () => {
  it('has an entry for every root field, and no entry for a field that does not exist', () => {
    for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
      const fields = rootFields(root)
      expect(
        fields.filter((field) => !ACCESS_POLICY[root][field]),
        `${root} fields without a policy`,
      ).toEqual([])
      expect(Object.keys(ACCESS_POLICY[root]).filter((field) => !fields.includes(field))).toEqual(
        [],
      )
    }
  })

  it('is reproduced in docs/security.md', async () => {
    const docs = await readFile(new URL('../../../docs/security.md', import.meta.url), 'utf8')
    expect(docs).toContain(renderPolicyTable())
  })
})

describe.each(TEST_ENGINES)('the policy walk (%s)', (engine) => {
  let suite: WalkSuite

  beforeAll(async () => {
    const base = await setupSecuritySuite(engine)
    const token = await base.db.prisma.apiToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(base.demo.leadToken) },
    })
    suite = { ...base, leadTokenId: globalId('ApiToken', token.id) }
  })
  afterAll(() => suite?.db.close())

  it.each(rootFields('Query'))('Query.%s', async (field) => {
    const check = QUERY_CHECKS[field]
    if (!check) throw new Error(`no query check for ${field}: add one to QUERY_CHECKS`)
    const variables = (await check.variables?.(suite)) ?? {}
    const outcomes: Record<string, string> = {}
    const expected: Record<string, string> = {}
    for (const subject of SUBJECTS) {
      const { body } = await request<Data>(suite.yoga, {
        query: check.query,
        variables,
        credential: suite.credentials[subject],
      })
      const allowed = !deniedByError(body) && body.data ? check.allowed(body.data, suite) : false
      outcomes[subject] = allowed ? 'allow' : 'deny'
      expected[subject] = isAllowed('Query', field, subject) ? 'allow' : 'deny'
    }
    expect(outcomes).toEqual(expected)
  })

  it.each(rootFields('Mutation'))('Mutation.%s', async (field) => {
    const sample = MUTATION_SAMPLES[field]
    if (!sample) throw new Error(`no sample for ${field}: add one to MUTATION_SAMPLES`)
    const context = createSampleContext(suite, 'policy')
    const outcomes: Record<string, string> = {}
    const expected: Record<string, string> = {}
    for (const subject of SUBJECTS) {
      const variables = await sample.prepare(context)
      const query = buildOperation(schema, 'Mutation', field, variables)
      const events = await suite.db.prisma.auditEvent.count()
      const credential = suite.credentials[subject as Subject]
      const { body } = await request<Data>(suite.yoga, {
        query,
        variables,
        credential:
          sample.endsSession && credential.kind === 'session'
            ? await signIn(suite.yoga, SESSION_EMAILS[subject] ?? '')
            : credential,
      })
      const result = body.data?.[field] as { __typename?: string } | null | undefined
      const denied =
        deniedByError(body) ||
        result?.__typename === 'NotFoundError' ||
        result?.__typename === 'NotAuthorizedError'
      if (!denied && body.errors?.length) {
        throw new Error(`${field} as ${subject}: ${JSON.stringify(body.errors)}`)
      }
      // A refused mutation leaves no trace but, at most, its own refusal.
      if (denied) expect(await suite.db.prisma.auditEvent.count()).toBe(events)
      outcomes[subject] = denied ? 'deny' : 'allow'
      expected[subject] = isAllowed('Mutation', field, subject) ? 'allow' : 'deny'
    }
    expect(outcomes).toEqual(expected)
  })

  it.each(rootFields('Subscription'))('Subscription.%s', async (field) => {
    const outcomes: Record<string, string> = {}
    const expected: Record<string, string> = {}
    for (const subject of SUBJECTS) {
      outcomes[subject] = await subscriptionOutcome(suite, suite.credentials[subject])
      expected[subject] = isAllowed('Subscription', field, subject) ? 'allow' : 'deny'
    }
    expect(outcomes).toEqual(expected)
  })
})
