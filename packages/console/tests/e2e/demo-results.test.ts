/**
 * End to end on the demo data set (`pnpm db:seed`): the results page of ACME's finished baseline
 * assessment, on screen and as printed. Its screenshot illustrates the README.
 */
import { seedDatabase } from '@immd/db/seed'
import { describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { openOrganization } from './support/flows'

describe('the demo results page', () => {
  const e2e = useBrowserStack()

  it('prints the baseline result with its profile, driver chart and trend', async () => {
    const { demo } = await seedDatabase(e2e.stack.db)
    expect(demo.created).toBe(true)
    const { page } = e2e.browser
    await page.goto(e2e.stack.baseUrl)
    // The demo's lead assessor, with the seed's demo password.
    await page.getByLabel('E-mail').fill('lead@example.org')
    await page.getByLabel('Password').fill('immd-demo')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: 'ACME IMC baseline assessment 2025' }).click()
    await page
      .getByRole('navigation', { name: 'Engagement sections' })
      .getByRole('link', { name: 'Results', exact: true })
      .click()
    await page.locator('figure[aria-label="Trend across assessments"] svg').waitFor()
    await page.locator('figure[aria-label="Success profile"] svg').waitFor()
    expect(await page.getByTestId('result-derivation').textContent()).toMatch(
      / \/ 10 = .* → (Minimal|Low|Borderline|High|Excellent)$/,
    )
    await page.emulateMedia({ media: 'print' })
    await saveScreenshot(page, 'demo-results-print')
    await page.emulateMedia({ media: 'screen' })
    await saveScreenshot(page, 'demo-results-page')
    await page.setViewportSize({ width: 820, height: 1180 })
    // The charts follow the new width on their resize observer, a frame or more after the
    // viewport changes: poll instead of measuring the first layout after the resize.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0)
    await saveScreenshot(page, 'demo-results-tablet')
    // Communicated and closed: the data is locked, and a lead can re-open it with a reason.
    await page
      .getByRole('navigation', { name: 'Engagement sections' })
      .getByRole('link', { name: 'Post', exact: true })
      .click()
    await page.getByTestId('results-reopen').waitFor()
    expect(await page.getByRole('button', { name: 'Re-open results' }).isDisabled()).toBe(true)
  })

  it('shows the re-assessment in progress as provisional, never with a final band (#13)', async () => {
    const { page } = e2e.browser
    // Signed in by the test above; the seeded re-assessment has three of ten drivers answered.
    await page.goto(e2e.stack.baseUrl)
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: 'ACME IMC re-assessment 2026' }).click()
    await page
      .getByRole('navigation', { name: 'Engagement sections' })
      .getByRole('link', { name: 'Results', exact: true })
      .click()
    const status = page.getByTestId('result-status')
    await status.waitFor()
    expect(await status.getAttribute('data-status')).toBe('PROVISIONAL')
    const headline = await page.getByTestId('result-band').textContent()
    expect(headline).toContain('Provisional: no final band yet')
    expect(await page.getByTestId('result-total').count()).toBe(0)
    // The indicative band is named as such, with the reason it is not final.
    expect(await page.getByTestId('result-indicative').textContent()).toMatch(
      /Minimal|Low|Borderline|High|Excellent/,
    )
    expect(await status.textContent()).toMatch(/not (yet )?(been )?evaluated|not answered/i)
    await saveScreenshot(page, 'demo-results-provisional')
  })
})
