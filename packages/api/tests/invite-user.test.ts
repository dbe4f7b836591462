/**
 * Invitations (issue #23, items 3 and 4). `inviteUser` grants nothing and tells the admin nothing
 * about other tenants: it answers a pending invitation (a single-use, expiring link) the same way
 * for a new address and for one with an account elsewhere. The membership exists only once the
 * invitee accepts: signed in as the invited address (consent), or, without an account of their own
 * (none, or one that belongs to no organization), by choosing a password through the link, which
 * discards any password set before. Replays the red team's cross-tenant pre-hijack.
 */
import { hashPassword } from '@immd/db/password'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../src/auth/credentials.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  setupSecuritySuite,
  signIn,
} from './support/security.js'

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) {
  __typename
  ... on InviteUserPayload { invitationToken acceptPath expiresAt membership { id } temporaryPassword }
  ... on Error { message }
  ... on ConflictError { currentValue }
  ... on ValidationError { issues { path message } } } }`
const ACCEPT = `mutation ($token: String!) { acceptInvitation(input: { token: $token }) {
  __typename
  ... on AcceptInvitationPayload { email role organizationName }
  ... on Error { message } } }`
const ACCEPT_WITH_PASSWORD = `mutation ($token: String!, $password: String!) {
  acceptInvitationWithPassword(input: { token: $token, password: $password }) {
  __typename
  ... on AcceptInvitationPayload { email role organizationName }
  ... on Error { message } } }`
const AUDIT = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { operation targetType targetId after organization { id } } } } }`
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) {
  __typename } }`
const ORGANIZATIONS = '{ organizations(first: 10) { edges { node { slug } } } }'

interface InviteAnswer {
  __typename: string
  invitationToken?: string
  acceptPath?: string
  expiresAt?: string
  membership?: null
  temporaryPassword?: null
  message?: string
  currentValue?: unknown
}
interface AcceptAnswer {
  __typename: string
  email?: string
  role?: string
  organizationName?: string
  message?: string
}

describe.each(TEST_ENGINES)('invitations (%s)', (engine) => {
  let suite: SecuritySuite
  let foreignAdmin: Credential
  const elsewhere = `elsewhere-${engine}@example.org`

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    foreignAdmin = { kind: 'token', token: suite.foreign.token }
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

  const invite = async (
    email: string,
    options: { as?: Credential; organizationId?: string; name?: string } = {},
  ) => {
    const { body } = await request<{ inviteUser: InviteAnswer }>(suite.yoga, {
      credential: options.as ?? suite.credentials.admin,
      query: INVITE,
      variables: {
        input: {
          organizationId: globalId(
            'Organization',
            options.organizationId ?? suite.demo.organizationId,
          ),
          email,
          name: options.name ?? 'Invited Person',
          role: 'VIEWER',
        },
      },
    })
    expect(body.errors).toBeUndefined()
    return body.data?.inviteUser as InviteAnswer
  }
  const acceptWithPassword = async (token: string, password: string) => {
    const { body } = await request<{ acceptInvitationWithPassword: AcceptAnswer }>(suite.yoga, {
      query: ACCEPT_WITH_PASSWORD,
      variables: { token, password },
    })
    expect(body.errors).toBeUndefined()
    return body.data?.acceptInvitationWithPassword as AcceptAnswer
  }
  const accept = async (credential: Credential, token: string) => {
    const { body } = await request<{ acceptInvitation: AcceptAnswer }>(suite.yoga, {
      credential,
      query: ACCEPT,
      variables: { token },
    })
    expect(body.errors).toBeUndefined()
    return body.data?.acceptInvitation as AcceptAnswer
  }
  const loginAnswer = async (email: string, password: string) =>
    (await request(suite.yoga, { query: LOGIN, variables: { email, password } })).body.data
  const organizationsOf = async (credential: Credential) => {
    const { body } = await request<{
      organizations: { edges: { node: { slug: string } }[] } | null
    }>(suite.yoga, { credential, query: ORGANIZATIONS })
    return body.data?.organizations?.edges.map((edge) => edge.node.slug) ?? []
  }
  const membershipsOf = async (email: string) =>
    (
      await suite.db.prisma.membership.findMany({
        where: { user: { email } },
        select: { organizationId: true },
      })
    ).map((row) => row.organizationId)
  /** The demo organization's trail for one address, as its admin reads it. */
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
  const tokenOf = (answer: InviteAnswer) => answer.invitationToken ?? ''

  it('answers a pending invitation the same way for a new address and for an account elsewhere', async () => {
    const fresh = `fresh-${engine}@example.org`
    const answers = [await invite(fresh), await invite(elsewhere)]
    for (const answer of answers) {
      expect(answer).toMatchObject({
        __typename: 'InviteUserPayload',
        membership: null,
        temporaryPassword: null,
      })
      expect(answer.invitationToken).toMatch(/^immd_inv_[\w-]{32}$/)
      expect(answer.acceptPath).toBe(
        `/accept-invitation#token=${encodeURIComponent(tokenOf(answer))}`,
      )
    }
    expect(await trailOf(fresh)).toEqual(await trailOf(elsewhere))
    expect(await trailOf(elsewhere)).toEqual([
      { operation: 'invitation.create', keys: ['email', 'expiresAt', 'invitedName', 'role'] },
    ])
    // Nothing is granted yet, and only the token's hash is stored.
    expect(await membershipsOf(fresh)).toEqual([])
    expect(await membershipsOf(elsewhere)).toEqual([suite.foreign.organizationId])
    expect(await suite.db.prisma.user.findUnique({ where: { email: fresh } })).toBeNull()
    const stored = await suite.db.prisma.invitation.findFirstOrThrow({ where: { email: fresh } })
    expect(stored.tokenHash).toBe(hashToken(tokenOf(answers[0] as InviteAnswer)))
    expect(JSON.stringify(stored)).not.toContain(tokenOf(answers[0] as InviteAnswer))
  })

  it("replays the red team's pre-hijack: another tenant's password never reaches ACME", async () => {
    const newhire = `newhire-${engine}@acme.example`
    // Tenant B's admin invites the ACME address to B and accepts the link with a password of theirs.
    const planted = await invite(newhire, {
      as: foreignAdmin,
      organizationId: suite.foreign.organizationId,
    })
    expect(await acceptWithPassword(tokenOf(planted), 'attacker-chosen-pass')).toMatchObject({
      __typename: 'AcceptInvitationPayload',
      email: newhire,
    })
    // Variant 1: B keeps the account in B. ACME invites the address: the link cannot set a password
    // for an account that belongs to an organization, and the attacker, signed in, gains nothing.
    const acme = await invite(newhire)
    expect(await acceptWithPassword(tokenOf(acme), 'a password of mine')).toMatchObject({
      __typename: 'ValidationError',
      message: `token: ${newhire} has an account already: sign in with it, then accept the invitation.`,
    })
    const attacker = await signIn(suite.yoga, newhire, 'attacker-chosen-pass')
    expect(await organizationsOf(attacker)).toHaveLength(1)
    expect(await organizationsOf(attacker)).not.toContain('acme')
    expect(await membershipsOf(newhire)).toEqual([suite.foreign.organizationId])
    // Variant 2 (the report's "leave"): B removes the account from B first. The invitee's own
    // password through ACME's link discards the planted one, with its sessions.
    await suite.db.prisma.membership.deleteMany({ where: { user: { email: newhire } } })
    const again = await invite(newhire)
    expect(await acceptWithPassword(tokenOf(acme), 'a password of mine')).toMatchObject({
      __typename: 'ValidationError',
    }) // replaced by the newer invitation
    expect(await acceptWithPassword(tokenOf(again), 'the newhire password')).toEqual({
      __typename: 'AcceptInvitationPayload',
      email: newhire,
      role: 'viewer',
      organizationName: 'ACME Corp',
    })
    expect(await loginAnswer(newhire, 'attacker-chosen-pass')).toEqual({
      login: { __typename: 'AuthenticationError' },
    })
    expect(await organizationsOf(attacker)).toEqual([])
    const owner = await signIn(suite.yoga, newhire, 'the newhire password')
    expect(await organizationsOf(owner)).toEqual(['acme'])
  })

  it("never lets an admin holding the link set the password of another tenant's account", async () => {
    const before = await suite.db.prisma.user.findUniqueOrThrow({ where: { email: elsewhere } })
    const answer = await invite(elsewhere)
    expect(await acceptWithPassword(tokenOf(answer), 'admin-chosen-password')).toMatchObject({
      __typename: 'ValidationError',
    })
    const after = await suite.db.prisma.user.findUniqueOrThrow({ where: { email: elsewhere } })
    expect(after).toMatchObject({ passwordHash: before.passwordHash, name: 'Elsewhere Person' })
    expect(await membershipsOf(elsewhere)).toEqual([suite.foreign.organizationId])
    // The refusal did not use up the link: the person, signed in, consents and joins.
    const own = await signIn(suite.yoga, elsewhere, 'elsewhere-password-1')
    expect(await accept(own, tokenOf(answer))).toEqual({
      __typename: 'AcceptInvitationPayload',
      email: elsewhere,
      role: 'viewer',
      organizationName: 'ACME Corp',
    })
    expect((await membershipsOf(elsewhere)).sort()).toEqual(
      [suite.demo.organizationId, suite.foreign.organizationId].sort(),
    )
  })

  it('uses a link once, only before it expires, and only for the invited address', async () => {
    const email = `once-${engine}@example.org`
    const answer = await invite(email)
    // Someone else, signed in, cannot take the invitation, and trying does not use it up.
    expect(await accept(suite.credentials.viewer, tokenOf(answer))).toMatchObject({
      __typename: 'ValidationError',
      message: `token: This invitation is for ${email}: sign in with that address to accept it.`,
    })
    expect(await acceptWithPassword(tokenOf(answer), 'my own password 1')).toMatchObject({
      __typename: 'AcceptInvitationPayload',
    })
    expect(await acceptWithPassword(tokenOf(answer), 'my own password 2')).toMatchObject({
      __typename: 'ValidationError',
    })
    expect(await loginAnswer(email, 'my own password 1')).toMatchObject({
      login: { __typename: 'LoginPayload' },
    })
    const expired = await invite(`late-${engine}@example.org`)
    await suite.db.prisma.invitation.updateMany({
      where: { tokenHash: hashToken(tokenOf(expired)) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    expect(await acceptWithPassword(tokenOf(expired), 'my own password 1')).toMatchObject({
      __typename: 'ValidationError',
    })
    expect(await acceptWithPassword('immd_inv_guessed', 'my own password 1')).toMatchObject({
      __typename: 'ValidationError',
    })
  })

  it("adds nobody without consent, and shows a tenant only the account's events after joining", async () => {
    // Tenant B's admin invites ACME's viewer: no membership, no account event reaches B.
    const answer = await invite('viewer@example.org', {
      as: foreignAdmin,
      organizationId: suite.foreign.organizationId,
    })
    expect(await membershipsOf('viewer@example.org')).toEqual([suite.demo.organizationId])
    await request(suite.yoga, {
      query: LOGIN,
      variables: { email: 'viewer@example.org', password: 'wrong password' },
    })
    const viewer = await signIn(suite.yoga, 'viewer@example.org')
    const actorOrTarget = { targetId: suite.users.viewer }
    const seenByB = async () => {
      const { body } = await request<{
        auditEvents: { edges: { node: { operation: string; after: unknown } }[] }
      }>(suite.yoga, { credential: foreignAdmin, query: AUDIT, variables: { filter: {} } })
      return (body.data?.auditEvents.edges ?? [])
        .map((edge) => edge.node)
        .filter((node) => JSON.stringify(node).includes(suite.users.viewer))
    }
    expect(await trailFor(actorOrTarget)).not.toEqual([])
    expect(await seenByB()).toEqual([])
    // The person consents; from then on B sees their sign-ins, never the earlier ones.
    expect(await accept(viewer, tokenOf(answer))).toMatchObject({
      __typename: 'AcceptInvitationPayload',
      organizationName: expect.any(String),
    })
    expect((await seenByB()).map((node) => node.operation)).toEqual(['membership.create'])
    await signIn(suite.yoga, 'viewer@example.org')
    expect((await seenByB()).map((node) => node.operation).sort()).toEqual([
      'auth.login',
      'membership.create',
    ])
  })

  const trailFor = async (filter: Record<string, unknown>) => {
    const { body } = await request<{ auditEvents: { edges: unknown[] } }>(suite.yoga, {
      credential: suite.credentials.admin,
      query: AUDIT,
      variables: { filter },
    })
    return body.data?.auditEvents.edges ?? []
  }

  it('reports membership of its own organization only, the same way for both kinds', async () => {
    const answers = [await invite(elsewhere), await invite('lead@example.org')]
    expect(answers.map((answer) => answer.__typename)).toEqual(['ConflictError', 'ConflictError'])
    expect(answers[0]).toEqual({
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
