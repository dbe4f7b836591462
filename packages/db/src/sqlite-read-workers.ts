/**
 * How many SQLite read workers a client starts (`sqlite-read-pool.ts`): the setting, its default
 * and its validation, apart from the pool so that reading the setting loads no worker code.
 *
 * @packageDocumentation
 */

/** Environment variable: how many read workers a SQLite client starts (0 = reads on the main thread). */
export const SQLITE_READ_WORKERS_VARIABLE = 'IMMD_SQLITE_READ_WORKERS'

/**
 * Read workers per SQLite client when {@link SQLITE_READ_WORKERS_VARIABLE} is unset: none, so
 * everything runs on the main thread as before. Workers are opt-in: they keep long reads (large
 * exports, analytics) off the event loop, but under a loaded machine the API's policy walk saw a
 * subscription event arrive after its 5 s deadline in 1 of 3 runs with them and in none without
 * (cause not found yet; docs/performance.md, issue #22). Three is the tested setting: a read waits
 * for a free worker, so three leave one free while two clients load details.
 */
export const DEFAULT_SQLITE_READ_WORKERS = 0

/** Thrown when {@link SQLITE_READ_WORKERS_VARIABLE} is not a whole number from 0 to 16. */
export class InvalidReadWorkersError extends Error {
  override name = 'InvalidReadWorkersError'
  constructor(value: string) {
    super(`${SQLITE_READ_WORKERS_VARIABLE} must be a whole number from 0 to 16, got "${value}"`)
  }
}

/** Reads {@link SQLITE_READ_WORKERS_VARIABLE} (default {@link DEFAULT_SQLITE_READ_WORKERS}). */
export function readSqliteReadWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[SQLITE_READ_WORKERS_VARIABLE]?.trim()
  if (!value) return DEFAULT_SQLITE_READ_WORKERS
  const workers = Number(value)
  if (!Number.isInteger(workers) || workers < 0 || workers > 16) {
    throw new InvalidReadWorkersError(value)
  }
  return workers
}
