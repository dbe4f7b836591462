import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { walkToEvaluation } from './support/lifecycle-walk.js'
import {
  createPlannedEngagement,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

/**
 * The result's sentences carry a stable code and the fields a client needs to write them in its
 * own language (issue #19): status reasons, scoring warnings, candidates, the derivation's
 * arithmetic and benchmark suppression, beside the English `message`.
 */
const RESULT = `query ($id: ID!) { engagement(id: $id) {
  result {
    status band derivation derivationFormula missing
    statusReasons { code message count total minimum driverIds }
    warnings { code driverId message count total answer effect driverIds capFrom capTo }
    sensitivity { candidates { driverId answer failureItems reasons message } }
  }
  benchmark { suppression { code message threshold } thresholds { minEngagements }
    drivers { driverId statistic { suppression { code threshold } } } }
  peerBenchmark: benchmark(scope: CROSS_ORGANIZATION) { suppression { code message threshold } }
} }`

interface Sentence {
  code: string
  message: string
  [field: string]: unknown
}

interface Answer {
  engagement: {
    result: {
      status: string
      band: string | null
      derivation: string
      derivationFormula: string | null
      missing: string[]
      statusReasons: Sentence[]
      warnings: Sentence[]
      sensitivity: {
        candidates: Array<{ driverId: string; answer: string | null; failureItems: number }>
      }
    }
    benchmark: {
      suppression: Sentence | null
      thresholds: { minEngagements: number }
      drivers: Array<{
        statistic: { suppression: { code: string; threshold: number | null } | null }
      }>
    }
    peerBenchmark: { suppression: Sentence | null }
  }
}

describe.each(TEST_ENGINES)('result sentences: codes and fields (%s)', (engine) => {
  let suite: MutationSuite

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  it('answers each family with its code and fields beside the English message', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Sentence fields')
    await walkToEvaluation(suite.run, suite.db, id, rowId)
    await suite.run(
      `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename } }`,
      { input: { engagementId: id, driverId: 'D1', answer: 'YES', version: 1 } },
    )
    const { engagement } = await suite.run<Answer>(RESULT, { id })
    const { result } = engagement
    const unanswered = ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10']
    expect(result.missing).toEqual(unanswered)

    expect(result.statusReasons).toEqual([
      {
        code: 'drivers-not-evaluated',
        message: expect.stringContaining('9 of 10 drivers'),
        count: 9,
        total: 10,
        minimum: null,
        driverIds: unanswered,
      },
    ])

    // The arithmetic alone; the English derivation adds the band and the left-out drivers to it.
    expect(result.derivationFormula).toBe('(100×1) / 1 = 100.0 → 100')
    expect(result.derivation.startsWith(`${result.derivationFormula} → Excellent`)).toBe(true)

    const incomplete = result.warnings.find((w) => w.code === 'incomplete')
    expect(incomplete).toMatchObject({ count: 9, total: 10, driverIds: unanswered, driverId: null })
    // D1 is answered without a data item: the warning names the driver and its answer.
    expect(result.warnings.find((w) => w.code === 'no-rationale')).toMatchObject({
      driverId: 'D1',
      answer: 'YES',
      count: null,
    })

    const candidates = result.sensitivity.candidates
    expect(candidates.slice(0, 9)).toEqual(
      unanswered.map((driverId) =>
        expect.objectContaining({ driverId, answer: null, failureItems: 0 }),
      ),
    )

    // Cross-organization benchmarks of an organization that did not opt in: no threshold to name.
    expect(engagement.peerBenchmark.suppression).toMatchObject({
      code: 'NOT_OPTED_IN',
      threshold: null,
    })
    // Every withheld statistic names the threshold it did not reach.
    const k = engagement.benchmark.thresholds.minEngagements
    const withheld = [
      engagement.benchmark.suppression,
      ...engagement.benchmark.drivers.map((d) => d.statistic.suppression),
    ].filter((s) => s?.code === 'TOO_FEW_ENGAGEMENTS')
    expect(withheld.length).toBeGreaterThan(0)
    for (const suppression of withheld) expect(suppression?.threshold).toBe(k)
  })
})
