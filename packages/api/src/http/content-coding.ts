/**
 * HTTP content codings (RFC 9110 §12.5.3): which compression a client accepts, which responses
 * are worth compressing, and the `Vary` header that tells caches the answer depends on
 * `Accept-Encoding`. Shared by the console's static files (precompressed at build) and the
 * compression of everything else the API answers (`response-compression.ts`).
 *
 * @packageDocumentation
 */

/** The codings the API sends, in the server's order of preference (Brotli is smaller). */
export const CONTENT_CODINGS = ['br', 'gzip'] as const
export type ContentCoding = (typeof CONTENT_CODINGS)[number]

/**
 * The coding to send for a request's `Accept-Encoding`, among `offered` (default: both): the one
 * with the highest quality value, ties going to the server's order; null for identity (no
 * header, nothing acceptable, or every offered coding refused with `q=0`).
 */
export function negotiateContentCoding(
  acceptEncoding: string | null,
  offered: readonly ContentCoding[] = CONTENT_CODINGS,
): ContentCoding | null {
  if (!acceptEncoding) return null
  const quality = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((item) => item.trim().toLowerCase())
    if (!name) continue
    const q = params.find((param) => param.startsWith('q='))
    const value = q ? Number(q.slice(2)) : 1
    quality.set(name, Number.isFinite(value) ? value : 0)
  }
  let best: ContentCoding | null = null
  let bestQuality = 0
  for (const coding of offered) {
    // `x-gzip` is gzip's old alias (RFC 9110 §8.4.1.3); `*` covers codings not listed.
    const q = quality.get(coding) ?? (coding === 'gzip' ? quality.get('x-gzip') : undefined)
    const value = q ?? quality.get('*') ?? 0
    if (value > bestQuality) {
      best = coding
      bestQuality = value
    }
  }
  return best
}

/** Media types that shrink when compressed (text, JSON, JavaScript, SVG, XML, icons). */
const COMPRESSIBLE = [
  /^text\/(?!event-stream)/,
  /^application\/(?:[\w.-]+\+)?json$/,
  /^application\/x-ndjson$/,
  /^application\/(?:javascript|ecmascript|xml|graphql)$/,
  /^image\/(?:svg\+xml|x-icon|vnd\.microsoft\.icon)$/,
]

/**
 * True when a response of this `Content-Type` is worth compressing. Never for Server-Sent Events
 * or `multipart/mixed` (subscriptions and incremental delivery must reach the client as they are
 * written), nor for formats that are compressed already (images, PDF, Office files, archives).
 */
export function isCompressibleType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return !!type && COMPRESSIBLE.some((pattern) => pattern.test(type))
}

/** Adds `Accept-Encoding` to a response's `Vary`, once. */
export function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get('vary')
  if (!vary) {
    headers.set('vary', 'Accept-Encoding')
    return
  }
  const names = vary.split(',').map((name) => name.trim().toLowerCase())
  if (!names.includes('accept-encoding') && !names.includes('*')) {
    headers.set('vary', `${vary}, Accept-Encoding`)
  }
}
