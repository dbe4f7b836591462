import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BandId } from '../src/method-types.js'
import type { AnswerInput } from '../src/scoring.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { analyzeSensitivity } from '../src/sensitivity.js'
import { bruteForceMinimalMoves } from './support/brute-force.js'
import {
  ANSWER_BY_STEP,
  type AnswerOrExcluded,
  answersOf,
  buildMethod,
  EXCLUDED,
  excluding,
  inputOf,
  repeat,
} from './support/methods.js'

const SEED = answersOf([...repeat('likely-yes', 8), ...repeat('equally-likely', 2)])

describe('analyzeSensitivity: one step up and down', () => {
  it('moves each answered driver by one step with everything else fixed', () => {
    const analysis = analyzeSensitivity({ answers: SEED })
    expect(analysis.total).toBe(70)
    expect(analysis.band).toBe('high')
    expect(analysis.drivers[0]).toEqual({
      driverId: 'D1',
      number: 1,
      status: 'answered',
      answer: 'likely-yes',
      up: { answer: 'yes', total: 72.5, band: 'high', bandChanged: false },
      down: { answer: 'equally-likely', total: 67.5, band: 'high', bandChanged: false },
    })
  })

  it('flags moves that change the band', () => {
    // 65: six Likely Yes, four Equally Likely; one step down on a Likely Yes gives 62.5.
    const answers = answersOf([...repeat('likely-yes', 6), ...repeat('equally-likely', 4)])
    const analysis = analyzeSensitivity({ answers })
    expect(analysis.band).toBe('high')
    expect(analysis.drivers[0]?.down).toEqual({
      answer: 'equally-likely',
      total: 62.5,
      band: 'borderline',
      bandChanged: true,
    })
    expect(analysis.drivers[9]?.up?.bandChanged).toBe(false)
  })

  it('returns null at the ends of the scale and for unanswered or excluded drivers', () => {
    const analysis = analyzeSensitivity({
      answers: { D1: 'yes', D2: 'no', D3: null },
      exclusions: excluding('D4'),
    })
    expect(analysis.drivers[0]?.up).toBeNull()
    expect(analysis.drivers[0]?.down?.answer).toBe('likely-yes')
    expect(analysis.drivers[1]?.down).toBeNull()
    expect(analysis.drivers[1]?.up?.total).toBe(62.5)
    expect(analysis.drivers[2]).toMatchObject({ status: 'missing', up: null, down: null })
    expect(analysis.drivers[3]).toMatchObject({ status: 'excluded', up: null, down: null })
    expect(analysis.pathToThreshold).toBeNull()
  })
})

describe('analyzeSensitivity: path to threshold', () => {
  it('finds the six steps from 70 (High) to 85 (Excellent)', () => {
    const path = analyzeSensitivity({ answers: SEED, threshold: 'excellent' }).pathToThreshold
    expect(path).toMatchObject({ reachable: true, total: 85, roundedTotal: 85, band: 'excellent' })
    expect(path?.moves).toHaveLength(6)
    // Every step gains 2.5, so the weakest drivers go first: D9 and D10 (Equally Likely).
    expect(path?.moves.slice(0, 2)).toEqual([
      { driverId: 'D9', from: 'equally-likely', to: 'likely-yes', gain: 2.5 },
      { driverId: 'D10', from: 'equally-likely', to: 'likely-yes', gain: 2.5 },
    ])
  })

  it('prefers drivers with failure items among equally weak ones', () => {
    const path = analyzeSensitivity({
      answers: SEED,
      threshold: 'excellent',
      rationale: { D10: ['-', '+'], D4: ['-', '-'] },
    }).pathToThreshold
    expect(path?.moves.slice(0, 3).map((m) => m.driverId)).toEqual(['D10', 'D9', 'D4'])
  })

  it('returns an empty path when the threshold is already met', () => {
    const path = analyzeSensitivity({ answers: SEED, threshold: 'high' }).pathToThreshold
    expect(path).toEqual({
      reachable: true,
      threshold: 'high',
      moves: [],
      total: 70,
      roundedTotal: 70,
      band: 'high',
    })
  })

  it('prefers the heaviest driver and chains its steps in order', () => {
    const method = buildMethod({ weights: [6, 1, 1, 1, 1] })
    const answers = answersOf(['no', 'likely-no', 'likely-no', 'likely-no', 'likely-no'])
    const path = analyzeSensitivity({ method, answers, threshold: 'borderline' }).pathToThreshold
    // Each D1 step adds 25·6/10 = 15 points: 10 → 25 → 40 (Borderline) after two moves.
    expect(path?.moves.map((m) => `${m.driverId}:${m.from}>${m.to}`)).toEqual([
      'D1:no>likely-no',
      'D1:likely-no>equally-likely',
    ])
    expect(path).toMatchObject({ reachable: true, total: 40, band: 'borderline' })
  })

  it('reports unreachable thresholds', () => {
    const capped = buildMethod({ weights: [1, 1], values: [0, 20, 40, 60, 80] })
    expect(
      analyzeSensitivity({ method: capped, answers: { D1: 'no' }, threshold: 'excellent' })
        .pathToThreshold,
    ).toEqual({
      reachable: false,
      threshold: 'excellent',
      reason: 'out-of-reach',
      moves: [],
      bestTotal: 80,
      bestBand: 'high',
    })
    expect(
      analyzeSensitivity({ answers: {}, exclusions: excluding('D1'), threshold: 'low' })
        .pathToThreshold,
    ).toMatchObject({ reachable: false, reason: 'no-answers', bestTotal: null })
  })
})

