/**
 * Edit and delete of every worksheet item (issue #21): the version each update and removal sends
 * (a stale one is a ConflictError carrying the current row), removeInterviewSession, and removals
 * refused with InUseError while other rows depend on the item.
 */
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

const CONFLICT = `... on ConflictError { message currentVersion currentValue }
  ... on NotFoundError { entity }`
const ERRORS = `${CONFLICT} ... on InUseError { message entity entityId dependants { kind count } }`
const UPDATE_SESSION = `mutation ($input: UpdateInterviewSessionInput!) {
  updateInterviewSession(input: $input) { __typename
    ... on InterviewPayload { interview { id title notes version } } ${CONFLICT} } }`
const REMOVE_SESSION = `mutation ($input: RemoveInterviewSessionInput!) {
  removeInterviewSession(input: $input) { __typename
    ... on RemoveInterviewSessionPayload { removedId engagement { interviews { totalCount } } }
    ${ERRORS} } }`
const UPDATE_ITEM = `mutation ($input: UpdateDataItemInput!) { updateDataItem(input: $input) {
  __typename ... on DataItemPayload { dataItem { text version } } ${CONFLICT} } }`
const REMOVE_ITEM = `mutation ($id: ID!, $version: Int!) { removeDataItem(input: { id: $id, version: $version }) {
  __typename ... on RemoveDataItemPayload { removedId } ${ERRORS} } }`
const UPDATE_LESSON = `mutation ($input: UpdateLessonLearnedInput!) { updateLessonLearned(input: $input) {
  __typename ... on LessonPayload { lesson { text version } } ${CONFLICT} } }`
const REMOVE_LESSON = `mutation ($id: ID!, $version: Int!) { removeLessonLearned(input: { id: $id, version: $version }) {
  __typename ... on RemoveLessonLearnedPayload { removedId } ${CONFLICT} } }`

type Payload = Record<string, { __typename: string; [key: string]: unknown }>

