/**
 * Domain errors: thrown by resolvers, returned to clients as typed members of a field's result union
 * (Pothos errors plugin). Anything that is not a {@link DomainError} stays masked by Yoga.
 *
 * The GraphQL types of these classes live in `schema/errors.ts`; {@link toDomainError} maps the
 * typed errors of `@immd/db`.
 *
 * @packageDocumentation
 */
import type { ActivityTransition, GatePrerequisite } from '@immd/core/lifecycle'
import type { ActivityId } from '@immd/core/method-types'
import {
  ActivityGateError,
  NotFoundError as DbNotFoundError,
  ForeignKeyError,
  InvalidValueError,
  toDatabaseError,
  UniqueConstraintError,
  VersionConflictError,
} from '@immd/db/errors'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { GraphQLError } from 'graphql'
import { currentRowValue, nodeTypeOfModel, publicNodeId } from './node-ids.js'

export { currentRowValue, NODE_TYPES } from './node-ids.js'

/**
 * Base class of every error a client may see: a typed result on fields that list it (the schema's
 * `BaseError` and its subtypes), else a GraphQL error with `extensions.code` that Yoga does not mask.
 */
export class DomainError extends GraphQLError {
  override name = 'DomainError'
  /** Machine-readable kind of the error (`Error.code`), also in `extensions.code`. */
  readonly code: string

  constructor(message: string, code = 'BAD_REQUEST') {
    super(message, { extensions: { code } })
    this.code = code
  }
}

/** One problem of an input, with the dotted path of the offending value (e.g. `input.title`). */
export interface ValidationIssue {
  path: string
  message: string
  /**
   * A stable code for clients that write the sentence in their own language (e.g.
   * `DOCUMENT_NOT_RECEIVED`, see {@link VALIDATION_ISSUE_CODES}); absent where the message is the
   * only form.
   */
  code?: ValidationIssueCode
  /** What the issue is about, by name (e.g. the document's title), for that sentence. */
  subject?: string
  /** The bound the value broke (characters, items, days, tokens …), for that sentence. */
  limit?: number
}

/**
 * The codes of {@link ValidationIssue}, each with what it means; clients write the sentence in
 * their own language from the code, `subject` and `limit` (the console's `inputIssue.*`).
 */
export const VALIDATION_ISSUE_CODES = {
  REQUIRED: 'the value is empty',
  TOO_SHORT: 'fewer than `limit` characters',
  TOO_LONG: 'more than `limit` characters',
  TOO_SMALL: 'a number below `limit`',
  TOO_LARGE: 'a number above `limit`',
  TOO_FEW: 'fewer than `limit` items',
  TOO_MANY: 'more than `limit` items',
  INVALID_FORMAT: 'not in the expected format (e.g. an e-mail address or URL)',
  INVALID_VALUE: 'not one of the values allowed here',
  DOCUMENT_NOT_RECEIVED: 'a document (`subject`) is marked reviewed before it was received',
  EXPIRY_IN_PAST: 'an expiry date that is not in the future',
  TOKEN_LIMIT_REACHED: 'the user already holds `limit` active API tokens',
  END_BEFORE_START: 'a planned end before the planned start',
  CURSOR_INVALID: 'a cursor of another order, or not a cursor at all',
  LINK_LIFETIME_OUT_OF_RANGE: 'a respondent link lives 1 to `limit` days',
  NO_RATING: 'a respondent submits without rating any driver',
  INVITATION_INVALID: 'the invitation link was used, replaced or has expired',
  INVITATION_OTHER_ADDRESS: 'the invitation is for another address (`subject`)',
  INVITATION_ACCOUNT_EXISTS: 'the invited address (`subject`) has an account: sign in first',
  PASSWORD_WRONG: 'the current password is wrong',
  ACCOUNT_LOCKED: 'too many wrong passwords: the account is locked for a while',
  RESULT_NOT_STALE: 'the stored result matches the answers: nothing to re-run',
  PLAN_ITEM_MANUAL: 'the item (`subject`) was added by hand, not planned',
  NOT_PLANNED: 'the engagement was not planned from inventory records',
  LATE_CHANGE_RATIONALE_REQUIRED:
    'A3 has started: a late change to the scored set needs a rationale',
  REASON_REQUIRED: 'the decision needs a reason',
  RESULTS_NOT_COMMUNICATED: 'the results are not communicated (PAA1): nothing to re-open',
  SEARCH_TOO_BROAD: 'the search text (`subject`) matches more than `limit` engagements',
  PSEUDONYM_TAKEN: 'the pseudonym (`subject`) is already used in the scope list',
  ONE_SOURCE_REQUIRED: 'a data item needs exactly one source, an interview or a document',
  DRIVER_LINK_REQUIRED: 'a data item must stay linked to at least one driver',
  UNKNOWN_DRIVER: 'the driver (`subject`) is not a driver of the method version',
  UNKNOWN_ANSWER: 'the answer (`subject`) is not on the method version’s scale',
  WEBHOOK_URL_REFUSED: 'the webhook URL is refused (not https://, credentials in it, or not a URL)',
} as const

/** A {@link ValidationIssue} code. */
export type ValidationIssueCode = keyof typeof VALIDATION_ISSUE_CODES

/** The input is malformed or breaks a rule of the method (every problem is listed). */
export class ValidationError extends DomainError {
  override name = 'ValidationError'
  readonly issues: ValidationIssue[]

  constructor(issues: ValidationIssue[], message?: string) {
    super(
      message ?? issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      'BAD_USER_INPUT',
    )
    this.issues = issues
  }
}

