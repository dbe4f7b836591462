/**
 * Seeding: the demo data set, optionally followed by N synthetic engagements for benchmarks, and a
 * reset that empties the database first.
 *
 * @packageDocumentation
 */
import { rm } from 'node:fs/promises'
import pg from 'pg'
import { getSqliteFilePath, parsePostgresUrl } from './adapters.js'
import type { Database } from './client.js'
import { resolveDatabaseUrl } from './engine.js'
import { type SeedDemoResult, seedDemo } from './seed/demo.js'
import { type SeedShowcaseResult, seedShowcase } from './seed/showcase.js'
import { type SeedSyntheticResult, seedSyntheticEngagements } from './seed/synthetic.js'

export type { SeedDemoResult } from './seed/demo.js'
export type { SeedShowcaseResult } from './seed/showcase.js'
export type { SeedSyntheticResult } from './seed/synthetic.js'

/** Options for {@link seedDatabase}. */
export interface SeedDatabaseOptions {
  /**
   * Add the showcase (more IMCs of ACME in other models and phases, a re-assessment with checked
   * improvements, three organizations opted in to benchmarks): first starts and `pnpm db:seed` do;
   * tests that rely on the demo alone do not (default false).
   */
  showcase?: boolean
  /** Synthetic engagements to add after the demo (default 0). */
  engagements?: number
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

/** What {@link seedDatabase} did. */
export interface SeedDatabaseResult {
  demo: SeedDemoResult
  showcase: SeedShowcaseResult | null
  synthetic: SeedSyntheticResult | null
}

/** Seeds the demo (idempotent) and, when asked, synthetic engagements (additive). */
export async function seedDatabase(
  db: Pick<Database, 'prisma' | 'engine'>,
  options: SeedDatabaseOptions = {},
): Promise<SeedDatabaseResult> {
  const demo = await seedDemo(db.prisma)
  const showcase = options.showcase ? await seedShowcase(db.prisma, demo.organizationId) : null
  const count = options.engagements ?? 0
  const synthetic =
    count > 0
      ? await seedSyntheticEngagements(db, {
          count,
          batchSize: options.batchSize,
          onProgress: options.onProgress,
        })
      : null
  return { demo, showcase, synthetic }
}

/**
 * Empties a database completely: deletes the SQLite file (with its WAL files), or drops and
 * recreates the PostgreSQL schema. Migrations must be applied again afterwards. Dropping is the
 * only way past the audit table's append-only triggers, which is the point of them.
 */
export async function resetDatabase(url?: string): Promise<void> {
  const target = resolveDatabaseUrl(url)
  if (target.engine === 'sqlite') {
    const path = getSqliteFilePath(target.url)
    await Promise.all(
      ['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${path}${suffix}`, { force: true })),
    )
    return
  }
  const { connectionString, schema } = parsePostgresUrl(target.url)
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`)
  } finally {
    await client.end()
  }
}
