/**
 * Who is signed in, and with what: a password session (the API's httpOnly session cookie plus the
 * readable CSRF cookie whose value goes back as `x-csrf-token`) or an API token
 * (`Authorization: Bearer`). One session per app, created in `main.ts` and provided; components
 * reach it with {@link useSession}. Only the kind of credential (and a token, if one is used) is
 * kept in `localStorage`; the session secret never reaches JavaScript.
 */
import { type ComputedRef, computed, type InjectionKey, inject, ref } from 'vue'

/** The signed-in state of one console instance. */
export interface Session {
  /** The API token, when signed in with one. */
  token: ComputedRef<string | null>
  /** True when signed in (password session or token). */
  signedIn: ComputedRef<boolean>
  /** Signed in with email and password: the cookies carry the session. */
  startCookieSession(): void
  signIn(token: string): void
  signOut(): void
}

/** Options of {@link createSession}. */
export interface CreateSessionOptions {
  /** Where the credential kind survives reloads (`localStorage` in the browser, a stub in tests). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  key?: string
}

export const SESSION_KEY: InjectionKey<Session> = Symbol('immd-session')
const COOKIE_MARK = 'cookie-session'

/** Creates the session, restoring what was stored. */
export function createSession(options: CreateSessionOptions): Session {
  const key = options.key ?? 'immd.apiToken'
  const stored = ref<string | null>(options.storage.getItem(key))
  return {
    token: computed(() => (stored.value && stored.value !== COOKIE_MARK ? stored.value : null)),
    signedIn: computed(() => Boolean(stored.value)),
    startCookieSession() {
      stored.value = COOKIE_MARK
      options.storage.setItem(key, COOKIE_MARK)
    },
    signIn(value) {
      stored.value = value.trim()
      options.storage.setItem(key, stored.value)
    },
    signOut() {
      stored.value = null
      options.storage.removeItem(key)
    },
  }
}

/** The CSRF token of the password session, read from its cookie (null without a session). */
export function readCsrfToken(cookies: string): string | null {
  const match = /(?:^|;\s*)(?:__Host-)?immd_csrf=([^;]+)/.exec(cookies)
  return match?.[1] ? decodeURIComponent(match[1]) : null
}

/** The session provided by `main.ts`. */
export function useSession(): Session {
  const session = inject(SESSION_KEY)
  if (!session) throw new Error('useSession() needs the session provided by main.ts')
  return session
}
