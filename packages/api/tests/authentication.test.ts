/**
 * Authentication: cookie sessions (login, CSRF, logout, lock-out, one-time passwords), API tokens
 * (shown once, hashed, scoped, expiring, revocable, last use recorded), the first administrator,
 * and what a request without credentials gets.
 */
import { hashPassword, verifyPassword } from '@immd/db/password'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootstrapAdministrator } from '../src/auth/bootstrap.js'
import { generateOneTimePassword } from '../src/auth/credentials.js'
import { hashToken } from '../src/auth/viewer.js'
import type { ApiDatabase } from '../src/database.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { type Credential, request, signIn, TEST_SECURITY } from './support/security.js'
import { waitUntil } from './support/wait-until.js'

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) {
  __typename ... on LoginPayload { csrfToken mustChangePassword name }
  ... on AuthenticationError { message retryAfterSeconds } } }`
const ME = '{ viewer { authenticated via authenticationError mustChangePassword user { email } } }'
const PORTFOLIO = '{ engagements(first: 5) { totalCount } }'
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  __typename ... on CreateApiTokenPayload { secret token { id prefix scope active lastUsedAt } }
  ... on Error { message } } }`

describe.each(TEST_ENGINES)('authentication (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  const bearer = (token: string): Credential => ({ kind: 'token', token })

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db, security: TEST_SECURITY })
  })
  afterAll(() => db?.close())

  it('answers a request without credentials with nothing but a clear authentication error', async () => {
    const { body } = await request(yoga, {
      query: `${PORTFOLIO.slice(0, -1)} organizations { totalCount } }`,
    })
    expect(body.data).toEqual({ engagements: null, organizations: null })
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ])
    expect(body.errors?.[0]?.message).toBe(
      'Not authenticated. Send `Authorization: Bearer <API token>` or sign in with the `login` mutation.',
    )
    const node = await request(yoga, {
      query: 'query ($id: ID!) { node(id: $id) { id } }',
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
    })
    expect(node.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('signs in with a password: httpOnly SameSite cookie, CSRF token, session viewer', async () => {
    const { response, body } = await request(yoga, {
      query: LOGIN,
      variables: { email: 'Lead@Example.org ', password: 'immd-demo' },
    })
    expect(body.data?.login).toMatchObject({ __typename: 'LoginPayload', name: 'Lena Lead' })
    const cookies = response.headers.getSetCookie()
    expect(cookies[0]).toMatch(
      /^immd_session=[\w-]+; Path=\/; Max-Age=43200; SameSite=Strict; HttpOnly$/,
    )
    expect(cookies[1]).toMatch(/^immd_csrf=[\w-]+; Path=\/; Max-Age=43200; SameSite=Strict$/)
    const session = await db.prisma.session.findFirstOrThrow({ orderBy: { createdAt: 'desc' } })
    expect(cookies[0]).not.toContain(session.idHash)
    const credential = await signIn(yoga, 'lead@example.org')
    expect((await request(yoga, { query: ME, credential })).body.data?.viewer).toEqual({
      authenticated: true,
      via: 'session',
      authenticationError: null,
      mustChangePassword: false,
      user: { email: 'lead@example.org' },
    })
  })

  it('marks session cookies Secure under a __Host- name in production', async () => {
    const production = createApi({ db, security: { ...TEST_SECURITY, production: true } })
    const { response } = await request(production, {
      query: LOGIN,
      variables: { email: 'viewer@example.org', password: 'immd-demo' },
    })
    expect(response.headers.getSetCookie()[0]).toMatch(
      /^__Host-immd_session=.*; SameSite=Strict; HttpOnly; Secure$/,
    )
  })

  it('ignores the session cookie on a POST without the matching x-csrf-token header', async () => {
    const credential = await signIn(yoga, 'lead@example.org')
    if (credential.kind !== 'session') throw new Error('expected a session')
    for (const csrf of ['', 'forged']) {
      const { body } = await request(yoga, {
        query: PORTFOLIO,
        credential: { ...credential, csrf },
      })
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
      expect(body.errors?.[0]?.message).toContain('x-csrf-token')
    }
    expect((await request(yoga, { query: PORTFOLIO, credential })).body.errors).toBeUndefined()
  })

  it('ends the session on logout and clears the cookies', async () => {
    const credential = await signIn(yoga, 'viewer@example.org')
    const { response, body } = await request(yoga, {
      query: 'mutation { logout { ended } }',
      credential,
    })
    expect(body.data).toEqual({ logout: { ended: true } })
    expect(response.headers.getSetCookie()[0]).toMatch(/^immd_session=; Path=\/; Max-Age=0/)
    const after = await request(yoga, { query: ME, credential })
    expect(after.body.data?.viewer).toMatchObject({
      authenticated: false,
      authenticationError: 'The session has expired: sign in again.',
    })
  })

  it('replaces a hash made at an older scrypt cost when its owner signs in', async () => {
    const email = 'rehash@example.org'
    const password = 'a password hashed long ago'
    const old = await hashPassword(password, { N: 1024, r: 8, p: 1 })
    await db.prisma.user.create({ data: { email, name: 'Old Hash', passwordHash: old } })
    const { body } = await request<{ login: { __typename: string } }>(yoga, {
      query: LOGIN,
      variables: { email, password },
    })
    expect(body.data?.login.__typename).toBe('LoginPayload')
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    // The suite's cost (IMMD_SCRYPT_LOG2N = 14); production hashes at 2^17.
    expect(passwordHash?.startsWith('scrypt$16384$8$1$')).toBe(true)
    expect(await verifyPassword(password, passwordHash ?? '')).toBe(true)
  })

  it('locks out the address that tried five wrong passwords, not the owner elsewhere', async () => {
    // The red team's lock-out (issue #23, item 10): five anonymous tries locked any known account
    // for everyone for 15 minutes, repeatably. Now they lock out their own address only.
    const proxied = createApi({ db, security: { ...TEST_SECURITY, trustProxy: true } })
    const from = (address: string, email: string, password: string) =>
      request<{ login: { __typename: string; message?: string } }>(proxied, {
        query: LOGIN,
        variables: { email, password },
        headers: { 'x-forwarded-for': address },
      })
    const email = 'assessor@example.org'
    const failures = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      failures.push((await from('203.0.113.7', email, 'wrong')).body.data?.login)
    }
    const unknown = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      unknown.push((await from('203.0.113.7', 'nobody@example.org', 'x')).body.data?.login)
    }
    // The same answers as for an account that does not exist: nothing tells which accounts exist.
    expect(failures).toEqual(unknown.slice(0, 5))
    const blocked = await from('203.0.113.7', email, 'immd-demo')
    expect(blocked.body.data?.login).toMatchObject({
      __typename: unknown[5]?.__typename,
      message: expect.stringMatching(/^Too many sign-in attempts: try again in \d+ s\.$/),
    })
    expect(unknown[5]?.message).toMatch(/^Too many sign-in attempts/)
    // The owner, from another address, signs in with the right password; the account is not locked.
    const owner = await from('198.51.100.20', email, 'immd-demo')
    expect(owner.body.data?.login).toMatchObject({ __typename: 'LoginPayload' })
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    expect(user.lockedUntil).toBeNull()
    expect(
      await db.prisma.auditEvent.count({
        where: { operation: 'auth.login-failed', targetId: user.id },
      }),
    ).toBeGreaterThanOrEqual(5)
  })

  it('locks the account itself only when wrong passwords from many addresses pile up', async () => {
    const strict = createApi({
      db,
      security: { ...TEST_SECURITY, trustProxy: true, session: { accountLockAfterFailures: 6 } },
    })
    const email = 'lead@example.org'
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await request(strict, {
        query: LOGIN,
        variables: { email, password: 'wrong' },
        headers: { 'x-forwarded-for': `192.0.2.${attempt + 1}` },
      })
    }
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now())
    expect(
      await db.prisma.auditEvent.count({ where: { operation: 'auth.lockout', targetId: user.id } }),
    ).toBe(1)
    const locked = await request(strict, {
      query: LOGIN,
      variables: { email, password: 'immd-demo' },
      headers: { 'x-forwarded-for': '192.0.2.99' },
    })
    expect(locked.body.data?.login).toMatchObject({ __typename: 'AuthenticationError' })
    // Once the lock has passed, the right password works again.
    await db.prisma.user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() - 1000), failedLoginCount: 0 },
    })
    const again = await request(strict, {
      query: LOGIN,
      variables: { email, password: 'immd-demo' },
      headers: { 'x-forwarded-for': '192.0.2.99' },
    })
    expect(again.body.data?.login).toMatchObject({ __typename: 'LoginPayload' })
  })

  it('counts wrong current passwords in changePassword toward the lock-out, as sign-in does', async () => {
    // The red team's attack (issue #23, item 10): a stolen session guessed the password through
    // `changePassword` without limit.
    const email = 'viewer@example.org'
    const session = await signIn(yoga, email)
    const change = (current: string) =>
      request<{ changePassword: { __typename: string; issues?: { message: string }[] } }>(yoga, {
        credential: session,
        query: `mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { __typename ... on ValidationError { issues { path message } } } }`,
        variables: { current, next: 'a brand new passphrase' },
      })
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await change(`guess-${attempt}`)).body.data?.changePassword).toEqual({
        __typename: 'ValidationError',
        issues: [{ path: 'currentPassword', message: 'The current password is wrong.' }],
      })
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
      expect(user.failedLoginCount).toBe(attempt)
    }
    await change('guess-5')
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now())
    expect(
      await db.prisma.auditEvent.count({ where: { operation: 'auth.lockout', targetId: user.id } }),
    ).toBe(1)
    // Locked: even the right current password is refused, and sign-in is refused too.
    const right = await change('immd-demo')
    expect(right.body.data?.changePassword.issues?.[0]?.message).toContain('locked')
    const login = await request(yoga, { query: LOGIN, variables: { email, password: 'immd-demo' } })
    expect(login.body.data?.login).toMatchObject({ __typename: 'AuthenticationError' })
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe(
      user.passwordHash,
    )
    await db.prisma.user.update({
      where: { email },
      data: { failedLoginCount: 0, lockedUntil: null },
    })
  })

  it('rate-limits sign-in attempts per account', async () => {
    const strict = createApi({ db, security: { rateLimit: { loginPerAccount: 2 } } })
    const attempt = () =>
      request(strict, { query: LOGIN, variables: { email: 'admin@example.org', password: 'nope' } })
    await attempt()
    await attempt()
    const third = await attempt()
    expect(third.body.data?.login).toMatchObject({
      __typename: 'AuthenticationError',
      message: expect.stringContaining('Too many sign-in attempts'),
      retryAfterSeconds: expect.any(Number),
    })
    await db.prisma.user.update({
      where: { email: 'admin@example.org' },
      data: { failedLoginCount: 0, lockedUntil: null },
    })
  })

  it('makes a one-time password (the bootstrap admin’s) be changed before anything else', async () => {
    // Invitations carry no password any more (tests/invite-user.test.ts); the bootstrap
    // administrator's one-time password is the remaining one (auth/bootstrap.ts).
    const password = generateOneTimePassword()
    await db.prisma.user.create({
      data: {
        email: 'new.analyst@example.org',
        name: 'New Analyst',
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        memberships: { create: { organizationId: demo.organizationId, role: 'assessor' } },
      },
    })
    expect(password).toHaveLength(24)
    const session = await signIn(yoga, 'new.analyst@example.org', password)
    const blocked = await request(yoga, { query: PORTFOLIO, credential: session })
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED')
    const change = (newPassword: string) =>
      request(yoga, {
        credential: session,
        query: `mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { __typename ... on ValidationError { issues { path message } } } }`,
        variables: { current: password, next: newPassword },
      })
    expect((await change('short')).body.data?.changePassword).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: 'newPassword', message: 'Use at least 12 characters.' }],
    })
    expect((await change('a long new passphrase')).body.data?.changePassword).toEqual({
      __typename: 'ChangePasswordPayload',
    })
    expect(
      (await request(yoga, { query: PORTFOLIO, credential: session })).body.errors,
    ).toBeUndefined()
  })

  it('shows a new token once, stores only its hash and records its last use', async () => {
    const { body } = await request<{
      createApiToken: { secret: string; token: { id: string; prefix: string; scope: string } }
    }>(yoga, {
      credential: bearer(demo.leadToken),
      query: CREATE_TOKEN,
      variables: {
        input: {
          organizationId: globalId('Organization', demo.organizationId),
          name: 'CI export',
          scope: 'READ',
        },
      },
    })
    const { secret, token } = body.data?.createApiToken ?? {
      secret: '',
      token: { id: '', prefix: '', scope: '' },
    }
    expect(secret).toMatch(/^immd_[\w-]{32}$/)
    expect(token).toMatchObject({ prefix: secret.slice(0, 8), scope: 'READ' })
    expect(token.prefix).toMatch(/^immd_.{3}$/)
    const row = await db.prisma.apiToken.findFirstOrThrow({ where: { prefix: token.prefix } })
    expect(row.tokenHash).toBe(hashToken(secret))
    expect(JSON.stringify(row)).not.toContain(secret)
    expect(row.lastUsedAt).toBeNull()
    await request(yoga, { query: PORTFOLIO, credential: bearer(secret) })
    // The last use is recorded after the answer (off the request's path): wait for it to land.
    const used = await waitUntil("the token's last use to be recorded", async () => {
      const current = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } })
      return current.lastUsedAt ? current : null
    })
    expect(used.lastUsedAt).not.toBeNull()
  })

  it('refuses writes with a read token, and any use of a revoked or expired token', async () => {
    const read = await request(yoga, {
      credential: bearer(demo.readToken),
      query: `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`,
      variables: {
        input: {
          engagementId: globalId('Engagement', demo.activeEngagementId),
          activityId: 'PRA3',
          text: 'Nope',
        },
      },
    })
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const created = await request<{ createApiToken: { secret: string; token: { id: string } } }>(
      yoga,
      {
        credential: bearer(demo.leadToken),
        query: CREATE_TOKEN,
        variables: {
          input: {
            organizationId: globalId('Organization', demo.organizationId),
            name: 'short-lived',
            scope: 'READ_WRITE',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
        },
      },
    )
    const { secret, token } = created.body.data?.createApiToken ?? { secret: '', token: { id: '' } }
    expect(
      (await request(yoga, { query: PORTFOLIO, credential: bearer(secret) })).body.errors,
    ).toBeUndefined()
    const revoked = await request(yoga, {
      credential: bearer(demo.leadToken),
      query:
        'mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { __typename ... on RevokeApiTokenPayload { token { active revokedAt } } } }',
      variables: { id: token.id },
    })
    expect(revoked.body.data?.revokeApiToken).toMatchObject({ token: { active: false } })
    const after = await request(yoga, { query: ME, credential: bearer(secret) })
    expect(after.body.data?.viewer).toMatchObject({
      authenticated: false,
      authenticationError: 'The token is unknown, revoked or expired.',
    })
    await db.prisma.apiToken.update({
      where: { tokenHash: hashToken(demo.readToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    const expired = await request(yoga, { query: ME, credential: bearer(demo.readToken) })
    expect(expired.body.data?.viewer).toMatchObject({ authenticated: false })
    await db.prisma.apiToken.update({
      where: { tokenHash: hashToken(demo.readToken) },
      data: { expiresAt: null },
    })
  })

  it('creates the first administrator from IMMD_BOOTSTRAP_TOKEN, once', async () => {
    const token = 'bootstrap-secret-0123456789-abcdef'
    const first = await bootstrapAdministrator(db.prisma, { token })
    expect(first).toMatchObject({ action: 'token-created', email: 'admin@localhost' })
    expect(await bootstrapAdministrator(db.prisma, { token })).toMatchObject({
      action: 'token-exists',
    })
    const { body } = await request(yoga, {
      query:
        '{ viewer { user { email } memberships { role } } auditEvents(first: 1) { totalCount } }',
      credential: bearer(token),
    })
    expect(body.data?.viewer).toEqual({
      user: { email: 'admin@localhost' },
      memberships: [{ role: 'ADMIN' }],
    })
    await expect(bootstrapAdministrator(db.prisma, { token: 'short' })).rejects.toThrow(
      /at least 24/,
    )
  })

  it('creates an administrator with a one-time password when no organization has an admin', async () => {
    const fresh = await createTestDatabase(engine)
    try {
      const result = await bootstrapAdministrator(fresh.prisma)
      expect(result).toMatchObject({ action: 'password-created', email: 'admin@localhost' })
      const api = createApi({ db: fresh, security: TEST_SECURITY })
      const session = await signIn(api, 'admin@localhost', result.oneTimePassword ?? '')
      const { body } = await request(api, { query: ME, credential: session })
      expect(body.data?.viewer).toMatchObject({ mustChangePassword: true })
      expect(await bootstrapAdministrator(fresh.prisma)).toMatchObject({ action: 'none' })
    } finally {
      await fresh.close()
    }
  })

  it('refuses IMMD_DEV_VIEWER in production', () => {
    expect(() =>
      createApi({ db, devViewerEmail: 'lead@example.org', security: { production: true } }),
    ).toThrow(/development only/)
  })
})
