import { describe, expect, it } from 'vitest'
import { describeBandSource, getAnswerCriteria } from '../src/method.js'
import type { MethodDefinition } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { answersOf, excluding, repeat } from './support/methods.js'

const SEED = answersOf([...repeat('likely-yes', 8), ...repeat('equally-likely', 2)])

/** IMMD 1.0 with another algorithm and rule-based settings (an unfrozen copy). */
function withScoring(scoring: Partial<MethodDefinition['scoring']>): MethodDefinition {
  const copy = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
  return { ...copy, version: 'test', scoring: { ...copy.scoring, ...scoring } }
}

describe('scoreDiagnostic: strict input', () => {
  it('makes the result invalid on misspelled answers, with one error per entry', () => {
    const answers = { D1: 'yes', D2: 'no', D3: 'yse', D4: 'likley-yes', D11: 'yes' }
    const score = scoreDiagnostic({ answers })
    expect(score.valid).toBe(false)
    expect(score.status).toBe('invalid')
    expect(score).toMatchObject({ total: null, roundedTotal: null, band: null, finalBand: null })
    expect(score.errors.map((e) => `${e.code}@${e.path}`)).toEqual([
      'unknown-driver@answers.D11',
      'invalid-answer@answers.D3',
      'invalid-answer@answers.D4',
    ])
    expect(score.errors[1]?.message).toBe(
      'Driver D3 has unknown answer "yse"; expected one of No, Likely No, Equally Likely, Likely Yes, Yes.',
    )
    expect(score.drivers[2]?.status).toBe('invalid')
    expect(score.drivers.every((d) => d.weight === 0 && d.contribution === 0)).toBe(true)
  })

  it('refuses the retired not-applicable answer and says how to exclude', () => {
    const score = scoreDiagnostic({ answers: { ...SEED, D10: 'not-applicable' } })
    expect(score.valid).toBe(false)
    expect(score.errors).toHaveLength(1)
    expect(score.errors[0]?.message).toMatch(/only through a tailoring decision/)
  })

  it('accepts answer and band labels and normalises them to ids', () => {
    const labelled = answersOf([
      ...repeat('Likely Yes', 7),
      'likely yes',
      ...repeat('Equally Likely', 2),
    ])
    const score = scoreDiagnostic({ answers: labelled, threshold: 'High' })
    expect(score.valid).toBe(true)
    expect(score.total).toBe(70)
    expect(score.drivers[7]?.answer).toBe('likely-yes')
    expect(score.profile).toMatchObject({ threshold: 'high', meetsThreshold: true })
  })

  it('reports an unknown threshold and malformed exclusions as errors', () => {
    const score = scoreDiagnostic({
      answers: SEED,
      threshold: 'Stellar',
      exclusions: [
        { driverId: 'D12', reason: 'x', origin: 'tailoring' },
        { driverId: 'D3', reason: ' ', origin: 'tailoring' },
      ],
    })
    expect(score.errors.map((e) => e.path)).toEqual([
      'exclusions[0].driverId',
      'exclusions[1].reason',
      'threshold',
    ])
  })
})

