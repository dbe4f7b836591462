/**
 * End to end (#21): the console never loses an assessor's work. On the demo data set, in Chromium
 * against the production stack: session notes survive "Save ratings" (case 1), the plan form follows
 * the server's actual start while keeping a typed title (case 2), two assessors (two browsers) and
 * one assessor in two tabs editing one worksheet answer see the other's change beside their own
 * text with a choice, never a silent replacement (case 3), leaving a page with unsaved edits asks
 * first, and an expired session returns to sign-in and back to the same page with the typed notes
 * (case 7).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser, saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import {
  DEMO_PASSWORD,
  openDemoEngagement,
  openOrganization,
  openTab,
  transition,
} from './support/flows'

const ACTIVE = 'ACME IMC re-assessment 2026'

/** Waits for the response of the named GraphQL operation while `action` runs. */
async function afterOperation(page: Page, name: string, action: () => Promise<void>) {
  const response = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/graphql' &&
      (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === name,
  )
  await action()
  await response
}

describe('an assessor never loses typed work (#21)', () => {
  const e2e = useBrowserStack()
  let second: Browser | undefined

  beforeAll(async () => {
    const { seedDatabase } = await import('@immd/db/seed')
    await seedDatabase(e2e.stack.db)
  })
  afterAll(async () => {
    await second?.close()
  })

  it('case 1: session notes stay after "Save ratings" and are saved as typed', async () => {
    const { page } = e2e.browser
    await openDemoEngagement(page, e2e.stack, { email: 'lead@example.org', engagement: ACTIVE })
    await openTab(page, 'Interviews')
    await page.locator('.sessions button').first().click()
    const notes = 'Escalation path to Plant B is unclear; the backup manager was not reachable.'
    await page.locator('#session-notes').fill(notes)
    await page.locator('#rate-D2').selectOption({ label: 'Likely Yes' })
    // The payload updates the cache (#19): the session is re-rendered from it, not refetched.
    await afterOperation(page, 'RecordInterviewRatings', () =>
      page.getByRole('button', { name: 'Save ratings' }).click(),
    )
    expect(await page.locator('#session-notes').inputValue()).toBe(notes)
    await afterOperation(page, 'UpdateInterviewSession', () =>
      page.getByRole('button', { name: 'Save notes' }).click(),
    )
    expect(await page.locator('#session-notes').inputValue()).toBe(notes)
    const stored = await e2e.stack.db.prisma.interviewSession.findMany({ where: { notes } })
    expect(stored).toHaveLength(1)
  })

  it('case 7: an expired session returns to sign-in, then to the same page with the notes kept', async () => {
    const { page } = e2e.browser
    const url = page.url()
    expect(url).toContain('session=')
    const unsaved = 'Draft typed before the session ended.'
    await page.locator('#session-notes').fill(unsaved)
    // The session cookie's server-side session expires (as after its idle or absolute lifetime).
    await e2e.stack.db.prisma.session.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    await page.locator('#rate-D2').selectOption({ label: 'Yes' })
    await page.getByRole('button', { name: 'Save ratings' }).click()
    await page.waitForURL(/\/sign-in\?/)
    await page.getByTestId('session-expired').waitFor()
    // One message, never the API's "Not authenticated … Bearer" text, never twice.
    expect(await page.locator('.notice').count()).toBe(1)
    expect(await page.getByText('Not authenticated').count()).toBe(0)
    await saveScreenshot(page, 'session-expired')

    await page.getByLabel('E-mail').fill('lead@example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((u) => u.toString() === url)
    await expect.poll(() => page.locator('#session-notes').inputValue()).toBe(unsaved)
    expect(await page.getByTestId('notes-state').textContent()).toContain('save to keep it')
  })

  it('asks before leaving a page with unsaved edits, and stays when told to', async () => {
    const { page } = e2e.browser
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await openTab(page, 'Worksheet')
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toContain('not saved')
    expect(page.url()).toContain('/interviews')
    expect(await page.locator('#session-notes').inputValue()).toContain('Draft typed')
    // Leaving when told to discards the draft.
    page.once('dialog', (dialog) => void dialog.accept())
    await openTab(page, 'Worksheet')
    await page.waitForURL(/\/worksheet$/)
  })

  it('case 3: another assessor saving the answer being typed shows both texts and a choice', async () => {
    const { page } = e2e.browser
    await page.locator('[data-driver="D1"]').waitFor()
    second = await openBrowser()
    const other = second.page
    await openDemoEngagement(other, e2e.stack, {
      email: 'assessor@example.org',
      engagement: ACTIVE,
    })
    await openTab(other, 'Worksheet')

    const mine = 'Goals re-published; the CISO confirmed them in the steering committee.'
    const theirs = 'Goals published, but Plant C staff could not name them.'
    const rowA = page.locator('[data-driver="D1"]')
    await rowA.locator('textarea').fill(mine)
    const rowB = other.locator('[data-driver="D1"]')
    await rowB.locator('textarea').fill(theirs)
    await rowB.getByRole('button', { name: 'Save D1' }).click()
    await rowB.getByTestId('save-state').and(other.locator('[data-state="saved"]')).waitFor()

    // A's screen learns of B's save live: B's text beside A's, A's text untouched, no "Saved".
    const conflict = rowA.getByTestId('draft-conflict')
    await conflict.waitFor()
    expect(await conflict.getByTestId('draft-theirs').textContent()).toBe(theirs)
    expect(await rowA.locator('textarea').inputValue()).toBe(mine)
    expect(await rowA.getByTestId('save-state').getAttribute('data-state')).toBe('conflictState')
    expect(await rowA.getByRole('button', { name: 'Save D1' }).isDisabled()).toBe(true)
    await saveScreenshot(page, 'worksheet-conflict')

    // Merge by hand, keep it, save: stored as merged, on the version B wrote.
    const merged = `${mine} ${theirs}`
    await rowA.locator('textarea').fill(merged)
    await conflict.getByRole('button', { name: 'Keep mine' }).click()
    await rowA.getByRole('button', { name: 'Save D1' }).click()
    await rowA.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor()
    const stored = await e2e.stack.db.prisma.driverEvaluation.findFirst({
      where: { driverId: 'D1', engagement: { title: ACTIVE } },
    })
    expect(stored?.rationale).toBe(merged)
  })

  it('case 3: the same assessor in two tabs: the stale save shows the other text, keeps the typed one', async () => {
    const { page, context } = e2e.browser
    const tab2 = await context.newPage()
    await tab2.goto(page.url())
    const rowTab2 = tab2.locator('[data-driver="D6"]')
    await rowTab2.waitFor()
    const rowTab1 = page.locator('[data-driver="D6"]')
    const typed = 'Tab 1: the backup manager led both incidents without help.'
    await rowTab1.locator('textarea').fill(typed)
    await rowTab2.locator('textarea').fill('Tab 2: two incidents led by the backup manager.')
    await rowTab2.getByRole('button', { name: 'Save D6' }).click()
    await rowTab2.getByTestId('save-state').and(tab2.locator('[data-state="saved"]')).waitFor()

    // Tab 1 saves on the version it read: refused by the server; the console shows why and both texts.
    await rowTab1.getByRole('button', { name: 'Save D6' }).click()
    const conflict = rowTab1.getByTestId('draft-conflict')
    await conflict.waitFor()
    expect(await rowTab1.locator('textarea').inputValue()).toBe(typed)
    expect(await conflict.getByTestId('draft-theirs').textContent()).toContain('Tab 2')
    expect(await rowTab1.getByTestId('save-state').getAttribute('data-state')).not.toBe('saved')
    await conflict.getByRole('button', { name: 'Take theirs' }).click()
    expect(await rowTab1.locator('textarea').inputValue()).toContain('Tab 2')
    expect(await rowTab1.getByTestId('save-state').getAttribute('data-state')).toBe('saved')
    await tab2.close()
  })

  it('case 2: the plan form shows the actual start set by "Start PRA1" and keeps it on rename', async () => {
    const { page } = e2e.browser
    await page.goto(e2e.stack.baseUrl)
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: 'New engagement' }).click()
    // The create page's own field (a label lookup could still find the previous page's "Title").
    await page.locator('#create-title').fill('ACME plan-form check')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('ACME plan-form check')
    await openTab(page, 'Prepare')
    await page.getByLabel('Sponsor', { exact: true }).fill('Chief Information Security Officer')
    await page.getByRole('button', { name: 'Record sponsorship' }).click()
    await page.getByText('Sponsor: Chief Information Security Officer').waitFor()
    // A title typed but not saved yet survives the refetch that "Start PRA1" causes.
    await page.locator('#plan-title').fill('ACME plan-form check (renamed)')
    await transition(page, 'Start', 'PRA1', 'IN_PROGRESS')
    const today = new Date().toISOString().slice(0, 10)
    await expect.poll(() => page.locator('#plan-actual-start').inputValue()).toBe(today)
    expect(await page.locator('#plan-title').inputValue()).toBe('ACME plan-form check (renamed)')
    await page.getByRole('button', { name: 'Save plan' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('ACME plan-form check (renamed)')
    const stored = await e2e.stack.db.prisma.engagement.findFirstOrThrow({
      where: { title: 'ACME plan-form check (renamed)' },
    })
    expect(stored.actualStart?.toISOString().slice(0, 10)).toBe(today)
  })
})
