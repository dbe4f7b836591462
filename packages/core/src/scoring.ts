/**
 * Scoring of an IMMD diagnostic (activities A4 "Apply analysis algorithm" and A5 "Establish the IMC
 * success profile").
 *
 * Rules (the formula is `[INF]`; weights, exclusions, rounding, coverage, confidence and the
 * rule-based cap are `[DESIGN]` and method-version data; docs/method.md lists each with provenance):
 * - strict input: an unknown driver id, an answer that is neither an answer id nor a label, a bad
 *   exclusion or an unreadable threshold make the result `invalid` (no total, no band), with one
 *   error per entry; labels ("Likely Yes", "High") are accepted and normalised to ids;
 * - each answered driver contributes its answer's value (No 0 … Yes 100);
 * - `mean`: total = plain mean of the answered drivers; `weighted-mean`: total = Σ wᵢ·vᵢ / Σ wᵢ over
 *   the answered drivers, i.e. weights are relative and renormalised over what was answered;
 *   `rule-based`: the total of its base algorithm, then a critical driver answered low caps the band;
 * - drivers excluded by a tailoring decision leave the scored set (a `drivers-excluded` warning is
 *   always raised); unanswered drivers are left out of the mean, never counted as 0;
 * - before the band lookup the total is rounded half up to an integer: 64.5 → 65 → High,
 *   64.4 → 64 → Borderline. Ten answered unweighted drivers give multiples of 2.5 that never need it;
 *   weights, exclusions and unanswered drivers can: (100×3 + 75×5) / 8 = 84.375 → 84 → High;
 * - status: `final` only when every driver of the scored set is answered and the set keeps the
 *   method's minimum share of drivers (8 of 10 by default); `provisional` shows an indicative band,
 *   `withheld` shows none; `finalBand` is `null` unless `final`.
 *
 * @packageDocumentation
 */
import { lookupBand } from './method.js'
import type {
  AnswerId,
  BandId,
  EffectCode,
  MethodDefinition,
  ScoringAlgorithm,
} from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { roundHalfUp } from './rounding.js'
import { type AppliedCap, applyBandCap } from './scoring/band-cap.js'
import { collectWarnings } from './scoring/collect-warnings.js'
import { computeTotal } from './scoring/compute-total.js'
import type { DriverEvidence } from './scoring/confidence.js'
import { describeDerivation, describeFormula } from './scoring/derivation.js'
import type { EffectTally, ScoreWarning } from './scoring/rationale-warnings.js'
import {
  type DriverExclusion,
  resolveAnswers,
  type ScoreInputError,
} from './scoring/resolve-input.js'
import {
  decideStatus,
  type ResultCoverage,
  type ResultStatus,
  type StatusReason,
} from './scoring/result-status.js'
import { type DriverScore, scoreDrivers } from './scoring/score-drivers.js'
import { minimumScoredDrivers, resolveScoringPolicy } from './scoring/scoring-policy.js'
import { describeProfile, type SuccessProfile } from './scoring/success-profile.js'

export type { AppliedCap } from './scoring/band-cap.js'
export type {
  ConfidenceFinding,
  ConfidenceFindingCode,
  ConfidenceLevel,
  DriverConfidence,
  DriverEvidence,
} from './scoring/confidence.js'
export { describeConfidenceFinding } from './scoring/confidence.js'
export type {
  EffectTally,
  ScoreWarning,
  ScoreWarningCode,
} from './scoring/rationale-warnings.js'
export type {
  DriverExclusion,
  DriverStatus,
  ScoreInputError,
  ScoreInputErrorCode,
} from './scoring/resolve-input.js'
export type {
  ResultCoverage,
  ResultStatus,
  StatusReason,
  StatusReasonCode,
} from './scoring/result-status.js'
export type { DriverScore } from './scoring/score-drivers.js'
export type { ScoringPolicy } from './scoring/scoring-policy.js'
export type { SuccessProfile } from './scoring/success-profile.js'

