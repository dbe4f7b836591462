/**
 * The arithmetic core shared by scoring and sensitivity analysis: resolving raw answers against a
 * method and computing the (weighted) mean of the answered drivers.
 *
 * @packageDocumentation
 */
import type { AnswerOption, DriverDefinition, MethodDefinition } from '../method-types.js'

/** How one driver's answer was resolved. */
export type DriverStatus = 'answered' | 'missing' | 'not-applicable'

/** A method driver together with its resolved answer. */
export interface ResolvedDriver {
  driver: DriverDefinition
  status: DriverStatus
  /** The answer option when `status` is `answered`, else `null`. */
  answer: AnswerOption | null
  /** The raw answer when it was not a known answer id (treated as missing). */
  invalidAnswer?: unknown
}

/** The result of {@link resolveAnswers}. */
export interface ResolvedAnswers {
  drivers: ResolvedDriver[]
  /** Keys of the answers record that name no driver of the method, in input order. */
  unknownDriverIds: string[]
}

/** Options of {@link resolveAnswers}. */
export interface ResolveAnswersOptions {
  method: MethodDefinition
  answers: Readonly<Record<string, unknown>>
}

/**
 * Matches the answers record against the method's drivers. Anything that is not a known answer id or
 * `'not-applicable'` counts as not yet answered, so bad input can never be scored as a value.
 */
export function resolveAnswers({ method, answers }: ResolveAnswersOptions): ResolvedAnswers {
  const known = new Set(method.drivers.map((driver) => driver.id))
  const drivers = method.drivers.map((driver): ResolvedDriver => {
    const raw = Object.hasOwn(answers, driver.id) ? answers[driver.id] : undefined
    if (raw === 'not-applicable') return { driver, status: 'not-applicable', answer: null }
    if (raw === null || raw === undefined) return { driver, status: 'missing', answer: null }
    const answer = method.answers.find((option) => option.id === raw)
    if (!answer) return { driver, status: 'missing', answer: null, invalidAnswer: raw }
    return { driver, status: 'answered', answer }
  })
  const unknownDriverIds = Object.keys(answers).filter((id) => !known.has(id))
  return { drivers, unknownDriverIds }
}

/**
 * The un-normalised weight a driver has under the method's algorithm: 1 for `mean` (driver weights
 * are ignored), the driver's own weight for `weighted-mean`.
 */
export function rawWeightOf(method: MethodDefinition, driver: DriverDefinition): number {
  return method.scoring.algorithm === 'weighted-mean' ? driver.weight : 1
}

/** The total of a set of values and the weight it was divided by. */
export interface TotalParts {
  /** Σ w·v / Σ w over the drivers with a value; `null` when none has one. */
  total: number | null
  /** Σ w over the drivers with a value (0 when none). */
  weightSum: number
}

/** Options of {@link computeTotal}. */
export interface ComputeTotalOptions {
  method: MethodDefinition
  /** One entry per method driver, in driver order: its value, or `null` when excluded. */
  values: ReadonlyArray<number | null>
}

/**
 * Computes the (weighted) mean of the drivers that have a value. Excluded drivers (missing or not
 * applicable) drop out and the remaining weights are renormalised, so skipping a driver never counts
 * it as 0. A single division at the end keeps the result as exact as binary floating point allows.
 */
export function computeTotal({ method, values }: ComputeTotalOptions): TotalParts {
  let weighted = 0
  let weightSum = 0
  let lowest = Number.POSITIVE_INFINITY
  let highest = Number.NEGATIVE_INFINITY
  method.drivers.forEach((driver, index) => {
    const value = values[index]
    if (value === null || value === undefined) return
    const weight = rawWeightOf(method, driver)
    weighted += weight * value
    weightSum += weight
    lowest = Math.min(lowest, value)
    highest = Math.max(highest, value)
  })
  if (weightSum <= 0) return { total: null, weightSum }
  // A weighted mean lies between the smallest and largest value, but with fractional weights the
  // division can overshoot by an ulp (all "Yes" giving 100.00000000000001): clamp that noise away.
  return { total: Math.min(highest, Math.max(lowest, weighted / weightSum)), weightSum }
}
