/**
 * Issue #23, item 2: open SSE subscriptions were never re-checked, so events (with real names,
 * contacts and TLP:RED notes) kept arriving after a token revoke, a logout, a membership removal or
 * a removal from the engagement team. Each case replays the attack: open the stream, take the
 * access away through the API, and expect the stream to end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { createApiToken } from './support/fixtures.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  setupSecuritySuite,
  signIn,
} from './support/security.js'
import { subscribe } from './support/sse.js'

const SUBSCRIPTION = `subscription ($id: ID!) { engagementChanged(id: $id) {
  operation engagement { id scopeList(first: 5) { edges { node { name } } } } } }`
const ADD = `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`

const headersOf = (credential: Credential): Record<string, string> =>
  credential.kind === 'session'
    ? { cookie: credential.cookie, 'x-csrf-token': credential.csrf }
    : credential.kind === 'token'
      ? { authorization: `Bearer ${credential.token}` }
      : {}

describe.each(TEST_ENGINES)('subscriptions re-authorized on every event (%s)', (engine) => {
  let suite: SecuritySuite
  let engagementId: string
  const asAdmin = () => suite.credentials.admin

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    engagementId = globalId('Engagement', suite.demo.activeEngagementId)
  })
  afterAll(() => suite?.db.close())

  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await request(suite.yoga, { query, variables, credential: asAdmin() })
    expect(body.errors, JSON.stringify(body)).toBeUndefined()
    return body
  }
  const change = (text: string) =>
    mutate(ADD, { input: { engagementId, activityId: 'PRA4', text } })
  const open = async (credential: Credential) => {
    const stream = await subscribe(suite.yoga, {
      query: SUBSCRIPTION,
      variables: { id: engagementId },
      headers: headersOf(credential),
    })
    const first = stream.next()
    await suite.bus.waitForListeners('engagementChanged', engagementId, {
      atLeast: suite.bus.listenerCount('engagementChanged', engagementId) + 1,
    })
    await change('before')
    expect((await first)?.data).toBeTruthy()
    return stream
  }
  const seat = (userId: string, role: string) =>
    mutate(
      `mutation ($e: ID!, $u: ID!, $r: EngagementRole!) { setEngagementMember(input: { engagementId: $e, userId: $u, role: $r }) { __typename } }`,
      { e: engagementId, u: globalId('User', userId), r: role },
    )

  it('ends the stream when its API token is revoked', async () => {
    const token = await createApiToken(suite.db.prisma, {
      userId: suite.users.assessor,
      organizationId: suite.demo.organizationId,
    })
    const stream = await open({ kind: 'token', token })
    const row = await suite.db.prisma.apiToken.findFirstOrThrow({
      where: { userId: suite.users.assessor, revokedAt: null },
      orderBy: { createdAt: 'desc' },
    })
    await mutate('mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { __typename } }', {
      id: globalId('ApiToken', row.id),
    })
    expect(await stream.next()).toBeNull()
  })

  it('ends the stream when its session logs out', async () => {
    const session = await signIn(suite.yoga, 'viewer@example.org')
    const stream = await open(session)
    await request(suite.yoga, { query: 'mutation { logout { ended } }', credential: session })
    expect(await stream.next()).toBeNull()
  })

  it('ends the stream when the subscriber leaves the engagement team', async () => {
    await seat(suite.users.assessor, 'ASSESSOR')
    const session = await signIn(suite.yoga, 'assessor@example.org')
    const stream = await open(session)
    await mutate(
      'mutation ($e: ID!, $u: ID!) { removeEngagementMember(input: { engagementId: $e, userId: $u }) { __typename } }',
      { e: engagementId, u: globalId('User', suite.users.assessor) },
    )
    expect(await stream.next()).toBeNull()
  })

  it('executes each event with the access of that moment, not that of the opening', async () => {
    await seat(suite.users.lead, 'LEAD_ASSESSOR')
    const session = await signIn(suite.yoga, 'lead@example.org')
    const stream = await open(session)
    // Demoted to an observer seat: still on the team, but no longer shown real names.
    await seat(suite.users.lead, 'OBSERVER')
    const next = stream.next()
    await change('after the demotion')
    const event = (await next) as {
      data?: {
        engagementChanged: {
          engagement: { scopeList: { edges: { node: { name: string | null } }[] } }
        }
      }
    }
    const names = event.data?.engagementChanged.engagement.scopeList.edges.map(
      (edge) => edge.node.name,
    )
    expect(names?.length).toBeGreaterThan(0)
    expect(names?.every((name) => name === null)).toBe(true)
    await stream.close()
    await seat(suite.users.lead, 'LEAD_ASSESSOR')
  })

  it('ends the stream when the membership is removed', async () => {
    const stream = await open(suite.credentials.viewer)
    const membership = await suite.db.prisma.membership.findFirstOrThrow({
      where: { userId: suite.users.viewer, organizationId: suite.demo.organizationId },
    })
    await mutate('mutation ($id: ID!) { removeMembership(input: { id: $id }) { __typename } }', {
      id: globalId('Membership', membership.id),
    })
    expect(await stream.next()).toBeNull()
  })
})
