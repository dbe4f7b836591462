/**
 * Password hashing with Node's scrypt. Stored format (one string, `$`-separated):
 *
 *     scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>
 *
 * e.g. `scrypt$131072$8$1$3q2+7w…$Hk1…` (N = CPU/memory cost, r = block size, p = parallelism; a
 * 16-byte salt and a 32-byte key). The parameters travel with each hash, so they can be raised
 * later without invalidating stored passwords.
 *
 * @packageDocumentation
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt's cost parameters. */
export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** Parameters of new hashes: OWASP's scrypt recommendation (N = 2^17, r = 8, p = 1; 128 MiB). */
export const DEFAULT_SCRYPT: ScryptParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/** The cost range `IMMD_SCRYPT_LOG2N` may choose (2^14 is the floor stored hashes ever used). */
const LOG2N_RANGE = { min: 14, max: 20 } as const

/**
 * The parameters of new hashes: {@link DEFAULT_SCRYPT}, unless `IMMD_SCRYPT_LOG2N` sets another
 * cost (test suites lower it to 14 to stay fast; never lower it in production). Read here only.
 */
export function readScryptParams(
  env: Record<string, string | undefined> = process.env,
): ScryptParams {
  const raw = env.IMMD_SCRYPT_LOG2N?.trim()
  if (!raw) return DEFAULT_SCRYPT
  const log2n = Number(raw)
  if (!Number.isInteger(log2n) || log2n < LOG2N_RANGE.min || log2n > LOG2N_RANGE.max) {
    throw new Error(
      `IMMD_SCRYPT_LOG2N must be an integer from ${LOG2N_RANGE.min} to ${LOG2N_RANGE.max}, got "${raw}".`,
    )
  }
  return { N: 2 ** log2n, r: DEFAULT_SCRYPT.r, p: DEFAULT_SCRYPT.p }
}

const KEY_LENGTH = 32

function deriveKey(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes, or Node refuses larger N.
    scrypt(
      password,
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 256 * (options.N ?? 1) * (options.r ?? 1) + 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}

/** Hashes a password into the `scrypt$N$r$p$salt$hash` format. */
export async function hashPassword(
  password: string,
  params: ScryptParams = readScryptParams(),
): Promise<string> {
  const salt = randomBytes(16)
  const key = await deriveKey(password, salt, params)
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$')
}

/** Checks a password against a stored hash in constant time; false for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await deriveKey(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/**
 * True when a stored hash is weaker than `params` (older, cheaper parameters) or not in the
 * current format: sign-in then stores a new hash of the password it has just verified.
 */
export function needsRehash(stored: string, params: ScryptParams = readScryptParams()): boolean {
  const [scheme, n, r, p] = stored.split('$')
  if (scheme !== 'scrypt') return true
  return Number(n) < params.N || Number(r) < params.r || Number(p) < params.p
}
