/**
 * The respondent surface: three JSON routes that need no account, authorized by the link's token
 * alone, sent in the `x-respondent-token` header (never a cookie, never the URL):
 *
 * - `GET  /respond/api/handout`: the IMMD Handout, the respondent's pseudonym and own draft (audited as an open);
 * - `PUT  /respond/api/answers`: save the draft;
 * - `POST /respond/api/submit`: submit (the body's answers, or the saved draft).
 *
 * No cookie is read or set, so a cross-site page cannot make the browser send a credential (the
 * CSRF defence); the custom header also forces a CORS preflight, which the API never grants here.
 * Requests are rate limited per client address and per link.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'graphql-yoga'
import type { ApiDatabase } from '../database.js'
import { DomainError, ValidationError } from '../errors.js'
import { jsonErrorResponse } from '../http/route-auth.js'
import type { ApiPubSub } from '../pubsub.js'
import { API_RESPONSE_HEADERS } from '../security/http-guards.js'
import type { SecurityOptions } from '../security/options.js'
import { consumeRateLimit, type RateLimitStore } from '../security/rate-limit.js'
import { createRespondentContext } from './respondent-context.js'
import {
  findLinkByHash,
  openRespondentLink,
  RespondentLinkError,
  saveRespondentDraft,
} from './respondent-session.js'
import { submitRespondentAnswers } from './respondent-submit.js'
import { hashRespondentToken } from './respondent-token.js'

/** Prefix of the respondent routes (the console's `/respond` page calls them). */
export const RESPONDENT_API_PATH = '/respond/api'
/** Header carrying the link's token. */
export const RESPONDENT_TOKEN_HEADER = 'x-respondent-token'
/** Requests per minute one link may make (a person answering needs a few dozen at most). */
export const RESPONDENT_REQUESTS_PER_LINK = 120
/** Largest JSON body a respondent may send. */
export const RESPONDENT_MAX_BODY_BYTES = 256 * 1024

/** Options of {@link useRespondentRoutes}. */
export interface RespondentRouteOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  security: SecurityOptions
  rateLimits: RateLimitStore
  clientAddressOf(request: Request, serverContext: never, security: SecurityOptions): string
  /** Answers an unexpected error (the API logs it with a correlation id). */
  onUnexpectedError: (error: unknown) => Response
}

const ROUTES: Record<string, string> = {
  '/handout': 'GET',
  '/answers': 'PUT',
  '/submit': 'POST',
}

const STATUS_OF_REFUSAL = { invalid: 401, revoked: 410, expired: 410, submitted: 409 } as const

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...API_RESPONSE_HEADERS,
    },
  })
}

/** Reads a JSON body of at most {@link RESPONDENT_MAX_BODY_BYTES}; null for an empty body. */
async function readJson(request: Request): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  const text = await readLimited(request)
  if (text.trim() === '') return null
  if (type !== 'application/json') {
    throw new DomainError(
      'Send the answers as `content-type: application/json`.',
      'UNSUPPORTED_MEDIA_TYPE',
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new DomainError('The body is not valid JSON.', 'BAD_REQUEST')
  }
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > RESPONDENT_MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {})
      throw new DomainError(
        `The body is larger than ${RESPONDENT_MAX_BODY_BYTES} bytes.`,
        'PAYLOAD_TOO_LARGE',
      )
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 422,
  BAD_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  GATE_NOT_SATISFIED: 409,
  CONFLICT: 409,
}

/** A domain error as the route's JSON answer (`{ code, error, issues? }`). */
function refusal(error: DomainError): Response {
  if (error instanceof RespondentLinkError) {
    return jsonErrorResponse(
      STATUS_OF_REFUSAL[error.refusal],
      String(error.extensions.code),
      error.message,
    )
  }
  const code = String(error.extensions.code)
  const body: Record<string, unknown> = { code, error: error.message }
  if (error instanceof ValidationError) body.issues = error.issues
  return json(body, STATUS_OF_CODE[code] ?? 400)
}

/** The Yoga plugin serving {@link RESPONDENT_API_PATH}; every other request passes through. */
export function useRespondentRoutes(options: RespondentRouteOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith(`${RESPONDENT_API_PATH}/`)) return
      const route = url.pathname.slice(RESPONDENT_API_PATH.length)
      const method = ROUTES[route]
      if (!method) {
        endResponse(jsonErrorResponse(404, 'NOT_FOUND', `No respondent route ${url.pathname}.`))
        return
      }
      if (request.method !== method) {
        endResponse(
          jsonErrorResponse(405, 'METHOD_NOT_ALLOWED', `${url.pathname} takes ${method}.`, {
            allow: method,
          }),
        )
        return
      }
      try {
        endResponse(await answer(request, route, serverContext, options))
      } catch (error) {
        endResponse(
          error instanceof DomainError ? refusal(error) : options.onUnexpectedError(error),
        )
      }
    },
  }
}

async function limited(options: RespondentRouteOptions, key: string, limit: number) {
  const decision = await consumeRateLimit(options.rateLimits, key, limit, 60_000)
  if (decision.allowed) return null
  return jsonErrorResponse(
    429,
    'RATE_LIMITED',
    `Rate limit exceeded: ${limit} requests per minute. Try again in ${decision.retryAfterSeconds} s.`,
    { 'retry-after': String(decision.retryAfterSeconds) },
  )
}

async function answer(
  request: Request,
  route: string,
  serverContext: unknown,
  options: RespondentRouteOptions,
): Promise<Response> {
  const clientAddress = options.clientAddressOf(request, serverContext as never, options.security)
  const byAddress = await limited(
    options,
    `respondent:address:${clientAddress}`,
    options.security.rateLimit.perAnonymousAddress,
  )
  if (byAddress) return byAddress
  const tokenHash = hashRespondentToken(request.headers.get(RESPONDENT_TOKEN_HEADER))
  const link = tokenHash ? await findLinkByHash(options.db, tokenHash) : null
  if (!link) throw new RespondentLinkError('invalid')
  const byLink = await limited(options, `respondent:link:${link.id}`, RESPONDENT_REQUESTS_PER_LINK)
  if (byLink) return byLink
  const ctx = createRespondentContext({
    ...options,
    request,
    clientAddress,
    organizationId: link.organizationId,
    linkId: link.id,
  })
  if (route === '/handout') return json(await openRespondentLink(ctx, link))
  if (route === '/answers')
    return json(await saveRespondentDraft(ctx, link, await readJson(request)))
  const body = await readJson(request)
  return json(await submitRespondentAnswers(ctx, link, body))
}
