/**
 * Issue #19's done-when: every console route, in English, French and German, at 1366 px and at a
 * 390 px phone width (see {@link widthsOf}), on the demo data set: axe-core finds no violation of any impact, the browser
 * logs no error, nothing scrolls sideways at 390 px, and a screenshot of each is kept in
 * `test-results/` (`route-sweep-<locale>-<width>-<route>.png`). The language is chosen with the
 * header's switch, as a user would, and the signed-in choice is kept on the account.
 *
 * One browser and one page serve the whole file; each route is a fresh load of its URL.
 */
import { readFile } from 'node:fs/promises'
import { seedDatabase } from '@immd/db/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppLocale, SUPPORTED_LOCALES } from '../../src/composables/use-locale'
import { MESSAGES } from '../../src/locales/all-catalogues'
import { type Browser, openBrowser, saveScreenshot } from './support/browser'
import { DEMO_PASSWORD } from './support/flows'
import {
  checkAccessibility,
  checkOverflow,
  collectConsoleErrors,
  type Finding,
  readAxeSource,
  settle,
} from './support/route-sweep'
import { createToken, requestGraphql, type Stack, startStack } from './support/stack'

const WIDE = { width: 1366, height: 768 } as const
const PHONE = { width: 390, height: 844 } as const
type Size = typeof WIDE | typeof PHONE

/**
 * The widths per language: both in every language on CI (`CI=true`, as `.ci/run` runs) or with
 * `IMMD_SWEEP_ALL_WIDTHS=1`; elsewhere 1366 px in English and 390 px in every language (where
 * the translations' longer words can break a layout), to keep a local run near five minutes.
 */
function widthsOf(locale: AppLocale): Size[] {
  const all = process.env.IMMD_SWEEP_ALL_WIDTHS === '1' || Boolean(process.env.CI)
  return locale === 'en' || all ? [WIDE, PHONE] : [PHONE]
}

/** Per language and width: up to 40 page loads, each checked by axe-core. */
const SWEEP_TIMEOUT_MS_PER_WIDTH = 600_000

