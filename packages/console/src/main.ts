/** Boots the console: session, Apollo client, router and i18n, then mounts `App.vue`. */
import { DefaultApolloClient } from '@vue/apollo-composable'
import { createApp } from 'vue'
import App from './App.vue'
import { createApolloClient } from './apollo'
import { createSession, readCsrfToken, SESSION_KEY } from './composables/use-session'
import { disableEvalInValidation } from './content-security'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import './styles/base.css'
import './styles/print.css'

disableEvalInValidation()
const session = createSession({ storage: window.localStorage })
const apollo = createApolloClient({
  getToken: () => session.token.value,
  getCsrfToken: () => readCsrfToken(document.cookie),
  // Built consoles send operation ids; the dev server's documents change under a running API.
  persistedDocuments: !import.meta.env.DEV,
})
const router = createAppRouter({ session })

createApp(App)
  .provide(SESSION_KEY, session)
  .provide(DefaultApolloClient, apollo)
  .use(router)
  .use(createAppI18n())
  .mount('#app')
