import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const IMPROVEMENT = `improvement { id driverId proposal priority owner { name } ownerName dueDate status
  expectedAnswer version dataItems { text } }`
const ADD = `mutation ($input: AddImprovementInput!) { addImprovement(input: $input) { __typename
  ... on ImprovementPayload { ${IMPROVEMENT} engagement { improvements { totalCount } } }
  ... on ValidationError { issues { path message } } ... on NotFoundError { entity entityId } } }`
const UPDATE = `mutation ($input: UpdateImprovementInput!) { updateImprovement(input: $input) { __typename
  ... on ImprovementPayload { ${IMPROVEMENT} }
  ... on ValidationError { issues { path message } } ... on ConflictError { currentVersion } } }`
const REMOVE = `mutation ($id: ID!, $version: Int!) { removeImprovement(input: { id: $id, version: $version }) { __typename
  ... on RemoveImprovementPayload { removedId engagement { improvements { totalCount } } }
  ... on ConflictError { currentVersion } } }`

const LESSON_RESULT = `__typename ... on LessonPayload { lesson { id text category author { name } }
  engagement { lessons { totalCount } } } ... on ValidationError { issues { path message } }
  ... on NotFoundError { entity entityId }`
const ADD_LESSON = `mutation ($input: AddLessonLearnedInput!) { addLessonLearned(input: $input) { ${LESSON_RESULT} } }`
const UPDATE_LESSON = `mutation ($input: UpdateLessonLearnedInput!) { updateLessonLearned(input: $input) { ${LESSON_RESULT} } }`
const REMOVE_LESSON = `mutation ($id: ID!, $version: Int!) { removeLessonLearned(input: { id: $id, version: $version }) { __typename
  ... on RemoveLessonLearnedPayload { removedId engagement { lessons { totalCount } } } ... on NotFoundError { entity } } }`

type Result = Record<string, { __typename: string; [key: string]: unknown }>
type Improvement = { id: string; version: number; [key: string]: unknown }

