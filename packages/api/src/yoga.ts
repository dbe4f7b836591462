/**
 * The GraphQL server as a fetch handler: `createApi({ db })` returns a Yoga instance that tests call
 * in process (`yoga.fetch('http://yoga/graphql', …)`) and `server.ts` mounts on a Node server.
 * It never listens itself.
 *
 * @packageDocumentation
 */
import { createYoga } from 'graphql-yoga'
import { createContext } from './context.js'
import type { ApiDatabase } from './database.js'
import { useDatabaseHealth } from './health.js'
import { type ApiPubSub, createApiPubSub } from './pubsub.js'
import { schema } from './schema/index.js'

/** Options of {@link createApi}. */
export interface CreateApiOptions {
  db: ApiDatabase
  /** Share one bus between instances; default: a new in-process bus. */
  pubsub?: ApiPubSub
  /** E-mail of the user unauthenticated requests act as (development only; default: none). */
  devViewerEmail?: string | null
  /** Serve GraphiQL on GET /graphql (default: outside production). */
  graphiql?: boolean
  /** Yoga's request logging (default: off, the server logs itself). */
  logging?: boolean
}

/** Creates the Yoga instance serving `/graphql` and `/healthz`. */
export function createApi(options: CreateApiOptions) {
  const { db } = options
  const pubsub = options.pubsub ?? createApiPubSub()
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql ?? process.env.NODE_ENV !== 'production',
    logging: options.logging ?? false,
    // Unexpected errors are masked; domain errors are typed results, auth errors carry a code.
    maskedErrors: true,
    context: ({ request }) =>
      createContext({ db, pubsub, request, devViewerEmail: options.devViewerEmail }),
    plugins: [useDatabaseHealth(db)],
  })
}

export type Api = ReturnType<typeof createApi>
