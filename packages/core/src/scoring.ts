/**
 * Scoring of an IMMD diagnostic (activities A4 "Apply analysis algorithm" and A5 "Establish the IMC
 * success profile").
 *
 * Rules (the formula is `[INF]`, the treatment of weights, skipped drivers and rounding is `[DESIGN]`):
 * - each answered driver contributes its answer's value (No 0 … Yes 100);
 * - `mean`: total = plain mean of the answered drivers; `weighted-mean`: total = Σ wᵢ·vᵢ / Σ wᵢ over
 *   the answered drivers, i.e. weights are relative and renormalised over what was answered;
 * - not-applicable drivers (skipped by tailoring) and unanswered drivers are excluded, never counted
 *   as 0;
 * - before the band lookup the total is rounded half up to an integer: 64.5 → 65 → High,
 *   64.4 → 64 → Borderline. With ten unweighted drivers totals are multiples of 2.5 and never need it.
 *
 * @packageDocumentation
 */
import { findBand, lookupBand } from './method.js'
import type {
  AnswerId,
  BandId,
  EffectCode,
  MethodDefinition,
  ScoringAlgorithm,
} from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { roundHalfUp } from './rounding.js'
import {
  computeTotal,
  type DriverStatus,
  rawWeightOf,
  resolveAnswers,
} from './scoring/compute-total.js'
import { describeDerivation } from './scoring/derivation.js'
import {
  checkRationale,
  createEffectTally,
  type EffectTally,
  type ScoreWarning,
  tallyEffects,
} from './scoring/rationale-warnings.js'
import { describeProfile, type SuccessProfile } from './scoring/success-profile.js'

export type { DriverStatus } from './scoring/compute-total.js'
export type {
  EffectTally,
  ScoreWarning,
  ScoreWarningCode,
} from './scoring/rationale-warnings.js'
export type { SuccessProfile } from './scoring/success-profile.js'

/**
 * A driver's answer as input: an answer id, `null` (or a missing key) for "not answered yet", or
 * `'not-applicable'` for a driver skipped by tailoring.
 */
export type AnswerInput = AnswerId | null | 'not-applicable'

/** What {@link scoreDiagnostic} needs. */
export interface ScoreInput {
  /** Answer per driver id. Keys that name no driver of the method produce a warning, not an error. */
  answers: Readonly<Record<string, AnswerInput | undefined>>
  /** The success threshold band chosen during preparation, if any. */
  threshold?: BandId | null
  /** The method to score against; defaults to {@link IMMD_1_0}. */
  method?: MethodDefinition
  /**
   * Effect codes of each driver's rationale data items. When given, answered drivers are checked
   * against their items (see warnings); when omitted, no rationale warning is produced.
   */
  rationale?: Readonly<Record<string, readonly EffectCode[]>>
}

/** One driver's line in the score. */
export interface DriverScore {
  id: string
  number: number
  answer: AnswerId | null
  /** The answer's value, or `null` when the driver is not answered or not applicable. */
  value: number | null
  /** Normalised weight over the answered drivers (they sum to 1); 0 when excluded. */
  weight: number
  /** `weight × value`: the points this driver adds to the total (0 when excluded). */
  contribution: number
  status: DriverStatus
  /** Effect codes of the driver's rationale data items. */
  tally: EffectTally
}

/** The scored diagnostic. */
export interface DiagnosticScore {
  methodVersion: string
  algorithm: ScoringAlgorithm
  drivers: DriverScore[]
  /** Unrounded (weighted) mean of the answered drivers, 0-100; `null` when none is answered. */
  total: number | null
  /** `total` rounded half up to an integer, the number the band lookup uses. */
  roundedTotal: number | null
  band: BandId | null
  /** True when no driver is left unanswered (not-applicable drivers count as settled). */
  complete: boolean
  /** Ids of the unanswered drivers, in driver order. */
  missing: string[]
  /** Ids of the not-applicable drivers, in driver order. */
  notApplicable: string[]
  /** How many drivers got each answer. */
  answerTally: Record<AnswerId, number>
  /** Effect codes over all drivers' rationale items. */
  effectTally: EffectTally
  profile: SuccessProfile
  warnings: ScoreWarning[]
  /** Human-readable formula, e.g. `(75×8 + 50×2) / 10 = 70.0 → 70 → High`. */
  derivation: string
}

