/**
 * Test helpers: answer records and small custom methods derived from IMMD 1.0.
 */
import type { AnswerId, MethodDefinition, ScoringAlgorithm } from '../../src/method-types.js'
import { IMMD_1_0 } from '../../src/methods/immd-1-0.js'
import type { AnswerInput, DriverExclusion } from '../../src/scoring.js'

/** Answers keyed D1, D2 … in the given order. */
export function answersOf(list: readonly AnswerInput[]): Record<string, AnswerInput> {
  return Object.fromEntries(list.map((answer, i) => [`D${i + 1}`, answer]))
}

/** Marks a driver as excluded by tailoring in {@link inputOf} lists. */
export const EXCLUDED = 'excluded:tailoring'

/** An answer per driver, or {@link EXCLUDED} for a driver taken out by a tailoring decision. */
export type AnswerOrExcluded = AnswerInput | typeof EXCLUDED

/** Answers and exclusions keyed D1, D2 … from one list (see {@link EXCLUDED}). */
export function inputOf(list: readonly AnswerOrExcluded[]): {
  answers: Record<string, AnswerInput>
  exclusions: DriverExclusion[]
} {
  const answers: Record<string, AnswerInput> = {}
  const exclusions: DriverExclusion[] = []
  list.forEach((entry, i) => {
    const driverId = `D${i + 1}`
    if (entry === EXCLUDED) {
      exclusions.push({ driverId, reason: 'out of scope (test)', origin: 'tailoring' })
    } else answers[driverId] = entry
  })
  return { answers, exclusions }
}

/** Excludes drivers by id with a test rationale. */
export function excluding(...driverIds: string[]): DriverExclusion[] {
  return driverIds.map((driverId) => ({
    driverId,
    reason: `${driverId} out of scope (test)`,
    decidedBy: 'lead assessor',
    decidedAt: '2026-01-05T10:00:00.000Z',
    origin: 'tailoring',
  }))
}

/** `count` copies of an answer. */
export function repeat(answer: AnswerInput, count: number): AnswerInput[] {
  return Array.from({ length: count }, () => answer)
}

/** The answer ids by step (0 = No … 4 = Yes). */
export const ANSWER_BY_STEP: readonly AnswerId[] = IMMD_1_0.answers.map((a) => a.id)

/** Options of {@link buildMethod}. */
export interface BuildMethodOptions {
  /** One weight per driver; the method keeps D1..Dn of IMMD 1.0. */
  weights: readonly number[]
  algorithm?: ScoringAlgorithm
  /** Replaces the answer values (same ids and steps). */
  values?: readonly number[]
}

/** A mutable custom method with n drivers, given weights, algorithm and optionally answer values. */
export function buildMethod(options: BuildMethodOptions): MethodDefinition {
  const copy = JSON.parse(JSON.stringify(IMMD_1_0)) as MethodDefinition
  const drivers = options.weights.map((weight, i) => {
    const template = copy.drivers[i % copy.drivers.length]
    if (!template) throw new Error('IMMD 1.0 has no drivers')
    return { ...template, id: `D${i + 1}`, number: i + 1, weight }
  })
  const answers = copy.answers.map((answer, i) => ({
    ...answer,
    value: options.values?.[i] ?? answer.value,
  }))
  return {
    ...copy,
    version: 'test',
    drivers,
    answers,
    scoring: { ...copy.scoring, algorithm: options.algorithm ?? 'weighted-mean' },
  }
}

/** The list item at `index`, throwing instead of returning `undefined` (keeps tests free of `!`). */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`no item at index ${index}`)
  return item
}
