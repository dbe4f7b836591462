/**
 * Account events (sign-in, sign-out, failed sign-in, lock-out, password change) reach the admins
 * of the organizations the user belonged to when it happened, and nobody else: a user of A and B
 * shows up in both trails, a user of A only never in B's, an organization the user joins later
 * sees nothing earlier, and attempts on an unknown e-mail address are recorded nowhere.
 */
import { hashPassword } from '@immd/db/password'
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

const AUDIT = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
  totalCount edges { node { operation targetType targetId actorKind organization { id } } } } }`
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) {
  __typename } }`

interface AuditRow {
  operation: string
  targetType: string
  targetId: string
  actorKind: string
  organization: { id: string } | null
}

describe.each(TEST_ENGINES)('account events in the audit trail (%s)', (engine) => {
  let suite: SecuritySuite
  let foreignAdmin: Credential
  let demoOrganization: string
  let foreignOrganization: string

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    foreignAdmin = { kind: 'token', token: suite.foreign.token }
    demoOrganization = globalId('Organization', suite.demo.organizationId)
    foreignOrganization = globalId('Organization', suite.foreign.organizationId)
    // The assessor also works for the other organization; the viewer does not.
    await suite.db.prisma.membership.create({
      data: {
        organizationId: suite.foreign.organizationId,
        userId: suite.users.assessor,
        role: 'viewer',
      },
    })
  })
  afterAll(() => suite?.db.close())

  const trail = async (credential: Credential, filter: Record<string, unknown>) => {
    const { body } = await request<{ auditEvents: { edges: { node: AuditRow }[] } | null }>(
      suite.yoga,
      { credential, query: AUDIT, variables: { filter } },
    )
    expect(body.errors).toBeUndefined()
    return body.data?.auditEvents?.edges.map((edge) => edge.node) ?? []
  }
  const eventsOf = (credential: Credential, operation: string, targetId: string) =>
    trail(credential, { operation, targetId })
  const sessionOf = async (userId: string) =>
    (
      await suite.db.prisma.session.findFirstOrThrow({
        where: { userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })
    ).id

  it("shows a member's sign-in to the admins of each of their organizations", async () => {
    await signIn(suite.yoga, 'assessor@example.org')
    const sessionId = await sessionOf(suite.users.assessor)
    const demo = await eventsOf(suite.credentials.admin, 'auth.login', sessionId)
    const foreign = await eventsOf(foreignAdmin, 'auth.login', sessionId)
    expect(demo).toEqual([
      {
        operation: 'auth.login',
        targetType: 'Session',
        targetId: sessionId,
        actorKind: 'user',
        organization: { id: demoOrganization },
      },
    ])
    expect(foreign).toEqual([{ ...demo[0], organization: { id: foreignOrganization } }])
  })

  it("keeps a member's sign-in out of organizations they do not belong to", async () => {
    await signIn(suite.yoga, 'viewer@example.org')
    const sessionId = await sessionOf(suite.users.viewer)
    expect(await eventsOf(suite.credentials.admin, 'auth.login', sessionId)).toHaveLength(1)
    expect(await eventsOf(foreignAdmin, 'auth.login', sessionId)).toEqual([])
    const actorId = globalId('User', suite.users.viewer)
    expect(await trail(foreignAdmin, { actorId })).toEqual([])
    // Nor do viewers, assessors or lead assessors read the trail at all.
    const { body } = await request(suite.yoga, {
      credential: suite.credentials['lead-assessor'],
      query: AUDIT,
      variables: { filter: { operation: 'auth.login' } },
    })
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('shows failed sign-ins and sign-outs of members; records nothing for unknown e-mails', async () => {
    const before = await suite.db.prisma.auditEvent.count()
    const unknown = await request(suite.yoga, {
      query: LOGIN,
      variables: { email: 'nobody-at-all@example.org', password: 'guess' },
    })
    expect(unknown.body.data).toEqual({ login: { __typename: 'AuthenticationError' } })
    expect(await suite.db.prisma.auditEvent.count()).toBe(before)

    await request(suite.yoga, {
      query: LOGIN,
      variables: { email: 'assessor@example.org', password: 'wrong password' },
    })
    const failedDemo = await eventsOf(
      suite.credentials.admin,
      'auth.login-failed',
      suite.users.assessor,
    )
    const failedForeign = await eventsOf(foreignAdmin, 'auth.login-failed', suite.users.assessor)
    expect(failedDemo).toMatchObject([{ targetType: 'User', actorKind: 'system' }])
    expect(failedForeign).toMatchObject([{ organization: { id: foreignOrganization } }])

    const session = await signIn(suite.yoga, 'assessor@example.org')
    const sessionId = await sessionOf(suite.users.assessor)
    await request(suite.yoga, { credential: session, query: 'mutation { logout { ended } }' })
    expect(await eventsOf(suite.credentials.admin, 'auth.logout', sessionId)).toHaveLength(1)
    expect(await eventsOf(foreignAdmin, 'auth.logout', sessionId)).toHaveLength(1)
  })

  it('shows password changes to the admins of the changed account only', async () => {
    const user = await suite.db.prisma.user.create({
      data: {
        email: `changer-${engine}@example.org`,
        name: 'Changer',
        passwordHash: await hashPassword('first-password-123'),
      },
    })
    await suite.db.prisma.membership.create({
      data: { organizationId: suite.foreign.organizationId, userId: user.id, role: 'assessor' },
    })
    const session = await signIn(suite.yoga, user.email, 'first-password-123')
    const { body } = await request(suite.yoga, {
      credential: session,
      query: `mutation { changePassword(input: { currentPassword: "first-password-123", newPassword: "second-password-456" }) { __typename } }`,
    })
    expect(body.data).toEqual({ changePassword: { __typename: 'ChangePasswordPayload' } })
    expect(await eventsOf(foreignAdmin, 'user.password-change', user.id)).toMatchObject([
      { targetType: 'User', actorKind: 'user', organization: { id: foreignOrganization } },
    ])
    expect(await eventsOf(suite.credentials.admin, 'user.password-change', user.id)).toEqual([])
  })

  it('shows an organization nothing of what happened before the user joined it', async () => {
    const later = await suite.db.prisma.organization.create({
      data: { slug: `later-${engine}`, name: 'Joined later' },
    })
    const owner = await suite.db.prisma.user.create({
      data: { email: `owner-later-${engine}@example.org`, name: 'Later Owner' },
    })
    await suite.db.prisma.membership.createMany({
      data: [
        { organizationId: later.id, userId: owner.id, role: 'admin' },
        { organizationId: later.id, userId: suite.users.assessor, role: 'viewer' },
      ],
    })
    const laterAdmin: Credential = {
      kind: 'token',
      token: await createApiToken(suite.db.prisma, { userId: owner.id, organizationId: later.id }),
    }
    const actorId = globalId('User', suite.users.assessor)
    expect(await trail(laterAdmin, { actorId })).toEqual([])
    expect(await trail(laterAdmin, { targetId: suite.users.assessor })).toEqual([])
    await signIn(suite.yoga, 'assessor@example.org')
    expect(await trail(laterAdmin, { actorId, operation: 'auth.login' })).toHaveLength(1)
  })
})