/** The object a field or mutation names does not exist (or the viewer may not see it). */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError'
  /** The GraphQL type of the missing object (`Interview`, not the `InterviewSession` model). */
  readonly entity: string
  /**
   * The id as the client knows it: a node's global id (never a raw database key, #17), else the
   * id as given (a method version, a driver code).
   */
  readonly id: string

  /**
   * @param id - the database key of a node (encoded here), or with `idIsPublic` an id that is
   *   already what the client knows (e.g. `<engagement global id>/<user global id>`).
   */
  constructor(entity: string, id: string, idIsPublic = false) {
    const type = idIsPublic ? entity : nodeTypeOfModel(entity)
    const publicId = idIsPublic ? id : publicNodeId(type, id)
    super(`${type} ${publicId} was not found.`, 'NOT_FOUND')
    this.entity = type
    this.id = publicId
  }
}

/** Options of {@link ConflictError}. */
export interface ConflictErrorOptions {
  /** The row's version now, for optimistic-concurrency conflicts. */
  currentVersion?: number | null
  /** The value that is in the way (e.g. the existing method version id), any JSON value. */
  currentValue?: unknown
}

/** The write lost a race (stale `version`) or collides with existing data. */
export class ConflictError extends DomainError {
  override name = 'ConflictError'
  readonly currentVersion: number | null
  readonly currentValue: unknown

  constructor(message: string, options: ConflictErrorOptions = {}) {
    super(message, 'CONFLICT')
    this.currentVersion = options.currentVersion ?? null
    this.currentValue = options.currentValue ?? null
  }
}

/** Rows that still depend on an object a removal names (e.g. data items sourced from a document). */
export interface InUseDependant {
  /** The kind of dependant, e.g. `DataItem`. */
  kind: string
  count: number
}

/**
 * A removal is refused because other rows depend on the object and would be orphaned or lose
 * evidence; `message` says what to do first (code `IN_USE`).
 */
export class InUseError extends DomainError {
  override name = 'InUseError'
  /** Global id of the object in use. */
  readonly id: string

  constructor(
    readonly entity: string,
    rowId: string,
    readonly dependants: InUseDependant[],
    message: string,
  ) {
    super(message, 'IN_USE')
    this.id = encodeGlobalID(entity, rowId)
  }
}

/** A lifecycle gate of `@immd/core/lifecycle` refused the transition; `missing` says why. */
export class GateNotSatisfiedError extends DomainError {
  override name = 'GateNotSatisfiedError'

  constructor(
    readonly activityId: ActivityId,
    readonly transition: ActivityTransition | 'edit',
    readonly missing: GatePrerequisite[],
  ) {
    super(
      `Cannot ${transition} ${activityId}: ${missing.map((prerequisite) => prerequisite.message).join(' ')}`,
      'GATE_NOT_SATISFIED',
    )
  }
}

/** The viewer is authenticated but may not do this. */
export class NotAuthorizedError extends DomainError {
  override name = 'NotAuthorizedError'

  constructor(message: string) {
    super(message, 'FORBIDDEN')
  }
}

/**
 * A sign-in failed: wrong e-mail or password, a locked account (the same words, so the answer does
 * not tell which accounts exist), or too many attempts (`retryAfterSeconds` says when to retry).
 */
export class AuthenticationError extends DomainError {
  override name = 'AuthenticationError'

  constructor(
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message, 'UNAUTHENTICATED')
  }
}

/** `{ id: "…" }` → `…`: the key of a row @immd/db did not find. */
function describeKey(key: Record<string, unknown> | null): string {
  if (!key) return ''
  const values = Object.values(key)
  return values.length === 1 ? String(values[0]) : JSON.stringify(key)
}

/**
 * Maps `@immd/db`'s typed errors (and Prisma errors a repository did not map yet) to domain errors.
 * Anything else is returned unchanged and stays masked by Yoga.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error
  const mapped = toDatabaseError(error)
  if (mapped instanceof DbNotFoundError) {
    return new NotFoundError(mapped.model, describeKey(mapped.key))
  }
  if (mapped instanceof VersionConflictError) {
    const current = mapped.current as { version?: unknown } | null
    return new ConflictError(
      `${mapped.model} ${mapped.id} was changed by someone else; reload it.`,
      {
        currentVersion: typeof current?.version === 'number' ? current.version : null,
        currentValue: currentRowValue(mapped.current, nodeTypeOfModel(mapped.model)),
      },
    )
  }
  if (mapped instanceof UniqueConstraintError) {
    return new ConflictError(mapped.message, { currentValue: mapped.fields.join(',') || null })
  }
  if (mapped instanceof ForeignKeyError) {
    return new ValidationError([{ path: mapped.field ?? 'input', message: mapped.message }])
  }
  if (mapped instanceof InvalidValueError) {
    return new ValidationError([{ path: mapped.field, message: mapped.message }])
  }
  if (mapped instanceof ActivityGateError) {
    return new GateNotSatisfiedError(
      mapped.activityId as ActivityId,
      mapped.transition as ActivityTransition,
      mapped.missing,
    )
  }
  return mapped
}

/**
 * `errors` option of an engagement write that can fail validation, miss its target, lose a
 * version race or hit an activity gate. One list, so those fields declare the same result union
 * members in the same order.
 */
export function engagementWriteErrors() {
  return {
    types: [ValidationError, NotFoundError, ConflictError, GateNotSatisfiedError],
    directResult: true as const,
  }
}
