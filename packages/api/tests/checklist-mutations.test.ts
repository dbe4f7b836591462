import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  rowId,
  setupMutationSuite,
} from './support/mutations.js'

const ITEM =
  'checklistItem { id activityId position text owner { name } dueDate done doneAt notes version }'
const RESULT = `__typename
  ... on ChecklistItemPayload { ${ITEM} engagement { preparationChecklist { totalCount } } }
  ... on ValidationError { issues { path message } }
  ... on NotFoundError { entity entityId }`

const ADD = `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { ${RESULT} } }`
const UPDATE = `mutation ($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) {
  ${RESULT} ... on ConflictError { currentVersion } } }`
const REMOVE = `mutation ($id: ID!, $version: Int!) { removeChecklistItem(input: { id: $id, version: $version }) {
  __typename ... on RemoveChecklistItemPayload { removedId engagement { preparationChecklist { totalCount } } }
  ... on NotFoundError { entity } ... on ConflictError { currentVersion } } }`
const REORDER = `mutation ($engagementId: ID!, $itemIds: [ID!]!) {
  reorderChecklistItems(input: { engagementId: $engagementId, itemIds: $itemIds }) {
    __typename ... on ReorderChecklistItemsPayload { engagement {
      preparationChecklist { edges { node { id position } } } } }
    ... on ValidationError { issues { path message } } } }`

type Item = { id: string; version: number; position: number; done: boolean; doneAt: string | null }
type Result<K extends string> = Record<
  K,
  { __typename: string; checklistItem?: Item; issues?: unknown; [key: string]: unknown }
>

