import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { engagementVersionOf } from './support/execute.js'
import { walkToEvaluation } from './support/lifecycle-walk.js'
import {
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const RESULT = `query ($id: ID!) { engagement(id: $id) { result {
  status finalBand band computedBand total algorithm valid
  statusReasons { code message }
  coverage { methodDrivers scoredDrivers evaluatedDrivers minimumScoredDrivers }
  excluded { driverId reason origin }
  thinEvidence cap { from to }
  warnings { code message }
  drivers { driverId status confidence { level items raters spread documents reasons findings { code value limit message } } }
  sensitivity { candidates { driverId reasons } }
} } }`

const METHOD = `{ method(version: "immd-1.0") {
  answers { answer criteria { text provenance source } }
  bands { band meaningSource }
  scoringRules {
    coverage { minimumScoredShare provenance }
    confidence { minItems thinSpreadSteps provenance }
    ruleBased { base criticalDrivers caps { answer maxBand } provenance }
  }
} }`

interface Result {
  status: string
  finalBand: string | null
  band: string | null
  total: number | null
  statusReasons: { code: string; message: string }[]
  coverage: Record<string, number>
  warnings: { code: string }[]
  thinEvidence: string[]
  drivers: {
    driverId: string
    status: string
    confidence: {
      level: string
      raters: number
      documents: number
      items: number
      reasons: string[]
      findings: { code: string; value: number; limit: number | null; message: string }[]
    } | null
  }[]
  sensitivity: { candidates: { driverId: string; reasons: string[] }[] }
}

describe.each(TEST_ENGINES)('EngagementResult: status, confidence, provenance (%s)', (engine) => {
  let suite: MutationSuite
  const resultOf = async (id: string) =>
    (await suite.run<{ engagement: { result: Result } }>(RESULT, { id })).engagement.result

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  it('keeps one answered driver provisional, with no final band', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'One driver answered')
    await walkToEvaluation(suite.run, suite.db, id, rowId)
    const evaluated = await suite.run<{ evaluateDriver: { __typename: string } }>(
      `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename } }`,
      { input: { engagementId: id, driverId: 'D1', answer: 'YES', version: 1 } },
    )
    expect(evaluated.evaluateDriver.__typename).toBe('EvaluateDriverPayload')
    const result = await resultOf(id)
    expect(result).toMatchObject({ status: 'PROVISIONAL', finalBand: null, band: 'EXCELLENT' })
    expect(result.statusReasons.map((r) => r.code)).toEqual(['drivers-not-evaluated'])
    expect(result.coverage).toMatchObject({ scoredDrivers: 10, evaluatedDrivers: 1 })
    // The nine unanswered drivers lead the A6 candidates.
    expect(result.sensitivity.candidates.slice(0, 9).map((c) => c.reasons)).toEqual(
      Array.from({ length: 9 }, () => ['not-evaluated']),
    )
  })

  it('derives each driver confidence from the stored evidence, aggregated per driver', async () => {
    const id = globalId('Engagement', suite.demo.finishedEngagementId)
    const result = await resultOf(id)
    expect(result.status).toBe('FINAL')
    expect(result.finalBand).toBe(result.band)
    const prisma = suite.db.prisma
    for (const driver of result.drivers) {
      const raters = await prisma.interviewRating.count({
        where: {
          driverId: driver.driverId,
          participant: { session: { engagementId: suite.demo.finishedEngagementId } },
        },
      })
      const documents = await prisma.document.count({
        where: {
          engagementId: suite.demo.finishedEngagementId,
          dataItems: { some: { drivers: { some: { driverId: driver.driverId } } } },
        },
      })
      expect(driver.confidence).toMatchObject({ raters, documents })
      // The rules that decided the level, as data beside their English sentences.
      const confidence = driver.confidence
      expect(confidence?.findings.map((f) => f.message)).toEqual(confidence?.reasons)
      const codes = new Set(confidence?.findings.map((f) => f.code))
      if (confidence?.level === 'HIGH') expect([...codes]).toEqual(['evidence-high'])
      if (confidence?.level === 'LOW') {
        expect(
          ['few-items', 'no-rating-or-document', 'ratings-disagree'].some((c) => codes.has(c)),
        ).toBe(true)
      }
      for (const finding of confidence?.findings ?? []) {
        if (finding.code === 'raters-below-high') expect(finding).toMatchObject({ value: raters })
        if (finding.code === 'documents-below-high') {
          expect(finding).toMatchObject({ value: documents })
        }
      }
    }
    const thin = result.drivers.filter((d) => d.confidence?.level === 'LOW').map((d) => d.driverId)
    expect(result.thinEvidence).toEqual(thin)
    expect(result.warnings.some((w) => w.code === 'thin-evidence')).toBe(thin.length > 0)
  })

  it('exposes answer criteria, band sources and the scoring rules with their provenance', async () => {
    const { method } = await suite.run<{
      method: {
        answers: { answer: string; criteria: { provenance: string; text: string } }[]
        bands: { meaningSource: string }[]
        scoringRules: Record<string, { provenance: string }>
      }
    }>(METHOD)
    expect(method.answers.map((a) => a.criteria.provenance)).toEqual(
      Array.from({ length: 5 }, () => 'INFERRED'),
    )
    expect(method.bands.every((b) => b.meaningSource.startsWith('SEED-IMMD'))).toBe(true)
    expect(method.scoringRules).toMatchObject({
      coverage: { minimumScoredShare: 0.8, provenance: 'DESIGN' },
      confidence: { minItems: 2, thinSpreadSteps: 3, provenance: 'DESIGN' },
      ruleBased: {
        base: 'MEAN',
        caps: [
          { answer: 'NO', maxBand: 'BORDERLINE' },
          { answer: 'LIKELY_NO', maxBand: 'HIGH' },
        ],
        provenance: 'DESIGN',
      },
    })
  })

  it('tailors the answer criteria as platform text, with the other answers unchanged', async () => {
    const { id } = await createPlannedEngagement(suite, 'Tailored criteria')
    const data = await suite.run<{
      tailorMethod: {
        __typename: string
        method?: { answers: { answer: string; criteria: { text: string; provenance: string } }[] }
      }
    }>(
      `mutation ($input: TailorMethodInput!) { tailorMethod(input: $input) {
        __typename ... on TailorMethodPayload { method { answers { answer criteria { text provenance } } } } } }`,
      {
        input: {
          engagementId: id,
          version: await engagementVersionOf(suite.db.prisma, id ?? ''),
          methodVersion: `immd-1.0+criteria-${engine}`,
          answerCriteria: [{ answer: 'YES', criteria: 'Corroborated by two independent sources.' }],
        },
      },
    )
    expect(data.tailorMethod.__typename).toBe('TailorMethodPayload')
    const answers = data.tailorMethod.method?.answers ?? []
    expect(answers.find((a) => a.answer === 'YES')?.criteria).toEqual({
      text: 'Corroborated by two independent sources.',
      provenance: 'DESIGN',
    })
    expect(answers.find((a) => a.answer === 'NO')?.criteria.provenance).toBe('INFERRED')
  })
})
