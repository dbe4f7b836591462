/**
 * Whether a result may be presented as final (`[DESIGN]`): coverage of the scored set and completeness
 * of its evaluation. A provisional result shows its indicative band, never as the final one; a withheld
 * result shows no band at all.
 *
 * @packageDocumentation
 */

/** `final`: every driver of a large enough scored set is evaluated. */
export type ResultStatus = 'final' | 'provisional' | 'withheld' | 'invalid'

/** Why a result is not final. */
export type StatusReasonCode =
  | 'invalid-input'
  | 'below-minimum-coverage'
  | 'drivers-not-evaluated'
  | 'nothing-evaluated'

/** One stated reason of a non-final status. */
export interface StatusReason {
  code: StatusReasonCode
  /** The sentence in English; readers in other languages write it from the code and fields. */
  message: string
  /** `below-minimum-coverage`: drivers left in the scored set; `drivers-not-evaluated`: unanswered ones. */
  count?: number
  /** Out of how many: the method's drivers, or the scored set's. */
  total?: number
  /** `below-minimum-coverage`: the least scored drivers for a band. */
  minimum?: number
  /** `drivers-not-evaluated`: the unanswered drivers, in driver order. */
  driverIds?: string[]
}

/** Coverage of the scored set against the method's drivers. */
export interface ResultCoverage {
  /** Drivers of the method (the "original" set before exclusions). */
  methodDrivers: number
  /** Drivers left in the scored set after tailoring exclusions. */
  scoredDrivers: number
  /** Drivers of the scored set that are answered. */
  evaluatedDrivers: number
  /** The least `scoredDrivers` for a band (e.g. 8 of 10). */
  minimumScoredDrivers: number
  /** The method's `coverage.minimumScoredShare`. */
  minimumScoredShare: number
}

/** Options of {@link decideStatus}. */
export interface DecideStatusOptions {
  invalid: boolean
  coverage: ResultCoverage
  /** Ids of unanswered drivers of the scored set, in driver order. */
  missing: readonly string[]
}

/** Decides the status and states every reason that keeps the result from being final. */
export function decideStatus(options: DecideStatusOptions): {
  status: ResultStatus
  reasons: StatusReason[]
} {
  const { coverage, missing } = options
  if (options.invalid) {
    return {
      status: 'invalid',
      reasons: [
        { code: 'invalid-input', message: 'The input has errors: no total and no band computed.' },
      ],
    }
  }
  const reasons: StatusReason[] = []
  if (coverage.scoredDrivers < coverage.minimumScoredDrivers) {
    reasons.push({
      code: 'below-minimum-coverage',
      count: coverage.scoredDrivers,
      total: coverage.methodDrivers,
      minimum: coverage.minimumScoredDrivers,
      message:
        `Band withheld: only ${coverage.scoredDrivers} of ${coverage.methodDrivers} drivers remain ` +
        `in the scored set after exclusions; at least ${coverage.minimumScoredDrivers} are required ` +
        '(platform rule, method-version setting).',
    })
  }
  if (coverage.evaluatedDrivers === 0) {
    reasons.push({ code: 'nothing-evaluated', message: 'No driver is evaluated yet.' })
  } else if (missing.length > 0) {
    reasons.push({
      code: 'drivers-not-evaluated',
      count: missing.length,
      total: coverage.scoredDrivers,
      driverIds: [...missing],
      message:
        `Provisional: ${missing.length} of ${coverage.scoredDrivers} drivers in the scored set are ` +
        `not evaluated yet (${missing.join(', ')}); the band is indicative, not final.`,
    })
  }
  if (reasons.some((reason) => reason.code === 'below-minimum-coverage')) {
    return { status: 'withheld', reasons }
  }
  return { status: reasons.length > 0 ? 'provisional' : 'final', reasons }
}
