/**
 * What a PostgreSQL database holds of the committed migration history, read with one short pg
 * connection: whether its schema is empty (a fresh database `pnpm start` may migrate itself) and
 * which committed migrations it has not applied yet.
 *
 * @packageDocumentation
 */
import pg from 'pg'
import { parsePostgresUrl } from './adapters.js'
import { readMigrationList } from './migration-files.js'

/** Options of {@link readPostgresMigrationStatus}. */
export interface ReadMigrationStatusOptions {
  /** A `postgresql://` URL (Prisma's `?schema=` honoured). */
  url: string
}

/** The state of a PostgreSQL database's schema against the committed migrations. */
export interface MigrationStatus {
  /** True when the schema has no table at all (nothing to lose by migrating). */
  empty: boolean
  /** Committed migrations not recorded as finished in `_prisma_migrations`, oldest first. */
  pending: string[]
}

/** Reads the migration status of a PostgreSQL database. */
export async function readPostgresMigrationStatus(
  options: ReadMigrationStatusOptions,
): Promise<MigrationStatus> {
  const { connectionString, schema } = parsePostgresUrl(options.url)
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const tables = await client.query<{ name: string }>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1',
      [schema],
    )
    const names = new Set(tables.rows.map((row) => row.name))
    const applied = names.has('_prisma_migrations')
      ? (
          await client.query<{ name: string }>(
            `SELECT migration_name AS name FROM "${schema.replaceAll('"', '""')}"."_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).rows.map((row) => row.name)
      : []
    const committed = (await readMigrationList('postgresql')).migrationDirectories.map(
      (migration) => migration.path,
    )
    const done = new Set(applied)
    return { empty: names.size === 0, pending: committed.filter((name) => !done.has(name)) }
  } finally {
    await client.end()
  }
}
