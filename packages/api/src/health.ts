/**
 * `GET /healthz`: answers 200 when the database answers a trivial query, 503 otherwise. A Yoga
 * plugin, so tests reach it through `yoga.fetch` like any request.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'graphql-yoga'
import type { ApiDatabase } from './database.js'

/** The health endpoint's path. */
export const HEALTH_PATH = '/healthz'

/** Creates the plugin answering {@link HEALTH_PATH}. */
export function useDatabaseHealth(db: ApiDatabase): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== HEALTH_PATH) return
      const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' }
      try {
        await db.prisma.$queryRawUnsafe('SELECT 1')
        endResponse(
          new fetchAPI.Response(JSON.stringify({ status: 'ok', database: db.engine }), { headers }),
        )
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        endResponse(
          new fetchAPI.Response(JSON.stringify({ status: 'unavailable', error: message }), {
            status: 503,
            headers,
          }),
        )
      }
    },
  }
}
