/**
 * Names for PostgreSQL prepared statements, so each pooled connection parses and plans a query
 * shape once instead of on every execution (what Prisma's former Rust engine did by default with
 * its `statement_cache_size`). The engagement detail is one ~13 kB statement whose parse and plan
 * cost PostgreSQL ~4 ms per request unnamed.
 *
 * @packageDocumentation
 */

/** Prisma 5/6's URL parameter for the same cache; `0` turns naming off (PgBouncer before 1.21). */
export const STATEMENT_CACHE_PARAMETER = 'statement_cache_size'

/** Query shapes named per pool unless the URL says otherwise. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500

/** What `@prisma/adapter-pg` passes to its `statementNameGenerator`. */
export interface NamedQuery {
  sql: string
}

/**
 * Creates the `statementNameGenerator` of one pool: the first `capacity` distinct SQL texts get
 * stable names (`immd_1`, `immd_2`, …); later shapes run unnamed. pg keeps a named statement on
 * each connection until the connection closes and never evicts it, so the bound is what keeps a
 * stream of one-off shapes (`IN` lists of every length) from growing the server's memory; the
 * shapes the application repeats arrive first and stay cached.
 *
 * @returns `undefined` when `capacity` is 0 (every statement unnamed).
 */
export function createStatementNamer(
  capacity: number,
): ((query: NamedQuery) => string) | undefined {
  if (capacity <= 0) return undefined
  const names = new Map<string, string>()
  return (query) => {
    let name = names.get(query.sql)
    if (name === undefined && names.size < capacity) {
      name = `immd_${names.size + 1}`
      names.set(query.sql, name)
    }
    // pg treats an undefined name as an unnamed statement; the adapter's type says string only.
    return name as string
  }
}

/**
 * Reads the cache size from a PostgreSQL URL's `statement_cache_size` parameter.
 *
 * @throws RangeError naming the parameter when it is not a non-negative integer.
 */
export function readStatementCacheSize(parameters: URLSearchParams): number {
  const raw = parameters.get(STATEMENT_CACHE_PARAMETER)
  if (raw === null || raw === '') return DEFAULT_STATEMENT_CACHE_SIZE
  const size = Number(raw)
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(
      `${STATEMENT_CACHE_PARAMETER} in the database URL must be a non-negative integer, got "${raw}"`,
    )
  }
  return size
}
