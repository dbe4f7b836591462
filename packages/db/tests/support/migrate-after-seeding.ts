/**
 * A data migration's test setup: a disposable database at the migration before it, rows written
 * there with raw SQL (the models of that time), then the rest of the history applied.
 */
import { createDatabase, type Database } from '../../src/client.js'
import { createDisposableDatabase } from '../../src/disposable-database.js'
import { migrateDatabase } from '../../src/migrate.js'
import { getTestEngine } from './test-database.js'

/** Runs one SQL statement on the database being seeded. */
export type SeedSql = (text: string) => Promise<unknown>

/**
 * Creates a database at `previous`, lets `seed` write rows, applies the remaining migrations and
 * returns the database with the names of the migrations applied.
 */
export async function migrateAfterSeeding(
  previous: string,
  seed: (sql: SeedSql) => Promise<void>,
): Promise<{ db: Database; applied: string[] }> {
  const db = await createDisposableDatabase({ engine: getTestEngine(), until: previous })
  // A separate client, closed before migrating: SQLite's schema engine needs the file to itself.
  const seeder = createDatabase({ url: db.url })
  try {
    await seed((text) => seeder.prisma.$executeRawUnsafe(text))
  } finally {
    await seeder.close()
  }
  const { applied } = await migrateDatabase({ url: db.url })
  return { db, applied }
}
