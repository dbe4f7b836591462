/**
 * A real OpenID provider (`oidc-provider`, the certified Node implementation) on loopback, for the
 * single sign-on tests of the API and the console end-to-end suite (one configuration, #17): its
 * development login and consent pages (any password), one confidential client, PKCE required,
 * accounts whose claims (e-mail, groups) a test changes between sign-ins, and
 * {@link completeProviderSignIn}, which walks the provider's pages the way a browser does (cookie
 * jar, form posts) and returns the URL the provider redirects back to.
 *
 * @packageDocumentation
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** The claims of one account of the test provider. */
export interface TestAccount {
  email: string
  email_verified: boolean
  name: string
  groups: string[]
}

/** A running provider. */
export interface TestOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** Accounts by login name (the `sub`); tests add and change them. */
  accounts: Map<string, TestAccount>
  close(): Promise<void>
}

/** Options of {@link startTestOidcProvider}. */
export interface TestOidcProviderOptions {
  /** Where the client may be redirected back to (the API's `/auth/oidc/<id>/callback`). */
  redirectUris: string[]
  /** The client id; default `immd`. */
  clientId?: string
  /** The client secret; default a fixed test secret. */
  clientSecret?: string
}

/** Starts the provider on 127.0.0.1 for one confidential client. */
export async function startTestOidcProvider(
  options: TestOidcProviderOptions,
): Promise<TestOidcProvider> {
  const { redirectUris } = options
  const accounts = new Map<string, TestAccount>()
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${port}`
  const clientId = options.clientId ?? 'immd'
  const clientSecret = options.clientSecret ?? 'a-test-client-secret-of-enough-length-0123456789'
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // PKCE on every authorization request, as the API always sends it.
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    cookies: { keys: ['immd-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_context: unknown, sub: string) => ({
      accountId: sub,
      claims: () => {
        const account = accounts.get(sub)
        return account ? { sub, ...account } : { sub }
      },
    }),
  })
  server.on('request', provider.callback())
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A minimal cookie jar for one browser. */
class CookieJar {
  private readonly cookies = new Map<string, string>()
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * Follows the provider's pages from the authorization URL as `login`: the login form, then the
 * consent form when asked; returns the redirect back to the client (`…/callback?code=…`).
 */
export async function completeProviderSignIn(authorizationUrl: string, login: string) {
  const jar = new CookieJar()
  let url = authorizationUrl
  for (let step = 0; step < 12; step++) {
    const origin = new URL(url).origin
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } })
    jar.store(response)
    const location = response.headers.get('location')
    if (location) {
      const next = new URL(location, url).href
      if (!next.startsWith(origin)) return next
      url = next
      continue
    }
    const page = await response.text()
    if (response.status !== 200)
      throw new Error(`the provider answered ${response.status}: ${page}`)
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1]
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1]
    if (!prompt || !action)
      throw new Error(`no login or consent form on the provider's page: ${page}`)
    const form = new URLSearchParams({ prompt })
    if (prompt === 'login') {
      form.set('login', login)
      form.set('password', 'any password')
    }
    const posted = await fetch(new URL(action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    })
    jar.store(posted)
    const after = posted.headers.get('location')
    if (!after)
      throw new Error(`the provider's form answered ${posted.status}: ${await posted.text()}`)
    url = new URL(after, url).href
  }
  throw new Error('the provider kept redirecting')
}
