/**
 * `GET /graphql/schema.graphql`: the printed, sorted SDL (the committed `schema.graphql`) for
 * authenticated clients, so codegen and API tools can read the contract from the server they
 * talk to. It is served whatever the introspection setting, since it says no more than a
 * successful introspection would; anonymous requests get 401 like any other protected route.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'graphql-yoga'
import { authenticateRoute, jsonErrorResponse, type RouteAuthOptions } from '../http/route-auth.js'
import { printSortedSchema } from '../print-schema.js'

/** The path of the schema file. */
export const SCHEMA_FILE_PATH = '/graphql/schema.graphql'

/** The Yoga plugin answering {@link SCHEMA_FILE_PATH}; every other request passes through. */
export function useSchemaFile(options: RouteAuthOptions): Plugin {
  // Printed once per API instance, on first request: the schema does not change while it runs.
  let printed: string | undefined
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== SCHEMA_FILE_PATH) return
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          jsonErrorResponse(405, 'METHOD_NOT_ALLOWED', 'The schema is read with GET.', {
            allow: 'GET',
          }),
        )
        return
      }
      const context = await authenticateRoute(request, serverContext, options)
      if (context instanceof Response) {
        endResponse(context)
        return
      }
      printed ??= printSortedSchema()
      endResponse(
        new Response(request.method === 'HEAD' ? null : printed, {
          headers: {
            'content-type': 'application/graphql; charset=utf-8',
            'cache-control': 'private, no-cache',
          },
        }),
      )
    },
  }
}
