/**
 * Creates the Prisma client for the engine `DATABASE_URL` selects, with a statement counter.
 *
 * ```ts
 * const db = createDatabase()                       // DATABASE_URL, else file:./data/immd.db
 * const db = createDatabase({ url: 'postgresql://postgres@127.0.0.1:5432/immd' })
 * await db.prisma.engagement.findMany()
 * await db.close()
 * ```
 *
 * @packageDocumentation
 */
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import { createAdapterFactory } from './adapters.js'
import { type Engine, resolveDatabaseUrl } from './engine.js'
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client.js'
import { type Prisma, PrismaClient as SqlitePrismaClient } from './generated/sqlite/client.js'
import { wrapSqliteAdapter } from './sqlite-adapter.js'
import { readSqliteReadWorkers } from './sqlite-read-workers.js'
import { type StatementListener, wrapAdapterForStatements } from './statements.js'

/**
 * The Prisma client type of both engines. The two generated clients come from identical model
 * blocks; the SQLite one's types are the common subset (PostgreSQL adds only options such as
 * case-insensitive `mode`), so code typed against it runs on both.
 */
export type DbClient = SqlitePrismaClient

/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Prisma.TransactionClient

/** Either: functions that only write within a caller's transaction accept both. */
export type DbExecutor = DbClient | DbTransaction

/** Prisma log levels that {@link CreateDatabaseOptions.log} may print to the console. */
export type DatabaseLogLevel = 'query' | 'info' | 'warn' | 'error'

/** Options for {@link createDatabase}. */
export interface CreateDatabaseOptions {
  /** `file:…` (SQLite) or `postgresql://…`; defaults to `DATABASE_URL`, then `file:./data/immd.db`. */
  url?: string
  /** Prisma log levels printed to stdout (default: none). */
  log?: DatabaseLogLevel[]
  /** Called with every SQL statement sent to the driver (including BEGIN and COMMIT). */
  onStatement?: StatementListener
  /** PostgreSQL pool size (default 10). */
  maxConnections?: number
  /**
   * SQLite: worker threads running reads off the event loop (default `IMMD_SQLITE_READ_WORKERS`,
   * else 0 = every statement on the main thread). See `sqlite-read-workers.ts` and
   * `sqlite-read-pool.ts`.
   */
  sqliteReadWorkers?: number
}

/** An open database: the client, which engine it talks to, and how to close it. */
export interface Database {
  prisma: DbClient
  engine: Engine
  url: string
  /** Adds a statement listener; returns the function that removes it. */
  addStatementListener(listener: StatementListener): () => void
  /** Disconnects the client and closes the driver's connections. */
  close(): Promise<void>
}

/** Interactive-transaction limits: SQLite serialises writers, so waiting must be allowed. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 }

/**
 * Creates a client for the URL's engine: better-sqlite3 (WAL, foreign keys, busy timeout) for
 * `file:` URLs, `@prisma/adapter-pg` for `postgres://` and `postgresql://` URLs (`?schema=` honoured).
 * Connections open lazily, on the first query.
 */
export function createDatabase(options: CreateDatabaseOptions = {}): Database {
  const target = resolveDatabaseUrl(options.url)
  const listeners = new Set<StatementListener>()
  if (options.onStatement) listeners.add(options.onStatement)
  const emit = (sql: string) => {
    for (const listener of listeners) listener(sql)
  }
  const adapter = reportStatements(
    createAdapterFactory(target, {
      maxConnections: options.maxConnections,
      sqliteReadWorkers:
        target.engine === 'sqlite' ? (options.sqliteReadWorkers ?? readSqliteReadWorkers()) : 0,
    }),
    emit,
  )
  const clientOptions = {
    adapter,
    log: options.log ?? [],
    transactionOptions: TRANSACTION_OPTIONS,
  }
  const prisma =
    target.engine === 'sqlite'
      ? new SqlitePrismaClient(clientOptions)
      : (new PostgresPrismaClient(clientOptions) as unknown as DbClient)
  return {
    prisma,
    ...target,
    addStatementListener(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => prisma.$disconnect(),
  }
}

function reportStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
  emit: StatementListener,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = wrapAdapterForStatements(await factory.connect(), emit)
      // Outermost, so statement listeners see (and tests explain) the SQL that runs.
      return factory.provider === 'sqlite' ? wrapSqliteAdapter(adapter) : adapter
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  }
}
