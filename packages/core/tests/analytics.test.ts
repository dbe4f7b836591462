import { describe, expect, it } from 'vitest'
import {
  type BenchmarkEngagementOptions,
  benchmarkEngagement,
} from '../src/analytics/cohort-benchmark.js'
import { classifySize, describeCohortProfile } from '../src/analytics/cohort-profile.js'
import { compareAssessments } from '../src/analytics/compare-assessments.js'
import {
  checkCohortPrivacy,
  DEFAULT_PRIVACY_THRESHOLDS,
  resolvePrivacyThresholds,
} from '../src/analytics/k-anonymity.js'
import { summarizeHistogram } from '../src/analytics/quantiles.js'
import type { MethodDefinition } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { tailorMethod } from '../src/tailoring.js'

const DRIVERS = IMMD_1_0.drivers.map((driver) => driver.id)

describe('summarizeHistogram', () => {
  it('gives the type-7 quartiles of the observations the bins stand for', () => {
    // 0, 25, 25, 50, 75, 75, 75, 100: the same as percentile_cont over the raw values.
    const summary = summarizeHistogram([
      { value: 75, count: 3 },
      { value: 0, count: 1 },
      { value: 25, count: 2 },
      { value: 100, count: 1 },
      { value: 50, count: 1 },
    ])
    expect(summary).toEqual({ count: 8, min: 0, q1: 25, median: 62.5, q3: 75, max: 100 })
  })

  it('merges repeated values, ignores empty bins and answers null for no observation', () => {
    expect(summarizeHistogram([])).toBeNull()
    expect(summarizeHistogram([{ value: 50, count: 0 }])).toBeNull()
    expect(
      summarizeHistogram([
        { value: 50, count: 1 },
        { value: 50, count: 1 },
        { value: 10, count: 0 },
      ]),
    ).toEqual({ count: 2, min: 50, q1: 50, median: 50, q3: 50, max: 50 })
  })

  it('interpolates between neighbouring ranks', () => {
    const summary = summarizeHistogram([
      { value: 10, count: 1 },
      { value: 20, count: 1 },
      { value: 30, count: 1 },
      { value: 40, count: 1 },
    ])
    expect(summary).toMatchObject({ q1: 17.5, median: 25, q3: 32.5 })
  })
})

describe('k-anonymity rules', () => {
  it('defaults to k = 5 engagements and k\u2032 = 3 organizations', () => {
    expect(DEFAULT_PRIVACY_THRESHOLDS).toEqual({ minEngagements: 5, minOrganizations: 3 })
  })

  it('may raise the thresholds but never lower them', () => {
    expect(resolvePrivacyThresholds({ minEngagements: 10 })).toEqual({
      ok: true,
      thresholds: { minEngagements: 10, minOrganizations: 3 },
    })
    const lowered = resolvePrivacyThresholds({ minEngagements: 2, minOrganizations: 1.5 })
    expect(lowered.ok).toBe(false)
    if (lowered.ok) return
    expect(lowered.errors.map((error) => error.field)).toEqual([
      'minEngagements',
      'minOrganizations',
    ])
    expect(lowered.errors[0]?.message).toContain('may only be raised')
  })

  it('withholds below k, and below k\u2032 only across organizations, naming the threshold not the count', () => {
    const small = checkCohortPrivacy({ engagements: 4, organizations: 4, crossOrganization: true })
    expect(small?.code).toBe('too-few-engagements')
    expect(small?.message).toContain('fewer than 5')
    expect(small?.message).not.toContain('4')
    const fewOrgs = checkCohortPrivacy({
      engagements: 9,
      organizations: 2,
      crossOrganization: true,
    })
    expect(fewOrgs?.code).toBe('too-few-organizations')
    expect(fewOrgs?.message).not.toContain('2')
    expect(
      checkCohortPrivacy({ engagements: 9, organizations: 1, crossOrganization: false }),
    ).toBeNull()
    expect(
      checkCohortPrivacy(
        { engagements: 9, organizations: 9, crossOrganization: true },
        { minEngagements: 10, minOrganizations: 3 },
      )?.code,
    ).toBe('too-few-engagements')
  })
})

function baseOptions(
  overrides: Partial<BenchmarkEngagementOptions> = {},
): BenchmarkEngagementOptions {
  return {
    method: IMMD_1_0,
    cohortDriverIds: DRIVERS,
    answers: Object.fromEntries(DRIVERS.map((id) => [id, 'likely-yes' as const])),
    excludedDriverIds: [],
    total: 75,
    crossOrganization: true,
    cohort: { engagements: 6, organizations: 3 },
    drivers: DRIVERS.map((driverId) => ({
      driverId,
      engagements: 6,
      organizations: 3,
      answers: { no: 1, 'equally-likely': 2, yes: 3 },
    })),
    totals: {
      engagements: 6,
      organizations: 3,
      bins: [
        { value: 40, count: 2 },
        { value: 60, count: 2 },
        { value: 80, count: 2 },
      ],
    },
    ...overrides,
  }
}

