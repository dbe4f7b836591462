/**
 * Boots the console: session, i18n, Apollo client and router, then mounts `App.vue`. The start
 * is a function rather than top-level code so it can wait for a French or German catalogue (each
 * a chunk of its own) without a top-level `await`, which would make Rollup split the entry.
 */
import { DefaultApolloClient } from '@vue/apollo-composable'
import { createApp, nextTick, watch } from 'vue'
import App from './App.vue'
import { createApolloClient } from './apollo'
import { createLocaleControl, LOCALE_KEY, readInitialLocale } from './composables/use-locale'
import { createSession, readCsrfToken, SESSION_KEY } from './composables/use-session'
import { createUnsavedChanges, UNSAVED_CHANGES_KEY } from './composables/use-unsaved-changes'
import { createAppI18n, ensureCatalogue, loadCatalogue } from './i18n'
import { createAppRouter } from './router'
import './styles/base.css'
import './styles/print.css'

async function startConsole(): Promise<void> {
  const session = createSession({ storage: window.localStorage })
  const initialLocale = readInitialLocale(window.localStorage, navigator.languages ?? [])
  // The first page shows in its language at once: wait for that language's messages.
  const i18n = createAppI18n(initialLocale, { [initialLocale]: await loadCatalogue(initialLocale) })
  const apollo = createApolloClient({
    getLocale: () => i18n.global.locale.value,
    getToken: () => session.token.value,
    getCsrfToken: () => readCsrfToken(document.cookie),
    // Built consoles send operation ids; the dev server's documents change under a running API.
    persistedDocuments: !import.meta.env.DEV,
    onUnauthenticated: () => {
      // Several queries fail at once when a session ends: return to sign-in once, to this page after.
      const current = router.currentRoute.value
      if (current.name === 'sign-in' || !session.signedIn.value) return
      session.signOut()
      void apollo.clearStore()
      void router.push({ name: 'sign-in', query: { redirect: current.fullPath, expired: '1' } })
    },
  })
  const locale = createLocaleControl({
    locale: i18n.global.locale,
    storage: window.localStorage,
    root: document.documentElement,
    refetch: () => apollo.refetchQueries({ include: 'active' }),
    load: (code) => ensureCatalogue(i18n, code),
  })
  const router = createAppRouter({ session })
  // Each page has its own title, and after a navigation focus moves to the new page's content, so a
  // screen reader announces it (a change of query only, e.g. the open interview, keeps focus).
  function showTitle(routeName: unknown) {
    const key = `pageTitle.${typeof routeName === 'string' ? routeName : 'not-found'}`
    const page = i18n.global.te(key) ? i18n.global.t(key) : ''
    document.title = page ? `${page} · ${i18n.global.t('app.name')}` : i18n.global.t('app.name')
  }
  router.afterEach((to, from, failure) => {
    if (failure) return
    showTitle(to.name)
    if (from.matched.length === 0 || to.path === from.path) return
    void nextTick(() => {
      // Never take focus from a field the user (or a test) is already typing in.
      const active = document.activeElement
      if (active?.matches('input, textarea, select, [contenteditable="true"]')) return
      document.getElementById('main')?.focus()
    })
  })
  // A language switch renames the open page too.
  watch(i18n.global.locale, () => showTitle(router.currentRoute.value.name))
  const unsaved = createUnsavedChanges({
    router,
    confirmLeave: () => window.confirm(i18n.global.t('app.leaveConfirm')),
    target: window,
  })

  createApp(App)
    .provide(SESSION_KEY, session)
    .provide(DefaultApolloClient, apollo)
    .provide(UNSAVED_CHANGES_KEY, unsaved)
    .provide(LOCALE_KEY, locale)
    .use(router)
    .use(i18n)
    .mount('#app')
}

void startConsole()
