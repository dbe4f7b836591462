import { describe, expect, it } from 'vitest'
import { createSession, readCsrfToken } from '../../src/composables/use-session'

function createStorage() {
  const values = new Map<string, string>()
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    values,
  }
}

describe('createSession', () => {
  it('keeps an API token in memory only, never in storage, and forgets it on sign-out', () => {
    const storage = createStorage()
    const session = createSession({ storage })
    expect(session.signedIn.value).toBe(false)
    session.signIn('  immd_secret ')
    expect(session.token.value).toBe('immd_secret')
    expect(storage.values.size).toBe(0)
    // A reload (a new console instance) does not find it.
    expect(createSession({ storage }).token.value).toBeNull()
    session.signOut()
    expect(storage.values.size).toBe(0)
    expect(session.token.value).toBeNull()
  })

  it('marks a password session without storing any secret', () => {
    const storage = createStorage()
    const session = createSession({ storage })
    session.startCookieSession()
    expect(session.signedIn.value).toBe(true)
    expect(session.token.value).toBeNull()
    expect(createSession({ storage }).signedIn.value).toBe(true)
  })

  it('removes a token an earlier console left in storage, without using it', () => {
    const storage = createStorage()
    storage.setItem('immd.apiToken', 'immd_leftover')
    const session = createSession({ storage })
    expect(session.signedIn.value).toBe(false)
    expect(session.token.value).toBeNull()
    expect(storage.values.size).toBe(0)
  })
})

describe('readCsrfToken', () => {
  it('reads the CSRF cookie, with or without the __Host- prefix', () => {
    expect(readCsrfToken('a=1; immd_csrf=abc%2Fdef; b=2')).toBe('abc/def')
    expect(readCsrfToken('__Host-immd_csrf=xyz')).toBe('xyz')
    expect(readCsrfToken('other=1')).toBeNull()
  })
})
