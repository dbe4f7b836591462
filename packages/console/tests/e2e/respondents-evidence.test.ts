/**
 * End to end (issue #16): a lead issues a respondent link from the scope page; the respondent, in a
 * new browser context with a phone viewport and no account, answers two drivers and submits; the
 * assessor sees the self-reported ratings in the worksheet's consensus. An evidence file is
 * uploaded to a document, its SHA-256 is shown, and the download has the same SHA-256.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBrowser, RESULTS_DIR, saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { openTab, signIn } from './support/flows'
import { requestGraphql } from './support/stack'

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

describe('respondents and evidence files', () => {
  const e2e = useBrowserStack()
  let engagementId = ''
  let linkUrl = ''

  it('a lead issues a respondent link from the scope page', async () => {
    const { stack } = e2e
    const created = await requestGraphql<{ createEngagement: { engagement: { id: string } } }>(
      stack,
      stack.token,
      `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
        ... on CreateEngagementPayload { engagement { id } } } }`,
      {
        input: {
          organizationId: gid('Organization', stack.organizationId),
          title: 'Respondent IMC 2026',
        },
      },
    )
    engagementId = created.createEngagement.engagement.id
    await requestGraphql(
      stack,
      stack.token,
      `mutation ($input: AddScopeEntryInput!) { addScopeEntry(input: $input) { __typename } }`,
      { input: { engagementId, kind: 'PERSON', pseudonym: 'Interviewee R1' } },
    )
    await requestGraphql(
      stack,
      stack.token,
      `mutation ($input: AddDocumentInput!) { addDocument(input: $input) { __typename } }`,
      { input: { engagementId, title: 'Incident procedure' } },
    )
    const { page } = e2e.browser
    await signIn(page, stack)
    await page.goto(`${stack.baseUrl}/engagements/${encodeURIComponent(engagementId)}/scope`)
    await page.getByLabel('Interviewee', { exact: true }).selectOption({ label: 'Interviewee R1' })
    await page.getByRole('button', { name: 'Issue link' }).click()
    const field = page.getByTestId('respondent-link-url')
    await field.waitFor()
    linkUrl = await field.inputValue()
    expect(linkUrl).toMatch(/\/respond#immdr_[A-Za-z0-9_-]{43}$/)
    expect(await page.getByTestId('respondent-link-status-Interviewee R1').textContent()).toBe(
      'Issued',
    )
  })

  it('the respondent answers and submits on a phone, without an account', async () => {
    const phone = await openBrowser({ width: 390, height: 844 })
    try {
      const { page } = phone
      await page.goto(linkUrl)
      await page.getByText('You answer as Interviewee R1.').waitFor()
      // The token left the address bar.
      expect(page.url()).not.toContain('immdr_')
      const d1 = page.getByTestId('respondent-driver-D1')
      await d1.getByLabel('Likely Yes').check()
      await d1.getByLabel('Comment (optional)').fill('We have a signed charter.')
      await page.getByRole('button', { name: 'Save and continue later' }).click()
      await page.getByTestId('respondent-notice').getByText('Saved.').waitFor()
      // Come back later (a fresh load of the link): the saved answer is there.
      await page.goto('about:blank')
      await page.goto(linkUrl)
      await expect
        .poll(() => page.getByTestId('respondent-driver-D1').getByLabel('Likely Yes').isChecked())
        .toBe(true)
      await page.getByTestId('respondent-driver-D2').getByLabel('Yes', { exact: true }).check()
      // The page fits the phone's width.
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Submit my answers' }).click()
      await page.getByTestId('respondent-notice').getByText('Thank you').waitFor()
      await saveScreenshot(page, 'respondent-submitted-phone')
    } finally {
      await phone.close()
    }
  })

  it('the assessor sees the self-reported ratings in the consensus', async () => {
    const { page } = e2e.browser
    await page.goto(`${e2e.stack.baseUrl}/engagements/${encodeURIComponent(engagementId)}/scope`)
    await expect
      .poll(() => page.getByTestId('respondent-link-status-Interviewee R1').textContent())
      .toBe('Submitted')
    await openTab(page, 'Worksheet')
    await page.getByTestId('consensus-self-reported-D1').waitFor()
    expect(await page.getByTestId('consensus-self-reported-D1').textContent()).toContain(
      '1 self-reported',
    )
    expect(await page.getByTestId('consensus-self-reported-D2').textContent()).toContain(
      '1 self-reported',
    )
    await saveScreenshot(page, 'worksheet-self-reported-consensus')
  })

  it('uploads an evidence file, shows its hash and downloads the same bytes', async () => {
    const { page } = e2e.browser
    const content = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    )
    const expected = createHash('sha256').update(content).digest('hex')
    await openTab(page, 'Documents')
    const owner = page.getByTestId('evidence-owner-Incident procedure')
    await owner.getByLabel('File for Incident procedure').setInputFiles({
      name: 'procedure.pdf',
      mimeType: 'application/pdf',
      buffer: content,
    })
    await owner.getByLabel('TLP for Incident procedure').selectOption('green')
    await owner.getByRole('button', { name: 'Upload' }).click()
    await page.getByTestId('evidence-last-hash').waitFor()
    expect(await page.getByTestId('evidence-last-hash').textContent()).toBe(expected)
    await expect.poll(() => owner.getByTestId('evidence-hash').first().textContent()).toBe(expected)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      owner.getByRole('button', { name: 'Download' }).click(),
    ])
    const saved = join(RESULTS_DIR, 'downloaded-procedure.pdf')
    await download.saveAs(saved)
    const bytes = await readFile(saved)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected)
    expect(download.suggestedFilename()).toBe('procedure.pdf')
  })
})
