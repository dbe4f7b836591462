/**
 * Compresses what the API answers (GraphQL JSON, the schema file, exports, JSON routes) with
 * Brotli or gzip, as the request's `Accept-Encoding` allows (issue #18). Answers with a known
 * length below {@link COMPRESSION_MIN_BYTES} stay as they are (the coding would cost more than
 * it saves); larger ones are compressed off the event loop (zlib's thread pool); streamed ones
 * (the portfolio export) pass through a zlib stream, keeping back-pressure. Server-Sent Events and
 * `multipart/mixed` (subscriptions, incremental delivery) are never compressed, so each event
 * reaches the client when it is written; nor are answers already coded (the console's
 * precompressed files), `no-transform` ones, or the API's own in-process requests.
 *
 * @packageDocumentation
 */
import { pipeline, Readable } from 'node:stream'
import { promisify } from 'node:util'
import {
  brotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  type ZlibOptions,
} from 'node:zlib'
import type { Plugin } from 'graphql-yoga'
import {
  type ContentCoding,
  isCompressibleType,
  negotiateContentCoding,
  varyOnAcceptEncoding,
} from './content-coding.js'

/** Smaller answers are sent as they are (one TCP packet either way). */
export const COMPRESSION_MIN_BYTES = 1024

/**
 * Levels for answers compressed per request: Brotli quality 5 and gzip level 6 are the usual
 * trade-off for dynamic content (most of the size gain, a fraction of the top levels' CPU).
 */
const BROTLI_PARAMS = { [constants.BROTLI_PARAM_QUALITY]: 5 }
const GZIP_OPTIONS: ZlibOptions = { level: 6 }

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Options of {@link useResponseCompression}. */
export interface ResponseCompressionOptions {
  /** Smallest answer to compress, in bytes (default {@link COMPRESSION_MIN_BYTES}). */
  minBytes?: number
  /** True for requests the API makes to itself (their reader expects plain bodies). */
  isInProcess?: (request: Request) => boolean
}

/** Compresses a whole body. */
function compressBody(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotliAsync(body, {
        params: { ...BROTLI_PARAMS, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : gzipAsync(body, GZIP_OPTIONS)
}

/**
 * The chunks of a body as they are read; stopping early (the client went away) cancels the
 * source, so a streamed export stops querying. Any reader will do: Yoga's bodies are not always
 * Node's own `ReadableStream` class, which `Readable.fromWeb` would insist on.
 */
async function* readChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) {
        finished = true
        return
      }
      yield value
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => {})
  }
}

/** The body compressed as it is read, with back-pressure; an error of the source ends it. */
function compressStream(
  body: ReadableStream<Uint8Array>,
  coding: ContentCoding,
): ReadableStream<Uint8Array> {
  const zlib =
    coding === 'br' ? createBrotliCompress({ params: BROTLI_PARAMS }) : createGzip(GZIP_OPTIONS)
  pipeline(Readable.from(readChunks(body)), zlib, () => {
    // pipeline() destroys both streams on failure; the client sees the body end early.
  })
  return Readable.toWeb(zlib) as unknown as ReadableStream<Uint8Array>
}

/** True when a response must go out as it is (no body, partial, already coded, no-transform). */
function isExempt(request: Request, response: Response): boolean {
  if (request.method === 'HEAD' || !response.body) return true
  if (response.status < 200 || response.status === 204 || response.status === 206) return true
  if (response.status === 304 || response.headers.has('content-encoding')) return true
  return /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(response.headers.get('cache-control') ?? '')
}

/** The Yoga plugin; register it last, so it sees every header the other plugins set. */
export function useResponseCompression(options: ResponseCompressionOptions = {}): Plugin {
  const minBytes = options.minBytes ?? COMPRESSION_MIN_BYTES
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!isCompressibleType(response.headers.get('content-type'))) return
      // The answer depends on Accept-Encoding whether or not this one is compressed.
      varyOnAcceptEncoding(response.headers)
      if (isExempt(request, response) || options.isInProcess?.(request)) return
      const coding = negotiateContentCoding(request.headers.get('accept-encoding'))
      if (!coding) return
      const declared = Number(response.headers.get('content-length') ?? Number.NaN)
      if (Number.isFinite(declared) && declared < minBytes) return
      // Copied entry by entry: each cookie stays its own header, and names keep matching
      // case-insensitively (a copy made by `new Headers(headers)` lost `content-type` here).
      const headers = new fetchAPI.Headers()
      for (const [name, value] of response.headers) headers.append(name, value)
      headers.set('content-encoding', coding)
      headers.delete('content-length')
      const init = { status: response.status, statusText: response.statusText, headers }
      if (!Number.isFinite(declared)) {
        const body = response.body as ReadableStream<Uint8Array>
        setResponse(new fetchAPI.Response(compressStream(body, coding), init))
        return
      }
      const compressed = await compressBody(Buffer.from(await response.arrayBuffer()), coding)
      headers.set('content-length', String(compressed.byteLength))
      // zlib's output is backed by a plain ArrayBuffer, never a shared one.
      setResponse(new fetchAPI.Response(compressed as Buffer<ArrayBuffer>, init))
    },
  }
}
