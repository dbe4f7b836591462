/**
 * End to end (#21, case 9) on the demo data set: answers wait for A3; every worksheet item (data
 * items, documents, interview sessions, improvements, lessons) can be edited and deleted by a
 * writer, deletes ask first and update the list from the cache, a delete the server refuses
 * (a document data items came from) says what to do, an edit keeps the user's text beside a
 * newer server value, and a viewer is offered neither.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser, saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { openDemoEngagement, openOrganization, openTab } from './support/flows'
import { createToken, requestGraphql } from './support/stack'

const ACTIVE = 'ACME IMC re-assessment 2026'
const PREPARING = 'E2E diagnostic before A3'

/** Accepts the next confirmation dialog and returns its text. */
function acceptNextDialog(page: Page): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message())
      void dialog.accept()
    })
  })
}

/** Opens the item's editor, replaces one field and saves. */
async function editField(scope: Locator, name: string, label: string, value: string) {
  await scope.getByRole('button', { name: `Edit ${name}` }).click()
  const editor = scope.getByTestId('item-editor')
  await editor.getByLabel(label, { exact: true }).fill(value)
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await editor.waitFor({ state: 'detached' })
}

/** Names of the GraphQL operations the page sends while `act` runs. */
async function operationsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  const names: string[] = []
  const listen = (request: { url(): string; postData(): string | null }) => {
    if (!request.url().endsWith('/graphql')) return
    const match = /"operationName":"(\w+)"/.exec(request.postData() ?? '')
    if (match?.[1]) names.push(match[1])
  }
  page.on('request', listen)
  await act()
  page.off('request', listen)
  return names
}