describe('scoreDiagnostic: status and coverage', () => {
  it('keeps one answered driver provisional, with no final band', () => {
    const score = scoreDiagnostic({ answers: { D1: 'yes' } })
    expect(score.status).toBe('provisional')
    expect(score.band).toBe('excellent')
    expect(score.finalBand).toBeNull()
    expect(score.statusReasons.map((r) => r.code)).toEqual(['drivers-not-evaluated'])
    expect(score.statusReasons[0]?.message).toMatch(/9 of 10 drivers .* not evaluated yet/)
  })

  it('is final for the complete seed sample: D1 = 75, total 70, High', () => {
    const score = scoreDiagnostic({ answers: SEED })
    expect(score.drivers[0]?.value).toBe(75)
    expect(score).toMatchObject({ status: 'final', total: 70, band: 'high', finalBand: 'high' })
    expect(score.statusReasons).toEqual([])
    expect(score.coverage).toEqual({
      methodDrivers: 10,
      scoredDrivers: 10,
      evaluatedDrivers: 10,
      minimumScoredDrivers: 8,
      minimumScoredShare: 0.8,
    })
  })

  it('withholds the band below the minimum coverage and states why', () => {
    const answers = answersOf(repeat('yes', 7))
    const score = scoreDiagnostic({ answers, exclusions: excluding('D8', 'D9', 'D10') })
    expect(score.status).toBe('withheld')
    expect(score).toMatchObject({ total: null, band: null, finalBand: null, computedBand: null })
    expect(score.statusReasons[0]?.code).toBe('below-minimum-coverage')
    expect(score.statusReasons[0]?.message).toMatch(/only 7 of 10 drivers .* at least 8/)
    expect(score.derivation).toMatch(/^Band withheld/)
    expect(score.warnings[0]?.code).toBe('drivers-excluded')
  })

  it('keeps a band at exactly the minimum, and takes the minimum from the method', () => {
    const answers = answersOf(repeat('yes', 8))
    expect(scoreDiagnostic({ answers, exclusions: excluding('D9', 'D10') }).status).toBe('final')
    const strict = withScoring({
      coverage: { minimumScoredShare: 1, provenance: 'design', source: 'test' },
    })
    const score = scoreDiagnostic({ method: strict, answers, exclusions: excluding('D9', 'D10') })
    expect(score.status).toBe('withheld')
    expect(score.coverage.minimumScoredDrivers).toBe(10)
  })

  it('names who excluded a driver and why in the result', () => {
    const score = scoreDiagnostic({ answers: SEED, exclusions: excluding('D7') })
    expect(score.excluded).toEqual([
      {
        driverId: 'D7',
        reason: 'D7 out of scope (test)',
        decidedBy: 'lead assessor',
        decidedAt: '2026-01-05T10:00:00.000Z',
        origin: 'tailoring',
      },
    ])
    expect(score.warnings.map((w) => w.code)).toEqual([
      'drivers-excluded',
      'answer-for-excluded-driver',
    ])
  })
})

describe('scoreDiagnostic: confidence', () => {
  it('rates each driver from its evidence and counts the thin ones', () => {
    const score = scoreDiagnostic({
      answers: SEED,
      rationale: { D1: ['+', '+', '-'], D2: ['+', '+'], D3: ['+', '?'] },
      evidence: {
        D1: { ratings: ['likely-yes', 'Yes', 'likely-yes'], documents: 1 },
        D2: { ratings: ['no', 'likely-yes'] },
        D3: { ratings: ['likely-yes'], documents: 2 },
      },
    })
    expect(score.drivers[0]?.confidence).toMatchObject({
      level: 'high',
      items: 3,
      raters: 3,
      spread: 1,
      documents: 1,
    })
    expect(score.drivers[1]?.confidence).toMatchObject({ level: 'low', spread: 3 })
    expect(score.drivers[1]?.confidence?.reasons).toEqual([
      "interviewees' ratings spread over 3 steps (3 or more)",
    ])
    // The same verdicts as data, for surfaces that write them in another language.
    expect(score.drivers[0]?.confidence?.findings).toEqual([
      { code: 'evidence-high', value: 3, limit: null },
    ])
    expect(score.drivers[0]?.confidence?.reasons).toEqual([
      '3 data items, 3 interviewees agreeing within 1 step(s), 1 document(s)',
    ])
    expect(score.drivers[1]?.confidence?.findings).toEqual([
      { code: 'ratings-disagree', value: 3, limit: 3 },
    ])
    expect(score.drivers[3]?.confidence?.findings).toEqual([
      { code: 'few-items', value: 0, limit: 2 },
      { code: 'no-rating-or-document', value: 0, limit: null },
    ])
    expect(score.drivers[2]?.confidence?.level).toBe('low')
    expect(score.drivers[2]?.confidence?.reasons[0]).toBe(
      '1 data item(s) coded + - 0 (fewer than 2)',
    )
    expect(score.thinEvidence).toEqual(['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'])
    expect(score.warnings.at(-1)).toMatchObject({ code: 'thin-evidence' })
    // Confidence never moves the total.
    expect(score.total).toBe(70)
  })

  it('rates medium between the thresholds and is null without evidence', () => {
    const score = scoreDiagnostic({
      answers: SEED,
      rationale: { D1: ['+', '+'] },
      evidence: { D1: { ratings: ['likely-yes'] } },
    })
    expect(score.drivers[0]?.confidence?.level).toBe('medium')
    expect(score.drivers[0]?.confidence?.reasons).toEqual([
      '2 data items (high needs 3)',
      '1 interviewee rating(s) (high needs 2)',
      '0 reviewed document(s) (high needs 1)',
    ])
    expect(score.drivers[0]?.confidence?.findings.map((f) => [f.code, f.value, f.limit])).toEqual([
      ['items-below-high', 2, 3],
      ['raters-below-high', 1, 2],
      ['documents-below-high', 0, 1],
    ])
    expect(scoreDiagnostic({ answers: SEED }).drivers[0]?.confidence).toBeNull()
  })
})

