/**
 * End to end (#21) on the demo data set: no page shows a number with more than the method's
 * precision (every route's text is scanned while an unrounded total is on screen, case 5);
 * a viewer is offered no control the API refuses, and a communicated engagement is read-only
 * (case 8); documents follow their order, report files carry the engagement, pages have their own
 * titles and focus moves on navigation (case 9).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser, saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import {
  engagementIdOf,
  openDemoEngagement,
  openOrganization,
  openTab,
  transition,
} from './support/flows'
import { waitForSections, watchGraphqlRequests } from './support/page-ready'

const ACTIVE = 'ACME IMC re-assessment 2026'
const FINISHED = 'ACME IMC baseline assessment 2025'
const ENGAGEMENT_PAGES = [
  '',
  'prepare',
  'tailoring',
  'scope',
  'interviews',
  'documents',
  'worksheet',
  'results',
  'next-steps',
  'post',
]
/** A decimal with more digits than any page may print (totals print as integers). */
const LONG_DECIMAL = /\d+\.\d{4,}/g

/** Opens a path and returns the long decimals in the page's visible text once it has loaded. */
async function longDecimalsOn(page: Page, url: string): Promise<string[]> {
  // Queries of a page's sections resolve one after another and the page's event stream stays
  // open (the network never goes idle): scan once every GraphQL query has answered.
  const requests = watchGraphqlRequests(page)
  try {
    await page.goto(url)
    await page.locator('main h1, main h2').first().waitFor()
    await waitForSections(page, requests, ['Loading…'])
  } finally {
    requests.stop()
  }
  // biome-ignore lint/performance/useDomNodeTextContent: the scan is of what people see; innerText skips hidden text.
  const text = await page.locator('body').innerText()
  return text.match(LONG_DECIMAL) ?? []
}

