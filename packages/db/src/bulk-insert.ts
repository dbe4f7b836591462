/**
 * Multi-row INSERTs for bulk loads (the synthetic seed), written as raw SQL because Prisma's
 * `createMany` spends about half a millisecond of CPU per row validating and serialising input,
 * which dominates a load of millions of rows. Values go through Prisma's raw-query parameters, so
 * dates and JSON are stored exactly as the generated client stores them (checked by the tests).
 *
 * Rows skip Prisma-side defaults: callers supply ids and `updatedAt`; database-side defaults
 * (`createdAt`, `version`, statuses) apply to omitted columns.
 *
 * @packageDocumentation
 */
import type { DbExecutor } from './client.js'
import type { Engine } from './engine.js'

/** Parameters per statement: under SQLite's 32766 and PostgreSQL's 65535 bind limits. */
const MAX_PARAMETERS = 30_000

function isJsonValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date)
}

function toParameter(value: unknown, json: boolean, engine: Engine): unknown {
  if (value === undefined || value === null) return null
  if (json) return JSON.stringify(value)
  // better-sqlite3 binds no booleans; Prisma stores them as 0/1 on SQLite.
  if (typeof value === 'boolean' && engine === 'sqlite') return value ? 1 : 0
  return value
}

/**
 * Inserts `rows` into the table of a model (the table name equals the model name here) with as
 * few statements as the bind limits allow; returns the number of rows inserted.
 */
export async function insertRows(
  db: DbExecutor,
  engine: Engine,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<number> {
  if (rows.length === 0) return 0
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const json = new Set(columns.filter((column) => rows.some((row) => isJsonValue(row[column]))))
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `
  let inserted = 0
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const values: unknown[] = []
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        values.push(toParameter(row[column], json.has(column), engine))
        if (engine === 'sqlite') return '?'
        return json.has(column) ? `$${values.length}::jsonb` : `$${values.length}`
      })
      return `(${marks.join(', ')})`
    })
    inserted += await db.$executeRawUnsafe(head + tuples.join(', '), ...values)
  }
  return inserted
}