describe('scoreDiagnostic: rule-based algorithm', () => {
  const ruleBased = withScoring({ algorithm: 'rule-based' })

  it('caps the band when a critical driver is answered No', () => {
    const answers = answersOf([...repeat('yes', 9), 'no'])
    const mean = scoreDiagnostic({ answers })
    expect(mean.finalBand).toBe('excellent')
    const score = scoreDiagnostic({ method: ruleBased, answers })
    expect(score).toMatchObject({
      algorithm: 'rule-based',
      total: 90,
      computedBand: 'excellent',
      band: 'borderline',
      finalBand: 'borderline',
    })
    expect(score.cap).toEqual({
      from: 'excellent',
      to: 'borderline',
      drivers: [{ driverId: 'D10', answer: 'no' }],
      message:
        'Band capped from Excellent to Borderline: critical driver(s) D10 (No) (rule-based algorithm, platform design).',
    })
    expect(score.derivation).toBe(
      '(100×9 + 0×1) / 10 = 90.0 → 90 → Borderline (capped from Excellent by D10)',
    )
    expect(score.warnings.map((w) => w.code)).toContain('band-capped')
  })

  it('applies the configured caps and critical drivers only', () => {
    const answers = answersOf([...repeat('yes', 8), 'likely-no', 'likely-no'])
    const configured = withScoring({
      algorithm: 'rule-based',
      ruleBased: {
        base: 'mean',
        criticalDrivers: ['D1', 'D10'],
        caps: [{ answer: 'likely-no', maxBand: 'low' }],
        provenance: 'design',
        source: 'test',
      },
    })
    const score = scoreDiagnostic({ method: configured, answers })
    expect(score.total).toBe(85)
    expect(score.band).toBe('low')
    expect(score.cap?.drivers).toEqual([{ driverId: 'D10', answer: 'likely-no' }])
    const nonCritical = scoreDiagnostic({
      method: configured,
      answers: { ...answers, D10: 'yes' },
    })
    expect(nonCritical.cap).toBeNull()
    expect(nonCritical.band).toBe('excellent')
  })

  it('never raises a band that is already below the cap', () => {
    const answers = answersOf([...repeat('no', 9), 'likely-no'])
    const score = scoreDiagnostic({ method: ruleBased, answers })
    expect(score.band).toBe('minimal')
    expect(score.cap).toBeNull()
  })
})

describe('method data: answer criteria and band sources', () => {
  it('gives every answer reconstructed criteria', () => {
    for (const answer of IMMD_1_0.answers) {
      expect(answer.criteria?.provenance).toBe('inferred')
      expect(answer.criteria?.text.length).toBeGreaterThan(40)
    }
  })

  it('falls back to the built-in criteria and band source for older stored methods', () => {
    const old = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
    for (const answer of old.answers) delete answer.criteria
    for (const band of old.bands) delete band.meaningSource
    expect(getAnswerCriteria(old, 'likely-yes')).toEqual(
      IMMD_1_0.answers.find((a) => a.id === 'likely-yes')?.criteria,
    )
    expect(getAnswerCriteria(old, 'perhaps')).toBeNull()
    expect(describeBandSource(old, 'high')).toBe(
      'SEED-IMMD results table (paraphrased in our own words)',
    )
  })

  it('scores older stored methods without the new scoring settings', () => {
    const old = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
    old.scoring = { algorithm: 'mean', bandRounding: 'half-up-integer' }
    expect(scoreDiagnostic({ method: old, answers: SEED })).toMatchObject({
      status: 'final',
      total: 70,
      finalBand: 'high',
    })
  })
})