describe.each(TEST_ENGINES)('preparation checklist mutations (%s)', (engine) => {
  let suite: MutationSuite
  let engagementId: string
  let assessorId: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    engagementId = (await createPlannedEngagement(suite, 'Checklist test IMC')).id
    const assessor = await suite.db.prisma.user.findUniqueOrThrow({
      where: { email: 'assessor@example.org' },
    })
    assessorId = globalId('User', assessor.id)
  })
  afterAll(() => suite?.db.close())

  const add = (input: Record<string, unknown>, token?: string) =>
    suite.run<Result<'addChecklistItem'>>(ADD, { input: { engagementId, ...input } }, token)

  it('appends an item with owner and due date, audited and published', async () => {
    const audit = await auditCursor(suite.db)
    const events = suite.events.length
    const data = await add({
      activityId: 'PRA4',
      text: 'Book the interview room in building 2',
      ownerId: assessorId,
      dueDate: '2026-03-02T09:00:00.000Z',
    })
    const { id, ...item } = data.addChecklistItem.checklistItem ?? ({} as Item)
    expect(rowId(id)).not.toBe('')
    expect(item).toMatchInlineSnapshot(`
      {
        "activityId": "PRA4",
        "done": false,
        "doneAt": null,
        "dueDate": "2026-03-02T09:00:00.000Z",
        "notes": null,
        "owner": {
          "name": "Arun Assessor",
        },
        "position": 14,
        "text": "Book the interview room in building 2",
        "version": 1,
      }
    `)
    // The seeded plan holds 13 items (10 generic, 3 from its model profile), then the new one.
    expect(data.addChecklistItem.engagement).toEqual({ preparationChecklist: { totalCount: 14 } })
    expect(await audit.added()).toEqual([['checklist.add', 'ChecklistItem']])
    expect(suite.events.slice(events)).toMatchObject([
      { engagementId: rowId(engagementId), operation: 'checklist.add', actorId: suite.demo.leadId },
    ])
  })

  it('answers ValidationError with the path of the invalid field', async () => {
    const audit = await auditCursor(suite.db)
    const activity = await add({ activityId: 'A1', text: 'Interview the IMC manager' })
    expect(activity.addChecklistItem).toEqual({
      __typename: 'ValidationError',
      issues: [
        {
          path: 'input.activityId',
          message: 'Checklist items belong to a preparation activity (PRA1-PRA6).',
        },
      ],
    })
    const text = await add({ activityId: 'PRA1', text: '   ' })
    expect(text.addChecklistItem).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'input.text', message: 'Too small: expected string to have >=1 characters' },
      ],
    })
    expect(await audit.added()).toEqual([])
  })

  it('answers NotFoundError for an owner outside the organization and an unknown engagement', async () => {
    const owner = await add({
      activityId: 'PRA1',
      text: 'Brief the sponsor',
      ownerId: globalId('User', 'no-such-user'),
    })
    expect(owner.addChecklistItem).toEqual({
      __typename: 'NotFoundError',
      entity: 'User',
      entityId: globalId('User', 'no-such-user'),
    })
    const engagement = await suite.run<Result<'addChecklistItem'>>(ADD, {
      input: {
        engagementId: globalId('Engagement', 'missing'),
        activityId: 'PRA1',
        text: 'x',
      },
    })
    expect(engagement.addChecklistItem).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', 'missing'),
    })
  })

  it('updates with the version read, stamps doneAt, and refuses a stale version', async () => {
    const created = (await add({ activityId: 'PRA5', text: 'Train the note-taker' }))
      .addChecklistItem.checklistItem as Item
    const audit = await auditCursor(suite.db)
    const done = await suite.run<Result<'updateChecklistItem'>>(UPDATE, {
      input: { id: created.id, version: 1, done: true, notes: 'Done on the 3rd', ownerId: null },
    })
    const item = done.updateChecklistItem.checklistItem as Item & { notes: string }
    expect(item).toMatchObject({ version: 2, done: true, notes: 'Done on the 3rd' })
    expect(item.doneAt).not.toBeNull()
    const stale = await suite.run<Result<'updateChecklistItem'>>(UPDATE, {
      input: { id: created.id, version: 1, text: 'Train both note-takers' },
    })
    expect(stale.updateChecklistItem).toEqual({ __typename: 'ConflictError', currentVersion: 2 })
    expect(await audit.added()).toEqual([['checklist.update', 'ChecklistItem']])
  })

  it('removes an item with its current version only', async () => {
    const created = (await add({ activityId: 'PRA2', text: 'Confirm the scope' })).addChecklistItem
      .checklistItem as Item
    const stale = await suite.run<{ removeChecklistItem: unknown }>(REMOVE, {
      id: created.id,
      version: 7,
    })
    expect(stale.removeChecklistItem).toEqual({ __typename: 'ConflictError', currentVersion: 1 })
    const audit = await auditCursor(suite.db)
    const removed = await suite.run<{ removeChecklistItem: { removedId: string } }>(REMOVE, {
      id: created.id,
      version: 1,
    })
    expect(removed.removeChecklistItem.removedId).toBe(created.id)
    expect(await audit.added()).toEqual([['checklist.remove', 'ChecklistItem']])
    const again = await suite.run<{ removeChecklistItem: unknown }>(REMOVE, {
      id: created.id,
      version: 1,
    })
    expect(again.removeChecklistItem).toEqual({
      __typename: 'NotFoundError',
      entity: 'ChecklistItem',
    })
  })

  it('reorders the whole checklist, and refuses a partial or foreign list', async () => {
    const rows = await suite.db.prisma.checklistItem.findMany({
      where: { engagementId: rowId(engagementId) },
      orderBy: { ordinal: 'asc' },
    })
    const ids = rows.map((row) => globalId('ChecklistItem', row.id))
    const reversed = [...ids].reverse()
    const audit = await auditCursor(suite.db)
    const data = await suite.run<{
      reorderChecklistItems: {
        engagement: {
          preparationChecklist: { edges: { node: { id: string; position: number } }[] }
        }
      }
    }>(REORDER, { engagementId, itemIds: reversed })
    const order = data.reorderChecklistItems.engagement.preparationChecklist.edges.map(
      (e) => e.node,
    )
    expect(order.map((node) => node.id)).toEqual(reversed)
    expect(order.map((node) => node.position)).toEqual(reversed.map((_, index) => index + 1))
    expect(await audit.added()).toEqual([['checklist.reorder', 'Engagement']])

    const foreign = globalId('ChecklistItem', 'elsewhere')
    const partial = await suite.run<{ reorderChecklistItems: unknown }>(REORDER, {
      engagementId,
      itemIds: [foreign, ...reversed.slice(2)],
    })
    expect(partial.reorderChecklistItems).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'itemIds.0', message: 'elsewhere is not an item of this checklist.' },
        {
          path: 'itemIds',
          message: `Every item must be listed; missing: ${reversed.slice(0, 2).map(rowId).join(', ')}.`,
        },
      ],
    })
  })

  it('refuses viewers, read-only tokens and other organizations', async () => {
    const input = { engagementId, activityId: 'PRA1', text: 'Sneaky item' }
    for (const token of [suite.demo.viewerToken, suite.demo.readToken]) {
      const result = await suite.raw(ADD, { input }, token)
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    // Another tenant's engagement looks exactly like a missing one: the same typed NotFoundError,
    // and nothing is written.
    const count = await suite.db.prisma.checklistItem.count()
    const foreign = await suite.raw(ADD, { input }, suite.foreign.token)
    expect(foreign.errors).toBeUndefined()
    const missingId = globalId('Engagement', 'no-such-engagement')
    const missing = await suite.raw(
      ADD,
      { input: { ...input, engagementId: missingId } },
      suite.foreign.token,
    )
    expect(missing.errors).toBeUndefined()
    expect((foreign.data as Record<string, unknown>)?.addChecklistItem).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: engagementId,
    })
    expect((missing.data as Record<string, unknown>)?.addChecklistItem).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', 'no-such-engagement'),
    })
    expect(await suite.db.prisma.checklistItem.count()).toBe(count)
    const anonymous = await suite.raw(ADD, { input }, '')
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})
