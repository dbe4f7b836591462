import { describe, expect, it } from 'vitest'
import { checkCohortPrivacy } from '../src/analytics/k-anonymity.js'
import type { MethodDefinition } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { answersOf, excluding, repeat } from './support/methods.js'

/**
 * Every sentence the scorer writes carries the fields a reader needs to write it in another
 * language (issue #19); the English message stays for readers that do not know a code.
 */
describe('scoring sentences: codes with their fields', () => {
  it('a withheld result names how many drivers remain and how many are needed', () => {
    const answers = answersOf(repeat('yes', 10))
    const score = scoreDiagnostic({ answers, exclusions: excluding('D1', 'D2', 'D3') })
    expect(score.status).toBe('withheld')
    expect(score.statusReasons).toEqual([
      expect.objectContaining({ code: 'below-minimum-coverage', count: 7, total: 10, minimum: 8 }),
    ])
    expect(score.derivationFormula).toBeNull()
  })

  it('a provisional result lists the unanswered drivers; the formula has no words', () => {
    const score = scoreDiagnostic({ answers: { D1: 'yes', D2: 'likely-yes' } })
    const unanswered = ['D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10']
    expect(score.statusReasons).toEqual([
      expect.objectContaining({
        code: 'drivers-not-evaluated',
        count: 8,
        total: 10,
        driverIds: unanswered,
      }),
    ])
    expect(score.derivationFormula).toBe('(100×1 + 75×1) / 2 = 87.5 → 88')
    expect(score.derivation.startsWith(`${score.derivationFormula} → `)).toBe(true)
    expect(score.warnings.find((w) => w.code === 'incomplete')).toMatchObject({
      count: 8,
      total: 10,
      driverIds: unanswered,
    })
  })

  it('rationale warnings carry the answer, the effect against it and the counts', () => {
    const score = scoreDiagnostic({
      answers: { D1: 'yes', D2: 'no', D3: 'likely-yes', D4: 'yes' },
      rationale: { D1: ['-', '-', '0'], D2: [], D3: ['?', '?', '?', '+', 'x' as never] },
    })
    const byDriver = (code: string, driverId: string) =>
      score.warnings.find((w) => w.code === code && w.driverId === driverId)
    expect(byDriver('answer-contradicts-rationale', 'D1')).toMatchObject({
      answer: 'yes',
      effect: '-',
      count: 2,
    })
    expect(byDriver('no-rationale', 'D2')).toMatchObject({ answer: 'no' })
    expect(byDriver('unknown-items', 'D3')).toMatchObject({ count: 3, total: 4 })
    expect(byDriver('invalid-effect-code', 'D3')).toMatchObject({ count: 1 })
  })

  it('a band cap warning names the bands and the critical drivers', () => {
    const copy = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
    const method = {
      ...copy,
      version: 'test',
      scoring: { ...copy.scoring, algorithm: 'rule-based' as const },
    }
    const score = scoreDiagnostic({ method, answers: answersOf([...repeat('yes', 9), 'no']) })
    expect(score.warnings.find((w) => w.code === 'band-capped')).toMatchObject({
      capFrom: 'excellent',
      capTo: 'borderline',
      driverIds: ['D10'],
    })
  })

  it('a withheld benchmark names the threshold it did not reach, never the count', () => {
    const thresholds = { minEngagements: 5, minOrganizations: 3 }
    expect(
      checkCohortPrivacy(
        { engagements: 2, organizations: 1, crossOrganization: false },
        thresholds,
      ),
    ).toMatchObject({ code: 'too-few-engagements', threshold: 5 })
    expect(
      checkCohortPrivacy({ engagements: 9, organizations: 2, crossOrganization: true }, thresholds),
    ).toMatchObject({ code: 'too-few-organizations', threshold: 3 })
  })
})
