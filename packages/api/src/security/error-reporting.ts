/**
 * Unexpected errors, on every HTTP route: masked for the client and logged for the operator, tied
 * together by a correlation id the client also receives (`extensions.correlationId` on GraphQL
 * errors; `correlationId` in the JSON body and an `x-correlation-id` header on the download and
 * export routes). The client never sees a message or stack of an unexpected error.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto'
import { GraphQLError } from 'graphql'
import { createGraphQLError, maskError, type YogaMaskedErrorOpts } from 'graphql-yoga'

/** Header carrying the correlation id of an unexpected error. */
export const CORRELATION_HEADER = 'x-correlation-id'

/** What the operator's log receives for one unexpected error. */
export interface UnexpectedErrorEntry {
  correlationId: string
  /** Where it happened: `graphql`, `report-download`, `portfolio-export`. */
  route: string
  message: string
  stack: string | null
}

/** Where unexpected errors are logged; default: one JSON line on stderr. */
export type ErrorLogger = (entry: UnexpectedErrorEntry) => void

/** Logs a JSON line on stderr (the server's log). */
export const logToStderr: ErrorLogger = (entry) => {
  console.error(JSON.stringify({ level: 'error', event: 'unexpected-error', ...entry }))
}

/** Logs an unexpected error and returns the correlation id to give the client. */
export function reportUnexpectedError(log: ErrorLogger, route: string, error: unknown): string {
  const correlationId = randomUUID()
  const cause = error instanceof Error ? error : new Error(String(error))
  log({ correlationId, route, message: cause.message, stack: cause.stack ?? null })
  return correlationId
}

/** The masked JSON answer (HTTP 500) of an unexpected error on a non-GraphQL route. */
export function unexpectedErrorResponse(correlationId: string): Response {
  return Response.json(
    { code: 'INTERNAL_SERVER_ERROR', error: 'Unexpected error.', correlationId },
    { status: 500, headers: { [CORRELATION_HEADER]: correlationId } },
  )
}

/** Yoga's `maskedErrors` option: masks unexpected errors (Yoga's rule), logs them with a correlation id. */
export function maskAndLogErrors(log: ErrorLogger): YogaMaskedErrorOpts {
  return {
    errorMessage: 'Unexpected error.',
    maskError(error, message) {
      // Never the development variant: it would copy the original error into the answer.
      const masked = maskError(error, message, false)
      if (masked === error) return masked
      const original =
        error instanceof GraphQLError && error.originalError ? error.originalError : error
      const correlationId = reportUnexpectedError(log, 'graphql', original)
      const shown = masked as GraphQLError
      return createGraphQLError(shown.message, {
        nodes: shown.nodes,
        path: shown.path,
        extensions: { ...shown.extensions, correlationId },
      })
    },
  }
}
