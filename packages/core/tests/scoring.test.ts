import { describe, expect, it } from 'vitest'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { answersOf, buildMethod, excluding, repeat } from './support/methods.js'

const SEED = answersOf([...repeat('likely-yes', 8), ...repeat('equally-likely', 2)])

describe('scoreDiagnostic: the seed sample', () => {
  it('values D1 "Likely Yes" at 75', () => {
    const score = scoreDiagnostic({ answers: { D1: 'likely-yes' } })
    expect(score.drivers[0]).toMatchObject({ id: 'D1', number: 1, answer: 'likely-yes', value: 75 })
  })

  it('scores eight Likely Yes and two Equally Likely as 70, High', () => {
    const score = scoreDiagnostic({ answers: SEED })
    expect(score.total).toBe(70)
    expect(score.roundedTotal).toBe(70)
    expect(score.band).toBe('high')
    expect(score.complete).toBe(true)
    expect(score.missing).toEqual([])
    expect(score.methodVersion).toBe('immd-1.0')
    expect(score.derivation).toBe('(75×8 + 50×2) / 10 = 70.0 → 70 → High')
    expect(score.answerTally).toEqual({
      no: 0,
      'likely-no': 0,
      'equally-likely': 2,
      'likely-yes': 8,
      yes: 0,
    })
  })

  it('normalises weights to 1 and makes contributions add up to the total', () => {
    const score = scoreDiagnostic({ answers: SEED })
    const weights = score.drivers.map((d) => d.weight)
    expect(weights.every((w) => w === 0.1)).toBe(true)
    const sum = score.drivers.reduce((acc, d) => acc + d.contribution, 0)
    expect(sum).toBeCloseTo(70, 10)
  })
})

describe('scoreDiagnostic: band edges through weighted totals', () => {
  // Two drivers, Yes (100) weighted x and No (0) weighted 100 − x: the total is exactly x.
  const scoreAt = (x: number) => {
    const method = buildMethod({ weights: [x, 100 - x] })
    return scoreDiagnostic({ method, answers: { D1: 'yes', D2: 'no' } })
  }

  it.each([
    [14, 14, 'minimal'],
    [14.4, 14, 'minimal'],
    [14.5, 15, 'low'],
    [15, 15, 'low'],
    [34, 34, 'low'],
    [34.5, 35, 'borderline'],
    [35, 35, 'borderline'],
    [64, 64, 'borderline'],
    [64.5, 65, 'high'],
    [65, 65, 'high'],
    [84, 84, 'high'],
    [84.5, 85, 'excellent'],
    [85, 85, 'excellent'],
  ])('weighted total %d rounds to %d → %s', (x, rounded, band) => {
    const score = scoreAt(x)
    expect(score.total).toBeCloseTo(x, 10)
    expect(score.roundedTotal).toBe(rounded)
    expect(score.band).toBe(band)
  })

  it('reaches 0 and 100 at the ends', () => {
    expect(scoreDiagnostic({ answers: answersOf(repeat('no', 10)) })).toMatchObject({
      total: 0,
      band: 'minimal',
    })
    expect(scoreDiagnostic({ answers: answersOf(repeat('yes', 10)) })).toMatchObject({
      total: 100,
      band: 'excellent',
    })
  })

  it('prints the weighted derivation with summed weights', () => {
    const method = buildMethod({ weights: [3, 1, 1, 1] })
    const score = scoreDiagnostic({
      method,
      answers: answersOf(['likely-yes', 'equally-likely', 'equally-likely', 'likely-no']),
    })
    // (75·3 + 50·2 + 25·1) / 6 = 350 / 6 = 58.33…
    expect(score.total).toBeCloseTo(58.333, 3)
    expect(score.algorithm).toBe('weighted-mean')
    expect(score.drivers[0]?.weight).toBe(0.5)
    expect(score.derivation).toBe('(75×3 + 50×2 + 25×1) / 6 = ≈58.333 → 58 → Borderline')
  })
})

describe('scoreDiagnostic: success profile', () => {
  it('computes the differential below the threshold', () => {
    // 52.5: five Equally Likely, three Likely Yes, two Likely No.
    const answers = answersOf([
      ...repeat('equally-likely', 5),
      ...repeat('likely-yes', 3),
      ...repeat('likely-no', 2),
    ])
    const score = scoreDiagnostic({ answers, threshold: 'high' })
    expect(score.total).toBe(52.5)
    expect(score.profile).toEqual({
      current: 'borderline',
      threshold: 'high',
      differentialBands: 1,
      differentialPoints: 12.5,
      meetsThreshold: false,
    })
  })

  it('goes negative above the threshold', () => {
    const score = scoreDiagnostic({ answers: SEED, threshold: 'low' })
    expect(score.profile).toEqual({
      current: 'high',
      threshold: 'low',
      differentialBands: -2,
      differentialPoints: -55,
      meetsThreshold: true,
    })
  })

  it('meets a threshold equal to the current band', () => {
    const score = scoreDiagnostic({ answers: SEED, threshold: 'high' })
    expect(score.profile.differentialBands).toBe(0)
    expect(score.profile.differentialPoints).toBe(-5)
    expect(score.profile.meetsThreshold).toBe(true)
  })

  it('leaves the comparison null without a threshold or without answers', () => {
    expect(scoreDiagnostic({ answers: SEED }).profile).toEqual({
      current: 'high',
      threshold: null,
      differentialBands: null,
      differentialPoints: null,
      meetsThreshold: null,
    })
    const empty = scoreDiagnostic({ answers: {}, threshold: 'high' })
    expect(empty.profile).toMatchObject({ current: null, threshold: 'high', meetsThreshold: null })
    expect(empty.total).toBeNull()
    expect(empty.band).toBeNull()
    expect(empty.derivation).toMatch(/^No driver answered/)
  })
})

