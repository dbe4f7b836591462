/**
 * `inviteUser` tells an admin nothing about other tenants: inviting an address that has an account
 * elsewhere answers exactly like inviting a new one (same type, a one-time password either way,
 * the same rows in the organization's audit trail), never touches the existing account's
 * password, and only membership of the admin's own organization is reported (ConflictError).
 */
import { hashPassword } from '@immd/db/password'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { request, type SecuritySuite, setupSecuritySuite, signIn } from './support/security.js'

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) {
  __typename
  ... on InviteUserPayload { temporaryPassword membership { role organization { slug } } }
  ... on Error { message }
  ... on ConflictError { currentValue }
  ... on ValidationError { issues { path message } } } }`
const AUDIT = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { operation targetType after organization { id } } } } }`
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
  __typename } }`

interface InviteAnswer {
  __typename: string
  temporaryPassword?: string | null
  membership?: { role: string; organization: { slug: string } }
  message?: string
  currentValue?: unknown
}

describe.each(TEST_ENGINES)('inviting users (%s)', (engine) => {
  let suite: SecuritySuite
  const elsewhere = `elsewhere-${engine}@example.org`

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    // An account of the other tenant only, with a password of its own.
    const user = await suite.db.prisma.user.create({
      data: {
        email: elsewhere,
        name: 'Elsewhere Person',
        passwordHash: await hashPassword('elsewhere-password-1'),
      },
    })
    await suite.db.prisma.membership.create({
      data: { organizationId: suite.foreign.organizationId, userId: user.id, role: 'assessor' },
    })
  })
  afterAll(() => suite?.db.close())

  const invite = async (email: string, name = 'Invited Person') => {
    const { body } = await request<{ inviteUser: InviteAnswer }>(suite.yoga, {
      credential: suite.credentials.admin,
      query: INVITE,
      variables: {
        input: {
          organizationId: globalId('Organization', suite.demo.organizationId),
          email,
          name,
          role: 'VIEWER',
        },
      },
    })
    expect(body.errors).toBeUndefined()
    return body.data?.inviteUser as InviteAnswer
  }
  /** The demo organization's trail for one target, as its admin reads it. */
  const trailOf = async (email: string) => {
    const { body } = await request<{
      auditEvents: { edges: { node: { operation: string; after: Record<string, unknown> } }[] }
    }>(suite.yoga, {
      credential: suite.credentials.admin,
      query: AUDIT,
      variables: {
        filter: { organizationId: globalId('Organization', suite.demo.organizationId) },
      },
    })
    return (body.data?.auditEvents.edges ?? [])
      .map((edge) => edge.node)
      .filter((node) => node.after?.email === email)
      .map((node) => ({ operation: node.operation, keys: Object.keys(node.after).sort() }))
  }
  /** What an answer looks like with the one-time password's value left out. */
  const shape = (answer: InviteAnswer) => ({
    ...answer,
    temporaryPassword:
      typeof answer.temporaryPassword === 'string' && answer.temporaryPassword.length,
  })

  it('answers the same for an address with an account in another tenant as for a new one', async () => {
    const fresh = `fresh-${engine}@example.org`
    const answers = [await invite(fresh), await invite(elsewhere)]
    expect(answers.map(shape)).toEqual([
      {
        __typename: 'InviteUserPayload',
        temporaryPassword: 24,
        membership: { role: 'VIEWER', organization: { slug: 'acme' } },
      },
      {
        __typename: 'InviteUserPayload',
        temporaryPassword: 24,
        membership: { role: 'VIEWER', organization: { slug: 'acme' } },
      },
    ])
    expect(await trailOf(fresh)).toEqual(await trailOf(elsewhere))
    expect(await trailOf(elsewhere)).toEqual([
      { operation: 'membership.create', keys: ['email', 'invitedName', 'role', 'userId'] },
    ])
  })

  it("never gives the admin a credential for another tenant's account", async () => {
    const other = `other-account-${engine}@example.org`
    const user = await suite.db.prisma.user.create({
      data: {
        email: other,
        name: 'Other Account',
        passwordHash: await hashPassword('own-pass-123'),
      },
    })
    const before = await suite.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    const answer = await invite(other, 'Someone Else')
    const after = await suite.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after).toMatchObject({
      passwordHash: before.passwordHash,
      name: 'Other Account',
      mustChangePassword: false,
    })
    const tried = await request(suite.yoga, {
      query: LOGIN,
      variables: { email: other, password: answer.temporaryPassword },
    })
    expect(tried.body.data).toEqual({ login: { __typename: 'AuthenticationError' } })
    await signIn(suite.yoga, other, 'own-pass-123')
  })

  it('reports membership of its own organization only, the same way for both kinds', async () => {
    const fresh = `again-${engine}@example.org`
    await invite(fresh)
    const answers = [await invite(fresh), await invite(elsewhere), await invite('lead@example.org')]
    expect(answers.map((answer) => answer.__typename)).toEqual([
      'ConflictError',
      'ConflictError',
      'ConflictError',
    ])
    expect(answers[1]).toEqual({
      __typename: 'ConflictError',
      message: `${elsewhere} is a member already.`,
      currentValue: 'viewer',
    })
  })

  it('refuses malformed addresses before looking anything up', async () => {
    const answer = await invite('not an address')
    expect(answer.__typename).toBe('ValidationError')
  })
})
