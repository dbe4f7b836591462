/**
 * Smoke test of the harness (not the benchmark): `pnpm bench --quick` end to end on small data, so
 * CI proves that every contender starts, answers the same data, is measured and reported. The
 * timing targets are not checked here; they belong to `pnpm bench`.
 */
import { describe, expect, it } from 'vitest'
import { QUICK_PROFILE } from '../src/profile.js'
import { renderMarkdown } from '../src/report.js'
import { runBench } from '../src/run-bench.js'

const POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres'

describe('pnpm bench --quick', () => {
  it('measures every operation on every contender and loses no update', async () => {
    const results = await runBench({
      profile: { ...QUICK_PROFILE, rounds: 1, saturateSeconds: 1, fixedRateSeconds: 1 },
      postgresUrl: POSTGRES_URL,
      log: () => {},
    })
    const onPostgres = results.operations.filter((op) => op.engine === 'postgresql')
    expect(onPostgres.map((op) => op.id)).toEqual(['portfolio', 'detail', 'export'])
    for (const op of onPostgres) {
      expect(Object.keys(op.contenders).sort()).toEqual(['limit', 'naive', 'ours', 'postgraphile'])
      // Folding keeps our statement count flat; the naive server never does better.
      expect(op.contenders.ours?.statementsPerRequest).toBeLessThanOrEqual(
        op.contenders.naive?.statementsPerRequest ?? 0,
      )
    }
    expect(results.storm?.lostUpdates).toBe(0)
    expect(results.storm?.successes).toBe(
      QUICK_PROFILE.stormClients * QUICK_PROFILE.stormWritesPerClient,
    )
    expect(results.imports?.variants.importTeams.statements).toBeGreaterThan(0)
    expect(results.operations.some((op) => op.engine === 'sqlite')).toBe(true)
    expect(renderMarkdown(results)).toContain('| target | value | required | met |')
  })
})
