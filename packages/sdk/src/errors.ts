/**
 * Typed errors of the SDK. Transport and protocol failures are thrown; expected domain failures
 * (a `ValidationError` or `NotFoundError` member of a mutation's result union) come back as values
 * and only become {@link ImmdDomainError} when a caller asks for the payload with `expectPayload`.
 *
 * @packageDocumentation
 */

/** One GraphQL error as the server sent it. */
export interface GraphQLErrorEntry {
  message: string
  path?: readonly (string | number)[]
  extensions?: Record<string, unknown>
}

/** Base class: `error instanceof ImmdError` catches everything the SDK throws. */
export class ImmdError extends Error {
  override name = 'ImmdError'
  /** Stable machine-readable kind, e.g. `NETWORK`, `UNAUTHENTICATED`. */
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

/** The API could not be reached (DNS, refused connection, timeout, 502/503/504) after all retries. */
export class ImmdNetworkError extends ImmdError {
  override name = 'ImmdNetworkError'
  readonly url: string
  /** How many attempts were made. */
  readonly attempts: number

  constructor(url: string, attempts: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super('NETWORK', `Cannot reach the IMMD API at ${url} (${reason}).`, { cause })
    this.url = url
    this.attempts = attempts
  }
}

/** The credentials were missing or rejected (`UNAUTHENTICATED`), or do not allow this (`FORBIDDEN`). */
export class ImmdAuthError extends ImmdError {
  override name = 'ImmdAuthError'
  readonly errors: readonly GraphQLErrorEntry[]

  constructor(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string, errors: GraphQLErrorEntry[]) {
    super(code, message)
    this.errors = errors
  }
}

/** The server answered with GraphQL errors (a bad document, a masked server error …). */
export class ImmdGraphQLError extends ImmdError {
  override name = 'ImmdGraphQLError'
  readonly errors: readonly GraphQLErrorEntry[]
  /** Whatever data came with the errors. */
  readonly data: unknown

  /**
   * The server's correlation id of a masked unexpected error (`extensions.correlationId`), the key
   * to the operator's log entry; null when no error carries one.
   */
  readonly correlationId: string | null

  constructor(errors: GraphQLErrorEntry[], data: unknown) {
    super('GRAPHQL', errors.map((error) => error.message).join('; ') || 'GraphQL error')
    this.errors = errors
    this.data = data
    const ids = errors.map((error) => error.extensions?.correlationId)
    this.correlationId = ids.find((id): id is string => typeof id === 'string') ?? null
  }
}

/** The server answered with an HTTP status and no GraphQL response. */
export class ImmdHttpError extends ImmdError {
  override name = 'ImmdHttpError'
  readonly status: number
  readonly body: string

  /**
   * The server's correlation id of an unexpected error on a download or export route (the
   * `x-correlation-id` header, else `correlationId` in the JSON body); null when there is none.
   */
  readonly correlationId: string | null

  constructor(status: number, body: string, correlationId?: string | null) {
    super('HTTP', `The IMMD API answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`)
    this.status = status
    this.body = body
    this.correlationId = correlationId ?? correlationIdOfBody(body)
  }
}

/** `correlationId` of a JSON error body, or null. */
function correlationIdOfBody(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { correlationId?: unknown }
    return typeof parsed.correlationId === 'string' ? parsed.correlationId : null
  } catch {
    return null
  }
}

/** A domain error result (`ValidationError`, `NotFoundError` …) that the caller chose to throw. */
export class ImmdDomainError<TError extends DomainErrorShape = DomainErrorShape> extends ImmdError {
  override name = 'ImmdDomainError'
  /** The typed error value as returned by the API. */
  readonly error: TError

  constructor(error: TError) {
    super(error.__typename, error.message)
    this.error = error
  }
}

/** What every domain error result has (the schema's `Error` interface). */
export interface DomainErrorShape {
  __typename: string
  message: string
}