/**
 * Scores a diagnostic: per-driver values and weights, the total, its band, the success profile against
 * the threshold, answer and effect-code tallies, review warnings and a printable derivation.
 * Never throws on unknown driver ids, unknown answers or an unknown threshold: they become warnings.
 */
export function scoreDiagnostic(input: ScoreInput): DiagnosticScore {
  const method = input.method ?? IMMD_1_0
  const resolved = resolveAnswers({ method, answers: input.answers })
  const { total, weightSum } = computeTotal({
    method,
    values: resolved.drivers.map((d) => d.answer?.value ?? null),
  })
  const roundedTotal = total === null ? null : roundHalfUp(total)
  const band = total === null ? undefined : lookupBand(method, total)
  const warnings: ScoreWarning[] = resolved.unknownDriverIds.map((driverId) => ({
    code: 'unknown-driver-in-answers',
    driverId,
    message: `Answer for unknown driver "${driverId}" ignored (method ${method.version}).`,
  }))
  const answerTally = Object.fromEntries(method.answers.map((a) => [a.id, 0])) as Record<
    AnswerId,
    number
  >
  const effectTally = createEffectTally()
  const drivers = resolved.drivers.map((entry): DriverScore => {
    const { driver, answer, status } = entry
    if (entry.invalidAnswer !== undefined) {
      warnings.push({
        code: 'invalid-answer',
        driverId: driver.id,
        message: `Driver ${driver.id} has unknown answer ${JSON.stringify(entry.invalidAnswer)}; treated as not answered.`,
      })
    }
    const items = input.rationale?.[driver.id] ?? []
    const { tally, invalid } = tallyEffects({ items })
    for (const code of ['+', '-', '0', '?'] as const) effectTally[code] += tally[code]
    if (input.rationale) {
      warnings.push(...checkRationale({ method, resolved: entry, tally, invalid }))
    }
    if (answer) answerTally[answer.id] += 1
    const weight = answer && weightSum > 0 ? rawWeightOf(method, driver) / weightSum : 0
    return {
      id: driver.id,
      number: driver.number,
      answer: answer?.id ?? null,
      value: answer?.value ?? null,
      weight,
      contribution: answer ? weight * answer.value : 0,
      status,
      tally,
    }
  })
  for (const driverId of Object.keys(input.rationale ?? {})) {
    if (!method.drivers.some((driver) => driver.id === driverId)) {
      warnings.push({
        code: 'unknown-driver-in-rationale',
        driverId,
        message: `Rationale for unknown driver "${driverId}" ignored (method ${method.version}).`,
      })
    }
  }
  const missing = drivers.filter((d) => d.status === 'missing').map((d) => d.id)
  if (missing.length > 0) {
    warnings.push({
      code: 'incomplete',
      message: `${missing.length} of ${drivers.length} drivers not answered yet: ${missing.join(', ')}.`,
    })
  }
  const threshold = input.threshold ?? null
  const thresholdBand = threshold === null ? undefined : findBand(method, threshold)
  if (threshold !== null && !thresholdBand) {
    warnings.push({
      code: 'unknown-threshold',
      message: `Unknown success threshold "${threshold}"; the profile has no threshold.`,
    })
  }
  return {
    methodVersion: method.version,
    algorithm: method.scoring.algorithm,
    drivers,
    total,
    roundedTotal,
    band: band?.id ?? null,
    complete: missing.length === 0,
    missing,
    notApplicable: drivers.filter((d) => d.status === 'not-applicable').map((d) => d.id),
    answerTally,
    effectTally,
    profile: describeProfile({ total, current: band, threshold: thresholdBand }),
    warnings,
    derivation: describeDerivation({
      method,
      drivers: resolved.drivers,
      total,
      weightSum,
      roundedTotal,
      band,
    }),
  }
}
