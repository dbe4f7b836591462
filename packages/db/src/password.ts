/**
 * Password hashing with Node's scrypt. Stored format (one string, `$`-separated):
 *
 *     scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>
 *
 * e.g. `scrypt$16384$8$1$3q2+7w…$Hk1…` (N = CPU/memory cost, r = block size, p = parallelism; a
 * 16-byte salt and a 32-byte key). The parameters travel with each hash, so they can be raised
 * later without invalidating stored passwords.
 *
 * @packageDocumentation
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'

/** Parameters of new hashes (OWASP's scrypt minimum is N=2^17 with r=8; 2^14 keeps tests fast). */
export const DEFAULT_SCRYPT = { N: 16384, r: 8, p: 1 } as const

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
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
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
