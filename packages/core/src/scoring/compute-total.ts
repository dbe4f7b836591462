/**
 * The arithmetic core shared by scoring and sensitivity analysis: the (weighted) mean of the answered
 * drivers of the scored set.
 *
 * @packageDocumentation
 */
import type { DriverDefinition, MethodDefinition } from '../method-types.js'

export type {
  DriverStatus,
  ResolvedAnswers,
  ResolvedDriver,
} from './resolve-input.js'
export { resolveAnswers } from './resolve-input.js'

/**
 * The un-normalised weight a driver has under the method's algorithm: 1 for `mean` (driver weights
 * are ignored), the driver's own weight for `weighted-mean`, and for `rule-based` whatever its base
 * algorithm says (`mean` when a stored method lacks the setting).
 */
export function rawWeightOf(method: MethodDefinition, driver: DriverDefinition): number {
  const { algorithm } = method.scoring
  const effective =
    algorithm === 'rule-based' ? (method.scoring.ruleBased?.base ?? 'mean') : algorithm
  return effective === 'weighted-mean' ? driver.weight : 1
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
  /** One entry per method driver, in driver order: its value, or `null` when left out. */
  values: ReadonlyArray<number | null>
}

/**
 * Computes the (weighted) mean of the drivers that have a value. Drivers left out (excluded by
 * tailoring, or not answered yet) drop out and the remaining weights are renormalised, so leaving a
 * driver out never counts it as 0. A single division at the end keeps the result as exact as binary
 * floating point allows.
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
