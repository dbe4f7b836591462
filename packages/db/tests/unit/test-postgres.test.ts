/**
 * Which PostgreSQL the suites use: the configured server when it answers, never a fallback in CI
 * or when told so, and otherwise a real embedded server that takes the migrations' extensions.
 */
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { resolveTestPostgres } from '../../src/test-postgres.js'

/** Nothing listens on port 1. */
const CLOSED = 'postgresql://postgres@127.0.0.1:1/test'
const quiet = () => {}

describe('resolveTestPostgres', () => {
  it('uses the configured server when it answers', async () => {
    const url = process.env.TEST_POSTGRES_URL ?? ''
    const server = await resolveTestPostgres({ env: { TEST_POSTGRES_URL: url }, log: quiet })
    expect(server).toMatchObject({ url, source: 'machine' })
  })

  it('never falls back in CI or with IMMD_TEST_POSTGRES=external: the suites then fail loudly', async () => {
    for (const env of [
      { TEST_POSTGRES_URL: CLOSED, CI: 'true' },
      { TEST_POSTGRES_URL: CLOSED, IMMD_TEST_POSTGRES: 'external' },
    ]) {
      expect(await resolveTestPostgres({ env, log: quiet })).toMatchObject({
        url: CLOSED,
        source: 'machine',
      })
    }
  })

  it('starts a real embedded PostgreSQL when the server does not answer outside CI', async () => {
    const lines: string[] = []
    const server = await resolveTestPostgres({
      env: { TEST_POSTGRES_URL: CLOSED },
      log: (line) => lines.push(line),
    })
    try {
      expect(server.source).toBe('embedded')
      expect(lines[0]).toContain('does not answer and CI is not set')
      const client = new pg.Client({ connectionString: server.url })
      await client.connect()
      // The migrations need pg_trgm (trigram search indexes).
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      const { rows } = await client.query<{ db: string; v: string }>(
        "SELECT current_database() AS db, current_setting('server_version_num') AS v",
      )
      await client.end()
      expect(rows[0]?.db).toBe('test')
      expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(160000)
    } finally {
      await server.stop()
    }
    const after = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 })
    await expect(after.connect()).rejects.toThrow()
  }, 120_000)
})
