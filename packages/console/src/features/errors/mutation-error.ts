/**
 * Typed error results: every mutation selects `...MutationError` on its result union, and
 * {@link describeMutationError} turns whatever came back into one message (or null on success).
 */
import { type FragmentType, graphql, useFragment } from '../../gql'

export const MutationErrorFragment = graphql(`
  fragment MutationError on Error {
    message
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on GateNotSatisfiedError {
      missing {
        code
        message
      }
    }
  }
`)

type ErrorRef = FragmentType<typeof MutationErrorFragment>

/** A result union member: a payload, or an error carrying the fragment. */
type ResultLike = { __typename?: string } & Partial<ErrorRef>

/** The error's message with its details, or null when the result is a payload. */
export function describeMutationError(result: ResultLike | null | undefined): string | null {
  if (!result) return null
  if (!result.__typename?.endsWith('Error')) return null
  const error = useFragment(MutationErrorFragment, result as ErrorRef)
  const details = [
    ...('issues' in error ? error.issues.map((issue) => `${issue.path}: ${issue.message}`) : []),
    ...('missing' in error ? error.missing.map((missing) => missing.message) : []),
  ]
  return details.length ? `${error.message} (${details.join('; ')})` : error.message
}
