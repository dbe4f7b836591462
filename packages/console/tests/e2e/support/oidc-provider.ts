/**
 * A real OpenID provider (`oidc-provider`) on loopback for the single sign-on end-to-end test: its
 * development login and consent pages (any password), one confidential client redirecting to the
 * stack's callback, PKCE required, and accounts with e-mail and groups.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** The claims of one account of the provider, by login name. */
export interface E2eAccount {
  email: string
  email_verified: boolean
  name: string
  groups: string[]
}

/** A running provider. */
export interface E2eOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  accounts: Map<string, E2eAccount>
  close(): Promise<void>
}

/** Starts the provider on 127.0.0.1 for one redirect URI. */
export async function startE2eOidcProvider(redirectUri: string): Promise<E2eOidcProvider> {
  const accounts = new Map<string, E2eAccount>()
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${port}`
  const clientId = 'immd-console'
  const clientSecret = 'an-e2e-client-secret-of-enough-length-0123456789'
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    cookies: { keys: ['immd-e2e-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_context: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ sub, ...accounts.get(sub) }),
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
