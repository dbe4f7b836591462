/**
 * The typed refusals of an evidence upload or download. Each has a stable code and HTTP status;
 * nothing is stored when one is raised.
 *
 * @packageDocumentation
 */
import { DomainError } from '../errors.js'

/** Why an evidence request was refused. */
export const EVIDENCE_REFUSALS = {
  EVIDENCE_TOO_LARGE: 413,
  EVIDENCE_TYPE_NOT_ALLOWED: 415,
  EVIDENCE_TYPE_MISMATCH: 415,
  EVIDENCE_EMPTY: 422,
  EVIDENCE_DUPLICATE: 409,
  EVIDENCE_BAD_UPLOAD: 400,
  EVIDENCE_NOT_FOUND: 404,
  EVIDENCE_DELETED: 410,
  NOT_AUTHORIZED: 403,
  RESULTS_COMMUNICATED: 409,
} as const

export type EvidenceRefusal = keyof typeof EVIDENCE_REFUSALS

/** An evidence request the API refuses, with its code and status. */
export class EvidenceError extends DomainError {
  override name = 'EvidenceError'

  constructor(
    readonly refusal: EvidenceRefusal,
    message: string,
  ) {
    super(message, refusal)
  }

  /** The HTTP status of the refusal. */
  get status(): number {
    return EVIDENCE_REFUSALS[this.refusal]
  }
}
