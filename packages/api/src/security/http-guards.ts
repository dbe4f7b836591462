/**
 * HTTP-level guards of `/graphql`: POST bodies must be JSON (a cross-site form cannot send it
 * without a CORS preflight) and at most `maxBodyBytes` long, whether or not the client declared a
 * length, and bodies over `largeBodyBytes` only a few at a time (`large-body-gate.ts`); every
 * response carries headers that keep browsers from sniffing, framing or caching it. Yoga itself refuses mutations over GET (405).
 *
 * @packageDocumentation
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga'
import { createLargeBodyGate, type LargeBodyGate, type LargeBodySlot } from './large-body-gate.js'

const JSON_TYPES = ['application/json', 'application/graphql+json']

function httpError(message: string, status: number, code: string) {
  return createGraphQLError(message, { extensions: { code, http: { status } } })
}

/** Seconds a client refused for a busy large-body gate should wait before it tries again. */
const LARGE_BODY_RETRY_AFTER_SECONDS = 1

function tooLargeError(limit: number) {
  return httpError(`The request body is larger than ${limit} bytes.`, 413, 'PAYLOAD_TOO_LARGE')
}

function busyError(gate: LargeBodyGate) {
  return createGraphQLError(
    `The server is reading other request bodies larger than ${gate.thresholdBytes} bytes; ` +
      `send this one again in ${LARGE_BODY_RETRY_AFTER_SECONDS} s.`,
    {
      extensions: {
        code: 'SERVER_BUSY',
        http: {
          status: 503,
          // Closing the connection spares receiving the rest of a body nobody will read.
          headers: { 'retry-after': String(LARGE_BODY_RETRY_AFTER_SECONDS), connection: 'close' },
        },
      },
    },
  )
}

function notAdmittedError(gate: LargeBodyGate) {
  return createGraphQLError(
    `Request bodies larger than ${gate.thresholdBytes} bytes are accepted only for imports, from ` +
      'lead assessors and administrators signed in or using a read-write API token.',
    {
      extensions: {
        code: 'PAYLOAD_TOO_LARGE',
        http: { status: 413, headers: { connection: 'close' } },
      },
    },
  )
}

/** How a large body is let in: who may send one, and the slots they share. */
interface LargeBodyAdmission {
  gate: LargeBodyGate
  /** Whether the request's caller may send a large body (resolved from its headers). */
  admits(request: Request): Promise<boolean>
}

/** Refuses a large body of a caller who may not send one, else takes a slot (503 when none). */
async function admitLargeBody(
  request: Request,
  admission: LargeBodyAdmission,
): Promise<LargeBodySlot> {
  if (!(await admission.admits(request))) throw notAdmittedError(admission.gate)
  const slot = admission.gate.tryAcquire()
  if (!slot) throw busyError(admission.gate)
  return slot
}

/**
 * Reads at most `limit` bytes of a body and parses it as JSON; 413 beyond. A body over the gate's
 * threshold (declared, or once that many bytes have streamed in) must come from a caller who may
 * import, and holds one of the gate's slots until it is parsed (503 when none is free); declared
 * ones are refused before any byte is read.
 */
async function readJsonLimited(
  request: Request,
  limit: number,
  admission: LargeBodyAdmission,
): Promise<unknown> {
  const { gate } = admission
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) throw tooLargeError(limit)
  let slot: LargeBodySlot | null = null
  if (Number.isFinite(declared) && declared > gate.thresholdBytes) {
    slot = await admitLargeBody(request, admission)
  }
  try {
    if (!request.body) return parseJson('')
    const reader = request.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel().catch(() => {})
        throw tooLargeError(limit)
      }
      // A body without a declared length becomes large while it streams in.
      if (!slot && size > gate.thresholdBytes) {
        try {
          slot = await admitLargeBody(request, admission)
        } catch (error) {
          await reader.cancel().catch(() => {})
          throw error
        }
      }
      chunks.push(value)
    }
    return parseJson(Buffer.concat(chunks, size).toString('utf8'))
  } finally {
    slot?.release()
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw httpError('POST body sent invalid JSON.', 400, 'BAD_REQUEST')
  }
}

/** Options of {@link useRequestGuards}. */
export interface RequestGuardOptions {
  /** Bytes of any body; larger ones are refused with 413. */
  maxBodyBytes: number
  /** Bodies over this many bytes are "large": see `large-body-gate.ts`. */
  largeBodyBytes: number
  /** Large bodies read at the same time, server-wide; others are refused with 503. */
  maxLargeBodiesInFlight: number
  /** Whether a request's caller may send a large body at all; others get 413 unread. */
  admitsLargeBody(request: Request): Promise<boolean>
}

/** Parses POST bodies itself: JSON only, size-limited, large ones a few at a time. */
export function useRequestGuards(options: RequestGuardOptions): Plugin {
  const admission: LargeBodyAdmission = {
    gate: createLargeBodyGate({
      thresholdBytes: options.largeBodyBytes,
      maxInFlight: options.maxLargeBodiesInFlight,
    }),
    admits: options.admitsLargeBody,
  }
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
        const body = await readJsonLimited(incoming, options.maxBodyBytes, admission)
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
