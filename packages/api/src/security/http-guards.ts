/**
 * HTTP-level guards of `/graphql`: POST bodies must be JSON (a cross-site form cannot send it
 * without a CORS preflight) and at most `maxBodyBytes` long, whether or not the client declared a
 * length; every response carries headers that keep browsers from sniffing, framing or caching it.
 * Yoga itself refuses mutations over GET (405).
 *
 * @packageDocumentation
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga'

const JSON_TYPES = ['application/json', 'application/graphql+json']

function httpError(message: string, status: number, code: string) {
  return createGraphQLError(message, { extensions: { code, http: { status } } })
}

/** Reads at most `limit` bytes of a body; throws 413 beyond. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const tooLarge = () =>
    httpError(`The request body is larger than ${limit} bytes.`, 413, 'PAYLOAD_TOO_LARGE')
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) throw tooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Parses POST bodies itself: JSON only, size-limited. */
export function useRequestGuards(options: { maxBodyBytes: number }): Plugin {
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
        const text = await readLimited(incoming, options.maxBodyBytes)
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          throw httpError('POST body sent invalid JSON.', 400, 'BAD_REQUEST')
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
