/**
 * The Apollo client: HTTP for queries and mutations, Server-Sent Events (graphql-sse "distinct
 * connections" mode, what Yoga serves for `Accept: text/event-stream`) for subscriptions. The cache
 * is the only store of server state.
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
import { getMainDefinition } from '@apollo/client/utilities'
import { print } from 'graphql'
import { type Client, createClient } from 'graphql-sse'
import introspection from './gql/possible-types'

/** Options of {@link createApolloClient}. */
export interface CreateApolloClientOptions {
  /** Read on every request, so signing in or out takes effect at once. */
  getToken: () => string | null
  /** The password session's CSRF token (from its cookie), read on every request. */
  getCsrfToken?: () => string | null
  /** Default `/graphql` (same origin: the API server serves the console). */
  uri?: string
}

/** Apollo link that forwards subscriptions to a graphql-sse client. */
class SseLink extends ApolloLink {
  constructor(private readonly client: Client) {
    super()
  }

  override request(operation: Operation): Observable<FetchResult> {
    return new Observable((sink) =>
      this.client.subscribe(
        { ...operation, query: print(operation.query) },
        {
          next: (value) => sink.next(value as FetchResult),
          complete: sink.complete.bind(sink),
          error: (error) => sink.error(error instanceof Error ? error : new Error(String(error))),
        },
      ),
    )
  }
}

function authHeaders(options: CreateApolloClientOptions): Record<string, string> {
  const token = options.getToken()
  if (token) return { authorization: `Bearer ${token}` }
  const csrf = options.getCsrfToken?.()
  return csrf ? { 'x-csrf-token': csrf } : {}
}

/** Creates the client for one console instance. */
export function createApolloClient(options: CreateApolloClientOptions) {
  const uri = options.uri ?? '/graphql'
  const auth = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...authHeaders(options) },
    }))
    return forward(operation)
  })
  const sse = new SseLink(
    createClient({
      url: () => new URL(uri, window.location.href).toString(),
      headers: () => authHeaders(options),
      retryAttempts: 5,
    }),
  )
  const isSubscription = ({ query }: Operation) => {
    const definition = getMainDefinition(query)
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription'
  }
  return new ApolloClient({
    link: split(isSubscription, sse, auth.concat(new HttpLink({ uri }))),
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
