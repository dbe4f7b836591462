/**
 * The GraphQL client of a download route: the caller's own credentials (bearer token, or session
 * cookie with its CSRF token) against the same API, so a download is authorized exactly like the
 * GraphQL it runs.
 *
 * @packageDocumentation
 */
import { createClient } from '@immd/sdk/client'

/** How a handler reaches GraphQL: a fetch that serves `POST <origin>/graphql`. */
export interface HandleReportDownloadOptions {
  fetch: typeof fetch
  /** The GraphQL path (default `/graphql`). */
  graphqlPath?: string
}

/**
 * A GraphQL client with the caller's own credentials (bearer token, or session cookie with the
 * CSRF token its readable cookie carries), so authorization is exactly the API's.
 */
export function createCallerClient(request: Request, options: HandleReportDownloadOptions) {
  const headers: Record<string, string> = {}
  const cookie = request.headers.get('cookie')
  if (cookie) {
    headers.cookie = cookie
    // A session's GraphQL POSTs need the CSRF token; a same-site GET (SameSite=Strict cookies)
    // carries it in the readable `immd_csrf` cookie.
    const csrf = /(?:^|;\s*)(?:__Host-)?immd_csrf=([^;]+)/.exec(cookie)?.[1]
    const csrfToken = csrf ? decodeSegment(csrf) : null
    if (csrfToken) headers['x-csrf-token'] = csrfToken
  }
  return createClient({
    url: new URL(options.graphqlPath ?? '/graphql', request.url).toString(),
    token: /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? null,
    fetch: options.fetch,
    headers,
    retries: 0,
  })
}

/** A percent-decoded path segment, or null when the encoding is broken (`%E0%A4%A`). */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
