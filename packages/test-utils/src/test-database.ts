/**
 * A fresh, migrated database per test file, on SQLite or PostgreSQL.
 *
 * ```ts
 * import { listTestEngines, useTestDatabase } from '@immd/test-utils/test-database'
 *
 * describe.each(listTestEngines())('engagements on %s', (engine) => {
 *   const db = useTestDatabase(engine)
 *   it('…', async () => { await db().prisma.engagement.count() })
 * })
 * ```
 *
 * PostgreSQL: a schema with a random name in `TEST_POSTGRES_URL` (default
 * `postgresql://postgres@127.0.0.1:5432/test`), dropped on close. When the server does not answer,
 * the suite FAILS with a message saying so; it never skips.
 *
 * @packageDocumentation
 */
import type { Database } from '@immd/db/client'
import { createDisposableDatabase } from '@immd/db/disposable-database'
import { ENGINES, type Engine } from '@immd/db/engine'
import { afterAll, beforeAll } from 'vitest'

/** Options for {@link createTestDatabase}. */
export interface CreateTestDatabaseOptions {
  engine: Engine
  /** Overrides `TEST_POSTGRES_URL` (PostgreSQL only). */
  postgresUrl?: string
}

/** Opens a fresh migrated database; `close()` deletes it. Throws a clear error if PostgreSQL is down. */
export function createTestDatabase(options: CreateTestDatabaseOptions): Promise<Database> {
  return createDisposableDatabase({ engine: options.engine, postgresUrl: options.postgresUrl })
}

/**
 * The engines test suites run on: `IMMD_TEST_ENGINES` (comma-separated, e.g. `sqlite` for a quick
 * local run), else both. CI sets nothing, so both always run there.
 */
export function listTestEngines(): Engine[] {
  const wanted = process.env.IMMD_TEST_ENGINES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (!wanted?.length) return [...ENGINES]
  const unknown = wanted.filter((name) => !ENGINES.includes(name as Engine))
  if (unknown.length) throw new Error(`IMMD_TEST_ENGINES: unknown engine(s) ${unknown.join(', ')}`)
  return wanted as Engine[]
}

/**
 * Registers `beforeAll`/`afterAll` hooks that open a test database for the enclosing describe
 * block and delete it afterwards; returns a getter for use inside tests.
 */
export function useTestDatabase(
  engine: Engine,
  options: Omit<CreateTestDatabaseOptions, 'engine'> = {},
): () => Database {
  const holder: { db?: Database } = {}
  beforeAll(async () => {
    holder.db = await createTestDatabase({ ...options, engine })
  })
  afterAll(async () => {
    await holder.db?.close()
  })
  return () => {
    if (!holder.db)
      throw new Error('the test database is opened in beforeAll: use it inside tests or hooks')
    return holder.db
  }
}
