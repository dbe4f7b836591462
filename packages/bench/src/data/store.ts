/**
 * Where a bench data set lives and how it remembers what it holds: a dedicated PostgreSQL database
 * (metadata in its `immd_bench_meta` schema, apart from the application's tables) or a SQLite file
 * with a JSON file beside it. Only databases named by the bench are ever dropped.
 *
 * @packageDocumentation
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Engine } from '@immd/db/engine'
import { migrateDatabase } from '@immd/db/migrate'
import pg from 'pg'
import type { BenchMeta } from './bench-meta.js'
import { dataFingerprint } from './fingerprint.js'

/** A data set's location. */
export interface BenchStore {
  url: string
  /** The stored metadata when the fingerprint matches, else null. */
  readMeta(): Promise<BenchMeta | null>
  /** Drops whatever is there and creates an empty, migrated database. */
  recreate(): Promise<void>
  writeMeta(meta: BenchMeta): Promise<void>
}

/** Options of {@link openBenchStore}. */
export interface OpenBenchStoreOptions {
  engine: Engine
  engagements: number
  postgresUrl: string
  name: string
}

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.data')

/** Opens the store of a data set (creates nothing yet). */
export async function openBenchStore(options: OpenBenchStoreOptions): Promise<BenchStore> {
  const fingerprint = dataFingerprint(options.engine, options.engagements)
  if (options.engine === 'sqlite') return sqliteStore(options.name, fingerprint)
  return postgresStore(options.postgresUrl, options.name, fingerprint)
}

function sqliteStore(name: string, fingerprint: string): BenchStore {
  const path = join(DATA_DIR, `${name}.db`)
  const metaPath = join(DATA_DIR, `${name}.json`)
  return {
    url: `file:${path}`,
    async readMeta() {
      const text = await readFile(metaPath, 'utf8').catch(() => null)
      const stored = text ? (JSON.parse(text) as { fingerprint: string; meta: BenchMeta }) : null
      return stored?.fingerprint === fingerprint ? stored.meta : null
    },
    async recreate() {
      await mkdir(DATA_DIR, { recursive: true })
      await Promise.all(
        ['', '-wal', '-shm', '-journal'].map((s) => rm(`${path}${s}`, { force: true })),
      )
      await rm(metaPath, { force: true })
      await migrateDatabase({ url: `file:${path}` })
    },
    async writeMeta(meta) {
      await writeFile(metaPath, JSON.stringify({ fingerprint, meta }, null, 2))
    },
  }
}

/** A URL of the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  parsed.search = ''
  return parsed.toString()
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function postgresStore(serverUrl: string, name: string, fingerprint: string): BenchStore {
  if (!/^immd_bench[a-z0-9_]*$/.test(name)) throw new Error(`refusing database name '${name}'`)
  const url = withDatabase(serverUrl, name)
  const admin = withDatabase(serverUrl, 'postgres')
  return {
    url,
    async readMeta() {
      const exists = await withClient(admin, (c) =>
        c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
      )
      if (exists.rowCount === 0) return null
      return withClient(url, async (c) => {
        const found = await c.query("SELECT to_regclass('immd_bench_meta.meta') AS t")
        if (!found.rows[0]?.t) return null
        const row = await c.query('SELECT meta FROM immd_bench_meta.meta WHERE fingerprint = $1', [
          fingerprint,
        ])
        return (row.rows[0]?.meta as BenchMeta | undefined) ?? null
      })
    },
    async recreate() {
      await withClient(admin, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await c.query(`CREATE DATABASE "${name}"`)
      })
      await migrateDatabase({ url })
    },
    async writeMeta(meta) {
      await withClient(url, async (c) => {
        await c.query('CREATE SCHEMA IF NOT EXISTS immd_bench_meta')
        await c.query(
          'CREATE TABLE IF NOT EXISTS immd_bench_meta.meta (fingerprint text PRIMARY KEY, meta jsonb NOT NULL)',
        )
        await c.query('DELETE FROM immd_bench_meta.meta')
        await c.query('INSERT INTO immd_bench_meta.meta VALUES ($1, $2)', [
          fingerprint,
          JSON.stringify(meta),
        ])
      })
    },
  }
}
