import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const ENTRY = 'scopeEntry { id kind pseudonym unit role functions contact position interviewed }'
const ADD = `mutation ($input: AddScopeEntryInput!) { addScopeEntry(input: $input) { __typename
  ... on ScopeEntryPayload { ${ENTRY} engagement { scopeList { totalCount } } }
  ... on ValidationError { issues { path message } } ... on NotFoundError { entity entityId } } }`
const UPDATE = `mutation ($input: UpdateScopeEntryInput!) { updateScopeEntry(input: $input) { __typename
  ... on ScopeEntryPayload { ${ENTRY} }
  ... on ValidationError { issues { path message } } ... on NotFoundError { entity entityId } } }`
const MARK = `mutation ($id: ID!, $interviewed: Boolean!) {
  markScopeEntryInterviewed(input: { id: $id, interviewed: $interviewed }) { __typename
    ... on ScopeEntryPayload { scopeEntry { pseudonym interviewed } } ... on NotFoundError { entity entityId } } }`
const REMOVE = `mutation ($id: ID!) { removeScopeEntry(input: { id: $id }) { __typename
  ... on RemoveScopeEntryPayload { removedId engagement { scopeList { totalCount } } }
  ... on ConflictError { message currentValue } ... on NotFoundError { entity entityId } } }`

type Entry = { id: string; [key: string]: unknown }

describe.each(TEST_ENGINES)('scope list mutations (%s)', (engine) => {
  let suite: MutationSuite
  let engagementId: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    engagementId = (await createPlannedEngagement(suite, 'Scope test IMC')).id
  })
  afterAll(() => suite?.db.close())

  const add = (input: Record<string, unknown>) =>
    suite.run<{ addScopeEntry: { __typename: string; scopeEntry?: Entry } }>(ADD, {
      input: { engagementId, ...input },
    })

  it('adds a person with the IMC functions they cover', async () => {
    const audit = await auditCursor(suite.db)
    const data = await add({
      kind: 'PERSON',
      pseudonym: 'Interviewee 42',
      name: 'Priya Patel',
      unit: 'Plant B operations',
      role: 'Shift lead',
      functions: ['DETECT', 'RESPOND', 'DETECT'],
      contact: 'priya.patel@acme.example',
    })
    const { id: _id, ...entry } = data.addScopeEntry.scopeEntry ?? ({} as Entry)
    expect(entry).toEqual({
      kind: 'PERSON',
      pseudonym: 'Interviewee 42',
      unit: 'Plant B operations',
      role: 'Shift lead',
      functions: ['DETECT', 'RESPOND'],
      contact: 'priya.patel@acme.example',
      position: 13, // after the seeded plan's 12 entries (10 from the records, 2 from its model profile)
      interviewed: false,
    })
    expect(await audit.added()).toEqual([['scope.add', 'ScopeEntry']])
  })

  it('refuses a pseudonym already used in the scope list', async () => {
    const data = await add({ kind: 'GROUP', pseudonym: 'Interviewee 42' })
    expect(data.addScopeEntry).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'input.pseudonym', message: 'Interviewee 42 is already used in this scope list.' },
      ],
    })
  })

  it('updates an entry, clearing the contact', async () => {
    const created = (await add({ kind: 'GROUP', pseudonym: 'Group 09', unit: 'Legal' }))
      .addScopeEntry.scopeEntry as Entry
    const audit = await auditCursor(suite.db)
    const data = await suite.run<{ updateScopeEntry: { scopeEntry: Entry } }>(UPDATE, {
      input: { id: created.id, role: 'Counsel on call', contact: null, functions: ['SUSTAIN'] },
    })
    expect(data.updateScopeEntry.scopeEntry).toMatchObject({
      pseudonym: 'Group 09',
      unit: 'Legal',
      role: 'Counsel on call',
      contact: null,
      functions: ['SUSTAIN'],
    })
    expect(await audit.added()).toEqual([['scope.update', 'ScopeEntry']])
  })

  it('marks an entry interviewed and back', async () => {
    const entry = await suite.db.prisma.scopeEntry.findFirstOrThrow({
      where: { engagement: { title: 'Scope test IMC' } },
      orderBy: { ordinal: 'asc' },
    })
    const audit = await auditCursor(suite.db)
    const id = globalId('ScopeEntry', entry.id)
    const marked = await suite.run<{ markScopeEntryInterviewed: unknown }>(MARK, {
      id,
      interviewed: true,
    })
    expect(marked.markScopeEntryInterviewed).toEqual({
      __typename: 'ScopeEntryPayload',
      scopeEntry: { pseudonym: entry.pseudonym, interviewed: true },
    })
    await suite.run(MARK, { id, interviewed: false })
    expect(await audit.added()).toEqual([
      ['scope.interviewed', 'ScopeEntry'],
      ['scope.interviewed', 'ScopeEntry'],
    ])
  })

  it('answers NotFoundError for an unknown entry', async () => {
    const data = await suite.run<{ updateScopeEntry: unknown }>(UPDATE, {
      input: { id: globalId('ScopeEntry', 'gone'), role: 'x' },
    })
    expect(data.updateScopeEntry).toEqual({
      __typename: 'NotFoundError',
      entity: 'ScopeEntry',
      entityId: globalId('ScopeEntry', 'gone'),
    })
  })

  it('removes an entry, but not one who took part in an interview', async () => {
    const created = (await add({ kind: 'PERSON', pseudonym: 'Interviewee 77' })).addScopeEntry
      .scopeEntry as Entry
    const removed = await suite.run<{ removeScopeEntry: { removedId: string } }>(REMOVE, {
      id: created.id,
    })
    expect(removed.removeScopeEntry.removedId).toBe(created.id)

    const interviewed = (await add({ kind: 'PERSON', pseudonym: 'Interviewee 78' })).addScopeEntry
      .scopeEntry as Entry
    await suite.run(
      `mutation ($input: CreateInterviewSessionInput!) { createInterviewSession(input: $input) { __typename } }`,
      { input: { engagementId, title: 'Night shift', participantIds: [interviewed.id] } },
    )
    const audit = await auditCursor(suite.db)
    const refused = await suite.run<{ removeScopeEntry: unknown }>(REMOVE, { id: interviewed.id })
    expect(refused.removeScopeEntry).toEqual({
      __typename: 'ConflictError',
      message:
        'Interviewee 78 took part in 1 interview session(s); remove them from the sessions first.',
      currentValue: '1',
    })
    expect(await audit.added()).toEqual([])
  })
})
