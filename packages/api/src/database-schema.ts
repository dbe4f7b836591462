/**
 * Brings the database up to date when the server starts, or says in one sentence what to run.
 * SQLite (the embedded database) is migrated on every start. PostgreSQL is migrated when its
 * schema is empty (a fresh database, as on SQLite) or when `IMMD_MIGRATE_ON_START=true`; a
 * PostgreSQL database that already holds data and lacks migrations is left alone and the start
 * stops with the command to run, so an upgrade of shared data is a deliberate step.
 *
 * @packageDocumentation
 */
import type { ResolvedDatabaseUrl } from '@immd/db/engine'
import { migrateDatabase } from '@immd/db/migrate'
import { readPostgresMigrationStatus } from '@immd/db/migration-status'

/** What {@link prepareDatabaseSchema} did. */
export type PrepareDatabaseSchemaResult =
  | { action: 'migrated'; applied: string[] }
  | { action: 'up-to-date' }
  | { action: 'refused'; message: string }

/** Options of {@link prepareDatabaseSchema}. */
export interface PrepareDatabaseSchemaOptions {
  /** `IMMD_MIGRATE_ON_START=true`: migrate a PostgreSQL database that is not empty as well. */
  migrateOnStart?: boolean
}

/** Migrates the database the server is about to open, or refuses with the command to run. */
export async function prepareDatabaseSchema(
  target: ResolvedDatabaseUrl,
  options: PrepareDatabaseSchemaOptions = {},
): Promise<PrepareDatabaseSchemaResult> {
  if (target.engine === 'postgresql' && !options.migrateOnStart) {
    const status = await readPostgresMigrationStatus({ url: target.url }).catch((error: Error) => ({
      error,
    }))
    if ('error' in status) {
      return {
        action: 'refused',
        message: `The PostgreSQL server in DATABASE_URL does not answer (${status.error.message}): start it or correct DATABASE_URL, then start again.`,
      }
    }
    if (status.pending.length === 0) return { action: 'up-to-date' }
    if (!status.empty) {
      return {
        action: 'refused',
        message:
          `The PostgreSQL database in DATABASE_URL lacks ${status.pending.length} migration(s) ` +
          `(${status.pending.join(', ')}): run \`pnpm db:migrate\` with the same DATABASE_URL ` +
          '(or start with IMMD_MIGRATE_ON_START=true), then start again.',
      }
    }
  }
  const { applied } = await migrateDatabase({ url: target.url })
  return applied.length > 0 ? { action: 'migrated', applied } : { action: 'up-to-date' }
}
