/**
 * Sensitivity of a diagnostic's result to its answers: what one step up or down on each driver does to
 * the total and band, and the fewest upgrades that reach the success threshold. Helps assessors see
 * which judgements the result hinges on, and gives A6 ("Determine next steps") a concrete target.
 *
 * @packageDocumentation
 */
import { findAnswerByStep, findBand, lookupBand } from './method.js'
import type { AnswerId, BandId } from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { computeTotal, type DriverStatus, resolveAnswers } from './scoring/compute-total.js'
import type { ScoreInput } from './scoring.js'
import { findPathToThreshold, type PathToThreshold } from './sensitivity/path-to-threshold.js'

export type { PathMove, PathToThreshold } from './sensitivity/path-to-threshold.js'

/** The diagnostic's result if one driver's answer moved by one step. */
export interface SensitivityMove {
  answer: AnswerId
  /** Unrounded total after the move. */
  total: number
  band: BandId | null
  /** True when the move changes the band. */
  bandChanged: boolean
}

/** One driver's sensitivity; `up`/`down` are `null` at the ends of the scale or when not answered. */
export interface DriverSensitivity {
  driverId: string
  number: number
  status: DriverStatus
  answer: AnswerId | null
  up: SensitivityMove | null
  down: SensitivityMove | null
}

/** The result of {@link analyzeSensitivity}. */
export interface SensitivityAnalysis {
  total: number | null
  band: BandId | null
  drivers: DriverSensitivity[]
  /** `null` when no (known) threshold was given. */
  pathToThreshold: PathToThreshold | null
}

/**
 * Analyses one diagnostic (same input as `scoreDiagnostic`; rationale is ignored). Each answered
 * driver is moved one step up and one step down with everything else fixed; the path to the threshold
 * is the exact minimum number of single-step upgrades of answered drivers (see
 * `findPathToThreshold` for why taking the largest step gains first is optimal).
 */
export function analyzeSensitivity(input: ScoreInput): SensitivityAnalysis {
  const method = input.method ?? IMMD_1_0
  const { drivers } = resolveAnswers({ method, answers: input.answers })
  const values = drivers.map((d) => d.answer?.value ?? null)
  const { total } = computeTotal({ method, values })
  const band = total === null ? undefined : lookupBand(method, total)
  const moveTo = (index: number, step: number): SensitivityMove | null => {
    const answer = findAnswerByStep(method, step)
    if (!answer) return null
    const moved = values.map((value, i) => (i === index ? answer.value : value))
    const movedTotal = computeTotal({ method, values: moved }).total ?? 0
    const movedBand = lookupBand(method, movedTotal)
    return {
      answer: answer.id,
      total: movedTotal,
      band: movedBand?.id ?? null,
      bandChanged: movedBand?.id !== band?.id,
    }
  }
  const threshold = input.threshold ? findBand(method, input.threshold) : undefined
  return {
    total,
    band: band?.id ?? null,
    drivers: drivers.map(({ driver, status, answer }, index) => ({
      driverId: driver.id,
      number: driver.number,
      status,
      answer: answer?.id ?? null,
      up: answer ? moveTo(index, answer.step + 1) : null,
      down: answer ? moveTo(index, answer.step - 1) : null,
    })),
    pathToThreshold: threshold ? findPathToThreshold({ method, drivers, threshold }) : null,
  }
}
