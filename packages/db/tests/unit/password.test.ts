import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../src/password.js'

describe('password hashing', () => {
  it('writes scrypt$N$r$p$salt$hash and verifies only the right password', async () => {
    const hash = await hashPassword('immd-demo')
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(await verifyPassword('immd-demo', hash)).toBe(true)
    expect(await verifyPassword('wrong', hash)).toBe(false)
    expect(await verifyPassword('immd-demo', 'bcrypt$whatever')).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'))
  })
})
