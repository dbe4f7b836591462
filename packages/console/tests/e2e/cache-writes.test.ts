/**
 * End to end (#19) on the demo data set: a write sends one GraphQL request, the mutation, and the
 * page shows the new state from its payload (Apollo's normalized cache), with no refetch of the
 * queries on screen: evaluating a driver, adding a worksheet data item, starting an activity.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { openDemoEngagement, openOrganization, openTab } from './support/flows'

const ACTIVE = 'ACME IMC re-assessment 2026'

/** Names of the GraphQL operations the page sends while `act` runs. */
async function operationsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  const names: string[] = []
  const listen = (request: { url(): string; postData(): string | null }) => {
    if (!request.url().endsWith('/graphql')) return
    const match = /"operationName":"(\w+)"/.exec(request.postData() ?? '')
    names.push(match?.[1] ?? 'unnamed')
  }
  page.on('request', listen)
  try {
    await act()
  } finally {
    page.off('request', listen)
  }
  return names
}

describe('writes update the cache from their payloads (#19)', () => {
  const e2e = useBrowserStack()

  beforeAll(async () => {
    const { seedDatabase } = await import('@immd/db/seed')
    await seedDatabase(e2e.stack.db)
  })

  it('evaluating a driver sends only the mutation and the row shows the saved answer', async () => {
    const { page } = e2e.browser
    await openDemoEngagement(page, e2e.stack, { email: 'lead@example.org', engagement: ACTIVE })
    await openTab(page, 'Worksheet')
    const row = page.locator('[data-driver="D2"]')
    await row.getByRole('radio').first().waitFor()
    const radios = row.getByRole('radio')
    // Choose an answer other than the stored one, so the save changes something.
    const count = await radios.count()
    let target = 0
    for (let index = 0; index < count; index += 1) {
      if (!(await radios.nth(index).isChecked())) {
        target = index
        break
      }
    }
    const chosen = await radios.nth(target).inputValue()
    await radios.nth(target).check()
    const rationale = `Cache check ${Date.now()}`
    await row.getByLabel('Rationale').fill(rationale)
    const sent = await operationsDuring(page, async () => {
      await row.getByRole('button', { name: 'Save D2' }).click()
      await row.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor()
    })
    expect(sent).toEqual(['EvaluateDriver'])
    expect(await radios.nth(target).isChecked()).toBe(true)
    expect(await row.getByLabel('Rationale').inputValue()).toBe(rationale)
    const stored = await e2e.stack.db.prisma.driverEvaluation.findFirstOrThrow({
      where: { engagement: { title: ACTIVE }, driverId: 'D2' },
    })
    expect(stored.answer).toBe(chosen.toLowerCase().replaceAll('_', '-'))
    expect(stored.rationale).toBe(rationale)
  })

  it('adding a data item sends only the mutation; the item and the count appear', async () => {
    const { page } = e2e.browser
    const row = page.locator('[data-driver="D1"]')
    const summary = row.locator('details.items > summary')
    await summary.click()
    const countOf = async () => Number(/\((\d+)\)/.exec((await summary.textContent()) ?? '')?.[1])
    const before = await countOf()
    await row.getByLabel('Data item', { exact: true }).fill('Cache check: on-call rota is current')
    await row.getByLabel('Source').selectOption({ index: 1 })
    const sent = await operationsDuring(page, async () => {
      await row.getByRole('button', { name: 'Add data item' }).click()
      await row.getByText('Cache check: on-call rota is current').waitFor()
    })
    expect(sent).toEqual(['WorksheetAddDataItem'])
    await expect.poll(countOf).toBe(before + 1)
    await saveScreenshot(page, 'cache-writes-worksheet')
  })

  it('starting an activity sends only the mutation; its card and gates follow', async () => {
    const { page } = e2e.browser
    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: 'New engagement' }).click()
    // The create page's own field: under load the route's chunk loads after the click, and a
    // label lookup could still find the previous page's "Title" control.
    await page.locator('#create-title').fill('ACME cache check')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('ACME cache check')
    // Ready: the page's own query has answered (the page first renders what the cache holds from
    // the overview, so an enabled button alone does not mean its request is over) and the frame
    // allows writing (the button is enabled).
    const prepareAnswered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        /"operationName":"EngagementPrepare"/.test(response.request().postData() ?? ''),
    )
    await openTab(page, 'Prepare')
    await prepareAnswered
    const card = page.locator('[data-activity="PRA1"]')
    const start = card.getByRole('button', { name: 'Start PRA1' })
    await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true)
    const sent = await operationsDuring(page, async () => {
      await start.click()
      await card.and(page.locator('[data-status="IN_PROGRESS"]')).waitFor()
    })
    expect(sent).toEqual(['StartActivity'])
    // Starting PRA1 sets the actual start, which the plan form shows from the same payload.
    const today = new Date().toISOString().slice(0, 10)
    await expect.poll(() => page.locator('#plan-actual-start').inputValue()).toBe(today)
    await card.getByRole('button', { name: 'Complete PRA1' }).waitFor()
  })
})
