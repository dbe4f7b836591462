/**
 * Which URLs an endpoint may have: HTTPS only, so events and their signatures never cross the
 * network in clear text; plain HTTP to a loopback address only when the instance allows it
 * explicitly (tests, local development).
 *
 * @packageDocumentation
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Why `url` cannot be an endpoint, or null when it can. */
export function checkEndpointUrl(url: string, allowLoopbackHttp: boolean): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Not a URL.'
  }
  if (parsed.username || parsed.password) return 'Credentials in the URL are not allowed.'
  if (parsed.protocol === 'https:') return null
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)) {
    return allowLoopbackHttp
      ? null
      : 'Plain HTTP is allowed only to loopback addresses on instances with IMMD_WEBHOOKS_ALLOW_LOOPBACK_HTTP=true.'
  }
  return 'The URL must use https://.'
}
