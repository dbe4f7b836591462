/**
 * The Apollo client: HTTP for queries and mutations, Server-Sent Events (graphql-sse "distinct
 * connections" mode, what Yoga serves for `Accept: text/event-stream`) for subscriptions. Both
 * send persisted operation ids instead of document text (trusted documents, see
 * `trusted-documents.ts`). The cache is the only store of server state.
 */
import {
  ApolloClient,
  ApolloLink,
  type FetchResult,
  HttpLink,
  InMemoryCache,
  Observable,
  type Operation,
  split,
} from '@apollo/client/core'
import { onError } from '@apollo/client/link/error'
import { getMainDefinition } from '@apollo/client/utilities'
import { print } from 'graphql'
import { type Client, createClient, type RequestParams } from 'graphql-sse'
import introspection from './gql/possible-types'
import { createTrustedDocumentsLink, persistedQueryExtension } from './trusted-documents'

/** Options of {@link createApolloClient}. */
export interface CreateApolloClientOptions {
  /** Read on every request, so signing in or out takes effect at once. */
  getToken: () => string | null
  /** The password session's CSRF token (from its cookie), read on every request. */
  getCsrfToken?: () => string | null
  /** Default `/graphql` (same origin: the API server serves the console). */
  uri?: string
  /**
   * Send persisted operation ids instead of document text (default true). `main.ts` turns it off
   * for the Vite dev server only, whose documents change as you edit while the API's manifest
   * does not.
   */
  persistedDocuments?: boolean
  /** The fetch of HTTP requests and subscriptions (default: the browser's; tests pass their own). */
  fetch?: typeof fetch
  /**
   * Called when the API answers UNAUTHENTICATED (an expired or revoked session or token): `main.ts`
   * signs out and returns to the sign-in page, which then returns to the same page.
   */
  onUnauthenticated?: () => void
  /**
   * The console's current language, read on every request and sent as `Accept-Language`: the API
   * answers method texts (driver names and questions, criteria, band descriptions) in it.
   */
  getLocale?: () => string
}

/** True when any error of a response says the credential is no longer accepted. */
function isUnauthenticated(
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
) {
  return (errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED')
}

/** graphql-sse's body, whose type wants text even when the operation travels by id. */
type SseRequest = Omit<RequestParams, 'query'> & { query?: string }

/** What graphql-sse POSTs for an operation: its id, or its text when ids are off. */
function sseParams(operation: Operation, persisted: boolean): SseRequest {
  const { operationName, variables, extensions } = operation
  if (!persisted) return { operationName, variables, extensions, query: print(operation.query) }
  // No `query` at all: the API reads the id from the JSON body.
  return {
    operationName,
    variables,
    extensions: { ...extensions, persistedQuery: persistedQueryExtension(operation.query) },
  }
}

/** Apollo link that forwards subscriptions to a graphql-sse client. */
class SseLink extends ApolloLink {
  constructor(
    private readonly client: Client,
    private readonly persisted: boolean,
  ) {
    super()
  }

  override request(operation: Operation): Observable<FetchResult> {
    return new Observable((sink) => {
      let params: SseRequest
      try {
        params = sseParams(operation, this.persisted)
      } catch (error) {
        sink.error(error)
        return
      }
      // graphql-sse only JSON-encodes the params, so a missing `query` is sent as missing.
      return this.client.subscribe(params as RequestParams, {
        next: (value) => sink.next(value as FetchResult),
        complete: sink.complete.bind(sink),
        error: (error) => sink.error(error instanceof Error ? error : new Error(String(error))),
      })
    })
  }
}

function authHeaders(options: CreateApolloClientOptions): Record<string, string> {
  const token = options.getToken()
  if (token) return { authorization: `Bearer ${token}` }
  const csrf = options.getCsrfToken?.()
  return csrf ? { 'x-csrf-token': csrf } : {}
}

/** The credential headers plus `Accept-Language`, as every request sends them. */
function requestHeaders(options: CreateApolloClientOptions): Record<string, string> {
  const locale = options.getLocale?.()
  return { ...authHeaders(options), ...(locale ? { 'accept-language': locale } : {}) }
}

/** Creates the client for one console instance. */
export function createApolloClient(options: CreateApolloClientOptions) {
  const uri = options.uri ?? '/graphql'
  const persisted = options.persistedDocuments ?? true
  const auth = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...requestHeaders(options) },
    }))
    return forward(operation)
  })
  const sse = new SseLink(
    createClient({
      url: () => new URL(uri, window.location.href).toString(),
      headers: () => requestHeaders(options),
      retryAttempts: 5,
      ...(options.fetch ? { fetchFn: options.fetch } : {}),
    }),
    persisted,
  )
  const isSubscription = ({ query }: Operation) => {
    const definition = getMainDefinition(query)
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription'
  }
  const http = new HttpLink({ uri, ...(options.fetch ? { fetch: options.fetch } : {}) })
  const expiry = onError(({ graphQLErrors, response }) => {
    if (isUnauthenticated(graphQLErrors) || isUnauthenticated(response?.errors)) {
      options.onUnauthenticated?.()
    }
  })
  return new ApolloClient({
    link: split(
      isSubscription,
      sse,
      ApolloLink.from(
        persisted ? [expiry, auth, createTrustedDocumentsLink(), http] : [expiry, auth, http],
      ),
    ),
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        Engagement: { fields: { phases: { merge: false }, consensus: { merge: false } } },
        Method: { keyFields: ['version'] },
        Viewer: { keyFields: [] },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  })
}

export type ImmdApolloClient = ReturnType<typeof createApolloClient>
