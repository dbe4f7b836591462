/**
 * The in-process OpenID provider of the single sign-on tests: shared with the console's end-to-end
 * suite in `@immd/test-utils/oidc-provider` (#17).
 */
export {
  completeProviderSignIn,
  startTestOidcProvider,
  type TestAccount,
  type TestOidcProvider,
} from '@immd/test-utils/oidc-provider'