describe('precision, roles and state in the console (#21)', () => {
  const e2e = useBrowserStack()
  let viewer: Browser | undefined

  beforeAll(async () => {
    const { seedDatabase } = await import('@immd/db/seed')
    await seedDatabase(e2e.stack.db)
  })
  afterAll(async () => {
    await viewer?.close()
  })

  it('case 5: no route shows a long decimal, with an unrounded total (e.g. 40.625) on screen', async () => {
    const { page } = e2e.browser
    await openDemoEngagement(page, e2e.stack, { email: 'lead@example.org', engagement: ACTIVE })
    const active = engagementIdOf(page)
    await openTab(page, 'Worksheet')
    // Four more answers beside the seed's make the mean of the answered drivers a long decimal.
    for (const [driverId, answer] of [
      ['D3', 'No'],
      ['D4', 'Likely No'],
      ['D5', 'No'],
      ['D7', 'No'],
    ] as const) {
      const row = page.locator(`[data-driver="${driverId}"]`)
      await row.getByRole('radio', { name: new RegExp(`^${answer} \\(`) }).check()
      await row.getByRole('button', { name: `Save ${driverId}` }).click()
      await row.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor()
    }
    await openTab(page, 'Results')
    const derivation = page.getByTestId('result-derivation')
    await expect.poll(() => derivation.textContent()).toMatch(/ \/ \d+ = /)
    // "… / 7 = ≈42.857 → 43 → Borderline": the unrounded total, then the rounded one the band uses.
    const [, unrounded, rounded] =
      /= ≈?(\d+\.\d+) → (\d+) →/.exec((await derivation.textContent()) ?? '') ?? []
    expect(Number(unrounded) % 1).not.toBe(0)
    expect(await page.getByTestId('result-indicative').textContent()).toContain(`total ${rounded})`)
    await saveScreenshot(page, 'results-rounded')

    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    const organization = new URL(page.url()).pathname
    await page.getByRole('link', { name: FINISHED }).click()
    await page.getByTestId('engagement-state').waitFor()
    const finished = engagementIdOf(page)
    const base = e2e.stack.baseUrl
    const routes = [
      `${base}/`,
      `${base}${organization}`,
      `${base}${organization}/import`,
      `${base}${organization}/admin`,
      `${base}${organization}/engagements/new`,
      ...[active, finished].flatMap((id) =>
        ENGAGEMENT_PAGES.map((p) => `${base}/engagements/${encodeURIComponent(id)}/${p}`),
      ),
    ]
    const found: Record<string, string[]> = {}
    for (const url of routes) {
      const decimals = await longDecimalsOn(page, url)
      if (decimals.length > 0) found[url] = decimals
    }
    expect(routes).toHaveLength(25)
    expect(found).toEqual({})
  })

  it('case 9: each page has its own title and focus moves to the new page', async () => {
    const { page } = e2e.browser
    await openTab(page, 'Worksheet')
    await expect.poll(() => page.title()).toBe('Worksheet · IMMD console')
    await openTab(page, 'Results')
    await expect.poll(() => page.title()).toBe('Results · IMMD console')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('case 9: a report file is named after its engagement and date', async () => {
    const { page } = e2e.browser
    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: FINISHED }).click()
    await openTab(page, 'Results')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^acme-imc-baseline-assessment-2025-\d{4}-\d{2}-\d{2}\.json$/,
    )
  })

  it('case 8: a communicated engagement is read-only where the server locks its data', async () => {
    const { page } = e2e.browser
    await openTab(page, 'Worksheet')
    await expect.poll(() => page.getByTestId('read-only').textContent()).toContain('communicated')
    const row = page.locator('[data-driver="D1"]')
    expect(await row.locator('textarea').isDisabled()).toBe(true)
    expect(await row.getByRole('radio').first().isDisabled()).toBe(true)
    await saveScreenshot(page, 'closed-read-only')
  })

  it('case 9: "Received" and "Reviewed" wait for the step before them', async () => {
    const { page } = e2e.browser
    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: ACTIVE }).click()
    await openTab(page, 'Documents')
    await page.getByLabel('Document', { exact: true }).fill('Ops runbook')
    await page.getByRole('button', { name: 'Add document' }).click()
    const received = page.getByRole('button', { name: 'Mark Ops runbook received' })
    const reviewed = page.getByRole('button', { name: 'Mark Ops runbook reviewed' })
    await reviewed.waitFor()
    expect(await received.isDisabled()).toBe(true)
    expect(await reviewed.isDisabled()).toBe(true)
    expect(await reviewed.getAttribute('title')).toBe('Mark it Received first.')
    await page.getByRole('button', { name: 'Mark Ops runbook requested' }).click()
    await expect.poll(() => received.isDisabled()).toBe(false)
    expect(await reviewed.isDisabled()).toBe(true)
  })

  it('case 4: an answer changed after A4 marks the stored result outdated, with the re-run', async () => {
    const { page } = e2e.browser
    await openTab(page, 'Worksheet')
    const answer = async (driverId: string, label: string) => {
      const row = page.locator(`[data-driver="${driverId}"]`)
      await row.getByRole('radio', { name: new RegExp(`^${label} \\(`) }).check()
      await row.getByRole('button', { name: `Save ${driverId}` }).click()
      await row.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor()
    }
    for (const driverId of ['D8', 'D9', 'D10']) await answer(driverId, 'Yes')
    await transition(page, 'Complete', 'A3', 'COMPLETED')
    await openTab(page, 'Results')
    await transition(page, 'Start', 'A4', 'IN_PROGRESS')
    await transition(page, 'Complete', 'A4', 'COMPLETED')
    expect(await page.getByTestId('result-stale').count()).toBe(0)

    await openTab(page, 'Worksheet')
    await answer('D8', 'No')
    await openTab(page, 'Results')
    const stale = page.getByTestId('result-stale')
    await expect.poll(() => stale.textContent()).toContain('D8 changed after A4 was completed')
    expect(await page.getByTestId('header-stale').textContent()).toContain('D8')
    expect(await page.locator('[data-activity="A4"]').getAttribute('data-status')).toBe('COMPLETED')
    await saveScreenshot(page, 'results-stale')

    await stale.getByRole('button', { name: 'Re-run A4 and A5' }).click()
    await page.locator('[data-activity="A4"][data-status="IN_PROGRESS"]').waitFor()
    expect(await page.getByTestId('result-stale').count()).toBe(0)
    await transition(page, 'Complete', 'A4', 'COMPLETED')
    // Header and body now read the same result: the header's stored total is the derivation's.
    const [, rounded] =
      / → (\d+) → /.exec((await page.getByTestId('result-derivation').textContent()) ?? '') ?? []
    await expect
      .poll(() => page.getByTestId('header-latest').textContent())
      .toContain(`(${rounded})`)
    expect(await page.getByTestId('header-stale').count()).toBe(0)
  })

  it('case 8: a viewer sees no admin controls and no enabled edit controls, with the reason', async () => {
    viewer = await openBrowser()
    const { page } = viewer
    await openDemoEngagement(page, e2e.stack, { email: 'viewer@example.org', engagement: ACTIVE })
    await openTab(page, 'Worksheet')
    await expect.poll(() => page.getByTestId('read-only').textContent()).toContain('your role')
    const row = page.locator('[data-driver="D1"]')
    expect(await row.locator('textarea').isDisabled()).toBe(true)
    expect(await row.getByRole('button', { name: 'Save D1' }).isDisabled()).toBe(true)
    await saveScreenshot(page, 'viewer-read-only')
    // Results are not framed read-only (downloads stay), so its controls say why they are disabled.
    await openTab(page, 'Results')
    const start = page.locator('[data-activity="A5"]').getByRole('button', { name: 'Start A5' })
    expect(await start.isDisabled()).toBe(true)
    expect(await start.getAttribute('title')).toContain('role')
    expect(await page.getByLabel('Desired potential for success').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Download JSON' }).isDisabled()).toBe(false)

    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    await page.goto(`${new URL(page.url()).toString().replace(/\/$/, '')}/admin`)
    await page.getByTestId('admin-only').waitFor()
    expect(await page.getByRole('combobox', { name: /^Role of / }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0)
    expect(await page.locator('#invite-email').count()).toBe(0)
    await saveScreenshot(page, 'viewer-admin')
  })
})
