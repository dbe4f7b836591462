/**
 * Driver adapter factories for the two engines, shared by the Prisma client and the schema engine.
 *
 * @packageDocumentation
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import pg from 'pg'
import type { ResolvedDatabaseUrl } from './engine.js'
import { withReadWorkers } from './sqlite-read-pool.js'
import {
  createStatementNamer,
  readStatementCacheSize,
  STATEMENT_CACHE_PARAMETER,
} from './statement-names.js'

/** How long a SQLite writer waits for another connection's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

// WAL lets readers continue while one writer commits; foreign keys are off by default in SQLite;
// the busy timeout turns lock contention between processes into waiting instead of errors.
const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};
PRAGMA synchronous = NORMAL;`

/** Absolute file path of a `file:` URL (relative paths resolve against the working directory). */
export function getSqliteFilePath(url: string): string {
  const path = url.replace(/^file:/, '').split('?')[0] ?? ''
  return path === ':memory:' ? path : resolve(path)
}

/**
 * A PostgreSQL URL split into the pg connection string and Prisma's own parameters (`schema`,
 * `statement_cache_size`).
 */
export interface PostgresTarget {
  connectionString: string
  schema: string
  /** Query shapes each pool prepares once (see `statement-names.ts`); 0 = none. */
  statementCacheSize: number
}

/**
 * Splits Prisma's `?schema=` and `?statement_cache_size=` parameters off a PostgreSQL URL: pg would
 * send them to the server as unknown settings, while the adapter needs them.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') || 'public'
  const statementCacheSize = readStatementCacheSize(parsed.searchParams)
  parsed.searchParams.delete('schema')
  parsed.searchParams.delete(STATEMENT_CACHE_PARAMETER)
  return { connectionString: parsed.toString(), schema, statementCacheSize }
}

/**
 * Wraps a factory so every new connection runs `setup` first. Both adapter classes keep their
 * `provider`/`adapterName`, which Prisma checks against the generated client.
 */
function withConnectionSetup(
  factory: SqlMigrationAwareDriverAdapterFactory,
  setup: (adapter: SqlDriverAdapter) => Promise<void>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect()
      await setup(adapter)
      return adapter
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  }
}

/**
 * Values one SQLite statement may bind: better-sqlite3's SQLite (3.32 and later) allows 32,766.
 * Prisma assumes 999 for SQLite unless the adapter says otherwise, and refuses a longer `IN` list
 * it cannot split (a portfolio search matching more than 999 engagements failed with "The query
 * parameter limit supported by your database is exceeded").
 */
export const SQLITE_MAX_BIND_VALUES = 32_766

/** Makes a SQLite adapter report {@link SQLITE_MAX_BIND_VALUES} to Prisma. */
function raiseSqliteBindLimit(adapter: SqlDriverAdapter): void {
  const info = adapter.getConnectionInfo?.bind(adapter)
  adapter.getConnectionInfo = () => ({
    supportsRelationJoins: false,
    ...info?.(),
    maxBindValues: SQLITE_MAX_BIND_VALUES,
  })
}

/** Options for {@link createAdapterFactory}. */
export interface CreateAdapterFactoryOptions {
  /** PostgreSQL pool size (default: pg's 10). */
  maxConnections?: number
  /**
   * Report PostgreSQL's one-byte `"char"` columns as text. The schema engine's introspection reads
   * catalog columns of that type, which `@prisma/adapter-pg` refuses ("Column type 'char' could not
   * be deserialized"); only the schema engine needs this.
   */
  charAsText?: boolean
  /**
   * SQLite file databases: worker threads that run plain SELECTs off the event loop, each on its
   * own read-only connection (see `sqlite-read-pool.ts`); 0 (the default here, which the schema
   * engine uses) runs everything on one connection on the main thread. In-memory databases
   * ignore it: another connection would open another, empty, database.
   */
  sqliteReadWorkers?: number
}

const PG_CHAR_OID = 18
const PG_TEXT_OID = 25

function relabelCharColumns<T>(result: T): T {
  for (const field of (result as pg.QueryResult | undefined)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID
  }
  return result
}

/** A pg client that relabels `"char"` result columns as `text` (their values are strings either way). */
class CharAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg.Client#query has a dozen overloads; this forwards all of them unchanged.
  override query(...args: any[]): any {
    // pg.Pool calls query(text, values, callback); the adapter's own calls use the promise form.
    const last = args.at(-1)
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        last(error, error ? result : relabelCharColumns(result))
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args)
    return result instanceof Promise ? result.then(relabelCharColumns) : result
  }
}

/**
 * Creates the driver adapter factory for a resolved URL: better-sqlite3 with WAL, foreign keys and
 * a busy timeout for SQLite (creating the file's folder; reads on worker threads if
 * `sqliteReadWorkers` > 0), `@prisma/adapter-pg` with the URL's schema for PostgreSQL.
 */
export function createAdapterFactory(
  target: ResolvedDatabaseUrl,
  options: CreateAdapterFactoryOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (target.engine === 'sqlite') {
    const path = getSqliteFilePath(target.url)
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    const factory = withConnectionSetup(
      new PrismaBetterSqlite3({ url: path, timeout: SQLITE_BUSY_TIMEOUT_MS }),
      (adapter) => {
        raiseSqliteBindLimit(adapter)
        return adapter.executeScript(SQLITE_PRAGMAS)
      },
    )
    const workers = options.sqliteReadWorkers ?? 0
    if (workers === 0 || path === ':memory:') return factory
    return withReadWorkers(factory, { path, workers, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS })
  }
  const { connectionString, schema, statementCacheSize } = parsePostgresUrl(target.url)
  // The schema engine (charAsText) runs DDL; only the application's queries repeat.
  const statementNameGenerator = options.charAsText
    ? undefined
    : createStatementNamer(statementCacheSize)
  const factory = new PrismaPg(
    {
      connectionString,
      max: options.maxConnections,
      // Raw SQL (triggers, tests) then sees the same tables as the generated queries.
      options: `-c search_path="${schema}"`,
      ...(options.charAsText ? { Client: CharAsTextClient } : {}),
    },
    { schema, ...(statementNameGenerator ? { statementNameGenerator } : {}) },
  )
  return withConnectionSetup(factory, async (adapter) => sendScriptsWhole(adapter))
}

/**
 * `@prisma/adapter-pg` runs a script by splitting it on every `;`, which breaks function bodies
 * and comments in migrations. Send it whole instead, as one simple query, the way Prisma's native
 * engine does: PostgreSQL then runs the statements in one implicit transaction.
 */
function sendScriptsWhole(adapter: SqlDriverAdapter): void {
  const pgAdapter = adapter as SqlDriverAdapter & {
    underlyingDriver(): pg.Pool
    onError(error: unknown): never
  }
  pgAdapter.executeScript = async (script: string) => {
    try {
      await pgAdapter.underlyingDriver().query(script)
    } catch (error) {
      pgAdapter.onError(error)
    }
  }
}
