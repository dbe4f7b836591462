import { describe, expect, it } from 'vitest'
import { validateMethod } from '../src/method.js'
import type { MethodDefinition } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { MAX_DRIVER_WEIGHT } from '../src/tailoring/check-driver-changes.js'
import { type TailorMethodOptions, tailorMethod } from '../src/tailoring.js'
import { itemAt } from './support/methods.js'

function tailorOk(options: Omit<TailorMethodOptions, 'base'>): MethodDefinition {
  const result = tailorMethod({ base: IMMD_1_0, ...options })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.method
}

function errorsOf(options: Omit<TailorMethodOptions, 'base'> & { base?: MethodDefinition }) {
  const result = tailorMethod({ base: IMMD_1_0, ...options })
  if (result.ok) throw new Error('expected tailoring to fail')
  return result.errors.map(({ code, path }) => ({ code, path }))
}

describe('tailorMethod: valid requests', () => {
  it('removes, adds and rewords drivers, renumbers them and records basedOn', () => {
    const method = tailorOk({
      version: 'immd-1.0+acme',
      removeDrivers: ['D4'],
      addDrivers: [
        { id: 'X1', shortName: 'supply chain awareness', question: 'Are suppliers covered?' },
      ],
      rewordDrivers: { D2: { question: 'Is information shared effectively across sites?' } },
    })
    expect(method.version).toBe('immd-1.0+acme')
    expect(method.basedOn).toBe('immd-1.0')
    expect(method.drivers.map((d) => `${d.number}:${d.id}`)).toEqual([
      '1:D1',
      '2:D2',
      '3:D3',
      '4:D5',
      '5:D6',
      '6:D7',
      '7:D8',
      '8:D9',
      '9:D10',
      '10:X1',
    ])
    expect(method.drivers[1]?.question).toEqual({
      text: 'Is information shared effectively across sites?',
      provenance: 'design',
      source: 'PRA6 tailoring (immd-1.0+acme)',
    })
    expect(method.drivers[1]?.prompts).toEqual(IMMD_1_0.drivers[1]?.prompts)
    expect(method.drivers[9]).toMatchObject({ weight: 1, prompts: [] })
    expect(method.scoring.algorithm).toBe('mean')
    expect(method.description).toMatch(/removed D4; added X1; reworded D2/)
    expect(validateMethod(method)).toEqual([])
    expect(Object.isFrozen(method)).toBe(false)
    // The base stays untouched.
    expect(IMMD_1_0.drivers).toHaveLength(10)
    expect(IMMD_1_0.drivers[1]?.question.provenance).toBe('inferred')
  })

  it('switches to weighted-mean when weights differ, keeping them relative', () => {
    const method = tailorOk({ version: 'w', weights: { D1: 3, D8: 2 } })
    expect(method.scoring).toEqual({ ...IMMD_1_0.scoring, algorithm: 'weighted-mean' })
    expect(method.drivers.map((d) => d.weight)).toEqual([3, 1, 1, 1, 1, 1, 1, 2, 1, 1])
    const score = scoreDiagnostic({ method, answers: { D1: 'yes', D2: 'no' } })
    expect(score.total).toBe(75)
    expect(score.drivers[0]?.weight).toBe(0.75)
  })

  it('keeps mean when all weights are scaled equally, and honours an explicit algorithm', () => {
    const scaled = Object.fromEntries(IMMD_1_0.drivers.map((d) => [d.id, 2]))
    expect(tailorOk({ version: 'e', weights: scaled }).scoring.algorithm).toBe('mean')
    expect(tailorOk({ version: 'f', algorithm: 'weighted-mean' }).scoring.algorithm).toBe(
      'weighted-mean',
    )
  })

  it('weights an added driver', () => {
    const method = tailorOk({
      version: 'g',
      addDrivers: [{ id: 'X1', shortName: 'x', question: 'X?', weight: 0.5 }],
    })
    expect(method.drivers.at(-1)?.weight).toBe(0.5)
    expect(method.scoring.algorithm).toBe('weighted-mean')
  })
})

