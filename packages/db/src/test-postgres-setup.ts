/**
 * A Vitest `globalSetup` module: resolves the PostgreSQL server of the run once (see
 * `test-postgres.ts`), hands its URL to every test file as `TEST_POSTGRES_URL`, and stops an
 * embedded server when the run ends.
 *
 * ```ts
 * // vitest.config.ts
 * test: { globalSetup: [require.resolve('@immd/db/test-postgres-setup')] }
 * ```
 *
 * @packageDocumentation
 */
import { resolveTestPostgres } from './test-postgres.js'

/** Vitest calls it before the first test file; the returned function after the last. */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await resolveTestPostgres()
  // Test files run in workers that inherit the environment of this process.
  process.env.TEST_POSTGRES_URL = server.url
  return () => server.stop()
}
