import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ScoringAlgorithm } from '../src/method-types.js'
import { scoreDiagnostic } from '../src/scoring.js'
import {
  ANSWER_BY_STEP,
  type AnswerOrExcluded,
  buildMethod,
  EXCLUDED,
  inputOf,
} from './support/methods.js'

const answerInput = fc.constantFrom<AnswerOrExcluded>(...ANSWER_BY_STEP, null, EXCLUDED)
const answeredStep = fc.integer({ min: 0, max: 4 })

/** 1-10 drivers with random positive weights, an algorithm and an answer per driver. */
const diagnostic = fc
  .record({
    weights: fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), {
      minLength: 1,
      maxLength: 10,
    }),
    algorithm: fc.constantFrom<ScoringAlgorithm>('mean', 'weighted-mean'),
  })
  .chain(({ weights, algorithm }) =>
    fc.record({
      weights: fc.constant(weights),
      algorithm: fc.constant(algorithm),
      answers: fc.array(answerInput, { minLength: weights.length, maxLength: weights.length }),
    }),
  )
  // Counterexamples print the weights and answers, not the whole method definition.
  .map(({ weights, algorithm, answers }) => ({
    answers,
    method: buildMethod({ weights, algorithm }),
    [fc.toStringMethod]: () => JSON.stringify({ weights, algorithm, answers }),
  }))

const BAND_ORDER = ['minimal', 'low', 'borderline', 'high', 'excellent']

/** Band index, −1 when there is no band (nothing answered). */
const bandIndexOf = (score: ReturnType<typeof scoreDiagnostic>) =>
  score.band === null ? -1 : BAND_ORDER.indexOf(score.band)

describe('scoreDiagnostic properties', () => {
  it('never shows a final band unless every driver of a large enough set is answered', () => {
    fc.assert(
      fc.property(diagnostic, ({ method, answers }) => {
        const score = scoreDiagnostic({ method, ...inputOf(answers) })
        const scored = answers.filter((a) => a !== EXCLUDED)
        const complete = scored.length > 0 && scored.every((a) => a !== null)
        const enough = scored.length >= Math.ceil(0.8 * answers.length - 1e-9)
        expect(score.status === 'final').toBe(complete && enough)
        if (score.status !== 'final') expect(score.finalBand).toBeNull()
        else expect(score.finalBand).toBe(score.band)
        if (score.status === 'withheld') expect(score.band).toBeNull()
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the total within 0-100 (or null when nothing is answered)', () => {
    fc.assert(
      fc.property(diagnostic, ({ method, answers }) => {
        const { total, roundedTotal, status } = scoreDiagnostic({ method, ...inputOf(answers) })
        const answered = answers.some((a) => a !== null && a !== EXCLUDED)
        if (!answered || status === 'withheld') return total === null && roundedTotal === null
        return total !== null && total >= 0 && total <= 100 && roundedTotal !== null
      }),
      { numRuns: 500 },
    )
  })

  it('never lowers the total when one answer is raised', () => {
    fc.assert(
      fc.property(diagnostic, fc.nat(), fc.nat(), ({ method, answers }, pick, raiseBy) => {
        const index = pick % answers.length
        const answer = answers[index]
        const step = ANSWER_BY_STEP.indexOf(answer as (typeof ANSWER_BY_STEP)[number])
        fc.pre(step >= 0 && step < 4)
        const raised = [...answers]
        raised[index] = ANSWER_BY_STEP[step + 1 + (raiseBy % (4 - step))] ?? 'yes'
        const before = scoreDiagnostic({ method, ...inputOf(answers) })
        const after = scoreDiagnostic({ method, ...inputOf(raised) })
        fc.pre(after.status !== 'withheld')
        expect(after.total).not.toBeNull()
        expect(after.total as number).toBeGreaterThanOrEqual(before.total as number)
        expect(bandIndexOf(after)).toBeGreaterThanOrEqual(bandIndexOf(before))
      }),
      { numRuns: 500 },
    )
  })

  it('gives the plain mean when all weights are equal', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.array(answeredStep, { minLength: 1, maxLength: 10 }),
        (weight, steps) => {
          const method = buildMethod({ weights: steps.map(() => weight) })
          const { answers } = inputOf(steps.map((s) => ANSWER_BY_STEP[s] ?? null))
          const values = steps.map((s) => s * 25)
          const mean = values.reduce((a, b) => a + b, 0) / values.length
          const { total } = scoreDiagnostic({ method, answers })
          expect(total).toBeCloseTo(mean, 9)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('moves the band only towards the mean of the others when a driver is skipped', () => {
    fc.assert(
      fc.property(diagnostic, fc.nat(), ({ method, answers }, pick) => {
        const index = pick % answers.length
        const answer = answers[index]
        const step = ANSWER_BY_STEP.indexOf(answer as (typeof ANSWER_BY_STEP)[number])
        fc.pre(step >= 0)
        const skipped = [...answers]
        skipped[index] = EXCLUDED
        const others = scoreDiagnostic({ method, ...inputOf(skipped) })
        fc.pre(others.total !== null)
        const full = scoreDiagnostic({ method, ...inputOf(answers) })
        const value = step * 25
        const othersMean = others.total as number
        // `others` is exactly the diagnostic with the driver skipped.
        if (value < othersMean)
          expect(bandIndexOf(others)).toBeGreaterThanOrEqual(bandIndexOf(full))
        if (value > othersMean) expect(bandIndexOf(others)).toBeLessThanOrEqual(bandIndexOf(full))
      }),
      { numRuns: 500 },
    )
  })
})
