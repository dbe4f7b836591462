import { describe, expect, it } from 'vitest'
import {
  findAnswer,
  findBand,
  findDriver,
  getActivity,
  getBuiltInMethod,
  listActivitiesOfPhase,
  listBuiltInMethods,
  lookupBand,
  validateMethod,
} from '../src/method.js'
import type { MethodDefinition } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { itemAt } from './support/methods.js'

/** A mutable deep copy of the frozen built-in method. */
function copyMethod(): MethodDefinition {
  return JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
}

describe('IMMD_1_0', () => {
  it('has ten drivers D1-D10 of weight 1, D1 read and D2-D10 inferred', () => {
    expect(IMMD_1_0.version).toBe('immd-1.0')
    expect(IMMD_1_0.basedOn).toBeNull()
    expect(IMMD_1_0.drivers.map((d) => d.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `D${i + 1}`),
    )
    expect(IMMD_1_0.drivers.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(IMMD_1_0.drivers.every((d) => d.weight === 1)).toBe(true)
    expect(IMMD_1_0.drivers[0]?.question).toMatchObject({ provenance: 'read', source: 'SEED-IMMD' })
    expect(IMMD_1_0.drivers.slice(1).every((d) => d.question.provenance === 'inferred')).toBe(true)
    for (const driver of IMMD_1_0.drivers) {
      expect(driver.prompts.length).toBeGreaterThan(0)
      expect(driver.prompts.every((p) => p.provenance === 'design' && p.source !== '')).toBe(true)
    }
    expect(findDriver(IMMD_1_0, 'D8')?.shortName).toBe(
      'sufficient staffing and funding for all IMC activities',
    )
  })

  it('maps the five answers to 0/25/50/75/100 on steps 0..4', () => {
    expect(IMMD_1_0.answers.map((a) => [a.id, a.label, a.step, a.value])).toEqual([
      ['no', 'No', 0, 0],
      ['likely-no', 'Likely No', 1, 25],
      ['equally-likely', 'Equally Likely', 2, 50],
      ['likely-yes', 'Likely Yes', 3, 75],
      ['yes', 'Yes', 4, 100],
    ])
    expect(IMMD_1_0.answers.every((a) => a.provenance === 'inferred')).toBe(true)
    expect(findAnswer(IMMD_1_0, 'likely-yes')?.value).toBe(75)
    expect(findAnswer(IMMD_1_0, 'maybe')).toBeUndefined()
  })

  it('has the four effect codes and five bands with the worksheet ranges', () => {
    expect(IMMD_1_0.effectCodes.map((c) => [c.code, c.name])).toEqual([
      ['+', 'success driver'],
      ['-', 'failure driver'],
      ['0', 'neutral driver'],
      ['?', 'unknown driver'],
    ])
    expect(IMMD_1_0.bands.map((b) => [b.label, b.index, b.min, b.max])).toEqual([
      ['Minimal', 0, 0, 14],
      ['Low', 1, 15, 34],
      ['Borderline', 2, 35, 64],
      ['High', 3, 65, 84],
      ['Excellent', 4, 85, 100],
    ])
    expect(findBand(IMMD_1_0, 'high')?.label).toBe('High')
    expect(IMMD_1_0.scoring).toMatchObject({ algorithm: 'mean', bandRounding: 'half-up-integer' })
    expect(Object.keys(IMMD_1_0.scoring).sort()).toEqual([
      'algorithm',
      'bandRounding',
      'confidence',
      'coverage',
      'ruleBased',
    ])
    // Every platform rule is marked as design, never as method text.
    expect(IMMD_1_0.scoring.coverage?.provenance).toBe('design')
    expect(IMMD_1_0.scoring.confidence?.provenance).toBe('design')
    expect(IMMD_1_0.scoring.ruleBased?.provenance).toBe('design')
  })

  it('has 3 phases, 15 activities, 29 artefacts and 7 worksheets, all consistent', () => {
    expect(IMMD_1_0.phases.map((p) => p.id)).toEqual(['prepare', 'conduct', 'post'])
    expect(listActivitiesOfPhase(IMMD_1_0, 'prepare').map((a) => a.id)).toEqual([
      'PRA1',
      'PRA2',
      'PRA3',
      'PRA4',
      'PRA5',
      'PRA6',
    ])
    expect(listActivitiesOfPhase(IMMD_1_0, 'conduct')).toHaveLength(6)
    expect(listActivitiesOfPhase(IMMD_1_0, 'post').map((a) => a.id)).toEqual([
      'PAA1',
      'PAA2',
      'PAA3',
    ])
    const ids = IMMD_1_0.artifacts.map((a) => a.id)
    for (const id of ['PRI1', 'C1', 'PRO7', 'R7', 'I2', 'N2', 'O4', 'PAI2', 'PAO3']) {
      expect(ids).toContain(id)
    }
    expect(ids).toHaveLength(29)
    expect(IMMD_1_0.worksheets).toHaveLength(7)
    expect(validateMethod(IMMD_1_0)).toEqual([])
    // Worksheet <-> activity links are stated on both sides and must agree.
    for (const worksheet of IMMD_1_0.worksheets) {
      for (const activityId of worksheet.activities) {
        expect(getActivity(IMMD_1_0, activityId).worksheets).toContain(worksheet.id)
      }
    }
  })

  it('marks activities with [INF] links as inferred and lists those links', () => {
    expect(getActivity(IMMD_1_0, 'PRA1')).toMatchObject({ provenance: 'read', inferredLinks: [] })
    expect(getActivity(IMMD_1_0, 'PRA2')).toMatchObject({
      provenance: 'inferred',
      consumes: ['PRI1', 'PRO1'],
      inferredLinks: ['PRI1', 'PRO1'],
    })
    expect(getActivity(IMMD_1_0, 'A3')).toMatchObject({ consumes: ['N1', 'N2'], produces: ['O1'] })
    expect(getActivity(IMMD_1_0, 'PRA6').produces).toEqual(['PRO6', 'PRO7'])
  })

  it('is deeply frozen', () => {
    expect(Object.isFrozen(IMMD_1_0)).toBe(true)
    expect(Object.isFrozen(IMMD_1_0.drivers[3]?.question)).toBe(true)
    expect(() => {
      ;(IMMD_1_0.drivers[0] as { weight: number }).weight = 2
    }).toThrow(TypeError)
  })
})

describe('built-in method lookups', () => {
  it('finds immd-1.0 and nothing else', () => {
    expect(getBuiltInMethod('immd-1.0')).toBe(IMMD_1_0)
    expect(getBuiltInMethod('immd-9')).toBeUndefined()
    expect(listBuiltInMethods().map((m) => m.version)).toEqual(['immd-1.0'])
  })

  it('throws on a missing activity', () => {
    const method = copyMethod()
    method.activities = method.activities.filter((a) => a.id !== 'A4')
    expect(() => getActivity(method, 'A4')).toThrow(/no activity A4/)
  })
})

describe('lookupBand', () => {
  it.each([
    [0, 'minimal'],
    [14, 'minimal'],
    [14.49, 'minimal'],
    [14.5, 'low'],
    [15, 'low'],
    [34, 'low'],
    [34.5, 'borderline'],
    [35, 'borderline'],
    [64, 'borderline'],
    [64.49, 'borderline'],
    [64.5, 'high'],
    [65, 'high'],
    [84, 'high'],
    [84.5, 'excellent'],
    [85, 'excellent'],
    [100, 'excellent'],
  ])('total %d → %s', (total, band) => {
    expect(lookupBand(IMMD_1_0, total)?.id).toBe(band)
  })

  it('rounds floating-point noise at a half up', () => {
    expect(lookupBand(IMMD_1_0, 64.49999999999999)?.id).toBe('high')
  })

  it('returns undefined outside 0-100', () => {
    expect(lookupBand(IMMD_1_0, -1)).toBeUndefined()
    expect(lookupBand(IMMD_1_0, 101)).toBeUndefined()
    expect(lookupBand(IMMD_1_0, Number.NaN)).toBeUndefined()
  })
})

describe('validateMethod', () => {
  it('reports duplicate ids, bad weights and unknown artefacts with paths', () => {
    const method = copyMethod()
    itemAt(method.drivers, 2).id = 'D1'
    itemAt(method.drivers, 4).weight = 0
    itemAt(method.activities, 0).produces = ['PRO99']
    expect(validateMethod(method)).toEqual([
      expect.objectContaining({ code: 'duplicate-id', path: 'drivers[2].id' }),
      expect.objectContaining({ code: 'invalid-weight', path: 'drivers[4].weight' }),
      expect.objectContaining({ code: 'unknown-artifact', path: 'activities[0].produces[0]' }),
    ])
  })

  it('reports an empty driver set', () => {
    const method = copyMethod()
    method.drivers = []
    expect(validateMethod(method).map((i) => i.code)).toEqual(['empty-driver-set'])
  })

  it('reports band gaps, overlaps and incomplete coverage', () => {
    const gap = copyMethod()
    itemAt(gap.bands, 1).min = 16
    expect(validateMethod(gap)).toEqual([
      expect.objectContaining({ code: 'band-gap', path: 'bands[1].min' }),
    ])
    const overlap = copyMethod()
    itemAt(overlap.bands, 3).min = 60
    expect(validateMethod(overlap)).toEqual([
      expect.objectContaining({ code: 'band-overlap', path: 'bands[3].min' }),
    ])
    const short = copyMethod()
    itemAt(short.bands, 4).max = 99
    expect(validateMethod(short)).toEqual([
      expect.objectContaining({ code: 'band-gap', path: 'bands[4].max' }),
    ])
  })

  it('reports an answer scale that is not increasing', () => {
    const method = copyMethod()
    itemAt(method.answers, 3).value = 40
    expect(validateMethod(method).map((i) => [i.code, i.path])).toEqual([
      ['invalid-answer-scale', 'answers[3]'],
    ])
  })
})