/**
 * A driver's answer as input: an answer id or label (`'likely-yes'`, `'Likely Yes'`), or `null` (or
 * a missing key) for "not answered yet". Anything else, including the retired `'not-applicable'`, is
 * an input error: a driver leaves the scored set only through {@link ScoreInput.exclusions}.
 */
export type AnswerInput = AnswerId | (string & {}) | null

/** What {@link scoreDiagnostic} needs. */
export interface ScoreInput {
  /** Answer per driver id. A key that names no driver of the method is an input error. */
  answers: Readonly<Record<string, AnswerInput | undefined>>
  /** Drivers taken out of the scored set by recorded tailoring decisions. */
  exclusions?: readonly DriverExclusion[]
  /** The success threshold band chosen during preparation (id or label), if any. */
  threshold?: BandId | (string & {}) | null
  /** The method to score against; defaults to {@link IMMD_1_0}. */
  method?: MethodDefinition
  /**
   * Effect codes of each driver's rationale data items. When given, answered drivers are checked
   * against their items (see warnings); when omitted, no rationale warning is produced.
   */
  rationale?: Readonly<Record<string, readonly EffectCode[]>>
  /**
   * Interviewee ratings and reviewed documents per driver. When given, every driver of the scored
   * set gets a confidence (data items come from `rationale`); when omitted, confidence is `null`.
   */
  evidence?: Readonly<Record<string, DriverEvidence>>
}

/** The scored diagnostic. */
export interface DiagnosticScore {
  methodVersion: string
  /** The algorithm that produced the band. */
  algorithm: ScoringAlgorithm
  /** False when the input had errors: then total and every band are `null`. */
  valid: boolean
  /** One error per unreadable input entry. */
  errors: ScoreInputError[]
  /** `final`, `provisional`, `withheld` or `invalid`; see {@link DiagnosticScore.statusReasons}. */
  status: ResultStatus
  /** Why the result is not final (empty when it is). */
  statusReasons: StatusReason[]
  coverage: ResultCoverage
  drivers: DriverScore[]
  /** Unrounded (weighted) mean of the answered drivers, 0-100; `null` when none, invalid or withheld. */
  total: number | null
  /** `total` rounded half up to an integer, the number the band lookup uses. */
  roundedTotal: number | null
  /** The band of the total alone, before any rule-based cap; `null` when invalid or withheld. */
  computedBand: BandId | null
  /**
   * The band after any rule-based cap. Indicative while `provisional`: only {@link finalBand} may
   * be presented as the result's band.
   */
  band: BandId | null
  /** The band when `status` is `final`, else `null`. */
  finalBand: BandId | null
  /** The rule-based cap that lowered the band, if any. */
  cap: AppliedCap | null
  /** True when every driver of the scored set is answered. */
  complete: boolean
  /** Ids of the unanswered drivers of the scored set, in driver order. */
  missing: string[]
  /** The tailoring exclusions, in driver order. */
  excluded: DriverExclusion[]
  /** Ids of the scored-set drivers whose confidence is `low` (thin evidence), in driver order. */
  thinEvidence: string[]
  /** How many drivers got each answer. */
  answerTally: Record<AnswerId, number>
  /** Effect codes over all drivers' rationale items. */
  effectTally: EffectTally
  profile: SuccessProfile
  warnings: ScoreWarning[]
  /** Human-readable formula, e.g. `(75×8 + 50×2) / 10 = 70.0 → 70 → High`. */
  derivation: string
  /**
   * The arithmetic of the derivation alone, without words or band (`(75×8 + 50×2) / 10 = 70.0 → 70`),
   * so a reader writes the rest in its own language; null when no total was computed.
   */
  derivationFormula: string | null
}

/**
 * Scores a diagnostic: per-driver values, weights and confidence, the total, its band (capped by the
 * rule-based algorithm when chosen), the status with its reasons, the success profile against the
 * threshold, answer and effect-code tallies, review warnings and a printable derivation. Never throws
 * on bad input: it returns `valid: false` with one error per bad entry.
 */
