import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SCRYPT,
  hashPassword,
  needsRehash,
  readScryptParams,
  verifyPassword,
} from '../../src/password.js'

describe('password hashing', () => {
  it('writes scrypt$N$r$p$salt$hash and verifies only the right password', async () => {
    // The test suites hash at 2^14 (IMMD_SCRYPT_LOG2N in vitest.config.ts).
    const hash = await hashPassword('immd-demo')
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(await verifyPassword('immd-demo', hash)).toBe(true)
    expect(await verifyPassword('wrong', hash)).toBe(false)
    expect(await verifyPassword('immd-demo', 'bcrypt$whatever')).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'))
  })

  it("hashes new passwords with OWASP's scrypt cost by default (N = 2^17, r = 8, p = 1)", async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 })
    expect(readScryptParams({})).toBe(DEFAULT_SCRYPT)
    const hash = await hashPassword('correct horse', readScryptParams({}))
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true)
    expect(await verifyPassword('correct horse', hash)).toBe(true)
  })

  it('takes a lower cost only from IMMD_SCRYPT_LOG2N, within 14..20', () => {
    expect(readScryptParams({ IMMD_SCRYPT_LOG2N: '14' })).toEqual({ N: 16384, r: 8, p: 1 })
    expect(() => readScryptParams({ IMMD_SCRYPT_LOG2N: '10' })).toThrow(/from 14 to 20/)
    expect(() => readScryptParams({ IMMD_SCRYPT_LOG2N: 'fast' })).toThrow(/got "fast"/)
  })

  it('asks for a rehash of hashes weaker than the current parameters', async () => {
    const old = await hashPassword('pw', { N: 16384, r: 8, p: 1 })
    expect(needsRehash(old, DEFAULT_SCRYPT)).toBe(true)
    expect(needsRehash(old, { N: 16384, r: 8, p: 1 })).toBe(false)
    expect(needsRehash('bcrypt$x', DEFAULT_SCRYPT)).toBe(true)
  })
})
