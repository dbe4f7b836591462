/**
 * The short-lived cookie that carries one sign-in attempt from `/start` to `/callback`: the
 * `state`, the `nonce`, the PKCE verifier and where to go afterwards, HMAC-signed (so it cannot be
 * forged or edited), `HttpOnly`, `SameSite=Lax` (the provider's redirect back is a top-level
 * cross-site GET, which Strict cookies would not survive), scoped to the provider's callback path
 * and valid ten minutes. It is cleared by the callback whatever the outcome.
 *
 * @packageDocumentation
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a sign-in attempt may take at the provider. */
export const FLOW_TTL_SECONDS = 600

/** What `/start` hands to `/callback`. */
export interface OidcFlow {
  provider: string
  state: string
  nonce: string
  codeVerifier: string
  /** A path of this site (never another origin). */
  returnTo: string
  /** Epoch milliseconds after which the flow is refused. */
  expiresAt: number
}

/** Name of the flow cookie of a provider. */
export function flowCookieName(provider: string, secure: boolean): string {
  return `${secure ? '__Secure-' : ''}immd_oidc_${provider}`
}

function sign(payload: string, key: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url')
}

/** The signed cookie value: `base64url(json).signature`. */
export function sealFlow(flow: OidcFlow, key: string): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url')
  return `${payload}.${sign(payload, key)}`
}

/** The flow in a cookie value, or the reason it is refused (bad signature, expired, other provider). */
export function openFlow(
  value: string | null,
  key: string,
  provider: string,
  now = Date.now(),
): OidcFlow | { refused: string } {
  if (!value)
    return { refused: 'no sign-in is in progress in this browser (the cookie is missing)' }
  const [payload, signature] = value.split('.')
  const expected = payload ? Buffer.from(sign(payload, key)) : Buffer.alloc(0)
  const given = Buffer.from(signature ?? '')
  if (!payload || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { refused: 'the sign-in cookie is not one this server issued' }
  }
  const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcFlow
  if (flow.provider !== provider) return { refused: 'the sign-in was started for another provider' }
  if (flow.expiresAt <= now) return { refused: 'the sign-in took too long; start again' }
  return flow
}

/** `Set-Cookie` for the flow cookie (`maxAge` 0 clears it). */
export function serializeFlowCookie(
  name: string,
  value: string,
  options: { path: string; secure: boolean; maxAge: number },
): string {
  const parts = [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
  ]
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

/** A `returnTo` that stays on this site: a path starting with one `/`, else `/`. */
export function safeReturnPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}
