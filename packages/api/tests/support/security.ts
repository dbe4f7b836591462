/**
 * Shared setup of the security tests: the seeded demo plus a foreign organization, an API with
 * generous rate limits (the tests make thousands of requests), and the eight subjects of the
 * policy table: anonymous, the four demo roles signed in with cookie sessions (as the console
 * does), the other tenant's admin, and the lead's read-only and read-write tokens.
 */
import type { ApiDatabase } from '../../src/database.js'
import type { SecurityOptionsInput } from '../../src/security/options.js'
import { type Api, type CreateApiOptions, createApi } from '../../src/yoga.js'
import { createTestDatabase } from './database.js'
import type { OperationResult } from './execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './fixtures.js'
import { createObservedPubSub, type ObservedPubSub } from './observed-pubsub.js'

/** Who makes a request in the policy walk (see docs/security.md). */
export const SUBJECTS = [
  'anonymous',
  'viewer',
  'assessor',
  'lead-assessor',
  'admin',
  'other-tenant-admin',
  'read-token',
  'read-write-token',
] as const
export type Subject = (typeof SUBJECTS)[number]

/** A credential: a bearer token, or a session cookie with its CSRF token. */
export type Credential =
  | { kind: 'none' }
  | { kind: 'token'; token: string }
  | { kind: 'session'; cookie: string; csrf: string }

/** The demo password of every seeded user. */
export const DEMO_PASSWORD = 'immd-demo'

/** Options of {@link request}. */
export interface RequestOptions {
  query: string
  variables?: Record<string, unknown>
  credential?: Credential
  headers?: Record<string, string>
}

/** POSTs an operation with the credential's headers; returns the response and its JSON. */
export async function request<T = Record<string, unknown>>(
  yoga: Api,
  options: RequestOptions,
): Promise<{ response: Response; body: OperationResult<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers }
  const credential = options.credential ?? { kind: 'none' }
  if (credential.kind === 'token') headers.authorization = `Bearer ${credential.token}`
  if (credential.kind === 'session') {
    headers.cookie = credential.cookie
    headers['x-csrf-token'] = credential.csrf
  }
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
  })
  return { response, body: (await response.json()) as OperationResult<T> }
}

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) {
  __typename ... on LoginPayload { csrfToken mustChangePassword } ... on Error { message } } }`

/** Signs in through `login` and returns the session credential (cookie + CSRF token). */
export async function signIn(
  yoga: Api,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Credential> {
  const { response, body } = await request<{
    login: { __typename: string; csrfToken?: string; message?: string }
  }>(yoga, { query: LOGIN, variables: { email, password } })
  const login = body.data?.login
  if (login?.__typename !== 'LoginPayload' || !login.csrfToken) {
    throw new Error(`login of ${email} failed: ${JSON.stringify(body)}`)
  }
  const cookies = response.headers.getSetCookie()
  const session = cookies.find((cookie) => cookie.startsWith('immd_session='))
  if (!session) throw new Error(`login set no session cookie: ${cookies.join(' | ')}`)
  return { kind: 'session', cookie: session.split(';')[0] ?? '', csrf: login.csrfToken }
}

/** Everything a security test file needs. */
export interface SecuritySuite {
  db: ApiDatabase
  yoga: Api
  demo: DemoFixture
  foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  credentials: Record<Subject, Credential>
  /** The bus's readiness signal (unless the caller passed its own `pubsub`). */
  bus: ObservedPubSub
  /** Ids of demo users by role. */
  users: Record<'admin' | 'lead' | 'assessor' | 'viewer', string>
}

/** Generous limits: the walks make many requests with one credential. */
export const TEST_SECURITY: SecurityOptionsInput = {
  rateLimit: { perCredential: 1_000_000, perAnonymousAddress: 1_000_000, loginPerAddress: 1000 },
}

/** Creates the database, seeds demo and foreign organization, starts the API, signs everyone in. */
export async function setupSecuritySuite(
  engine: ApiDatabase['engine'],
  options: Partial<CreateApiOptions> = {},
): Promise<SecuritySuite> {
  const db = await createTestDatabase(engine)
  const demo = await seedDemoFixture(db)
  const foreign = await seedForeignOrganization(db)
  const bus = createObservedPubSub()
  const yoga = createApi({ db, security: TEST_SECURITY, pubsub: bus.pubsub, ...options })
  const byEmail = async (email: string) =>
    (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id
  const users = {
    admin: await byEmail('admin@example.org'),
    lead: await byEmail('lead@example.org'),
    assessor: await byEmail('assessor@example.org'),
    viewer: await byEmail('viewer@example.org'),
  }
  const credentials: Record<Subject, Credential> = {
    anonymous: { kind: 'none' },
    viewer: await signIn(yoga, 'viewer@example.org'),
    assessor: await signIn(yoga, 'assessor@example.org'),
    'lead-assessor': await signIn(yoga, 'lead@example.org'),
    admin: await signIn(yoga, 'admin@example.org'),
    'other-tenant-admin': { kind: 'token', token: foreign.token },
    'read-token': { kind: 'token', token: demo.readToken },
    'read-write-token': { kind: 'token', token: demo.leadToken },
  }
  return { db, yoga, demo, foreign, credentials, users, bus }
}
