/**
 * Per-driver lines of a score: value, normalised weight, contribution, rationale tally, confidence
 * and the warnings tied to one driver.
 *
 * @packageDocumentation
 */
import type { AnswerId, ConfidenceRules, EffectCode, MethodDefinition } from '../method-types.js'
import { rawWeightOf } from './compute-total.js'
import { assessConfidence, type DriverConfidence, type DriverEvidence } from './confidence.js'
import {
  checkRationale,
  createEffectTally,
  type EffectTally,
  type ScoreWarning,
  tallyEffects,
} from './rationale-warnings.js'
import type { DriverExclusion, DriverStatus, ResolvedDriver } from './resolve-input.js'

/** One driver's line in the score. */
export interface DriverScore {
  id: string
  number: number
  answer: AnswerId | null
  /** The answer's value, or `null` when the driver is not answered, invalid or excluded. */
  value: number | null
  /** Normalised weight over the answered drivers (they sum to 1); 0 when left out. */
  weight: number
  /** `weight × value`: the points this driver adds to the total (0 when left out). */
  contribution: number
  status: DriverStatus
  /** The tailoring decision that took the driver out of the scored set, when `status` is `excluded`. */
  exclusion: DriverExclusion | null
  /** Effect codes of the driver's rationale data items. */
  tally: EffectTally
  /** Evidence-based confidence (`[DESIGN]`); `null` when no evidence was given or it is excluded. */
  confidence: DriverConfidence | null
}

/** Options of {@link scoreDrivers}. */
export interface ScoreDriversOptions {
  method: MethodDefinition
  drivers: readonly ResolvedDriver[]
  weightSum: number
  rationale: Readonly<Record<string, readonly EffectCode[]>> | undefined
  evidence: Readonly<Record<string, DriverEvidence>> | undefined
  confidenceRules: ConfidenceRules
  /** False for an invalid input: nothing is weighted then. */
  scored: boolean
}

/** Builds every driver's line and collects the per-driver warnings and tallies. */
export function scoreDrivers(options: ScoreDriversOptions): {
  drivers: DriverScore[]
  warnings: ScoreWarning[]
  effectTally: EffectTally
  answerTally: Record<AnswerId, number>
} {
  const { method, weightSum, rationale, evidence } = options
  const warnings: ScoreWarning[] = []
  const effectTally = createEffectTally()
  const answerTally = Object.fromEntries(method.answers.map((a) => [a.id, 0])) as Record<
    AnswerId,
    number
  >
  const drivers = options.drivers.map((entry): DriverScore => {
    const { driver, answer, status } = entry
    const { tally, invalid } = tallyEffects({ items: rationale?.[driver.id] ?? [] })
    for (const code of ['+', '-', '0', '?'] as const) effectTally[code] += tally[code]
    if (rationale && status !== 'excluded') {
      warnings.push(...checkRationale({ method, resolved: entry, tally, invalid }))
    }
    if (answer) answerTally[answer.id] += 1
    const weight =
      options.scored && answer && weightSum > 0 ? rawWeightOf(method, driver) / weightSum : 0
    const confidence =
      evidence && status !== 'excluded'
        ? assessConfidence({
            method,
            rules: options.confidenceRules,
            tally,
            evidence: evidence[driver.id],
          })
        : null
    return {
      id: driver.id,
      number: driver.number,
      answer: answer?.id ?? null,
      value: answer?.value ?? null,
      weight,
      contribution: weight > 0 && answer ? weight * answer.value : 0,
      status,
      exclusion: entry.exclusion ?? null,
      tally,
      confidence,
    }
  })
  return { drivers, warnings, effectTally, answerTally }
}
