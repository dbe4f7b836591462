/**
 * `npm start` with `DATABASE_URL=postgresql://…` (the server script, run as a process): a fresh
 * database is migrated by the server itself and answers `/healthz`; a database that holds data
 * but lacks migrations stops the start with one sentence naming the command, never a raw Prisma
 * error. Each case gets its own PostgreSQL database, created for it and dropped afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { DEFAULT_TEST_POSTGRES_URL } from '@immd/db/disposable-database'
import { migrateDatabase } from '@immd/db/migrate'
import { readMigrationList } from '@immd/db/migration-files'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url))
const base = new URL(process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL)
const created: string[] = []

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Creates an empty database on the test server and returns its URL. */
async function createFreshDatabase(): Promise<string> {
  const name = `immd_start_${randomBytes(5).toString('hex')}`
  await adminQuery(`CREATE DATABASE "${name}"`)
  created.push(name)
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
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

interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Runs the server script as `pnpm start` does (here through tsx, from the sources). */
function startServer(databaseUrl: string, port: number): Started {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      IMMD_MIGRATE_ON_START: '',
      IMMD_CONSOLE_DIR: '',
      REDIS_URL: '',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, output: () => output, exited }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

afterAll(async () => {
  for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
})

describe('npm start on PostgreSQL', () => {
  it('migrates a fresh database itself and serves', async () => {
    const url = await createFreshDatabase()
    const port = await findFreePort()
    const server = startServer(url, port)
    try {
      await waitFor(
        () => server.output().includes('GraphQL on') || server.child.exitCode !== null,
        150_000,
      )
      expect(server.output()).toContain('immd: applied migrations ')
      expect(server.output()).toContain(`GraphQL on http://localhost:${port}/graphql (postgresql)`)
      const health = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(health.status).toBe(200)
      const { migrationDirectories } = await readMigrationList('postgresql')
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      const applied = await client.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')
      await client.end()
      expect(applied.rows[0].n).toBe(migrationDirectories.length)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  }, 180_000)

  it('stops with one sentence naming the command when a database with data lacks migrations', async () => {
    const url = await createFreshDatabase()
    const { migrationDirectories } = await readMigrationList('postgresql')
    const first = migrationDirectories[0]?.path ?? ''
    await migrateDatabase({ url, until: first })
    const server = startServer(url, await findFreePort())
    const code = await server.exited
    expect(code).toBe(1)
    const lines = server.output().trim().split('\n')
    expect(lines).toEqual([
      `immd: The PostgreSQL database in DATABASE_URL lacks ${migrationDirectories.length - 1} migration(s) (${migrationDirectories
        .slice(1)
        .map((m) => m.path)
        .join(
          ', ',
        )}): run \`pnpm db:migrate\` with the same DATABASE_URL (or start with IMMD_MIGRATE_ON_START=true), then start again.`,
    ])
    expect(server.output()).not.toContain('does not exist')
  }, 180_000)
})
