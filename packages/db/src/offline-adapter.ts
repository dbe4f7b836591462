/**
 * A PostgreSQL "adapter" with no database behind it, for diffs between two Prisma schemas.
 *
 * The schema engine probes the server once when it opens (namespace, version) even when it only
 * diffs two datamodels; this adapter answers that probe and refuses everything else, so
 * `pnpm db:migration` writes PostgreSQL migrations on a machine without PostgreSQL.
 *
 * @packageDocumentation
 */
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils'

/** The server version the offline adapter claims; it only affects version-gated SQL features. */
export const OFFLINE_POSTGRES_VERSION = 150000

function refuse(sql: string): never {
  throw new Error(
    `offline PostgreSQL adapter: only schema-to-schema diffs run without a database (tried: ${sql.slice(0, 80)})`,
  )
}

function createOfflineAdapter(schemaName: string): SqlDriverAdapter {
  return {
    provider: 'postgres',
    adapterName: 'immd-offline-postgres',
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (!query.sql.includes('pg_namespace')) refuse(query.sql)
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15 (offline)', OFFLINE_POSTGRES_VERSION]],
      }
    },
    executeRaw: async (query: SqlQuery) => refuse(query.sql),
    executeScript: async (script: string) => refuse(script),
    startTransaction: async () => refuse('BEGIN'),
    getConnectionInfo: () => ({ schemaName, supportsRelationJoins: true }),
    dispose: async () => {},
  }
}

/** Creates the factory of offline adapters for the given PostgreSQL schema name. */
export function createOfflinePostgresFactory(
  schemaName = 'public',
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: 'immd-offline-postgres',
    connect: async () => createOfflineAdapter(schemaName),
    connectToShadowDb: async () => createOfflineAdapter(schemaName),
  }
}
