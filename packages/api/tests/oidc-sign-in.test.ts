/**
 * Single sign-on through a real OpenID provider (`oidc-provider` on loopback), on both engines:
 * a member signs in and gets the same session and CSRF cookies as a password login; a tampered
 * state, nonce, PKCE verifier or flow cookie is refused; groups map to roles; just-in-time
 * membership creates the account when on and refuses when off; local passwords can be turned off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFlow, sealFlow } from '../src/auth/oidc/oidc-flow-cookie.js'
import type { OidcProviderSettings } from '../src/auth/oidc/oidc-settings.js'
import type { ApiDatabase } from '../src/database.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import {
  completeProviderSignIn,
  startTestOidcProvider,
  type TestOidcProvider,
} from './support/oidc-provider.js'
import { type Credential, request, TEST_SECURITY } from './support/security.js'

const ORIGIN = 'http://yoga'
const STATE_SECRET = 'oidc-test-state-secret'
const VIEWER =
  '{ viewer { authenticated via user { email } memberships { role organization { slug } } } }'
const LOGIN = `mutation { login(input: { email: "lead@example.org", password: "immd-demo" }) {
  __typename ... on Error { message } } }`

let idp: TestOidcProvider

beforeAll(async () => {
  idp = await startTestOidcProvider({
    redirectUris: ['corp', 'members', 'closed'].map((id) => `${ORIGIN}/auth/oidc/${id}/callback`),
  })
  idp.accounts.set('lead', {
    email: 'Lead@Example.org',
    email_verified: true,
    name: 'Lead Assessor',
    groups: [],
  })
})
afterAll(() => idp?.close())

/** A provider setting pointing at the test provider. */
function providerSettings(overrides: Partial<OidcProviderSettings>): OidcProviderSettings {
  return {
    id: 'corp',
    name: 'Corp SSO',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    scopes: 'openid email profile groups',
    organization: null,
    roleClaim: 'groups',
    roleRules: [],
    defaultRole: null,
    jitMembership: false,
    allowInsecureIssuer: true,
    ...overrides,
  }
}

