/**
 * Webhook signatures, Stripe style: `IMMD-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `<t>.<body>` with the endpoint's secret. Receivers recompute it over the raw body, compare in
 * constant time and refuse old timestamps (replays). docs/api.md shows the same check.
 *
 * @packageDocumentation
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The header carrying the signature. */
export const SIGNATURE_HEADER = 'immd-signature'

/** A new endpoint secret: `whsec_` and 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}

/** The `IMMD-Signature` value of a body sent at `timestamp` (unix seconds). */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${digest}`
}

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookOptions {
  secret: string
  /** The `IMMD-Signature` header as received. */
  header: string | null
  /** The raw request body, as received (not re-serialized JSON). */
  body: string
  /** Oldest accepted timestamp, in seconds before `now` (default 300). */
  toleranceSeconds?: number
  now?: Date
}

/** Checks a delivery's signature and timestamp, as a receiver does. */
export function verifyWebhookSignature(options: VerifyWebhookOptions): boolean {
  const parts = new Map(
    (options.header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]),
  )
  const timestamp = Number(parts.get('t'))
  const signature = parts.get('v1') ?? ''
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) return false
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000)
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false
  const expected = signWebhookBody(options.secret, timestamp, options.body).slice(-64)
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(signature, 'hex'))
}