describe('benchmarkEngagement', () => {
  it('places each driver and the total against the cohort quartiles', () => {
    const benchmark = benchmarkEngagement(baseOptions())
    expect(benchmark.suppression).toBeNull()
    expect(benchmark.cohortSize).toEqual({ engagements: 6, organizations: 3 })
    expect(benchmark.total).toMatchObject({
      value: 75,
      summary: { count: 6, q1: 45, median: 60, q3: 75 },
      position: 'interquartile',
    })
    expect(benchmark.drivers[0]).toMatchObject({
      driverId: 'D1',
      value: 75,
      summary: { count: 6, min: 0, q1: 50, median: 75, q3: 100, max: 100 },
      position: 'interquartile',
    })
    expect(benchmark.notes).toEqual([])
  })

  it('withholds everything and hides the size when the cohort is below k\u2032', () => {
    const benchmark = benchmarkEngagement(
      baseOptions({ cohort: { engagements: 6, organizations: 2 } }),
    )
    expect(benchmark.suppression?.code).toBe('too-few-organizations')
    expect(benchmark.cohortSize).toBeNull()
    expect(benchmark.total.summary).toBeNull()
    expect(benchmark.total.suppression?.code).toBe('too-few-organizations')
    expect(benchmark.drivers.every((d) => d.summary === null && d.suppression !== null)).toBe(true)
  })

  it('withholds a single driver whose own cohort is below k (exclusions elsewhere)', () => {
    const drivers = baseOptions().drivers.map((entry) =>
      entry.driverId === 'D4' ? { ...entry, engagements: 4, answers: { no: 1, yes: 3 } } : entry,
    )
    const benchmark = benchmarkEngagement(baseOptions({ drivers }))
    const d4 = benchmark.drivers.find((d) => d.driverId === 'D4')
    expect(d4?.summary).toBeNull()
    expect(d4?.suppression?.code).toBe('too-few-engagements')
    expect(benchmark.drivers.find((d) => d.driverId === 'D5')?.summary).not.toBeNull()
  })

  it('compares a tailored method on the shared drivers only and says so', () => {
    const tailored = tailorMethod({
      base: IMMD_1_0,
      version: 'immd-1.0+supply',
      removeDrivers: ['D10'],
      addDrivers: [{ id: 'X1', shortName: 'supply chain', question: 'Are suppliers covered?' }],
    })
    if (!tailored.ok) throw new Error('tailoring failed')
    const method: MethodDefinition = tailored.method
    const benchmark = benchmarkEngagement(baseOptions({ method, excludedDriverIds: ['D2'] }))
    expect(benchmark.sharedDriverIds).toEqual(DRIVERS.filter((id) => id !== 'D10'))
    expect(benchmark.unsharedDriverIds).toEqual(['X1'])
    expect(benchmark.notes[0]).toContain('compared on the 9 drivers it shares')
    expect(benchmark.notes[1]).toContain('D2')
    expect(benchmark.drivers.find((d) => d.driverId === 'D2')?.value).toBeNull()
  })
})

describe('compareAssessments', () => {
  const previous = {
    answers: { D1: 'no', D2: 'likely-no', D3: 'equally-likely', D4: 'yes', D5: null } as const,
    excludedDriverIds: [],
  }
  const current = {
    answers: {
      D1: 'likely-yes',
      D2: 'equally-likely',
      D3: 'equally-likely',
      D4: 'likely-yes',
    } as const,
    excludedDriverIds: ['D6'],
  }

  it('gives the per-driver delta and direction', () => {
    const comparison = compareAssessments({ method: IMMD_1_0, previous, current, improvements: [] })
    const byId = Object.fromEntries(comparison.drivers.map((d) => [d.driverId, d]))
    expect(byId.D1).toMatchObject({
      previousValue: 0,
      currentValue: 75,
      delta: 75,
      change: 'improved',
    })
    expect(byId.D3).toMatchObject({ delta: 0, change: 'unchanged' })
    expect(byId.D4).toMatchObject({ delta: -25, change: 'declined' })
    expect(byId.D5).toMatchObject({ delta: null, change: 'not-comparable' })
    expect(byId.D6).toMatchObject({ currentExcluded: true, change: 'not-comparable' })
    expect(comparison.drivers).toHaveLength(10)
  })

  it('checks every improvement with an expected answer: met, partly, not met, excluded, unanswered', () => {
    const comparison = compareAssessments({
      method: IMMD_1_0,
      previous,
      current,
      improvements: [
        { id: 'i1', driverId: 'D1', expectedAnswer: 'likely-yes' },
        { id: 'i2', driverId: 'D2', expectedAnswer: 'yes' },
        { id: 'i3', driverId: 'D3', expectedAnswer: 'likely-yes' },
        { id: 'i4', driverId: 'D6', expectedAnswer: 'yes' },
        { id: 'i5', driverId: 'D7', expectedAnswer: 'yes' },
        { id: 'i6', driverId: 'D8', expectedAnswer: null },
      ],
    })
    expect(comparison.improvements.map((i) => [i.improvementId, i.outcome])).toEqual([
      ['i1', 'met'],
      ['i2', 'partly'],
      ['i3', 'not-met'],
      ['i4', 'driver-excluded'],
      ['i5', 'not-yet-answered'],
    ])
    expect(comparison.outcomeCounts).toEqual({
      met: 1,
      partly: 1,
      'not-met': 1,
      'driver-excluded': 1,
      'not-yet-answered': 1,
    })
  })
})

describe('describeCohortProfile', () => {
  it('reads model, country, constituency and size band from the records, main record first', () => {
    expect(
      describeCohortProfile([
        { model: 'Internal_Distributed', 'country-code': ['de'], staff: [{}, {}, {}] },
        { constituency: 'Enterprise', staff: [{}, {}, {}] },
      ]),
    ).toEqual({
      organizationalModel: 'internal_distributed',
      country: 'DE',
      constituency: 'enterprise',
      sizeBand: 'medium',
    })
    expect(describeCohortProfile([{}])).toEqual({
      organizationalModel: null,
      country: null,
      constituency: null,
      sizeBand: null,
    })
  })

  it('bands sizes at 5 and 20 staff', () => {
    expect([0, 1, 4, 5, 19, 20, null].map(classifySize)).toEqual([
      null,
      'small',
      'small',
      'medium',
      'medium',
      'large',
      null,
    ])
  })
})
