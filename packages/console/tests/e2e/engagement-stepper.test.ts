/**
 * End to end on the demo (#19): a user of one organization lands on its portfolio, the engagement
 * overview says where the engagement stands and what comes next (gate details on demand), and the
 * results page's driver chart names every driver.
 */
import { IMMD_1_0 } from '@immd/core'
import { seedDatabase } from '@immd/db/seed'
import { describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { DEMO_PASSWORD, openTab } from './support/flows'

describe('where the engagement stands', () => {
  const e2e = useBrowserStack()

  it('lands on the portfolio, shows the phase stepper and names drivers on the chart', async () => {
    await seedDatabase(e2e.stack.db)
    const { page } = e2e.browser
    await page.goto(e2e.stack.baseUrl)
    await page.getByLabel('E-mail').fill('lead@example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // One organization: no "choose an organization" step.
    await page.getByRole('heading', { level: 1, name: 'Portfolio · ACME Corp' }).waitFor()

    await page.getByRole('link', { name: 'ACME IMC re-assessment 2026' }).click()
    const stepper = page.getByRole('region', { name: 'Where the engagement stands' })
    await stepper.waitFor()
    expect(await stepper.locator('[aria-current="step"]').count()).toBe(1)
    const next = await page.getByTestId('next-action').textContent()
    expect(next).toMatch(/Next: (start|complete) [A-Z]+\d · /)
    // Long prerequisite chains stay folded until asked for.
    const folded = page.locator('details.gate-missing')
    expect(await folded.count()).toBeGreaterThan(0)
    expect(await folded.first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
    await saveScreenshot(page, 'engagement-stepper')

    await page.goto(e2e.stack.baseUrl)
    await page.getByRole('link', { name: 'ACME IMC baseline assessment 2025' }).click()
    await openTab(page, 'Results')
    const chart = page.locator('figure[aria-label="Drivers"]')
    await chart.locator('svg').waitFor()
    const caption = (await chart.locator('figcaption').textContent()) ?? ''
    for (const driver of IMMD_1_0.drivers) {
      expect(caption).toContain(`${driver.id} ${driver.shortName}`)
    }
  })
})
