/**
 * The database types the API runs on, from `@immd/db/client`: one Prisma client (SQLite or
 * PostgreSQL, picked by `DATABASE_URL`), typed as the SQLite client for both engines (the Pothos
 * `PrismaTypes` are generated from the same models).
 *
 * @packageDocumentation
 */
import type { Database, DbClient, DbTransaction } from '@immd/db/client'

/** What the API needs from a database: `createDatabase()` or `createDisposableDatabase()`. */
export type ApiDatabase = Database

/** The Prisma client type the API and its Pothos types use, whatever the engine. */
export type ApiPrismaClient = DbClient

/** The client handed to `prisma.$transaction(async (tx) => …)`. */
export type ApiTransaction = DbTransaction
