/**
 * Mutation results are unions of a payload and typed domain errors (`ValidationError`,
 * `NotFoundError`, `ConflictError` …). These helpers narrow them without string matching.
 *
 * @example
 * ```ts
 * const { createEngagement } = await client.request(CreateEngagementDocument, { input })
 * const error = asDomainError(createEngagement)
 * if (error) console.error(error.message)
 * else console.log(createEngagement.engagement.id)
 * // or: const { engagement } = expectPayload(createEngagement) // throws ImmdDomainError
 * ```
 *
 * @packageDocumentation
 */
import { type DomainErrorShape, ImmdDomainError } from './errors.js'

type Typed = { __typename: string }

/** The error members of a result union: every member that is not a `…Payload`. */
export type DomainErrorOf<T extends Typed> = Exclude<T, { __typename: `${string}Payload` }>

/** The payload member of a result union. */
export type PayloadOf<T extends Typed> = Extract<T, { __typename: `${string}Payload` }>

/** True when the result is a domain error (anything but the `…Payload` member). */
export function isDomainError<T extends Typed>(result: T): result is DomainErrorOf<T> & T {
  return !result.__typename.endsWith('Payload')
}

/** The domain error of a result, or `null` when it is the payload. */
export function asDomainError<T extends Typed>(result: T): (DomainErrorOf<T> & T) | null {
  return isDomainError(result) ? result : null
}

/** Returns the payload or throws {@link ImmdDomainError} carrying the typed error. */
export function expectPayload<T extends Typed>(result: T): PayloadOf<T> {
  if (isDomainError(result)) {
    const error = result as unknown as DomainErrorShape
    throw new ImmdDomainError({ ...error, message: error.message ?? error.__typename })
  }
  return result as PayloadOf<T>
}
