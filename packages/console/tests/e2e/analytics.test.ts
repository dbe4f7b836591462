/**
 * End to end on the demo with its showcase (issue #15): the portfolio analytics page, the benchmark
 * charts of ACME's baseline (withheld inside ACME, shown across the opted-in organizations) and
 * the comparison of the Retail SOC re-assessment with its improvement outcomes. Screenshots are kept
 * in test-results/ as artefacts.
 */
import { seedDatabase } from '@immd/db/seed'
import { describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { openOrganization } from './support/flows'

describe('analytics in the console', () => {
  const e2e = useBrowserStack()

  it('shows the analytics page, the benchmark charts and the re-assessment comparison', async () => {
    const { showcase } = await seedDatabase(e2e.stack.db, { showcase: true })
    expect(showcase?.created).toBe(true)
    const { page } = e2e.browser
    await page.goto(e2e.stack.baseUrl)
    await page.getByLabel('E-mail').fill('lead@example.org')
    await page.getByLabel('Password').fill('immd-demo')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await openOrganization(page, 'ACME Corp')

    // The analytics page: bands, distance, weakest drivers and the heatmap of ACME's portfolio.
    await page.getByRole('link', { name: 'Analytics', exact: true }).click()
    await page.locator('figure[aria-label="Band distribution"] svg').waitFor()
    await page.locator('figure[aria-label="Driver heatmap"] svg').waitFor()
    const weakest = page.getByTestId('weakest-drivers')
    await weakest.waitFor()
    expect(await weakest.locator('tbody tr').count()).toBe(10)
    await saveScreenshot(page, 'analytics-page')
    // A filter narrows it: no coordinating IMC of ACME is scored.
    await page.getByLabel('Organizational model').selectOption('COORDINATING')
    await page.getByText('No scored engagement matches.').waitFor()
    await page.getByLabel('Organizational model').selectOption('')

    // ACME's baseline: one distributed IMC inside ACME (withheld), six across four organizations.
    await page.getByRole('link', { name: 'Portfolio', exact: true }).click()
    await page.getByRole('link', { name: 'ACME IMC baseline assessment 2025' }).click()
    await page
      .getByRole('navigation', { name: 'Engagement sections' })
      .getByRole('link', { name: 'Results', exact: true })
      .click()
    const withheld = page.getByTestId('benchmark-suppressed').first()
    await withheld.waitFor()
    expect(await withheld.textContent()).toContain('fewer than 5 engagements')
    const peers = page.locator('[data-testid="benchmark"][data-scope="CROSS_ORGANIZATION"]')
    await peers.locator('figure[aria-label="Cohort quartiles per driver"] svg').waitFor()
    expect(await peers.textContent()).toContain('6 engagements of 4 organizations')
    await peers.scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'analytics-benchmark')

    // The Retail SOC re-assessment against its 2024 assessment.
    await page.goto(e2e.stack.baseUrl)
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: 'ACME Retail SOC re-assessment 2026' }).click()
    await page
      .getByRole('navigation', { name: 'Engagement sections' })
      .getByRole('link', { name: 'Results', exact: true })
      .click()
    const outcomes = page.getByTestId('improvement-outcomes')
    await outcomes.waitFor()
    await page.locator('figure[aria-label="Change per driver"] svg').waitFor()
    const text = (await outcomes.textContent()) ?? ''
    expect(text).toContain('Met')
    expect(text).toContain('Partly')
    expect(text).toContain('Not met')
    await page.getByTestId('comparison').scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'analytics-comparison')
  })
})
