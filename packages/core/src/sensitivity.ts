/**
 * Sensitivity of a diagnostic's result to its answers: what one step up or down on each driver does to
 * the total and band, and the fewest upgrades that reach the success threshold. Helps assessors see
 * which judgements the result hinges on, and gives A6 ("Determine next steps") a concrete target.
 *
 * @packageDocumentation
 */
import { findAnswerByStep, lookupBand } from './method.js'
import type { AnswerId, BandId } from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { computeTotal } from './scoring/compute-total.js'
import { type DriverStatus, resolveAnswers } from './scoring/resolve-input.js'
import { minimumScoredDrivers, resolveScoringPolicy } from './scoring/scoring-policy.js'
import type { ScoreInput } from './scoring.js'
import {
  countFailureItems,
  type NextStepCandidate,
  rankCandidates,
} from './sensitivity/next-step-candidates.js'
import { findPathToThreshold, type PathToThreshold } from './sensitivity/path-to-threshold.js'

export type {
  CandidateReason,
  NextStepCandidate,
} from './sensitivity/next-step-candidates.js'
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
  /**
   * False when the input had errors (see `scoreDiagnostic`): then nothing else is computed. When the
   * band is withheld (too few drivers left), only the candidates are.
   */
  valid: boolean
  total: number | null
  band: BandId | null
  drivers: DriverSensitivity[]
  /** `null` when no threshold was given or the input is invalid. */
  pathToThreshold: PathToThreshold | null
  /** Drivers recommended as A6 next-step candidates, unanswered and weakest first. */
  candidates: NextStepCandidate[]
}

/**
 * Analyses one diagnostic (same input as `scoreDiagnostic`; rationale counts failure items). Each
 * answered driver is moved one step up and one step down with everything else fixed; the path to the
 * threshold is the exact minimum number of single-step upgrades of answered drivers (see
 * `findPathToThreshold` for why taking the largest step gains first is optimal; ties go to the weakest
 * drivers and those with failure items). Unanswered drivers of the scored set lead the candidates.
 */
export function analyzeSensitivity(input: ScoreInput): SensitivityAnalysis {
  const method = input.method ?? IMMD_1_0
  const resolved = resolveAnswers({
    method,
    answers: input.answers,
    exclusions: input.exclusions,
    threshold: input.threshold,
  })
  const { drivers } = resolved
  const scoredDrivers = drivers.filter((d) => d.status !== 'excluded').length
  const withheld =
    scoredDrivers < minimumScoredDrivers(method, resolveScoringPolicy(method).coverage)
  if (resolved.errors.length > 0 || withheld) {
    // Nothing to move when the input is invalid or the band is withheld; candidates still help A6.
    return {
      valid: resolved.errors.length === 0,
      total: null,
      band: null,
      drivers: drivers.map(({ driver, status }) => ({
        driverId: driver.id,
        number: driver.number,
        status,
        answer: null,
        up: null,
        down: null,
      })),
      pathToThreshold: null,
      candidates: withheld ? rankCandidates({ method, drivers, rationale: input.rationale }) : [],
    }
  }
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
  const threshold = resolved.threshold
  const failureItems = drivers.map(({ driver }) => countFailureItems(input.rationale, driver.id))
  return {
    valid: true,
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
    pathToThreshold: threshold
      ? findPathToThreshold({ method, drivers, threshold, failureItems })
      : null,
    candidates: rankCandidates({ method, drivers, rationale: input.rationale }),
  }
}