describe.each(TEST_ENGINES)('edit and delete of worksheet items (%s)', (engine) => {
  let suite: MutationSuite
  let engagementRow: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    engagementRow = (await createPlannedEngagement(suite, 'Worksheet edits IMC')).rowId
  })
  afterAll(() => suite?.db.close())

  const newSession = (title: string) =>
    suite.db.prisma.interviewSession.create({ data: { engagementId: engagementRow, title } })
  const newItem = (sessionId: string, text: string) =>
    suite.db.prisma.dataItem.create({
      data: {
        engagementId: engagementRow,
        text,
        effect: '-',
        sourceKind: 'interview',
        interviewSessionId: sessionId,
        drivers: { create: [{ driverId: 'D8' }] },
      },
    })

  it('updates a session at the version read; a stale version gets the current row back', async () => {
    const session = await newSession('Manager interview')
    const id = globalId('Interview', session.id)
    const saved = await suite.run<Payload>(UPDATE_SESSION, {
      input: { id, version: 1, notes: 'Two analysts left in March.' },
    })
    expect(saved.updateInterviewSession).toEqual({
      __typename: 'InterviewPayload',
      interview: {
        id,
        title: 'Manager interview',
        notes: 'Two analysts left in March.',
        version: 2,
      },
    })
    const stale = await suite.run<Payload>(UPDATE_SESSION, {
      input: { id, version: 1, notes: 'Typed in another tab' },
    })
    expect(stale.updateInterviewSession).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 2,
      currentValue: { id, notes: 'Two analysts left in March.', version: 2 },
    })
    const row = await suite.db.prisma.interviewSession.findUniqueOrThrow({
      where: { id: session.id },
    })
    expect(row.notes).toBe('Two analysts left in March.')
  })

  it('removes a session with its participants and ratings, audited, at the version read', async () => {
    const session = await newSession('Deputy interview')
    const entry = await suite.db.prisma.scopeEntry.findFirstOrThrow({
      where: { engagementId: engagementRow },
    })
    await suite.db.prisma.interviewParticipant.create({
      data: {
        sessionId: session.id,
        scopeEntryId: entry.id,
        ratings: { create: [{ driverId: 'D1', answer: 'yes' }] },
      },
    })
    const id = globalId('Interview', session.id)
    const stale = await suite.run<Payload>(REMOVE_SESSION, { input: { id, version: 7 } })
    expect(stale.removeInterviewSession).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 1,
    })
    const audit = await auditCursor(suite.db)
    const before = await suite.db.prisma.interviewSession.count({
      where: { engagementId: engagementRow },
    })
    const removed = await suite.run<Payload>(REMOVE_SESSION, { input: { id, version: 1 } })
    expect(removed.removeInterviewSession).toEqual({
      __typename: 'RemoveInterviewSessionPayload',
      removedId: id,
      engagement: { interviews: { totalCount: before - 1 } },
    })
    expect(
      await suite.db.prisma.interviewRating.count({
        where: { participant: { sessionId: session.id } },
      }),
    ).toBe(0)
    expect(await audit.added()).toEqual([['interview.remove', 'InterviewSession']])
    const event = await suite.db.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'interview.remove', targetId: session.id },
    })
    expect(JSON.stringify(event.before)).toContain('"driverId":"D1"')
  })

  it('refuses to remove a session data items come from, saying what to do, with nothing written', async () => {
    const session = await newSession('Team lead interview')
    await newItem(session.id, 'Night shifts are not covered')
    const audit = await auditCursor(suite.db)
    const id = globalId('Interview', session.id)
    const refused = await suite.run<Payload>(REMOVE_SESSION, { input: { id, version: 1 } })
    expect(refused.removeInterviewSession).toEqual({
      __typename: 'InUseError',
      entity: 'Interview',
      entityId: id,
      dependants: [{ kind: 'DataItem', count: 1 }],
      message:
        '“Team lead interview” cannot be removed while 1 data item(s) come from it (remove them or give them another source first). Nothing was removed.',
    })
    expect(await suite.db.prisma.interviewSession.count({ where: { id: session.id } })).toBe(1)
    expect(await audit.added()).toEqual([])
  })

  it('versions data items: a stale edit or removal conflicts, the current one succeeds', async () => {
    const session = await newSession('Analyst interview')
    const item = await newItem(session.id, 'Tickets wait two days')
    const id = globalId('DataItem', item.id)
    const edited = await suite.run<Payload>(UPDATE_ITEM, {
      input: { id, version: 1, text: 'Tickets wait two working days' },
    })
    expect(edited.updateDataItem).toEqual({
      __typename: 'DataItemPayload',
      dataItem: { text: 'Tickets wait two working days', version: 2 },
    })
    const stale = await suite.run<Payload>(UPDATE_ITEM, { input: { id, version: 1, text: 'Old' } })
    expect(stale.updateDataItem).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 2,
      currentValue: { text: 'Tickets wait two working days' },
    })
    const staleRemove = await suite.run<Payload>(REMOVE_ITEM, { id, version: 1 })
    expect(staleRemove.removeDataItem).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 2,
    })
    const removed = await suite.run<Payload>(REMOVE_ITEM, { id, version: 2 })
    expect(removed.removeDataItem).toEqual({ __typename: 'RemoveDataItemPayload', removedId: id })
  })

  it('refuses to remove a data item an improvement cites or a file is attached to', async () => {
    const session = await newSession('SOC interview')
    const item = await newItem(session.id, 'No on-call rota')
    const improvement = await suite.db.prisma.improvement.create({
      data: {
        engagementId: engagementRow,
        driverId: 'D8',
        proposal: 'Set up an on-call rota',
        priority: 'high',
        dataItems: { create: [{ dataItemId: item.id }] },
      },
    })
    await suite.db.prisma.evidenceFile.create({
      data: {
        engagementId: engagementRow,
        dataItemId: item.id,
        version: 1,
        fileName: 'rota.txt',
        mediaType: 'text/plain',
        sizeBytes: 4,
        sha256: 'a'.repeat(64),
        content: Buffer.from('rota'),
      },
    })
    const id = globalId('DataItem', item.id)
    const refused = await suite.run<Payload>(REMOVE_ITEM, { id, version: 1 })
    expect(refused.removeDataItem).toMatchObject({
      __typename: 'InUseError',
      dependants: [
        { kind: 'Improvement', count: 1 },
        { kind: 'EvidenceFile', count: 1 },
      ],
      message:
        '“No on-call rota” cannot be removed while 1 improvement(s) cite it as motivation (take it out of their data items with updateImprovement first); 1 evidence file(s) are attached to it (delete the files first). Nothing was removed.',
    })
    expect(
      await suite.db.prisma.improvementDataItem.count({ where: { improvementId: improvement.id } }),
    ).toBe(1)
  })

  it('versions lessons learned', async () => {
    const lesson = await suite.db.prisma.lessonLearned.create({
      data: { engagementId: engagementRow, text: 'Book rooms early' },
    })
    const id = globalId('Lesson', lesson.id)
    const edited = await suite.run<Payload>(UPDATE_LESSON, {
      input: { id, version: 1, text: 'Book rooms two weeks early' },
    })
    expect(edited.updateLessonLearned).toEqual({
      __typename: 'LessonPayload',
      lesson: { text: 'Book rooms two weeks early', version: 2 },
    })
    const stale = await suite.run<Payload>(REMOVE_LESSON, { id, version: 1 })
    expect(stale.removeLessonLearned).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 2,
    })
    const removed = await suite.run<Payload>(REMOVE_LESSON, { id, version: 2 })
    expect(removed.removeLessonLearned).toEqual({
      __typename: 'RemoveLessonLearnedPayload',
      removedId: id,
    })
    expect(rowId(id)).toBe(lesson.id)
  })
})
