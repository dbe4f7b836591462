/**
 * Authentication of the HTTP routes served beside `/graphql` (the schema file, the MCP endpoint):
 * the same `createContext` as a GraphQL request, so the same credentials (API token or session
 * cookie), the same rate-limit budget and the same tenant-guarded client. A refusal is an HTTP
 * response with a JSON body naming the code.
 *
 * @packageDocumentation
 */
import { GraphQLError } from 'graphql'
import type { UserViewer } from '../auth/viewer.js'
import { type ApiContext, createContext } from '../context.js'
import type { ApiDatabase } from '../database.js'
import type { ApiPubSub } from '../pubsub.js'
import type { SecurityOptions } from '../security/options.js'
import type { RateLimitStore } from '../security/rate-limit.js'

/** What a route needs to build the request's context (the options `createApi` holds). */
export interface RouteAuthOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  security: SecurityOptions
  rateLimits: RateLimitStore
  devViewerEmail?: string | null
  clientAddressOf(request: Request, serverContext: never, security: SecurityOptions): string
}

/** An authenticated request's context, its viewer narrowed to a user. */
export type AuthenticatedContext = ApiContext & { viewer: UserViewer }

const HOW_TO_AUTHENTICATE =
  'Send `Authorization: Bearer <API token>`, or the session cookie of the console.'

/** A JSON error response (`{ code, error }`), never cached. */
export function jsonErrorResponse(
  status: number,
  code: string,
  error: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ code, error }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  })
}

/**
 * Builds the request's context and returns it when the viewer is a user who may work (no pending
 * one-time password); otherwise the 401/403/429 response to send.
 */
export async function authenticateRoute(
  request: Request,
  serverContext: unknown,
  options: RouteAuthOptions,
): Promise<AuthenticatedContext | Response> {
  let context: ApiContext
  try {
    context = await createContext({
      db: options.db,
      pubsub: options.pubsub,
      request,
      security: options.security,
      rateLimits: options.rateLimits,
      clientAddress: options.clientAddressOf(request, serverContext as never, options.security),
      setCookies: [],
      devViewerEmail: options.devViewerEmail,
    })
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') {
      const retryAfter = String(error.extensions.retryAfterSeconds ?? 60)
      return jsonErrorResponse(429, 'RATE_LIMITED', error.message, { 'retry-after': retryAfter })
    }
    throw error
  }
  const { viewer } = context
  if (viewer.kind === 'anonymous') {
    const reason = viewer.reason ? `${viewer.reason} ` : ''
    return jsonErrorResponse(
      401,
      'UNAUTHENTICATED',
      `Not authenticated. ${reason}${HOW_TO_AUTHENTICATE}`,
      {
        'www-authenticate': 'Bearer',
      },
    )
  }
  if (viewer.mustChangePassword) {
    return jsonErrorResponse(
      403,
      'PASSWORD_CHANGE_REQUIRED',
      'Change your one-time password first (`changePassword`).',
    )
  }
  return context as AuthenticatedContext
}