describe('scoreDiagnostic: excluded and missing drivers', () => {
  it('leaves an excluded driver out instead of counting it as 0, and says so', () => {
    const answers = answersOf(repeat('yes', 9))
    const score = scoreDiagnostic({ answers, exclusions: excluding('D10') })
    expect(score.total).toBe(100)
    expect(score.band).toBe('excellent')
    expect(score.complete).toBe(true)
    expect(score.status).toBe('final')
    expect(score.excluded.map((e) => e.driverId)).toEqual(['D10'])
    expect(score.drivers[9]).toMatchObject({
      status: 'excluded',
      value: null,
      weight: 0,
      contribution: 0,
      exclusion: { driverId: 'D10', reason: 'D10 out of scope (test)', origin: 'tailoring' },
    })
    expect(score.drivers[0]?.weight).toBeCloseTo(1 / 9, 12)
    expect(score.derivation).toBe(
      '(100×9) / 9 = 100.0 → 100 → Excellent; excluded by tailoring: D10',
    )
    expect(score.warnings.map((w) => w.code)).toEqual(['drivers-excluded'])
  })

  it('rounds an unweighted total once drivers are excluded: 84.375 → 84 → High', () => {
    const answers = answersOf([...repeat('yes', 3), ...repeat('likely-yes', 5)])
    const score = scoreDiagnostic({ answers, exclusions: excluding('D9', 'D10') })
    expect(score.total).toBe(84.375)
    expect(score.roundedTotal).toBe(84)
    expect(score.finalBand).toBe('high')
  })

  it('scores the answered drivers of an incomplete diagnostic and says what is missing', () => {
    const score = scoreDiagnostic({ answers: { D1: 'yes', D2: null, D3: 'no' } })
    expect(score.total).toBe(50)
    expect(score.complete).toBe(false)
    expect(score.missing).toEqual(['D2', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'])
    expect(score.drivers[1]?.status).toBe('missing')
    expect(score.warnings.filter((w) => w.code === 'incomplete')).toHaveLength(1)
  })
})

describe('scoreDiagnostic: warnings', () => {
  const codesOf = (score: ReturnType<typeof scoreDiagnostic>, driverId?: string) =>
    score.warnings
      .filter((w) => driverId === undefined || w.driverId === driverId)
      .map((w) => w.code)

  it('flags a favourable answer backed only by failure items, and the reverse', () => {
    const score = scoreDiagnostic({
      answers: { ...SEED, D1: 'yes', D2: 'likely-no', D3: 'likely-yes' },
      rationale: { D1: ['-', '-', '0'], D2: ['+', '?'], D3: ['+', '+', '-'] },
    })
    expect(codesOf(score, 'D1')).toEqual(['answer-contradicts-rationale'])
    expect(codesOf(score, 'D2')).toEqual(['answer-contradicts-rationale'])
    expect(codesOf(score, 'D3')).toEqual([])
    expect(score.drivers[2]?.tally).toEqual({ '+': 2, '-': 1, '0': 0, '?': 0 })
    expect(score.effectTally).toEqual({ '+': 3, '-': 3, '0': 1, '?': 1 })
  })

  it('does not flag the middle answer', () => {
    const score = scoreDiagnostic({ answers: SEED, rationale: { D9: ['-', '-'] } })
    expect(codesOf(score, 'D9')).toEqual([])
  })

  it('flags answered drivers without rationale items, only when rationale is tracked', () => {
    const tracked = scoreDiagnostic({
      answers: { D1: 'yes' },
      exclusions: excluding('D2'),
      rationale: {},
    })
    expect(codesOf(tracked, 'D1')).toEqual(['no-rationale'])
    expect(codesOf(tracked, 'D2')).toEqual([])
    const untracked = scoreDiagnostic({ answers: { D1: 'yes' } })
    expect(codesOf(untracked, 'D1')).toEqual([])
  })

  it('flags rationale dominated by unknown items', () => {
    const score = scoreDiagnostic({
      answers: { D1: 'equally-likely', D2: 'equally-likely' },
      rationale: { D1: ['?', '?', '+'], D2: ['?', '+'] },
    })
    expect(codesOf(score, 'D1')).toEqual(['unknown-items'])
    expect(codesOf(score, 'D2')).toEqual([])
  })

  it('warns about unknown rationale drivers and invalid effect codes without failing', () => {
    const score = scoreDiagnostic({
      answers: SEED,
      rationale: { X1: ['+'], D1: ['+', 'x' as '+'] },
    })
    expect(score.valid).toBe(true)
    expect(codesOf(score).filter((code) => code !== 'no-rationale')).toEqual([
      'invalid-effect-code',
      'unknown-driver-in-rationale',
    ])
    expect(score.total).toBe(70)
  })

  it('uses the IMMD 1.0 method by default', () => {
    expect(scoreDiagnostic({ answers: SEED, method: IMMD_1_0 })).toEqual(
      scoreDiagnostic({ answers: SEED }),
    )
  })
})
