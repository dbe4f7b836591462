/**
 * The server entry (`pnpm start`): opens the database (`DATABASE_URL`, default the embedded SQLite
 * file), migrates and seeds the demo on the embedded database's first run, serves the API on `PORT`
 * (default 4000) and shuts down gracefully on SIGTERM/SIGINT: stop accepting, finish in-flight
 * requests, close the database.
 *
 * @packageDocumentation
 */
import { createServer } from 'node:http'
import { createDatabase } from '@immd/db/client'
import { resolveDatabaseUrl } from '@immd/db/engine'
import { migrateDatabase } from '@immd/db/migrate'
import { seedDatabase } from '@immd/db/seed'
import { createApi } from './yoga.js'

/** How long in-flight requests may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 10_000

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000)
  const target = resolveDatabaseUrl()
  if (target.engine === 'sqlite') {
    // The embedded database is ours to manage: bring it up to date on every start.
    const { applied } = await migrateDatabase({ url: target.url })
    if (applied.length > 0) console.log(`immd: applied migrations ${applied.join(', ')}`)
  }
  const db = createDatabase({ url: target.url })
  if (target.engine === 'sqlite' && (await db.prisma.organization.count()) === 0) {
    const { demo } = await seedDatabase(db)
    console.log(`immd: seeded the demo organization (${demo.organizationId})`)
  }
  const devViewerEmail = process.env.IMMD_DEV_VIEWER || null
  const yoga = createApi({ db, devViewerEmail })
  const server = createServer(yoga)
  server.listen(port, () => {
    console.log(`immd: GraphQL on http://localhost:${port}/graphql (${target.engine})`)
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
      await db.close()
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
