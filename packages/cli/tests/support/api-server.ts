/**
 * A real API server for the CLI tests: a fresh migrated SQLite database with the demo seed, the
 * Yoga instance of `@immd/api` listening on a free loopback port, and API tokens (a lead assessor
 * of the demo organization, a read-only token, and the admin of a second, empty organization).
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hashToken } from '@immd/api/auth/viewer'
import type { UnexpectedErrorEntry } from '@immd/api/security/error-reporting'
import { createApi } from '@immd/api/yoga'
import { createDisposableDatabase } from '@immd/db/disposable-database'
import { seedDatabase } from '@immd/db/seed'

type Database = Awaited<ReturnType<typeof createDisposableDatabase>>

/** The running server and what the tests need to talk to it. */
export interface TestApiServer {
  url: string
  db: Database
  yoga: ReturnType<typeof createApi>
  /** Lead assessor of `acme` (read-write). */
  token: string
  readToken: string
  /** Admin of the empty organization `beta`. */
  betaToken: string
  finishedEngagementId: string
  /** Requests served so far (POST /graphql). */
  requests(): number
  /** What the server logged of its unexpected (masked) errors so far. */
  loggedErrors(): UnexpectedErrorEntry[]
  close(): Promise<void>
}

async function createToken(
  db: Database,
  userId: string,
  organizationId: string,
  scope = 'read-write',
) {
  const secret = `immd_${randomBytes(24).toString('base64url')}`
  await db.prisma.apiToken.create({
    data: {
      userId,
      organizationId,
      name: 'cli test',
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 9),
      scope,
    },
  })
  return secret
}

/** Starts the server (SQLite unless told); `close()` stops it and deletes the database. */
export async function startTestApiServer(
  options: { engine?: 'sqlite' | 'postgresql' } = {},
): Promise<TestApiServer> {
  const db = await createDisposableDatabase({ engine: options.engine ?? 'sqlite' })
  const { demo } = await seedDatabase(db)
  const lead = await db.prisma.user.findUniqueOrThrow({ where: { email: 'lead@example.org' } })
  const beta = await db.prisma.organization.create({
    data: { slug: 'beta', name: 'Beta Networks' },
  })
  const admin = await db.prisma.user.create({
    data: { email: 'admin@beta.example', name: 'Bea Admin' },
  })
  await db.prisma.membership.create({
    data: { organizationId: beta.id, userId: admin.id, role: 'admin' },
  })
  const finished = await db.prisma.engagement.findFirstOrThrow({
    where: { organizationId: demo.organizationId, state: 'closed' },
  })
  const logged: UnexpectedErrorEntry[] = []
  const yoga = createApi({ db, logError: (entry) => logged.push(entry) })
  let requests = 0
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST') requests += 1
    return yoga(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    db,
    yoga,
    token: await createToken(db, lead.id, demo.organizationId),
    readToken: await createToken(db, lead.id, demo.organizationId, 'read'),
    betaToken: await createToken(db, admin.id, beta.id),
    finishedEngagementId: Buffer.from(`Engagement:${finished.id}`).toString('base64'),
    requests: () => requests,
    loggedErrors: () => [...logged],
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await db.close()
    },
  }
}
