/**
 * Writes a new migration for both engines from a change of `prisma/models/*.prisma`, with no
 * database and no network (`pnpm db:migration <name>`).
 *
 * The committed engine schemas are the state the migration histories reach, so the new migration
 * is the diff from each committed copy to the copy rendered from the models; the copies are then
 * rewritten. (Prisma's own `migrate dev` replays the history in a shadow database instead, which
 * needs the native engine, and a PostgreSQL server.)
 *
 * @packageDocumentation
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { DiffTarget } from '@prisma/schema-engine-wasm/schema_engine_bg'
import { ENGINES, type Engine, getPrismaDir } from './engine.js'
import {
  formatMigrationTimestamp,
  normalizeMigrationName,
  readMigrationList,
  writeMigration,
} from './migration-files.js'
import { openSchemaEngine } from './schema-engine.js'
import { getEngineSchemaPath, readModelSources, renderEngineSchema } from './schema-sources.js'

/** Options for {@link createMigration}. */
export interface CreateMigrationOptions {
  /** Free-form name; normalised to Prisma's `snake_case` folder suffix. */
  name: string
  /** Timestamp of the folder name (default: now). */
  date?: Date
  /** Write a migration even when the models did not change (for hand-written SQL). */
  allowEmpty?: boolean
  prismaDir?: string
}

/** One engine's outcome of {@link createMigration}. */
export interface CreatedMigration {
  engine: Engine
  /** Folder written, or null when nothing changed for this engine. */
  folder: string | null
  sql: string
}

async function diffSchemas(
  engine: Engine,
  previous: string | null,
  next: { path: string; content: string },
) {
  const { engine: schemaEngine, close } = await openSchemaEngine({
    target: { offline: engine },
    schema: next,
  })
  try {
    const from: DiffTarget = previous
      ? { tag: 'schemaDatamodel', files: [{ path: next.path, content: previous }] }
      : { tag: 'empty' }
    const result = await schemaEngine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [next] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    })
    if (result.exitCode !== 2) return ''
    // A diff from an empty database opens with `CREATE SCHEMA IF NOT EXISTS "public"`, which
    // Prisma's own initial migrations omit and which a role without CREATE on the database may fail.
    return (result.stdout ?? '').replace(
      /^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/,
      '',
    )
  } finally {
    await close()
  }
}

/**
 * Diffs the committed schema of each engine to the one rendered from the models, writes
 * `migrations/<timestamp>_<name>/migration.sql` where it changed, then rewrites the committed copies.
 */
export async function createMigration(
  options: CreateMigrationOptions,
): Promise<CreatedMigration[]> {
  const prismaDir = options.prismaDir ?? getPrismaDir()
  const folderName = `${formatMigrationTimestamp(options.date ?? new Date())}_${normalizeMigrationName(options.name)}`
  const models = await readModelSources(prismaDir)
  const results: CreatedMigration[] = []
  for (const engine of ENGINES) {
    const path = getEngineSchemaPath(engine, prismaDir)
    const content = renderEngineSchema(engine, models)
    const history = await readMigrationList(engine, prismaDir)
    // Without a history the first migration starts from an empty database, whatever the copy says.
    const previous = history.migrationDirectories.length ? await readFile(path, 'utf8') : null
    const sql = await diffSchemas(engine, previous, { path, content })
    const changed = sql.trim() !== '' || options.allowEmpty === true
    const folder = changed
      ? await writeMigration(
          engine,
          folderName,
          sql || '-- This is an empty migration.\n',
          prismaDir,
        )
      : null
    await writeFile(path, content)
    results.push({ engine, folder, sql })
  }
  return results
}
