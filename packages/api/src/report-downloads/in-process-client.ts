/**
 * How the download routes read GraphQL: the API's report operations (`report-operations.ts`)
 * executed in process against this API's own schema, with the context the route built for the request (its viewer, tenant
 * guard and loaders). No second HTTP request per operation, so no cookie or CSRF re-parsing, no
 * trusted-documents exemption and one rate-limit count per download instead of one per page.
 *
 * @packageDocumentation
 */
import { execute, type GraphQLError, parse } from 'graphql'
import type { ApiContext } from '../context.js'
import { schema } from '../schema/index.js'

/** A refusal of the API (`UNAUTHENTICATED`, `FORBIDDEN`) while reading a download's data. */
export class DownloadAccessError extends Error {
  override readonly name = 'DownloadAccessError'
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
  ) {
    super(message)
  }
}

/**
 * Runs one GraphQL document and resolves with its data. The caller names the data's type: the
 * documents are the API's own, so the data has their shape by construction.
 */
export interface OperationRunner {
  request<TData>(document: string, variables?: Record<string, unknown>): Promise<TData>
}

/**
 * A client whose `request` executes a document against the API's schema with `context`. An
 * authorization error becomes a {@link DownloadAccessError}; any other error is rethrown as is
 * (the route logs it and answers a masked 500).
 */
export function createInProcessClient(context: ApiContext): OperationRunner {
  const request = async (document: string, variables?: Record<string, unknown>) => {
    const result = await execute({
      schema,
      document: parse(document),
      variableValues: variables ?? {},
      contextValue: context,
    })
    const [error] = result.errors ?? []
    if (error) throw toDownloadError(error)
    return result.data
  }
  // `request` is generic over the data's type; the data is the document's result by construction.
  return { request } as OperationRunner
}

function toDownloadError(error: GraphQLError): Error {
  const code = error.extensions.code
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return new DownloadAccessError(code, error.message)
  }
  return error.originalError ?? error
}
