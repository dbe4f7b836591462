/**
 * End to end: single sign-on. The sign-in page offers "Sign in with Corp SSO"; Chromium follows it
 * to a real OpenID provider on loopback, signs in and consents on the provider's own pages, comes
 * back with a session (a new account, joined just in time with the role its group maps to) and
 * lands on the organization's portfolio.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser, saveScreenshot } from './support/browser'
import { type E2eOidcProvider, startE2eOidcProvider } from './support/oidc-provider'
import { type Stack, startStack } from './support/stack'

describe('single sign-on', () => {
  let idp: E2eOidcProvider
  let stack: Stack
  let browser: Browser

  beforeAll(async () => {
    stack = await startStack({
      sso: async (baseUrl) => {
        idp = await startE2eOidcProvider(`${baseUrl}/auth/oidc/corp/callback`)
        return {
          providers: [
            {
              id: 'corp',
              name: 'Corp SSO',
              issuer: idp.issuer,
              clientId: idp.clientId,
              clientSecret: idp.clientSecret,
              scopes: 'openid email profile groups',
              organization: 'e2e',
              roleClaim: 'groups',
              roleRules: [{ value: 'csirt-leads', role: 'lead-assessor' }],
              defaultRole: null,
              jitMembership: true,
              allowInsecureIssuer: true,
            },
          ],
        }
      },
    })
    idp.accounts.set('sam', {
      email: 'sam@e2e.example',
      email_verified: true,
      name: 'Sam Single',
      groups: ['csirt-leads'],
    })
    browser = await openBrowser()
    // Only loopback: the provider's pages link a web font that must not be fetched.
    await browser.context.route('**/*', (route) =>
      /^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort(),
    )
  })
  afterAll(async () => {
    await browser?.close()
    await stack?.close()
    await idp?.close()
  })

  it('signs in through the identity provider and lands on the portfolio', async () => {
    const { page } = browser
    await page.goto(stack.baseUrl)
    await page.getByRole('link', { name: 'Sign in with Corp SSO' }).click()
    // The provider's own login page, then its consent page.
    await page.waitForURL((url) => url.href.startsWith(idp.issuer))
    await page.locator('input[name="login"]').fill('sam')
    await page.locator('input[name="password"]').fill('any password')
    await page.getByRole('button', { name: 'Sign-in' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL((url) => url.href.startsWith(stack.baseUrl))
    // A user of one organization lands on its portfolio: nothing to choose (#19).
    await page.getByRole('heading', { level: 1, name: 'Portfolio · E2E Assessments' }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/orgs\/[^/]+$/)
    await saveScreenshot(page, 'single-sign-on-portfolio')
    const user = await stack.db.prisma.user.findUniqueOrThrow({
      where: { email: 'sam@e2e.example' },
      include: { memberships: true },
    })
    expect(user.passwordHash).toBeNull()
    expect(user.memberships.map((membership) => membership.role)).toEqual(['lead-assessor'])
  })
})
