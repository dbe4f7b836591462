/**
 * Every request carries the console's language as `Accept-Language` (the API answers method texts
 * in it), and switching the language fetches the active queries again in the new one.
 */
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { createApolloClient } from '../../src/apollo'
import {
  type AppLocale,
  createLocaleControl,
  LOCALE_STORAGE_KEY,
} from '../../src/composables/use-locale'
import { SignInViewerDocument } from '../../src/gql/graphql'

describe('the language of requests', () => {
  it('sends Accept-Language with the current locale and refetches active queries on a switch', async () => {
    const languages: (string | null)[] = []
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      languages.push(new Headers(init?.headers).get('accept-language'))
      return new Response(JSON.stringify({ data: { __typename: 'Query', viewer: null } }), {
        headers: { 'content-type': 'application/json' },
      })
    }) as typeof globalThis.fetch
    const locale = ref<AppLocale>('en')
    const client = createApolloClient({
      getToken: () => null,
      uri: 'http://console.test/graphql',
      fetch,
      getLocale: () => locale.value,
    })
    const stored = new Map<string, string>()
    const root = { lang: '' }
    const control = createLocaleControl({
      locale,
      storage: { setItem: (key, value) => void stored.set(key, value) },
      root,
      refetch: () => client.refetchQueries({ include: 'active' }),
    })
    expect(root.lang).toBe('en')
    const watched = client.watchQuery({ query: SignInViewerDocument })
    const subscription = watched.subscribe(() => undefined)
    await watched.result()
    expect(languages).toEqual(['en'])

    await control.change('de')
    expect(languages).toEqual(['en', 'de'])
    expect(root.lang).toBe('de')
    expect(stored.get(LOCALE_STORAGE_KEY)).toBe('de')

    // Choosing the current language again sends nothing.
    await control.change('de')
    expect(languages).toEqual(['en', 'de'])
    subscription.unsubscribe()
  })
})
