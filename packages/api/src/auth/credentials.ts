/**
 * Secrets of API tokens and sessions: random, shown once, stored as SHA-256 hashes (a fast hash is
 * enough for 192 random bits). The CSRF token of a session is derived from its secret, so the
 * server stores nothing for it and a page without the httpOnly cookie cannot compute it.
 *
 * @packageDocumentation
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Prefix of every API token secret (`immd_…`), so secret scanners can recognise them. */
export const TOKEN_PREFIX = 'immd_'

/**
 * Characters of a token kept in `ApiToken.prefix` to recognise it in lists: `immd_` and three
 * characters of the secret (18 bits), enough to tell a user's tokens apart, too few to help guess
 * one (issue #23 found 12 stored, 7 of them secret).
 */
export const VISIBLE_PREFIX_LENGTH = 8

/** The part of a token secret stored and shown as its prefix. */
export function visibleTokenPrefix(secret: string): string {
  return secret.slice(0, VISIBLE_PREFIX_LENGTH)
}

/** SHA-256 (hex) of a token or session secret, as stored. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** A new API token: the secret (show it once) and what to store. */
export function generateApiToken(): { secret: string; tokenHash: string; prefix: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`
  return { secret, tokenHash: hashToken(secret), prefix: visibleTokenPrefix(secret) }
}

/** A new session secret and its stored hash. */
export function generateSessionSecret(): { secret: string; idHash: string } {
  const secret = randomBytes(32).toString('base64url')
  return { secret, idHash: hashToken(secret) }
}

/** A one-time password (bootstrap, invitations): 18 random bytes, URL-safe. */
export function generateOneTimePassword(): string {
  return randomBytes(18).toString('base64url')
}

/** The CSRF token of a session: send it back in the `x-csrf-token` header. */
export function deriveCsrfToken(sessionSecret: string): string {
  return createHash('sha256').update(`immd-csrf:${sessionSecret}`).digest('base64url')
}

/** Constant-time comparison of a presented CSRF token with the session's. */
export function isValidCsrfToken(sessionSecret: string, presented: string | null): boolean {
  if (!presented) return false
  const expected = Buffer.from(deriveCsrfToken(sessionSecret))
  const given = Buffer.from(presented)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** The value of one cookie of a `Cookie` header. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim()
      try {
        return decodeURIComponent(value)
      } catch {
        return null
      }
    }
  }
  return null
}

/** Options of {@link serializeCookie}. */
export interface CookieOptions {
  httpOnly: boolean
  secure: boolean
  /** Seconds; 0 deletes the cookie. */
  maxAge: number
}

/** A `Set-Cookie` value: path `/`, `SameSite=Strict`, never a domain. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(options.maxAge))}`,
    'SameSite=Strict',
  ]
  if (options.httpOnly) parts.push('HttpOnly')
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

/** Name of the readable cookie holding the CSRF token (the console sends it back as a header). */
export function csrfCookieName(sessionCookieName: string): string {
  return sessionCookieName.replace(/session$/, 'csrf')
}
