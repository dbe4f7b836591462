/**
 * The problems a tailoring request is rejected with, in their own module so that the checks in
 * `tailoring/` and `tailoring.ts` (which calls them) do not import each other.
 *
 * @packageDocumentation
 */
/** Why a tailoring request was rejected. */
export type TailoringErrorCode =
  | 'invalid-version'
  | 'duplicate-version'
  | 'duplicate-driver-id'
  | 'unknown-driver'
  | 'invalid-driver'
  | 'invalid-weight'
  | 'empty-driver-set'
  | 'conflicting-change'
  | 'invalid-method'
  | 'unknown-answer'
  | 'invalid-criteria'

/** One problem of a tailoring request, with the path of the offending option. */
export interface TailoringError {
  code: TailoringErrorCode
  /** E.g. `addDrivers[0].id`, `weights.D4`, or `drivers[3].weight` for a problem of the result. */
  path: string
  message: string
}
