/**
 * Who is signed in, and with what: a password session (the API's httpOnly session cookie plus the
 * readable CSRF cookie whose value goes back as `x-csrf-token`) or an API token
 * (`Authorization: Bearer`). One session per app, created in `main.ts` and provided; components
 * reach it with {@link useSession}. Only the mark of a password session is kept in storage (so a
 * reload stays signed in); an API token lives in memory only, never in `localStorage`, where any
 * script of the origin (or a shared machine's next user) could read it (issue #23): a reload asks
 * for it again. The session secret never reaches JavaScript.
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
  /** Where the password-session mark survives reloads (`localStorage` in the browser, a stub in tests). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  key?: string
}

export const SESSION_KEY: InjectionKey<Session> = Symbol('immd-session')
const COOKIE_MARK = 'cookie-session'

/** Creates the session, restoring what was stored. */
export function createSession(options: CreateSessionOptions): Session {
  const key = options.key ?? 'immd.apiToken'
  const restored = options.storage.getItem(key)
  // A token an earlier console stored is removed, never used.
  if (restored && restored !== COOKIE_MARK) options.storage.removeItem(key)
  const stored = ref<string | null>(restored === COOKIE_MARK ? COOKIE_MARK : null)
  return {
    token: computed(() => (stored.value && stored.value !== COOKIE_MARK ? stored.value : null)),
    signedIn: computed(() => Boolean(stored.value)),
    startCookieSession() {
      stored.value = COOKIE_MARK
      options.storage.setItem(key, COOKIE_MARK)
    },
    signIn(value) {
      stored.value = value.trim()
      // Memory only: a stored cookie-session mark would misdescribe this credential.
      options.storage.removeItem(key)
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
