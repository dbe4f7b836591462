/**
 * Typed error results: every mutation selects `...MutationError` on its result union, and
 * {@link describeMutationError} turns whatever came back into one message (or null on success).
 */
import { type FragmentType, graphql, useFragment } from '../../gql'
import type { GatePrerequisiteText } from '../lifecycle/gate-text'
import type { InputIssueText } from './issue-text'

export const MutationErrorFragment = graphql(`
  fragment MutationError on Error {
    message
    ... on ValidationError {
      issues {
        path
        message
        code
        subject
        limit
      }
    }
    ... on ConflictError {
      currentVersion
    }
    ... on GateNotSatisfiedError {
      activityId
      transition
      missing {
        code
        message
        activityId
        driverId
        status
        expected
        count
        minimum
        actual
        threshold
        skippedAllowed
      }
    }
  }
`)

type ErrorRef = FragmentType<typeof MutationErrorFragment>

/** A result union member: a payload, or an error carrying the fragment. */
type ResultLike = { __typename?: string } & Partial<ErrorRef>

/** Path segments that name no field a person typed (ids, versions): their label is dropped. */
const UNLABELLED = /^(id|version|clientMutationId|input|.*Id)$/

/** A person's name for the field at `path` (`input.plannedStart` → "Planned start"), or null. */
function labelOf(path: string): string | null {
  const last = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .pop()
  if (!last || UNLABELLED.test(last)) return null
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The message without a leading `path: ` the server may have prefixed. */
function withoutPath(message: string, paths: string[]): string {
  const prefix = paths.find((path) => message.startsWith(`${path}: `))
  return prefix ? message.slice(prefix.length + 2) : message
}

/**
 * The error's message for people, with the details that add something (issues with a field label
 * instead of a raw path, missing prerequisites), each once; null when the result is a payload.
 */
export function describeMutationError(
  result: ResultLike | null | undefined,
  /** Writes a missing gate prerequisite in the console's language (else the API's English). */
  describeMissing: (item: GatePrerequisiteText) => string = (item) => item.message,
  /** Writes "A5 cannot start yet:" in the console's language (else the API's English sentence). */
  describeRefusal?: (activityId: string, transition: string) => string,
  /** Writes an input issue with a known `code` in the console's language, else null. */
  describeIssue?: (issue: InputIssueText) => string | null,
  /** Writes a typed error by its kind in the console's language, else null (the message stays). */
  describeKind?: (error: { __typename?: string; currentVersion?: number | null }) => string | null,
): string | null {
  if (!result) return null
  if (!result.__typename?.endsWith('Error')) return null
  const error = useFragment(MutationErrorFragment, result as ErrorRef)
  const kind = describeKind?.({
    __typename: result.__typename,
    currentVersion: 'currentVersion' in error ? error.currentVersion : null,
  })
  if (kind) return kind
  const issues = 'issues' in error ? error.issues : []
  // Every issue known by its code: the sentences in the reader's language replace the English.
  const written = issues.map((issue) => describeIssue?.(issue) ?? null)
  if (issues.length > 0 && written.every((text) => text !== null)) return written.join(' ')
  const paths = issues.map((issue) => issue.path)
  const message = withoutPath(error.message, paths)
  const details = new Set<string>()
  for (const issue of issues) {
    const text = withoutPath(issue.message, paths)
    const label = labelOf(issue.path)
    details.add(label ? `${label}: ${text}` : text)
  }
  if ('missing' in error && describeRefusal) {
    const missing = error.missing.map(describeMissing)
    return [describeRefusal(error.activityId, error.transition), ...new Set(missing)].join(' ')
  }
  if ('missing' in error) for (const missing of error.missing) details.add(describeMissing(missing))
  details.delete(message)
  return details.size ? `${message} (${[...details].join('; ')})` : message
}