const answerInput = fc.constantFrom<AnswerOrExcluded>(...ANSWER_BY_STEP, null, EXCLUDED)
const bandId = fc.constantFrom<BandId>('minimal', 'low', 'borderline', 'high', 'excellent')
interface SmallCase {
  weights: number[]
  answers: AnswerOrExcluded[]
  threshold: BandId
}

const smallCase: fc.Arbitrary<SmallCase> = fc.record({
  weights: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
  answers: fc.array(answerInput, { minLength: 4, maxLength: 4 }),
  threshold: bandId,
})

describe('analyzeSensitivity: the path is minimal (brute force on small random cases)', () => {
  const check = (values?: number[]) => (input: SmallCase) => {
    const method = buildMethod({ weights: input.weights, ...(values ? { values } : {}) })
    const { answers, exclusions } = inputOf(input.answers.slice(0, input.weights.length))
    const path = analyzeSensitivity({
      method,
      answers,
      exclusions,
      threshold: input.threshold,
    }).pathToThreshold
    const expected = bruteForceMinimalMoves({
      method,
      answers,
      exclusions,
      threshold: input.threshold,
    })
    if (expected === null) {
      // A withheld band (too few drivers left) has no path at all; otherwise it is unreachable.
      const withheld = scoreDiagnostic({ method, answers, exclusions }).status === 'withheld'
      if (withheld) expect(path).toBeNull()
      else expect(path?.reachable).toBe(false)
      return
    }
    if (!path?.reachable) throw new Error(`expected a path of ${expected} moves`)
    expect(path.moves).toHaveLength(expected)
    // Replaying the moves in order must be legal and land in the reported band.
    const replayed: Record<string, AnswerInput> = { ...answers }
    for (const move of path.moves) {
      expect(replayed[move.driverId]).toBe(move.from)
      replayed[move.driverId] = move.to
    }
    const score = scoreDiagnostic({ method, answers: replayed, exclusions })
    expect(score.total).toBeCloseTo(path.total, 9)
    expect(score.band).toBe(path.band)
  }

  it('on the standard linear scale (greedy)', () => {
    fc.assert(fc.property(smallCase, check()), { numRuns: 300 })
  })

  it('on a scale with growing increments (knapsack fallback)', () => {
    fc.assert(fc.property(smallCase, check([0, 5, 15, 50, 100])), { numRuns: 300 })
  })
})

describe('analyzeSensitivity: next-step candidates for A6', () => {
  it('recommends D9 and D10 first on the seed sample', () => {
    const { candidates } = analyzeSensitivity({ answers: SEED })
    expect(candidates.slice(0, 2).map((c) => c.driverId)).toEqual(['D9', 'D10'])
    expect(candidates[0]).toMatchObject({ answer: 'equally-likely', reasons: ['weak-answer'] })
    expect(candidates).toHaveLength(10)
  })

  it('counts unanswered drivers as candidates, ahead of answered ones', () => {
    const { candidates } = analyzeSensitivity({ answers: { D1: 'likely-yes' } })
    expect(candidates.map((c) => c.driverId)).toEqual([
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
      'D9',
      'D10',
      'D1',
    ])
    expect(candidates[0]?.reasons).toEqual(['not-evaluated'])
  })

  it('ranks failure items within one answer and skips clean Yes and excluded drivers', () => {
    const { candidates } = analyzeSensitivity({
      answers: { ...answersOf(repeat('yes', 10)), D2: 'likely-yes', D3: 'likely-yes' },
      exclusions: excluding('D5'),
      rationale: { D3: ['-'], D7: ['-', '-'] },
    })
    expect(candidates.map((c) => `${c.driverId}:${c.reasons.join('+')}`)).toEqual([
      'D3:weak-answer+failure-items',
      'D2:weak-answer',
      'D7:failure-items',
    ])
  })

  it('is empty, with no path, for invalid input', () => {
    const analysis = analyzeSensitivity({ answers: { D1: 'maybe' }, threshold: 'high' })
    expect(analysis).toMatchObject({
      valid: false,
      total: null,
      pathToThreshold: null,
      candidates: [],
    })
  })
})
