/**
 * The system under test, as `pnpm start` runs it in production: the real API (`@immd/api`'s Yoga
 * instance) on a fresh, migrated SQLite database, serving the built console (`dist/`) itself from
 * the same origin (`consoleDir`), with trusted-documents-only mode on, so cookie sessions may send
 * nothing but the ids of the manifest the build ships (`dist/persisted-documents.json`).
 * Also creates the organization, user and API token the browser signs in with.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApi } from '@immd/api/yoga'
import type { Database } from '@immd/db/client'
import { createDisposableDatabase } from '@immd/db/disposable-database'
import { hashPassword } from '@immd/db/password'

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url))

/** The stack's first user, an administrator of the organization who also runs assessments. */
export const LEAD_EMAIL = 'lead@e2e.example'
export const LEAD_PASSWORD = 'correct horse battery staple'

/** A running stack. */
export interface Stack {
  baseUrl: string
  db: Database
  /** An API token of the first user ({@link LEAD_EMAIL}, administrator of {@link Stack.organizationId}). */
  token: string
  organizationId: string
  userId: string
  close(): Promise<void>
}

/** Creates a read-write API token of a user for one organization. */
export async function createToken(
  db: Database,
  options: { userId: string; organizationId: string },
) {
  const token = `immd_${randomBytes(24).toString('hex')}`
  await db.prisma.apiToken.create({
    data: {
      ...options,
      name: 'e2e',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      prefix: token.slice(0, 10),
      scope: 'read-write',
    },
  })
  return token
}

/** Adds a user with a role in the organization and returns a read-write API token for them. */
export async function createMemberToken(
  db: Database,
  options: { organizationId: string; email: string; name: string; role: string; password?: string },
) {
  const passwordHash = options.password ? await hashPassword(options.password) : null
  const user = await db.prisma.user.create({
    data: { email: options.email, name: options.name, passwordHash },
  })
  await db.prisma.membership.create({
    data: { organizationId: options.organizationId, userId: user.id, role: options.role },
  })
  const token = await createToken(db, { userId: user.id, organizationId: options.organizationId })
  return { token, userId: user.id }
}

/** Creates an organization and a lead assessor with an API token. */
async function createAccess(db: Database) {
  const organization = await db.prisma.organization.create({
    data: { slug: 'e2e', name: 'E2E Assessments' },
  })
  const lead = await createMemberToken(db, {
    organizationId: organization.id,
    email: LEAD_EMAIL,
    name: 'Lee Lead',
    role: 'admin',
    password: LEAD_PASSWORD,
  })
  return { ...lead, organizationId: organization.id }
}

/** Sends a GraphQL operation to the stack's API with a token (another assessor's client). */
export async function requestGraphql<T>(
  stack: Pick<Stack, 'baseUrl'>,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${stack.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: T; errors?: unknown[] }
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** Single sign-on settings of the stack's API (see `@immd/api`'s `auth/oidc/oidc-settings.ts`). */
export type StackSso = NonNullable<NonNullable<Parameters<typeof createApi>[0]['security']>['sso']>

/** Options of {@link startStack}. */
export interface StartStackOptions {
  /** Single sign-on settings, made once the stack's origin (for redirect URIs) is known. */
  sso?: (baseUrl: string) => Promise<StackSso>
  /** Another built console to serve (default: this package's `dist/`). */
  consoleDir?: string
  /** The API's response compression (default: on, as in production). */
  compression?: boolean
}

/** Starts the API and the console on a free port. */
export async function startStack(options: StartStackOptions = {}): Promise<Stack> {
  const consoleDir = options.consoleDir ?? DIST
  for (const file of ['index.html', 'persisted-documents.json']) {
    if (!existsSync(join(consoleDir, file))) {
      throw new Error(
        `The console is not built (${join(consoleDir, file)} missing): run \`vite build\` first.`,
      )
    }
  }
  const db = await createDisposableDatabase({ engine: 'sqlite' })
  const access = await createAccess(db)
  // Listening first: single sign-on needs the origin before the API is made.
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  const yoga = createApi({
    db,
    consoleDir,
    compression: options.compression ?? true,
    // IMMD_TRUSTED_DOCUMENTS_ONLY=true; the manifest defaults to the one in `consoleDir`.
    security: {
      trustedDocuments: { requireForCookieSessions: true },
      ...(options.sso ? { sso: await options.sso(baseUrl) } : {}),
    },
    graphiql: false,
    logging: process.env.IMMD_E2E_API_LOG === '1',
  })
  server.on('request', yoga)
  return {
    baseUrl,
    db,
    ...access,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await db.close()
    },
  }
}
