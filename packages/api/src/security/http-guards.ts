/**
 * HTTP-level guards of `/graphql`: POST bodies must be JSON (a cross-site form cannot send it
 * without a CORS preflight) and within the body limits of `body-limits.ts`, judged from the
 * declared length before reading and enforced while reading; every response carries headers that
 * keep browsers from sniffing, framing or caching it.
 * Yoga itself refuses mutations over GET (405).
 *
 * @packageDocumentation
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga'
import { type AdmitImportBody, type BodyLimits, readWithinLimits } from './body-limits.js'

const JSON_TYPES = ['application/json', 'application/graphql+json']

function httpError(message: string, status: number, code: string) {
  return createGraphQLError(message, { extensions: { code, http: { status } } })
}

/** Options of {@link useRequestGuards}. */
export interface RequestGuardOptions {
  limits: BodyLimits
  /** Admits a body over `maxBodyBytes` as an import, from its headers (see `body-limits.ts`). */
  admitImportBody: AdmitImportBody
  /** Requests whose body was admitted as an import (their operation is checked before it runs). */
  importRequests: WeakSet<Request>
}

/** Parses POST bodies itself: JSON only, size-limited before and while reading. */
export function useRequestGuards(options: RequestGuardOptions): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return
      const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
      if (!type || !JSON_TYPES.includes(type)) {
        throw httpError(
          'POST /graphql accepts `content-type: application/json` only.',
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        )
      }
      setRequestParser(async (incoming) => {
        const { text, release } = await readWithinLimits(
          incoming,
          options.limits,
          options.admitImportBody,
        )
        if (release) options.importRequests.add(incoming)
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          throw httpError('POST body sent invalid JSON.', 400, 'BAD_REQUEST')
        } finally {
          // An import's slot covers reading and decoding, the work done before any limit applies.
          release?.()
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          throw httpError('POST body must be one JSON object.', 400, 'BAD_REQUEST')
        }
        return body as Record<string, never>
      })
    },
  }
}

/** Headers for every API response (the console's pages get more, see `console-pages.ts`). */
export const API_RESPONSE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
}

/** Adds {@link API_RESPONSE_HEADERS}, and `cache-control: no-store` to GraphQL answers. */
export function useApiResponseHeaders(graphqlEndpoint: string): Plugin {
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(API_RESPONSE_HEADERS)) {
        if (!response.headers.has(name)) response.headers.set(name, value)
      }
      if (new URL(request.url).pathname === graphqlEndpoint) {
        response.headers.set('cache-control', 'no-store')
      }
    },
  }
}
