/**
 * `overridePlanItem`: an assessor drops or replaces a planned interviewee or document with a
 * reason; the Scope List / Document Checklist change, the override is recorded in the plan notes
 * with who, when and why, audited, refused to readers and other organizations, and refused once
 * the results are communicated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  createPlannedEngagement,
  rowId as databaseId,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const OVERRIDE = `mutation ($input: OverridePlanItemInput!) { overridePlanItem(input: $input) {
  __typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
  ... on GateNotSatisfiedError { activityId transition }
  ... on NotFoundError { entity entityId }
  ... on OverridePlanItemPayload { engagement { planNotes
    scopeList(first: 500) { totalCount edges { node { id pseudonym role } } }
    documents(first: 500) { totalCount edges { node { id title } } } } } } }`

interface Payload {
  __typename: string
  message?: string
  issues?: { path: string; message: string }[]
  engagement?: {
    planNotes: { overrides?: Record<string, unknown>[] } & Record<string, unknown>
    scopeList: {
      totalCount: number
      edges: { node: { id: string; pseudonym: string; role: string | null } }[]
    }
    documents: { totalCount: number; edges: { node: { id: string; title: string } }[] }
  }
}
type Result = { overridePlanItem: Payload }

describe.each(TEST_ENGINES)('plan overrides (%s)', (engine) => {
  let suite: MutationSuite

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  async function plannedItems(engagementRowId: string) {
    const entry = await suite.db.prisma.scopeEntry.findFirstOrThrow({
      where: { engagementId: engagementRowId },
      orderBy: { ordinal: 'asc' },
    })
    const document = await suite.db.prisma.document.findFirstOrThrow({
      where: { engagementId: engagementRowId, origin: { not: 'manual' } },
      orderBy: { ordinal: 'asc' },
    })
    return { entry, document }
  }

  it('replaces a planned interviewee and drops a planned document, recording who, when and why', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Plan override')
    const { entry, document } = await plannedItems(rowId)
    const before = await suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: rowId } })
    const audit = await auditCursor(suite.db)

    const replaced = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('ScopeEntry', entry.id),
        action: 'REPLACE',
        replacement: 'Head of IT operations',
        reason: 'The IT department head left; operations owns incident handling now.',
      },
    })
    expect(replaced.overridePlanItem.__typename).toBe('OverridePlanItemPayload')
    const scope = replaced.overridePlanItem.engagement?.scopeList
    expect(scope?.edges.find((edge) => edge.node.pseudonym === entry.pseudonym)?.node.role).toBe(
      'Head of IT operations',
    )

    const dropped = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('Document', document.id),
        action: 'DROP',
        reason: 'The sponsor confirmed this document does not exist.',
      },
    })
    const engagement = dropped.overridePlanItem.engagement
    expect(engagement?.documents.edges.map((edge) => edge.node.title)).not.toContain(document.title)
    // The planner's own notes stay as they were; the overrides are appended beside them.
    const { overrides, ...notes } = engagement?.planNotes ?? {}
    expect(notes).toEqual(before.planNotes)
    expect(overrides).toEqual([
      {
        id: expect.any(String),
        itemKind: 'interviewee',
        itemId: entry.id,
        planned: entry.role ? `${entry.pseudonym} (${entry.role})` : entry.pseudonym,
        action: 'replace',
        replacement: 'Head of IT operations',
        reason: 'The IT department head left; operations owns incident handling now.',
        decidedById: expect.any(String),
        decidedBy: 'Lena Lead',
        decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
      {
        id: expect.any(String),
        itemKind: 'document',
        itemId: document.id,
        planned: document.title,
        action: 'drop',
        replacement: null,
        reason: 'The sponsor confirmed this document does not exist.',
        decidedById: expect.any(String),
        decidedBy: 'Lena Lead',
        decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ])
    expect(await audit.added()).toEqual([
      ['plan.override', 'ScopeEntry'],
      ['plan.override', 'Document'],
    ])
    const row = await suite.db.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'plan.override', targetId: document.id },
    })
    expect(row.actorKind).toBe('token')
    expect(row.before).toMatchObject({ id: document.id, title: document.title })
    expect(row.after).toMatchObject({
      item: null,
      override: { action: 'drop', itemId: document.id },
    })
  })

  it('says what is missing: a reason, a replacement, a plan to override', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Plan override checks')
    const { entry } = await plannedItems(rowId)
    const noReplacement = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('ScopeEntry', entry.id),
        action: 'REPLACE',
        reason: 'Someone else.',
      },
    })
    expect(noReplacement.overridePlanItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.replacement' }],
    })
    const blank = await suite.raw(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('ScopeEntry', entry.id),
        action: 'DROP',
        reason: '',
      },
    })
    expect((blank.data as Result | undefined)?.overridePlanItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.reason' }],
    })

    // An engagement created without inventory records has no plan to override.
    const created = await suite.run<{ createEngagement: { engagement: { id: string } } }>(
      `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
        ... on CreateEngagementPayload { engagement { id } } } }`,
      {
        input: {
          organizationId: globalId('Organization', suite.demo.organizationId),
          title: 'Unplanned',
        },
      },
    )
    const unplanned = databaseId(created.createEngagement.engagement.id)
    const manualEntry = await suite.db.prisma.scopeEntry.create({
      data: {
        engagementId: unplanned,
        kind: 'person',
        pseudonym: 'Interviewee 01',
        functions: [],
        ordinal: 1,
      },
    })
    const refused = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: created.createEngagement.engagement.id,
        itemId: globalId('ScopeEntry', manualEntry.id),
        action: 'DROP',
        reason: 'Not needed.',
      },
    })
    expect(refused.overridePlanItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.engagementId' }],
    })

    // An item of another engagement is not found through this one.
    const other = await createPlannedEngagement(suite, 'Plan override other')
    const { entry: otherEntry } = await plannedItems(other.rowId)
    const mixed = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('ScopeEntry', otherEntry.id),
        action: 'DROP',
        reason: 'Wrong engagement.',
      },
    })
    expect(mixed.overridePlanItem).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'ScopeEntry',
    })
    expect(await suite.db.prisma.scopeEntry.count({ where: { id: otherEntry.id } })).toBe(1)
  })

  it('is refused to readers and to other organizations, and nothing changes', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Plan override authorization')
    const { entry } = await plannedItems(rowId)
    const input = {
      engagementId: id,
      itemId: globalId('ScopeEntry', entry.id),
      action: 'DROP',
      reason: 'Not needed.',
    }
    for (const token of [suite.demo.readToken, suite.demo.viewerToken]) {
      const result = await suite.raw(OVERRIDE, { input }, token)
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    const foreign = await suite.run<Result>(OVERRIDE, { input }, suite.foreign.token)
    expect(foreign.overridePlanItem).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Engagement',
    })
    expect(await suite.db.prisma.scopeEntry.count({ where: { id: entry.id } })).toBe(1)
    const engagement = await suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: rowId } })
    expect((engagement.planNotes as { overrides?: unknown }).overrides).toBeUndefined()
  })

  it('is refused once the results are communicated', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Plan override communicated')
    const { entry } = await plannedItems(rowId)
    await suite.db.prisma.activityRecord.update({
      where: { engagementId_activityId: { engagementId: rowId, activityId: 'PAA1' } },
      data: { status: 'completed' },
    })
    const result = await suite.run<Result>(OVERRIDE, {
      input: {
        engagementId: id,
        itemId: globalId('ScopeEntry', entry.id),
        action: 'DROP',
        reason: 'Too late.',
      },
    })
    expect(result.overridePlanItem).toMatchObject({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PAA1',
      transition: 'edit',
    })
    expect(await suite.db.prisma.scopeEntry.count({ where: { id: entry.id } })).toBe(1)
  })
})