describe('edit and delete of worksheet items, answers after A3 (#21)', () => {
  const e2e = useBrowserStack()
  let viewer: Browser | undefined

  beforeAll(async () => {
    const { seedDatabase } = await import('@immd/db/seed')
    await seedDatabase(e2e.stack.db)
  })
  afterAll(async () => {
    await viewer?.close()
  })

  it('case 9: answers cannot be saved before A3 has started, and the page says why', async () => {
    const { page } = e2e.browser
    // A new engagement of ACME, planned through the API: nothing of Phase 2 has started.
    const lead = await e2e.stack.db.prisma.user.findUniqueOrThrow({
      where: { email: 'lead@example.org' },
    })
    const team = await e2e.stack.db.prisma.team.findFirstOrThrow({
      where: { organization: { slug: 'acme' } },
    })
    const token = await createToken(e2e.stack.db, {
      userId: lead.id,
      organizationId: team.organizationId,
    })
    const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')
    await requestGraphql(
      e2e.stack,
      token,
      `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) { __typename } }`,
      {
        input: {
          organizationId: gid('Organization', team.organizationId),
          title: PREPARING,
          teamId: gid('Team', team.id),
        },
      },
    )
    await openDemoEngagement(page, e2e.stack, { email: 'lead@example.org', engagement: PREPARING })
    await openTab(page, 'Worksheet')
    const row = page.locator('[data-driver="D1"]')
    await expect
      .poll(() => row.getByTestId('answers-blocked').textContent())
      .toContain('once A3 (evaluate the drivers) has started')
    expect(await row.getByRole('radio').first().isDisabled()).toBe(true)
    const save = row.getByRole('button', { name: 'Save D1' })
    expect(await save.isDisabled()).toBe(true)
    expect(await save.getAttribute('title')).toContain('A3')
    await saveScreenshot(page, 'answers-wait-for-a3')
  })

  it('case 9: documents and data items are edited and deleted; a source document is refused', async () => {
    const { page } = e2e.browser
    await page.getByRole('link', { name: 'Organizations' }).click()
    await openOrganization(page, 'ACME Corp')
    await page.getByRole('link', { name: ACTIVE }).click()
    await openTab(page, 'Documents')
    // The page names the method worksheet it fills and labels its proposed fields as ours.
    const layout = page.getByTestId('worksheet-layout')
    await expect.poll(() => layout.textContent()).toContain('IMMD Document Checklist')
    expect(await layout.textContent()).toContain('Fields: Document title, Document type, Owner')
    expect(await layout.locator('.pill').allTextContents()).toEqual(['platform default'])
    await page.getByLabel('Document', { exact: true }).fill('E2E source memo')
    await page.getByRole('button', { name: 'Add document' }).click()
    const docRow = page.getByRole('row').filter({ hasText: 'E2E source memo' })
    await docRow.waitFor()

    // A data item from that document, recorded on the worksheet.
    await openTab(page, 'Worksheet')
    const d1 = page.locator('[data-driver="D1"]')
    await d1.locator('details.items > summary').click()
    await d1.getByLabel('Data item', { exact: true }).fill('Memo names no escalation owner')
    await d1.getByLabel('Source').selectOption({ label: 'Document: E2E source memo' })
    await d1.getByRole('button', { name: 'Add data item' }).click()
    await d1.getByText('Memo names no escalation owner').waitFor()

    await openTab(page, 'Documents')
    const memo = page.getByRole('row').filter({ hasText: 'E2E source memo' })
    const question = acceptNextDialog(page)
    await memo.getByRole('button', { name: 'Delete E2E source memo' }).click()
    expect(await question).toBe('Delete “E2E source memo”? This cannot be undone.')
    await page.getByText(/cannot be removed while 1 data item\(s\) come from it/).waitFor()
    expect(await memo.count()).toBe(1)

    // Edit the data item, then delete it: the list and its count follow without a refetch.
    const heading = page.locator('#items-heading')
    const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1])
    const item = page
      .locator('.data-items li')
      .filter({ hasText: 'Memo names no escalation owner' })
    await editField(
      item,
      'Memo names no escalation owner',
      'Text',
      'Memo names no escalation owner or deputy',
    )
    const edited = page.locator('.data-items li').filter({ hasText: 'or deputy' })
    await edited.waitFor()
    const sent = await operationsDuring(page, async () => {
      const asked = acceptNextDialog(page)
      await edited.getByRole('button', { name: /^Delete Memo names/ }).click()
      await asked
      await edited.waitFor({ state: 'detached' })
    })
    expect(sent).toEqual(['RemoveDataItem'])
    await expect.poll(() => heading.textContent()).toBe(`Data items (${before - 1})`)

    // Now the document has no data items: rename it, then delete it.
    await editField(memo, 'E2E source memo', 'Title', 'E2E source memo v2')
    const renamed = page.getByRole('row').filter({ hasText: 'E2E source memo v2' })
    await renamed.waitFor()
    const asked = acceptNextDialog(page)
    await renamed.getByRole('button', { name: 'Delete E2E source memo v2' }).click()
    await asked
    await renamed.waitFor({ state: 'detached' })
    await saveScreenshot(page, 'documents-after-delete')
  })

  it('case 9: interview sessions, improvements and lessons are edited and deleted', async () => {
    const { page } = e2e.browser
    await openTab(page, 'Interviews')
    await page.getByLabel('Session title').fill('E2E follow-up')
    await page.getByRole('button', { name: 'Create session' }).click()
    const session = page.locator('.sessions li').filter({ hasText: 'E2E follow-up' })
    await session.waitFor()
    await editField(session, 'E2E follow-up', 'Title', 'E2E follow-up call')
    const renamed = page.locator('.sessions li').filter({ hasText: 'E2E follow-up call' })
    await renamed.waitFor()
    const sessionQuestion = acceptNextDialog(page)
    await renamed.getByRole('button', { name: 'Delete E2E follow-up call' }).click()
    expect(await sessionQuestion).toContain('with its participants and their ratings')
    await renamed.waitFor({ state: 'detached' })

    await openTab(page, 'Next steps')
    await page.locator('#improvement-driver').selectOption('D8')
    await page.locator('#improvement-proposal').fill('Hire a second analyst')
    await page.getByRole('button', { name: 'Add improvement' }).click()
    const improvement = page.getByRole('row').filter({ hasText: 'Hire a second analyst' })
    await improvement.waitFor()
    await editField(improvement, 'Hire a second analyst', 'Proposal', 'Hire two analysts')
    const changed = page.getByRole('row').filter({ hasText: 'Hire two analysts' })
    await changed.waitFor()
    const improvementQuestion = acceptNextDialog(page)
    await changed.getByRole('button', { name: 'Delete Hire two analysts' }).click()
    await improvementQuestion
    await changed.waitFor({ state: 'detached' })

    await openTab(page, 'Post')
    await page.locator('#lesson-text').fill('Send the document list a week ahead')
    await page.getByRole('button', { name: 'Add lesson' }).click()
    const lesson = page.locator('li').filter({ hasText: 'Send the document list a week ahead' })
    await lesson.waitFor()
    await editField(
      lesson,
      'Send the document list a week ahead',
      'Text',
      'Send the document list two weeks ahead',
    )
    const reworded = page.locator('li').filter({ hasText: 'two weeks ahead' })
    await reworded.waitFor()
    const lessonQuestion = acceptNextDialog(page)
    await reworded
      .getByRole('button', { name: 'Delete Send the document list two weeks ahead' })
      .click()
    await lessonQuestion
    await reworded.waitFor({ state: 'detached' })
  })

  it('case 9: an edit keeps what the user typed when someone else changes the item', async () => {
    const { page } = e2e.browser
    await page.locator('#lesson-text').fill('Agree interview slots with HR')
    await page.getByRole('button', { name: 'Add lesson' }).click()
    const lesson = page.locator('li').filter({ hasText: 'Agree interview slots with HR' })
    await lesson.waitFor()
    await lesson.getByRole('button', { name: 'Edit Agree interview slots with HR' }).click()
    const editor = lesson.getByTestId('item-editor')
    await editor
      .getByLabel('Text', { exact: true })
      .fill('Agree interview slots with HR and the SOC lead')

    // Another assessor (the demo admin, by API) rewords the same lesson meanwhile.
    const admin = await e2e.stack.db.prisma.user.findUniqueOrThrow({
      where: { email: 'admin@example.org' },
    })
    const row = await e2e.stack.db.prisma.lessonLearned.findFirstOrThrow({
      where: { text: 'Agree interview slots with HR' },
      include: { engagement: { select: { organizationId: true } } },
    })
    const token = await createToken(e2e.stack.db, {
      userId: admin.id,
      organizationId: row.engagement.organizationId,
    })
    await requestGraphql(
      e2e.stack,
      token,
      `mutation ($input: UpdateLessonLearnedInput!) { updateLessonLearned(input: $input) { __typename } }`,
      {
        input: {
          id: Buffer.from(`Lesson:${row.id}`).toString('base64'),
          version: row.version,
          text: 'Agree interview slots with HR in January',
        },
      },
    )
    // Either the live update shows their change first (Save is then disabled until the user
    // chooses), or the stale save is refused and shows it: both keep the user's text beside theirs.
    const conflict = editor.getByTestId('draft-conflict')
    const save = editor.getByRole('button', { name: 'Save changes' })
    await conflict.or(save).first().waitFor()
    if (!(await conflict.isVisible()) && (await save.isEnabled())) {
      await save.click({ timeout: 5000 }).catch(() => undefined)
    }
    await expect.poll(() => conflict.textContent()).toContain('in January')
    expect(await editor.getByLabel('Text', { exact: true }).inputValue()).toBe(
      'Agree interview slots with HR and the SOC lead',
    )
    await saveScreenshot(page, 'item-edit-conflict')
    await conflict.getByRole('button', { name: 'Keep mine' }).click()
    await editor.getByRole('button', { name: 'Save changes' }).click()
    await editor.waitFor({ state: 'detached' })
    await lesson.filter({ hasText: 'and the SOC lead' }).waitFor()
  })

  it('case 9: a viewer is offered no edit or delete', async () => {
    viewer = await openBrowser()
    const { page } = viewer
    await openDemoEngagement(page, e2e.stack, { email: 'viewer@example.org', engagement: ACTIVE })
    await openTab(page, 'Documents')
    await page.locator('#items-heading').waitFor()
    await page.getByRole('row').nth(1).waitFor()
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0)
    await openTab(page, 'Post')
    await page.locator('#lessons-heading').waitFor()
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0)
    expect(await page.locator('#lesson-text').count()).toBe(0)
  })
})