describe('tailorMethod: rejected requests', () => {
  it('rejects duplicate and reused driver ids', () => {
    expect(
      errorsOf({
        version: 'v',
        removeDrivers: ['D3'],
        addDrivers: [
          { id: 'D3', shortName: 'a', question: 'A?' },
          { id: 'X1', shortName: 'b', question: 'B?' },
          { id: 'X1', shortName: 'c', question: 'C?' },
        ],
      }),
    ).toEqual([
      { code: 'duplicate-driver-id', path: 'addDrivers[0].id' },
      { code: 'duplicate-driver-id', path: 'addDrivers[2].id' },
    ])
  })

  it('rejects unknown drivers with the path of the option', () => {
    expect(
      errorsOf({
        version: 'v',
        removeDrivers: ['D1', 'D42'],
        rewordDrivers: { D99: { shortName: 'x' } },
        weights: { Z: 2 },
      }),
    ).toEqual([
      { code: 'unknown-driver', path: 'removeDrivers[1]' },
      { code: 'unknown-driver', path: 'rewordDrivers.D99' },
      { code: 'unknown-driver', path: 'weights.Z' },
    ])
  })

  it("rejects the red team's weight 1e308 and any weight above the bound (#23)", () => {
    expect(
      errorsOf({
        version: 'v',
        weights: { D1: 1e308, D2: MAX_DRIVER_WEIGHT + 1, D3: MAX_DRIVER_WEIGHT },
      }),
    ).toEqual([
      { code: 'invalid-weight', path: 'weights.D1' },
      { code: 'invalid-weight', path: 'weights.D2' },
    ])
  })

  it('rejects weights that are not finite and positive', () => {
    expect(
      errorsOf({
        version: 'v',
        weights: { D1: 0, D2: -1, D3: Number.NaN, D4: Number.POSITIVE_INFINITY },
        addDrivers: [{ id: 'X1', shortName: 'x', question: 'X?', weight: 0 }],
      }),
    ).toEqual([
      { code: 'invalid-weight', path: 'addDrivers[0].weight' },
      { code: 'invalid-weight', path: 'weights.D1' },
      { code: 'invalid-weight', path: 'weights.D2' },
      { code: 'invalid-weight', path: 'weights.D3' },
      { code: 'invalid-weight', path: 'weights.D4' },
    ])
  })

  it('rejects an empty driver set', () => {
    expect(errorsOf({ version: 'v', removeDrivers: IMMD_1_0.drivers.map((d) => d.id) })).toEqual([
      { code: 'empty-driver-set', path: 'drivers' },
    ])
  })

  it('rejects reused and empty versions', () => {
    expect(errorsOf({ version: 'immd-1.0' })).toEqual([
      { code: 'duplicate-version', path: 'version' },
    ])
    expect(errorsOf({ version: 'acme-1', existingVersions: ['acme-1'] })).toEqual([
      { code: 'duplicate-version', path: 'version' },
    ])
    expect(errorsOf({ version: '  ' })).toEqual([{ code: 'invalid-version', path: 'version' }])
  })

  it('rejects contradictory changes and blank text', () => {
    expect(
      errorsOf({
        version: 'v',
        removeDrivers: ['D5'],
        rewordDrivers: { D5: { shortName: 'x' }, D6: { question: ' ' } },
        weights: { D5: 2 },
        addDrivers: [{ id: ' ', shortName: '', question: '' }],
      }),
    ).toEqual([
      { code: 'invalid-driver', path: 'addDrivers[0].id' },
      { code: 'invalid-driver', path: 'addDrivers[0].shortName' },
      { code: 'invalid-driver', path: 'addDrivers[0].question' },
      { code: 'conflicting-change', path: 'rewordDrivers.D5' },
      { code: 'invalid-driver', path: 'rewordDrivers.D6.question' },
      { code: 'conflicting-change', path: 'weights.D5' },
    ])
  })

  it('rejects mean with unequal weights', () => {
    expect(errorsOf({ version: 'v', weights: { D1: 2 }, algorithm: 'mean' })).toEqual([
      { code: 'conflicting-change', path: 'algorithm' },
    ])
  })

  it('reports problems of a broken base on the resulting drivers', () => {
    const base = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
    base.version = 'broken'
    itemAt(base.drivers, 3).weight = 0
    expect(errorsOf({ base, version: 'v' })).toEqual([
      { code: 'invalid-weight', path: 'drivers[3].weight' },
    ])
  })
})

describe('tailorMethod: answer criteria and scoring settings', () => {
  it('rewords answer criteria as tailoring text and keeps the others', () => {
    const method = tailorOk({
      version: 'crit',
      answerCriteria: { yes: 'All items corroborated by two sources.' },
    })
    expect(method.answers.find((a) => a.id === 'yes')?.criteria).toEqual({
      text: 'All items corroborated by two sources.',
      provenance: 'design',
      source: 'PRA6 tailoring (crit)',
    })
    expect(method.answers.find((a) => a.id === 'no')?.criteria?.provenance).toBe('inferred')
    expect(method.description).toMatch(/answer criteria yes/)
  })

  it('rejects criteria for unknown answers and empty criteria', () => {
    const result = tailorMethod({
      base: IMMD_1_0,
      version: 'bad-crit',
      answerCriteria: { perhaps: 'x', no: '  ' } as Record<string, string>,
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-answer',
          path: 'answerCriteria.perhaps',
          message: 'The scale has no answer "perhaps".',
        },
        {
          code: 'invalid-criteria',
          path: 'answerCriteria.no',
          message: 'The criteria of "no" are empty.',
        },
      ],
    })
  })

  it('drops removed drivers from the critical drivers of the rule-based option', () => {
    const method = tailorOk({ version: 'rm', removeDrivers: ['D10'], algorithm: 'rule-based' })
    expect(method.scoring.algorithm).toBe('rule-based')
    expect(method.scoring.ruleBased?.criticalDrivers).not.toContain('D10')
    expect(validateMethod(method)).toEqual([])
  })
})