export function scoreDiagnostic(input: ScoreInput): DiagnosticScore {
  const method = input.method ?? IMMD_1_0
  const policy = resolveScoringPolicy(method)
  const resolved = resolveAnswers({
    method,
    answers: input.answers,
    exclusions: input.exclusions,
    threshold: input.threshold,
  })
  const valid = resolved.errors.length === 0
  const scoredSet = resolved.drivers.filter((d) => d.status !== 'excluded')
  const missing = scoredSet.filter((d) => d.status === 'missing').map((d) => d.driver.id)
  const coverage: ResultCoverage = {
    methodDrivers: method.drivers.length,
    scoredDrivers: scoredSet.length,
    evaluatedDrivers: scoredSet.filter((d) => d.status === 'answered').length,
    minimumScoredDrivers: minimumScoredDrivers(method, policy.coverage),
    minimumScoredShare: policy.coverage.minimumScoredShare,
  }
  const { status, reasons } = decideStatus({ invalid: !valid, coverage, missing })
  const computable = status !== 'invalid' && status !== 'withheld'
  const parts = computeTotal({
    method,
    values: resolved.drivers.map((d) => d.answer?.value ?? null),
  })
  const total = computable ? parts.total : null
  const computedBand = total === null ? undefined : lookupBand(method, total)
  const capped =
    computedBand && method.scoring.algorithm === 'rule-based'
      ? applyBandCap({
          method,
          rules: policy.ruleBased,
          drivers: resolved.drivers,
          band: computedBand,
        })
      : { band: computedBand, cap: null }
  const band = capped.band
  const lines = scoreDrivers({
    method,
    drivers: resolved.drivers,
    weightSum: parts.weightSum,
    rationale: input.rationale,
    evidence: input.evidence,
    confidenceRules: policy.confidence,
    scored: computable,
  })
  const thinEvidence = lines.drivers.filter((d) => d.confidence?.level === 'low').map((d) => d.id)
  const warnings = collectWarnings({
    method,
    rationaleDriverIds: Object.keys(input.rationale ?? {}),
    resolved,
    perDriver: lines.warnings,
    missing,
    thinEvidence,
    cap: capped.cap,
    scoredDrivers: coverage.scoredDrivers,
  })
  const roundedTotal = total === null ? null : roundHalfUp(total)
  return {
    methodVersion: method.version,
    algorithm: method.scoring.algorithm,
    valid,
    errors: resolved.errors,
    status,
    statusReasons: reasons,
    coverage,
    drivers: lines.drivers,
    total,
    roundedTotal,
    computedBand: computedBand?.id ?? null,
    band: band?.id ?? null,
    finalBand: status === 'final' ? (band?.id ?? null) : null,
    cap: capped.cap,
    complete: missing.length === 0,
    missing,
    excluded: resolved.excluded,
    thinEvidence,
    answerTally: lines.answerTally,
    effectTally: lines.effectTally,
    profile: describeProfile({ total, current: band, threshold: resolved.threshold }),
    warnings,
    derivation: describeStatusDerivation(status, reasons, () =>
      describeDerivation({
        method,
        drivers: resolved.drivers,
        total,
        weightSum: parts.weightSum,
        roundedTotal,
        band,
        cap: capped.cap,
      }),
    ),
    derivationFormula:
      computable && total !== null && roundedTotal !== null
        ? describeFormula({
            method,
            drivers: resolved.drivers,
            total,
            weightSum: parts.weightSum,
            roundedTotal,
          })
        : null,
  }
}

function describeStatusDerivation(
  status: ResultStatus,
  reasons: readonly StatusReason[],
  describe: () => string,
): string {
  if (status === 'invalid') return 'Input has errors: total not computed'
  if (status === 'withheld') return reasons.map((reason) => reason.message).join(' ')
  return describe()
}
