/** Steps several end-to-end tests share. */
import type { Page } from 'playwright-core'
import { LEAD_EMAIL, LEAD_PASSWORD, type Stack } from './stack'

/**
 * Signs in as the stack's first user, with e-mail and password (the session cookie) or with the API
 * token, and opens the organization's portfolio.
 */
export async function signIn(
  page: Page,
  stack: Stack,
  via: 'password' | 'token' = 'password',
): Promise<void> {
  await page.goto(stack.baseUrl)
  if (via === 'password') {
    await page.getByLabel('E-mail').fill(LEAD_EMAIL)
    await page.getByLabel('Password').fill(LEAD_PASSWORD)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  } else {
    await page.getByRole('button', { name: 'Use an API token instead' }).click()
    await page.getByLabel('API token').fill(stack.token)
    await page.getByRole('button', { name: 'Sign in with token' }).click()
  }
  await openOrganization(page, 'E2E Assessments')
}

/**
 * Opens an organization's portfolio from where signing in lands: the organization list when the
 * user has several, or that portfolio itself when they have one (the console skips the choice).
 */
export async function openOrganization(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: `Portfolio · ${name}` })
  const link = page.getByRole('main').getByRole('link', { name, exact: true })
  // Right after a click elsewhere, the link found may be the page being left (an engagement's
  // breadcrumb) or vanish as a one-organization user is taken on to the portfolio; so click it
  // briefly and look again rather than wait on a link that is gone.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await heading.or(link).first().waitFor()
    if (await heading.isVisible()) return
    await link.click({ timeout: 3_000 }).catch(() => {})
    const arrived = await heading.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    )
    if (arrived) return
  }
  await heading.waitFor()
}

/** Clicks an activity's transition button and waits until the activity reaches `status`. */
export async function transition(
  page: Page,
  action: 'Start' | 'Complete' | 'Skip',
  activityId: string,
  status: string,
) {
  const card = page.locator(`[data-activity="${activityId}"]`)
  await card.getByRole('button', { name: `${action} ${activityId}` }).click()
  await card.and(page.locator(`[data-status="${status}"]`)).waitFor()
}

/** Opens an engagement tab by its label. */
export async function openTab(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Engagement sections' })
    .getByRole('link', { name: label, exact: true })
    .click()
}

/** The demo seed's password (`@immd/db/seed`), the same for every demo user. */
export const DEMO_PASSWORD = 'immd-demo'

/** Signs in as a demo user (e-mail and password) and opens one of ACME's engagements. */
export async function openDemoEngagement(
  page: Page,
  stack: Pick<Stack, 'baseUrl'>,
  options: { email: string; engagement: string },
): Promise<void> {
  await page.goto(stack.baseUrl)
  await page.getByLabel('E-mail').fill(options.email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await openOrganization(page, 'ACME Corp')
  await page.getByRole('link', { name: options.engagement }).click()
  await page.getByTestId('engagement-state').waitFor()
}

/** The engagement id in the current URL (`/engagements/<id>/…`). */
export function engagementIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '')
}