describe.each(TEST_ENGINES)('improvement and lesson mutations (%s)', (engine) => {
  let suite: MutationSuite
  let engagementId: string
  let dataItemId: string
  let assessorId: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    const created = await createPlannedEngagement(suite, 'Next steps test IMC')
    engagementId = created.id
    const document = await suite.db.prisma.document.findFirstOrThrow({
      where: { engagementId: created.rowId },
    })
    const item = await suite.db.prisma.dataItem.create({
      data: {
        engagementId: created.rowId,
        text: 'No trained backup for the IMC manager',
        effect: '-',
        sourceKind: 'document',
        documentId: document.id,
        drivers: { create: [{ driverId: 'D6' }] },
      },
    })
    dataItemId = globalId('DataItem', item.id)
    const assessor = await suite.db.prisma.user.findUniqueOrThrow({
      where: { email: 'assessor@example.org' },
    })
    assessorId = globalId('User', assessor.id)
  })
  afterAll(() => suite?.db.close())

  const add = (input: Record<string, unknown>) =>
    suite.run<Result>(ADD, { input: { engagementId, ...input } })

  it('adds an improvement for a driver, motivated by a data item', async () => {
    const audit = await auditCursor(suite.db)
    const data = await add({
      driverId: 'D6',
      dataItemIds: [dataItemId],
      proposal: 'Name and train a backup IMC manager',
      priority: 'HIGH',
      ownerName: 'Head of IT operations',
      dueDate: '2026-06-30T00:00:00.000Z',
      expectedAnswer: 'LIKELY_YES',
    })
    const created = data.addImprovement?.improvement as unknown as Improvement
    const { id: _id, ...improvement } = created
    expect(improvement).toEqual({
      driverId: 'D6',
      proposal: 'Name and train a backup IMC manager',
      priority: 'HIGH',
      owner: null,
      ownerName: 'Head of IT operations',
      dueDate: '2026-06-30T00:00:00.000Z',
      status: 'PROPOSED',
      expectedAnswer: 'LIKELY_YES',
      version: 1,
      dataItems: [{ text: 'No trained backup for the IMC manager' }],
    })
    expect(await audit.added()).toEqual([['improvement.add', 'Improvement']])
  })

  it('refuses an owner user together with an owner name, and an unknown driver', async () => {
    const owners = await add({
      driverId: 'D6',
      proposal: 'x',
      ownerId: assessorId,
      ownerName: 'Bob',
    })
    expect(owners.addImprovement).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'input.ownerName', message: 'Give an owner user or an owner name, not both.' },
      ],
    })
    const driver = await add({ driverId: 'D0', proposal: 'x' })
    expect(driver.addImprovement).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.driverId' }],
    })
  })

  it('refuses data items of another engagement', async () => {
    const foreign = await suite.db.prisma.dataItem.findFirstOrThrow({
      where: { engagementId: suite.demo.finishedEngagementId },
    })
    const data = await add({
      driverId: 'D6',
      proposal: 'Borrow evidence',
      dataItemIds: [globalId('DataItem', foreign.id)],
    })
    expect(data.addImprovement).toEqual({
      __typename: 'NotFoundError',
      entity: 'DataItem',
      entityId: globalId('DataItem', foreign.id),
    })
  })

  it('updates status and owner with the version read; a stale version conflicts', async () => {
    const created = (await add({ driverId: 'D9', proposal: 'Shared incident tracker' }))
      .addImprovement?.improvement as Improvement
    const audit = await auditCursor(suite.db)
    const data = await suite.run<Result>(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        status: 'IN_PROGRESS',
        ownerId: assessorId,
        dataItemIds: [],
      },
    })
    expect(data.updateImprovement?.improvement).toMatchObject({
      status: 'IN_PROGRESS',
      owner: { name: 'Arun Assessor' },
      ownerName: null,
      version: 2,
      dataItems: [],
    })
    const stale = await suite.run<Result>(UPDATE, {
      input: { id: created.id, version: 1, status: 'DONE' },
    })
    expect(stale.updateImprovement).toEqual({ __typename: 'ConflictError', currentVersion: 2 })
    expect(await audit.added()).toEqual([['improvement.update', 'Improvement']])
  })

  it('removes an improvement with its current version', async () => {
    const created = (await add({ driverId: 'D10', proposal: 'Crisis drill' })).addImprovement
      ?.improvement as Improvement
    const stale = await suite.run<Result>(REMOVE, { id: created.id, version: 3 })
    expect(stale.removeImprovement).toEqual({ __typename: 'ConflictError', currentVersion: 1 })
    const removed = await suite.run<Result>(REMOVE, { id: created.id, version: 1 })
    expect(removed.removeImprovement).toMatchObject({ removedId: created.id })
  })

  it('adds, updates and removes a lesson learned', async () => {
    const audit = await auditCursor(suite.db)
    const added = await suite.run<Result>(ADD_LESSON, {
      input: {
        engagementId,
        text: 'Book interviews two weeks ahead',
        category: 'interviews',
        processUpdate: 'Preparation checklist item added for interview booking',
        appliedAt: '2026-04-01T00:00:00.000Z',
      },
    })
    const lesson = added.addLessonLearned?.lesson as { id: string }
    expect(added.addLessonLearned).toMatchObject({
      lesson: { text: 'Book interviews two weeks ahead', author: { name: 'Lena Lead' } },
      engagement: { lessons: { totalCount: 1 } },
    })
    const updated = await suite.run<Result>(UPDATE_LESSON, {
      input: {
        id: lesson.id,
        version: 1,
        category: null,
        text: 'Book interviews three weeks ahead',
      },
    })
    expect(updated.updateLessonLearned).toMatchObject({
      lesson: { text: 'Book interviews three weeks ahead', category: null },
    })
    const removed = await suite.run<Result>(REMOVE_LESSON, { id: lesson.id, version: 2 })
    expect(removed.removeLessonLearned).toMatchObject({
      removedId: lesson.id,
      engagement: { lessons: { totalCount: 0 } },
    })
    expect(await audit.added()).toEqual([
      ['lesson.add', 'LessonLearned'],
      ['lesson.update', 'LessonLearned'],
      ['lesson.remove', 'LessonLearned'],
    ])
    const gone = await suite.run<Result>(REMOVE_LESSON, { id: lesson.id, version: 2 })
    expect(gone.removeLessonLearned).toEqual({ __typename: 'NotFoundError', entity: 'Lesson' })
  })

  it('validates lesson text', async () => {
    const data = await suite.run<Result>(ADD_LESSON, { input: { engagementId, text: '' } })
    expect(data.addLessonLearned).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'input.text', message: 'Too small: expected string to have >=1 characters' },
      ],
    })
  })
})