/** `GET` on the API as a browser would (no redirects followed). */
function browse(yoga: Api, path: string, cookie = '') {
  return yoga.fetch(`${ORIGIN}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} })
}

/** The `name=value` part of a `Set-Cookie` line whose name starts with `prefix`. */
function cookieOf(response: Response, prefix: string): string {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(prefix))
  if (!line) throw new Error(`no ${prefix} cookie in ${response.headers.getSetCookie()}`)
  return line.split(';')[0] ?? ''
}

/** `/start` for a provider: the provider URL and the flow cookie. */
async function start(yoga: Api, provider: string, returnTo = '/engagements') {
  const response = await browse(yoga, `/auth/oidc/${provider}/start?returnTo=${returnTo}`)
  expect(response.status).toBe(303)
  const flowCookie = cookieOf(response, `immd_oidc_${provider}=`)
  const line = response.headers.getSetCookie().find((c) => c.startsWith('immd_oidc_')) ?? ''
  expect(line).toContain('HttpOnly')
  expect(line).toContain('SameSite=Lax')
  return { authorizationUrl: response.headers.get('location') ?? '', flowCookie }
}

/** The whole flow as `login`; returns the callback's response. */
async function signInThrough(yoga: Api, provider: string, login: string) {
  const { authorizationUrl, flowCookie } = await start(yoga, provider)
  const back = await completeProviderSignIn(authorizationUrl, login)
  expect(back.startsWith(`${ORIGIN}/auth/oidc/${provider}/callback?`)).toBe(true)
  return browse(yoga, back.slice(ORIGIN.length), flowCookie)
}

/** The session credential the callback set. */
function sessionOf(response: Response): Credential {
  const cookie = cookieOf(response, 'immd_session=')
  const csrf = cookieOf(response, 'immd_csrf=').split('=')[1] ?? ''
  return { kind: 'session', cookie, csrf: decodeURIComponent(csrf) }
}

/** The message the callback sends the person to the sign-in page with. */
function refusalOf(response: Response): string {
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location') ?? '', ORIGIN)
  expect(location.pathname).toBe('/sign-in')
  expect(response.headers.getSetCookie().some((c) => c.startsWith('immd_session='))).toBe(false)
  return location.searchParams.get('ssoError') ?? ''
}

describe.each(TEST_ENGINES)('single sign-on with OpenID Connect (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  let slug: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    slug = (await db.prisma.organization.findUniqueOrThrow({ where: { id: demo.organizationId } }))
      .slug
    yoga = createApi({
      db,
      security: {
        ...TEST_SECURITY,
        sso: {
          stateSecret: STATE_SECRET,
          providers: [
            // Bound to the demo organization: groups map to roles, new people join just in time.
            providerSettings({
              id: 'corp',
              organization: slug,
              jitMembership: true,
              roleRules: [
                { value: 'csirt-admins', role: 'admin' },
                { value: 'csirt-leads', role: 'lead-assessor' },
                { value: 'csirt-readers', role: 'viewer' },
              ],
            }),
            // Existing accounts only (no organization bound).
            providerSettings({ id: 'members', name: 'Members SSO' }),
            // Bound to the organization, just-in-time membership off.
            providerSettings({ id: 'closed', name: 'Closed SSO', organization: slug }),
          ],
        },
      },
    })
  })
  afterAll(() => db?.close())

  it('lists the providers for the sign-in page', async () => {
    const response = await browse(yoga, '/auth/providers')
    expect(await response.json()).toEqual({
      localPasswords: true,
      providers: [
        { id: 'corp', name: 'Corp SSO', startUrl: '/auth/oidc/corp/start' },
        { id: 'members', name: 'Members SSO', startUrl: '/auth/oidc/members/start' },
        { id: 'closed', name: 'Closed SSO', startUrl: '/auth/oidc/closed/start' },
      ],
    })
  })

  it('signs a member in through the provider: PKCE S256, session and CSRF cookies, audited', async () => {
    const { authorizationUrl } = await start(yoga, 'members')
    const authorize = new URL(authorizationUrl)
    expect(authorize.origin).toBe(idp.issuer)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/auth/oidc/members/callback`)
    expect(authorize.searchParams.get('nonce')).toBeTruthy()

    const callback = await signInThrough(yoga, 'members', 'lead')
    expect(callback.status).toBe(303)
    expect(callback.headers.get('location')).toBe('/sign-in?sso=done&redirect=%2Fengagements')
    const sessionLine = callback.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('immd_session='))
    expect(sessionLine).toMatch(/HttpOnly/)
    expect(sessionLine).toMatch(/SameSite=Strict/)
    const credential = sessionOf(callback)
    const { body } = await request<{
      viewer: { authenticated: boolean; via: string; user: { email: string } }
    }>(yoga, { query: VIEWER, credential })
    expect(body.data?.viewer).toMatchObject({
      authenticated: true,
      via: 'session',
      user: { email: 'lead@example.org' },
    })
    // A POST without the CSRF header is refused as for a password session.
    const { body: forged } = await request(yoga, {
      query: VIEWER,
      credential: { ...credential, csrf: 'wrong' } as Credential,
    })
    expect(forged.data).toMatchObject({ viewer: { authenticated: false } })
    const audit = await db.prisma.auditEvent.findMany({
      where: { operation: 'auth.login', organizationId: demo.organizationId },
      orderBy: { createdAt: 'desc' },
      take: 1,
    })
    expect(audit[0]?.after).toMatchObject({
      via: 'oidc',
      provider: 'members',
      subject: 'lead',
    })
  })

  it('refuses a callback whose state is not the one of the flow', async () => {
    const { authorizationUrl, flowCookie } = await start(yoga, 'members')
    const back = new URL(await completeProviderSignIn(authorizationUrl, 'lead'))
    back.searchParams.set('state', 'forged-state')
    const message = refusalOf(await browse(yoga, back.pathname + back.search, flowCookie))
    expect(message).toMatch(/state/)
  })

  it("refuses an ID token whose nonce is not the flow's, and a code without its PKCE verifier", async () => {
    for (const [field, expected] of [
      ['nonce', /nonce/],
      ['codeVerifier', /PKCE|grant|verif/i],
    ] as const) {
      const { authorizationUrl, flowCookie } = await start(yoga, 'members')
      const back = new URL(await completeProviderSignIn(authorizationUrl, 'lead'))
      const [name, value = ''] = flowCookie.split('=')
      const flow = openFlow(value, STATE_SECRET, 'members')
      if ('refused' in flow) throw new Error(flow.refused)
      // Re-signed with the server's key: only the nonce or the verifier differs.
      const altered = sealFlow({ ...flow, [field]: `${flow[field]}-altered` }, STATE_SECRET)
      const message = refusalOf(
        await browse(yoga, back.pathname + back.search, `${name}=${altered}`),
      )
      expect(message).toMatch(expected)
    }
  })

  it('refuses a flow cookie it did not sign, and a callback without one', async () => {
    const { authorizationUrl, flowCookie } = await start(yoga, 'members')
    const back = new URL(await completeProviderSignIn(authorizationUrl, 'lead'))
    const [name, value = ''] = flowCookie.split('=')
    const flow = openFlow(value, STATE_SECRET, 'members')
    if ('refused' in flow) throw new Error(flow.refused)
    const forged = sealFlow(flow, 'not-the-server-key')
    expect(refusalOf(await browse(yoga, back.pathname + back.search, `${name}=${forged}`))).toMatch(
      /not one this server issued/,
    )
    expect(refusalOf(await browse(yoga, back.pathname + back.search))).toMatch(/cookie is missing/)
  })

  it('creates the account and membership just in time, with the role its group maps to', async () => {
    const login = `ana-${engine}`
    idp.accounts.set(login, {
      email: `${login}@corp.example`,
      email_verified: true,
      name: 'Ana Analyst',
      groups: ['staff', 'csirt-leads'],
    })
    const first = await signInThrough(yoga, 'corp', login)
    const credential = sessionOf(first)
    const { body } = await request<{
      viewer: { memberships: { role: string; organization: { slug: string } }[] }
    }>(yoga, { query: VIEWER, credential })
    expect(body.data?.viewer.memberships).toEqual([
      { role: 'LEAD_ASSESSOR', organization: { slug } },
    ])
    const operations = await db.prisma.auditEvent.findMany({
      where: {
        OR: [{ organizationId: demo.organizationId }, { organizationId: null }],
        targetType: { in: ['User', 'Membership'] },
      },
      select: { operation: true, after: true },
    })
    const mine = operations.filter((event) =>
      JSON.stringify(event.after).includes(`${login}@corp.example`),
    )
    expect(mine.map((event) => event.operation).sort()).toEqual([
      'membership.create',
      'user.create',
    ])

    // The group changes at the provider: the next sign-in brings the role in line.
    const account = idp.accounts.get(login)
    if (!account) throw new Error(`${login} vanished from the provider`)
    idp.accounts.set(login, { ...account, groups: ['csirt-readers'] })
    const second = await signInThrough(yoga, 'corp', login)
    const { body: again } = await request<{ viewer: { memberships: { role: string }[] } }>(yoga, {
      query: VIEWER,
      credential: sessionOf(second),
    })
    expect(again.data?.viewer.memberships.map((m) => m.role)).toEqual(['VIEWER'])
  })

  it('refuses a person whose groups give no role, and unverified e-mail addresses', async () => {
    idp.accounts.set(`nobody-${engine}`, {
      email: `nobody-${engine}@corp.example`,
      email_verified: true,
      name: 'No Group',
      groups: ['staff'],
    })
    expect(refusalOf(await signInThrough(yoga, 'corp', `nobody-${engine}`))).toMatch(
      /none of the groups/,
    )
    idp.accounts.set(`unverified-${engine}`, {
      email: `unverified-${engine}@corp.example`,
      email_verified: false,
      name: 'Unverified',
      groups: ['csirt-admins'],
    })
    expect(refusalOf(await signInThrough(yoga, 'corp', `unverified-${engine}`))).toMatch(/verified/)
    const users = await db.prisma.user.count({
      where: { email: { endsWith: '@corp.example', startsWith: 'n' } },
    })
    expect(users).toBe(0)
  })

  it('with just-in-time membership off, refuses people the organization has not invited', async () => {
    const login = `guest-${engine}`
    idp.accounts.set(login, {
      email: `${login}@corp.example`,
      email_verified: true,
      name: 'Guest',
      groups: ['csirt-admins'],
    })
    expect(refusalOf(await signInThrough(yoga, 'closed', login))).toMatch(/not a member/)
    expect(await db.prisma.user.count({ where: { email: `${login}@corp.example` } })).toBe(0)
    // A member of the organization signs in through the same provider.
    const member = await signInThrough(yoga, 'closed', 'lead')
    expect(member.headers.get('location')).toMatch(/^\/sign-in\?sso=done/)
  })

  it('turns local passwords off: login is refused, single sign-on still works', async () => {
    const ssoOnly = createApi({
      db,
      security: {
        ...TEST_SECURITY,
        sso: {
          stateSecret: STATE_SECRET,
          localPasswords: false,
          providers: [providerSettings({ id: 'members', name: 'Members SSO' })],
        },
      },
    })
    const { body } = await request<{ login: { __typename: string; message: string } }>(ssoOnly, {
      query: LOGIN,
    })
    expect(body.data?.login.__typename).toBe('AuthenticationError')
    expect(body.data?.login.message).toMatch(/IMMD_LOCAL_PASSWORDS=false/)
    expect(await (await browse(ssoOnly, '/auth/providers')).json()).toMatchObject({
      localPasswords: false,
    })
    const callback = await signInThrough(ssoOnly, 'members', 'lead')
    expect(callback.headers.get('location')).toMatch(/^\/sign-in\?sso=done/)
  })
})
