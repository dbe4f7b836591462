/**
 * Applies the committed migration history of the engine a URL selects, offline, through the schema
 * engine compiled to WebAssembly. The effect equals `prisma migrate deploy`: the same SQL, recorded
 * in the same `_prisma_migrations` table.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import { type Engine, resolveDatabaseUrl } from './engine.js'
import { readMigrationList } from './migration-files.js'
import { openSchemaEngine } from './schema-engine.js'
import { getEngineSchemaPath } from './schema-sources.js'

const NO_FILTERS = { externalTables: [], externalEnums: [] }

/**
 * Objects the migrations create by hand because Prisma's schema language cannot describe them:
 * SQLite's FTS5 search table (a virtual table and its shadow tables) and PostgreSQL's trigram
 * indexes. The drift check leaves them out; everything else must match the schema exactly.
 */
export const HAND_WRITTEN_OBJECTS = {
  tables: [
    'EngagementSearch',
    'EngagementSearch_config',
    'EngagementSearch_data',
    'EngagementSearch_docsize',
    'EngagementSearch_idx',
  ],
  indexes: ['Engagement_title_trgm_idx', 'Engagement_imcId_trgm_idx'],
} as const

/** Removes the drift script's steps that drop {@link HAND_WRITTEN_OBJECTS}. */
function withoutHandWrittenObjects(script: string): string {
  const steps = script.split(/\n(?=-- [A-Z])/)
  const kept = steps.filter((step) => {
    const dropped = /^DROP (?:TABLE|INDEX) "([^"]+)";$/m.exec(step)?.[1]
    const names: readonly string[] = [
      ...HAND_WRITTEN_OBJECTS.tables,
      ...HAND_WRITTEN_OBJECTS.indexes,
    ]
    return !(dropped && names.includes(dropped))
  })
  return kept.join('\n').trim()
}

/** Options for {@link migrateDatabase} and {@link diffDatabaseFromSchema}. */
export interface MigrateDatabaseOptions {
  /** Defaults to `DATABASE_URL`, then the embedded SQLite file. */
  url?: string
  /** Receives the schema engine's log lines. */
  onLog?: (line: string) => void
  /**
   * Apply the history only up to this migration folder name (inclusive), e.g. to insert rows an
   * older schema allowed before testing a data migration.
   */
  until?: string
}

/** What {@link migrateDatabase} did. */
export interface MigrateDatabaseResult {
  engine: Engine
  url: string
  /** Names of the migrations applied by this call (empty when the database was up to date). */
  applied: string[]
}

async function readEngineSchema(engine: Engine): Promise<{ path: string; content: string }> {
  const path = getEngineSchemaPath(engine)
  return { path, content: await readFile(path, 'utf8') }
}

/** Applies every pending migration of the URL's engine; safe to call on every start. */
export async function migrateDatabase(
  options: MigrateDatabaseOptions = {},
): Promise<MigrateDatabaseResult> {
  const target = resolveDatabaseUrl(options.url)
  const schema = await readEngineSchema(target.engine)
  const all = await readMigrationList(target.engine)
  const until = options.until
  const migrationsList = until
    ? { ...all, migrationDirectories: all.migrationDirectories.filter((m) => m.path <= until) }
    : all
  const { engine, close } = await openSchemaEngine({ target, schema, onLog: options.onLog })
  try {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })
    return { ...target, applied: result.appliedMigrationNames }
  } finally {
    await close()
  }
}

/**
 * Returns the SQL that would bring the live database to the committed schema: an empty string
 * when the applied migrations and the schema agree (no drift).
 */
export async function diffDatabaseFromSchema(
  options: MigrateDatabaseOptions = {},
): Promise<string> {
  const target = resolveDatabaseUrl(options.url)
  const schema = await readEngineSchema(target.engine)
  const { engine, close } = await openSchemaEngine({ target, schema, onLog: options.onLog })
  try {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    })
    // exitCode 2 means "the diff is not empty"; the script of an empty diff is only a comment.
    return result.exitCode === 2 ? withoutHandWrittenObjects(result.stdout ?? '') : ''
  } finally {
    await close()
  }
}
