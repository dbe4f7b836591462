/**
 * The server entry (`pnpm start`): opens the database (`DATABASE_URL`, default the embedded SQLite
 * file), migrates it (SQLite always, an empty PostgreSQL database too; a PostgreSQL database with
 * data and missing migrations stops the start with the command to run, see `database-schema.ts`),
 * seeds the demo on the embedded database's first run, creates the first
 * administrator (`IMMD_BOOTSTRAP_TOKEN`, else a one-time password in the log), serves the API and
 * the built console on `PORT` (default 4000) with the security settings of the `IMMD_*` variables
 * (docs/security.md; the trusted-documents manifest defaults to the one the console ships, so
 * `IMMD_TRUSTED_DOCUMENTS_ONLY=true` is all production needs), and shuts down gracefully on
 * SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the database and the rate-limit
 * store. It also dispatches webhook deliveries (`IMMD_WEBHOOKS_DISPATCHER=false` leaves that to
 * other instances) and reduces audit images past their retention period (`audit-retention.ts`).
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createDatabase } from '@immd/db/client'
import { resolveDatabaseUrl } from '@immd/db/engine'
import { seedDatabase } from '@immd/db/seed'
import { readAuditRetentionEnv, startAuditRetention } from './audit-retention.js'
import { bootstrapAdministrator } from './auth/bootstrap.js'
import { prepareDatabaseSchema } from './database-schema.js'
import { announceDemoCredentials } from './demo-credentials.js'
import { readEvidenceEnv } from './evidence/evidence-options.js'
import { createPubSubFromEnv } from './pubsub-redis.js'
import { resolveSecurityOptions } from './security/options.js'
import { createRateLimitStoreFromEnv } from './security/rate-limit.js'
import { readSecurityEnv } from './security/security-env.js'
import { resolveManifestPath } from './security/trusted-documents.js'
import { startWebhookDispatcher } from './webhooks/dispatcher.js'
import { createApi } from './yoga.js'

/** How long in-flight requests may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 10_000

/** The built console next to this package, unless `IMMD_CONSOLE_DIR` says otherwise. */
function findConsoleDir(): string | null {
  const configured = process.env.IMMD_CONSOLE_DIR?.trim()
  if (configured) return configured
  const sibling = fileURLToPath(new URL('../../console/dist/', import.meta.url))
  return existsSync(`${sibling}index.html`) ? sibling : null
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000)
  const target = resolveDatabaseUrl()
  const schema = await prepareDatabaseSchema(target, {
    migrateOnStart: process.env.IMMD_MIGRATE_ON_START === 'true',
  })
  if (schema.action === 'refused') {
    console.error(`immd: ${schema.message}`)
    process.exit(1)
  }
  if (schema.action === 'migrated') {
    console.log(`immd: applied migrations ${schema.applied.join(', ')}`)
  }
  const db = createDatabase({ url: target.url })
  if (target.engine === 'sqlite' && (await db.prisma.organization.count()) === 0) {
    const { demo } = await seedDatabase(db, { showcase: true })
    console.log(`immd: seeded the demo organization (${demo.organizationId})`)
    await announceDemoCredentials(demo.credentials, target.url)
  }
  const bootstrap = await bootstrapAdministrator(db.prisma, {
    token: process.env.IMMD_BOOTSTRAP_TOKEN || null,
  })
  if (bootstrap.action === 'token-created') {
    console.log(`immd: IMMD_BOOTSTRAP_TOKEN is now an API token of ${bootstrap.email} (admin)`)
  }
  if (bootstrap.action === 'password-created') {
    console.log(
      `immd: created the administrator ${bootstrap.email} with the one-time password ` +
        `${bootstrap.oneTimePassword} (change it at the first sign-in)`,
    )
  }
  const security = readSecurityEnv()
  const production = resolveSecurityOptions(security).production
  // Development only: createApi refuses it in production.
  const devViewerEmail = production ? null : process.env.IMMD_DEV_VIEWER || null
  if (production && process.env.IMMD_DEV_VIEWER) {
    console.warn('immd: IMMD_DEV_VIEWER is ignored in production')
  }
  const rateLimits = createRateLimitStoreFromEnv()
  const bus = createPubSubFromEnv()
  const consoleDir = findConsoleDir()
  const trusted = security.trustedDocuments
  const manifest = resolveManifestPath({ manifestPath: trusted?.manifestPath ?? null, consoleDir })
  const yoga = createApi({
    db,
    devViewerEmail,
    security,
    evidence: readEvidenceEnv(),
    rateLimits,
    pubsub: bus.pubsub,
    consoleDir,
  })
  // Every instance dispatches webhooks; claims keep them from posting a delivery twice.
  const webhooks =
    process.env.IMMD_WEBHOOKS_DISPATCHER === 'false' ? null : startWebhookDispatcher({ db })
  // Audit images past the retention period are reduced at start and then daily (docs/security.md).
  const retention = startAuditRetention(db, readAuditRetentionEnv())
  const server = createServer(yoga)
  // Slow clients cannot hold a connection for ever (slowloris); operations have their own limit.
  server.headersTimeout = 10_000
  server.requestTimeout = 60_000
  server.keepAliveTimeout = 5_000
  server.listen(port, () => {
    console.log(`immd: GraphQL on http://localhost:${port}/graphql (${target.engine})`)
    if (consoleDir) console.log(`immd: console on http://localhost:${port}/`)
    if (manifest) {
      const only = trusted?.requireForCookieSessions ? ', required of cookie sessions' : ''
      console.log(`immd: trusted documents from ${manifest}${only}`)
    }
    if (devViewerEmail) console.log(`immd: unauthenticated requests act as ${devViewerEmail}`)
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`immd: ${signal}, finishing in-flight requests`)
    const force = setTimeout(() => {
      console.error('immd: requests still running after the grace period; closing anyway')
      server.closeAllConnections()
    }, SHUTDOWN_GRACE_MS)
    force.unref()
    // close() stops accepting and waits for open requests; idle keep-alive sockets go now.
    server.close(async () => {
      await Promise.all([webhooks?.stop(), retention.stop()])
      await Promise.all([db.close(), rateLimits.close(), bus.close()])
      console.log('immd: stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error('immd: failed to start:', error)
  process.exit(1)
})
