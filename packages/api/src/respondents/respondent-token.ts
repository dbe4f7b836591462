/**
 * Respondent link tokens: 32 random bytes (base64url) behind a recognisable prefix. Only the
 * SHA-256 of a token is stored, so a database reader cannot answer in a respondent's name.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { hashToken } from '../auth/credentials.js'

/** Prefix of every respondent token (tells it apart from API tokens in logs and leaks). */
export const RESPONDENT_TOKEN_PREFIX = 'immdr_'

/** A new token (show it once) and the hash to store. */
export function generateRespondentToken(): { token: string; tokenHash: string } {
  const token = `${RESPONDENT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
  return { token, tokenHash: hashToken(token) }
}

/** The stored hash of a token the respondent presents, or null when it cannot be one of ours. */
export function hashRespondentToken(token: string | null | undefined): string | null {
  if (!token) return null
  const trimmed = token.trim()
  if (!/^immdr_[A-Za-z0-9_-]{43}$/.test(trimmed)) return null
  return hashToken(trimmed)
}

/** The console path that opens a link; the token sits in the fragment, which browsers never send. */
export function respondentLinkPath(token: string): string {
  return `/respond#${token}`
}
