/**
 * Splits value lists for `IN (…)` filters below every engine's bound-parameter limit. SQLite's is
 * the tightest: 999 in builds before 3.32 and in some drivers' defaults, 32,766 in ours; PostgreSQL
 * allows 65,535. Queries built after a commit (an import's payload) must never hit a limit, so
 * every list-valued filter goes through these chunks.
 *
 * @packageDocumentation
 */

/** Values per `IN` list: under SQLite's historic 999 with room for the query's other parameters. */
export const MAX_IN_LIST = 500

/** Splits `values` into lists of at most `size` (default {@link MAX_IN_LIST}). */
export function chunkValues<T>(values: readonly T[], size: number = MAX_IN_LIST): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < values.length; start += size) {
    chunks.push(values.slice(start, start + size))
  }
  return chunks
}

/**
 * Runs `query` once per chunk of `values` (in order, one at a time, so a transaction's single
 * connection is never asked for two statements at once) and concatenates the rows.
 */
export async function queryInChunks<T, R>(
  values: readonly T[],
  query: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const rows: R[] = []
  for (const chunk of chunkValues(values)) rows.push(...(await query(chunk)))
  return rows
}
