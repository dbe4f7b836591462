/**
 * Fresh, migrated, throw-away databases for tests and benchmarks: a temporary SQLite file, or a
 * PostgreSQL schema with a random name. Closing one deletes it.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { parsePostgresUrl } from './adapters.js'
import { type CreateDatabaseOptions, createDatabase, type Database } from './client.js'
import type { Engine } from './engine.js'
import { migrateDatabase } from './migrate.js'
import { STATEMENT_CACHE_PARAMETER } from './statement-names.js'

/** The PostgreSQL database disposable schemas are created in, unless told otherwise. */
export const DEFAULT_TEST_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/test'

/** Options for {@link createDisposableDatabase}. */
export interface CreateDisposableDatabaseOptions extends Omit<CreateDatabaseOptions, 'url'> {
  engine: Engine
  /** PostgreSQL database to create the schema in (default: `TEST_POSTGRES_URL`, then {@link DEFAULT_TEST_POSTGRES_URL}). */
  postgresUrl?: string
  /** Migrate only up to this migration (inclusive); see `migrateDatabase`'s `until`. */
  until?: string
}

/** Thrown when the PostgreSQL server does not answer: says where it looked and what to do. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE'
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*)(:[^@/]*)?@/, '//$1@')
}

/** Connects once to prove the server answers, so suites fail with one clear line, not timeouts. */
async function checkPostgres(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
  } catch (error) {
    throw new DatabaseUnavailableError(
      `PostgreSQL at ${redact(connectionString)} does not answer (${(error as Error).message}). ` +
        'The PostgreSQL suite needs it: start PostgreSQL, or point TEST_POSTGRES_URL at a database.',
      { cause: error },
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** PostgreSQL's `deadlock_detected`. */
const DEADLOCK_DETECTED = '40P01'
const ADMIN_SQL_ATTEMPTS = 5

/**
 * Runs one statement on its own connection. Two suites dropping their schemas at the same moment
 * can deadlock on the catalogue (PostgreSQL then aborts one of them), so a deadlock is retried.
 */
async function runAdminSql(connectionString: string, sql: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 })
    await client.connect()
    try {
      await client.query(sql)
      return
    } catch (error) {
      const deadlock = (error as { code?: string }).code === DEADLOCK_DETECTED
      if (!deadlock || attempt >= ADMIN_SQL_ATTEMPTS) throw error
    } finally {
      await client.end()
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
  }
}

/**
 * Creates a fresh database of the given engine with every migration applied and returns it open;
 * `close()` disconnects and deletes it (file, or schema with CASCADE).
 *
 * @throws DatabaseUnavailableError when PostgreSQL is asked for and does not answer.
 */
export async function createDisposableDatabase(
  options: CreateDisposableDatabaseOptions,
): Promise<Database> {
  const { engine, postgresUrl, until, ...clientOptions } = options
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'immd-db-'))
    const url = `file:${join(dir, 'test.db')}`
    await migrateDatabase({ url, until })
    const db = createDatabase({ ...clientOptions, url })
    return {
      ...db,
      async close() {
        await db.close()
        await rm(dir, { recursive: true, force: true })
      },
    }
  }
  const base = parsePostgresUrl(
    postgresUrl ?? process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL,
  )
  await checkPostgres(base.connectionString)
  const schema = `immd_test_${randomBytes(6).toString('hex')}`
  const url = new URL(base.connectionString)
  url.searchParams.set('schema', schema)
  // Kept from the server URL: behind PgBouncer's transaction mode it must stay 0.
  url.searchParams.set(STATEMENT_CACHE_PARAMETER, String(base.statementCacheSize))
  await runAdminSql(base.connectionString, `CREATE SCHEMA "${schema}"`)
  await migrateDatabase({ url: url.toString(), until })
  const db = createDatabase({ ...clientOptions, url: url.toString() })
  return {
    ...db,
    async close() {
      await db.close()
      await runAdminSql(base.connectionString, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    },
  }
}