/** A route of `router.ts` by name, and the URL that opens it with the demo's ids. */
interface SweptRoute {
  name: string
  path: string
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

/** Every route name `router.ts` declares, read from its source so a new route cannot be missed. */
async function declaredRouteNames(): Promise<string[]> {
  const source = await readFile(new URL('../../src/router.ts', import.meta.url), 'utf8')
  return [
    ...new Set([...source.matchAll(/\bname: '([\w-]+)'/g)].map((match) => match[1] ?? '')),
  ].sort()
}

describe('every route in every language (#19)', () => {
  let stack: Stack
  let browser: Browser
  let axeSource: string
  let anonymousRoutes: SweptRoute[]
  let signedInRoutes: SweptRoute[]
  let adminId: string

  beforeAll(async () => {
    stack = await startStack()
    await seedDatabase(stack.db)
    const prisma = stack.db.prisma
    const acme = await prisma.organization.findUniqueOrThrow({ where: { slug: 'acme' } })
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } })
    adminId = admin.id
    const baseline = await prisma.engagement.findFirstOrThrow({
      where: { organizationId: acme.id, title: 'ACME IMC baseline assessment 2025' },
    })
    const reassessment = await prisma.engagement.findFirstOrThrow({
      where: { organizationId: acme.id, title: 'ACME IMC re-assessment 2026' },
    })
    // A real personal link, so the respondent's page shows the questionnaire, not a refusal.
    const scopeEntry = await prisma.scopeEntry.findFirstOrThrow({
      where: { engagementId: reassessment.id },
      orderBy: { id: 'asc' },
    })
    const token = await createToken(stack.db, { userId: admin.id, organizationId: acme.id })
    const issued = await requestGraphql<{
      issueRespondentLink: { __typename: string; path?: string; message?: string }
    }>(
      stack,
      token,
      `mutation ($input: IssueRespondentLinkInput!) { issueRespondentLink(input: $input) {
        __typename ... on IssueRespondentLinkPayload { path } ... on BaseError { message } } }`,
      { input: { scopeEntryId: globalId('ScopeEntry', scopeEntry.id), expiresInDays: 30 } },
    )
    const respondPath = issued.issueRespondentLink.path
    if (!respondPath) throw new Error(`no respondent link: ${JSON.stringify(issued)}`)
    const org = `/orgs/${encodeURIComponent(globalId('Organization', acme.id))}`
    const engagement = `/engagements/${encodeURIComponent(globalId('Engagement', baseline.id))}`
    anonymousRoutes = [
      { name: 'sign-in', path: '/sign-in' },
      { name: 'respond', path: respondPath },
      { name: 'accept-invitation', path: '/accept-invitation' },
      { name: 'not-found', path: '/no-such-page' },
    ]
    signedInRoutes = [
      { name: 'organizations', path: '/' },
      { name: 'portfolio', path: org },
      { name: 'analytics', path: `${org}/analytics` },
      { name: 'engagement-create', path: `${org}/engagements/new` },
      { name: 'import', path: `${org}/import` },
      { name: 'admin', path: `${org}/admin` },
      { name: 'engagement', path: engagement },
      ...[
        'prepare',
        'tailoring',
        'scope',
        'interviews',
        'documents',
        'worksheet',
        'results',
        'next-steps',
        'post',
      ].map((child) => ({ name: `engagement-${child}`, path: `${engagement}/${child}` })),
    ]
    axeSource = await readAxeSource()
    browser = await openBrowser({ width: 1366, height: 768 })
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.close()
  })

  it('sweeps exactly the routes router.ts declares', async () => {
    const swept = [...anonymousRoutes, ...signedInRoutes].map((route) => route.name).sort()
    expect(swept).toEqual(await declaredRouteNames())
  })

  /** Visits each route at each width and returns everything found. */
  async function sweep(locale: AppLocale, routes: SweptRoute[], widths: readonly Size[]) {
    const { page } = browser
    const messages = MESSAGES[locale]
    const loading = [messages.common.loading, messages.respondent.loading]
    const errors = collectConsoleErrors(page)
    const findings: Finding[] = []
    try {
      for (const size of widths) {
        await page.setViewportSize(size)
        for (const route of routes) {
          const label = `${locale} ${size.width}px ${route.name}`
          await page.goto(`${stack.baseUrl}${route.path}`)
          try {
            await settle(page, loading)
          } catch (error) {
            findings.push({ page: label, kind: 'load', detail: String(error).slice(0, 200) })
          }
          if (route.name !== 'sign-in' && new URL(page.url()).pathname === '/sign-in') {
            findings.push({ page: label, kind: 'load', detail: 'sent to the sign-in page' })
          }
          expect(await page.evaluate(() => document.documentElement.lang), label).toBe(locale)
          await saveScreenshot(page, `route-sweep-${locale}-${size.width}-${route.name}`)
          findings.push(...(await checkAccessibility(page, axeSource, label)))
          if (size.width < 400) findings.push(...(await checkOverflow(page, label)))
          findings.push(...errors.take(label))
        }
      }
    } finally {
      errors.stop()
    }
    return findings
  }

  it.each(SUPPORTED_LOCALES)(
    '%s: every page is accessible, error-free and fits 390 px',
    async (locale) => {
      const { page, context } = browser
      const messages = MESSAGES[locale]
      // Signed out, with this device's choice forgotten: the switch on the sign-in page picks it.
      await context.clearCookies()
      await page.goto(`${stack.baseUrl}/sign-in`)
      await page.evaluate(() => window.localStorage.clear())
      await page.reload()
      await page.getByTestId('locale-switch').selectOption(locale)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(messages.signIn.title)
      const findings = await sweep(locale, anonymousRoutes, widthsOf(locale))
      // The respondent's questionnaire follows the device's language too.
      await page.goto(`${stack.baseUrl}${anonymousRoutes[1]?.path}`)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(messages.respondent.title)

      await page.goto(`${stack.baseUrl}/sign-in`)
      await page.getByLabel(messages.signIn.email).fill('admin@example.org')
      await page.getByLabel(messages.signIn.password).fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: messages.signIn.submit, exact: true }).click()
      await page.waitForURL((url) => url.pathname !== '/sign-in')
      findings.push(...(await sweep(locale, signedInRoutes, widthsOf(locale))))
      expect(findings).toEqual([])
    },
    SWEEP_TIMEOUT_MS_PER_WIDTH * 2,
  )

  it("keeps a signed-in user's choice on the account, for every device", async () => {
    const { page, context } = browser
    await page.setViewportSize(WIDE)
    await page.goto(stack.baseUrl)
    await page.getByTestId('locale-switch').selectOption('de')
    await expect
      .poll(
        async () =>
          (await stack.db.prisma.user.findUniqueOrThrow({ where: { id: adminId } }))
            .preferredLocale,
      )
      .toBe('de')
    const audit = await stack.db.prisma.auditEvent.findFirst({
      where: { operation: 'user.preferred-locale', targetId: adminId },
      orderBy: { createdAt: 'desc' },
    })
    expect(audit).not.toBeNull()
    // Another device: no stored choice and an English browser, same session cookie.
    await page.evaluate(() => window.localStorage.setItem('immd.locale', 'en'))
    await page.reload()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de')
    // The admin has one organization, so '/' lands on its portfolio: its nav speaks German.
    await page
      .getByRole('link', { name: MESSAGES.de.org.newEngagement, exact: true })
      .first()
      .waitFor()
    await page.getByTestId('locale-switch').selectOption('en')
    await expect
      .poll(
        async () =>
          (await stack.db.prisma.user.findUniqueOrThrow({ where: { id: adminId } }))
            .preferredLocale,
      )
      .toBe('en')
    await context.clearCookies()
  })
})
