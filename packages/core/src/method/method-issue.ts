/**
 * The problems {@link validateMethod} reports, in their own module so that the validators in
 * `method/` and `method.ts` (which calls them) do not import each other.
 *
 * @packageDocumentation
 */
/** What kind of structural problem `validateMethod` found. */
export type MethodIssueCode =
  | 'invalid-version'
  | 'duplicate-id'
  | 'empty-driver-set'
  | 'invalid-weight'
  | 'invalid-driver-number'
  | 'invalid-answer-scale'
  | 'band-out-of-range'
  | 'band-gap'
  | 'band-overlap'
  | 'invalid-band-index'
  | 'unknown-phase'
  | 'unknown-artifact'
  | 'unknown-worksheet'
  | 'unknown-activity'
  | 'missing-activity'
  | 'invalid-scoring-rule'

/** One structural problem of a method definition. */
export interface MethodIssue {
  code: MethodIssueCode
  /** Where the problem is, as a property path into the definition, e.g. `drivers[3].weight`. */
  path: string
  message: string
}
