/**
 * The OpenID provider of the single sign-on end-to-end test: the shared in-process provider of
 * `@immd/test-utils/oidc-provider` (#17) with one confidential client redirecting to the stack's
 * callback.
 */
import {
  startTestOidcProvider,
  type TestAccount,
  type TestOidcProvider,
} from '@immd/test-utils/oidc-provider'

/** The claims of one account of the provider, by login name. */
export type E2eAccount = TestAccount

/** A running provider. */
export type E2eOidcProvider = TestOidcProvider

/** Starts the provider on 127.0.0.1 for one redirect URI. */
export function startE2eOidcProvider(redirectUri: string): Promise<E2eOidcProvider> {
  return startTestOidcProvider({
    redirectUris: [redirectUri],
    clientId: 'immd-console',
    clientSecret: 'an-e2e-client-secret-of-enough-length-0123456789',
  })
}
