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

const SESSION = `interview { id title heldAt notes notesTlp
  participants { scopeEntry { pseudonym } ratings { driverId answer note } } }`
const INTERVIEW_RESULT = `__typename ... on InterviewPayload { ${SESSION} }
  ... on ValidationError { issues { path message } } ... on NotFoundError { entity entityId }`
const CREATE_SESSION = `mutation ($input: CreateInterviewSessionInput!) {
  createInterviewSession(input: $input) { ${INTERVIEW_RESULT} } }`
const UPDATE_SESSION = `mutation ($input: UpdateInterviewSessionInput!) {
  updateInterviewSession(input: $input) { ${INTERVIEW_RESULT} } }`
const ADD_PARTICIPANTS = `mutation ($sessionId: ID!, $ids: [ID!]!) {
  addInterviewParticipants(input: { sessionId: $sessionId, scopeEntryIds: $ids }) { ${INTERVIEW_RESULT} } }`
const REMOVE_PARTICIPANT = `mutation ($sessionId: ID!, $id: ID!) {
  removeInterviewParticipant(input: { sessionId: $sessionId, scopeEntryId: $id }) { __typename
    ... on InterviewPayload { ${SESSION} } ... on NotFoundError { entity entityId } } }`
const RATE = `mutation ($input: RecordInterviewRatingsInput!) {
  recordInterviewRatings(input: $input) { ${INTERVIEW_RESULT} } }`

const DOCUMENT =
  'document { id title kind owner requestedAt receivedAt reviewedAt reviewer { name } version }'
const ADD_DOCUMENT = `mutation ($input: AddDocumentInput!) { addDocument(input: $input) { __typename
  ... on DocumentPayload { ${DOCUMENT} } ... on ValidationError { issues { path message } } } }`
const UPDATE_DOCUMENT = `mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { __typename
  ... on DocumentPayload { ${DOCUMENT} } ... on ConflictError { currentVersion } } }`
const mark = (name: string) => `mutation ($id: ID!, $version: Int!, $at: DateTime) {
  ${name}(input: { id: $id, version: $version, at: $at }) { __typename ... on DocumentPayload { ${DOCUMENT} }
    ... on ValidationError { issues { path message code subject } } ... on ConflictError { currentVersion } } }`
const REMOVE_DOCUMENT = `mutation ($id: ID!, $version: Int!) { removeDocument(input: { id: $id, version: $version }) {
  __typename ... on RemoveDocumentPayload { removedId } ... on InUseError { message dependants { kind count } } } }`

const ITEM =
  'dataItem { id text effect effectCode sourceKind drivers interviewSession { title } document { title } createdBy { name } }'
const ITEM_RESULT = `__typename ... on DataItemPayload { ${ITEM} }
  ... on ValidationError { issues { path message } } ... on NotFoundError { entity entityId }`
const ADD_ITEM = `mutation ($input: AddDataItemInput!) { addDataItem(input: $input) { ${ITEM_RESULT} } }`
const UPDATE_ITEM = `mutation ($input: UpdateDataItemInput!) { updateDataItem(input: $input) { ${ITEM_RESULT} } }`
const LINK = `mutation ($id: ID!, $driverIds: [String!]!) { linkDataItemDrivers(input: { id: $id, driverIds: $driverIds }) { ${ITEM_RESULT} } }`
const UNLINK = `mutation ($id: ID!, $driverIds: [String!]!) { unlinkDataItemDrivers(input: { id: $id, driverIds: $driverIds }) { ${ITEM_RESULT} } }`
const REMOVE_ITEM = `mutation ($id: ID!, $version: Int!) { removeDataItem(input: { id: $id, version: $version }) { __typename
  ... on RemoveDataItemPayload { removedId engagement { dataItems { totalCount } } } } }`

type Payload = Record<string, { __typename: string; [key: string]: unknown }>

describe.each(TEST_ENGINES)(
  'evidence mutations: interviews, documents, data items (%s)',
  (engine) => {
    let suite: MutationSuite
    let engagementId: string
    let scope: string[]
    let sessionId: string
    let documentId: string

    beforeAll(async () => {
      suite = await setupMutationSuite(engine)
      const created = await createPlannedEngagement(suite, 'Evidence test IMC')
      engagementId = created.id
      const entries = await suite.db.prisma.scopeEntry.findMany({
        where: { engagementId: created.rowId },
        orderBy: { ordinal: 'asc' },
      })
      scope = entries.map((entry) => globalId('ScopeEntry', entry.id))
    })
    afterAll(() => suite?.db.close())

    it('creates an interview session with two interviewees', async () => {
      const audit = await auditCursor(suite.db)
      const data = await suite.run<Payload>(CREATE_SESSION, {
        input: {
          engagementId,
          title: 'IMC manager and backup',
          notes: 'Mission statement published on the intranet.',
          notesTlp: 'AMBER_STRICT',
          participantIds: [scope[0], scope[1]],
        },
      })
      const interview = data.createInterviewSession?.interview as {
        id: string
        [key: string]: unknown
      }
      sessionId = interview.id
      expect(interview).toMatchObject({
        title: 'IMC manager and backup',
        heldAt: null,
        notesTlp: 'AMBER_STRICT',
        participants: [
          { scopeEntry: { pseudonym: 'Interviewee 01' }, ratings: [] },
          { scopeEntry: { pseudonym: 'Interviewee 02' }, ratings: [] },
        ],
      })
      expect(await audit.added()).toEqual([['interview.create', 'InterviewSession']])
    })

    it('refuses participants from another engagement', async () => {
      const other = await suite.db.prisma.scopeEntry.findFirstOrThrow({
        where: { engagementId: suite.demo.finishedEngagementId },
      })
      const data = await suite.run<Payload>(ADD_PARTICIPANTS, {
        sessionId,
        ids: [globalId('ScopeEntry', other.id)],
      })
      expect(data.addInterviewParticipants).toEqual({
        __typename: 'NotFoundError',
        entity: 'ScopeEntry',
        entityId: globalId('ScopeEntry', other.id),
      })
    })

    it('records when the session was held and adds a participant', async () => {
      await suite.run(UPDATE_SESSION, {
        input: { id: sessionId, version: 1, heldAt: '2026-03-03T09:30:00.000Z', notesTlp: 'RED' },
      })
      const data = await suite.run<Payload>(ADD_PARTICIPANTS, {
        sessionId,
        ids: [scope[2], scope[0]],
      })
      expect(data.addInterviewParticipants?.interview).toMatchObject({
        heldAt: '2026-03-03T09:30:00.000Z',
        notesTlp: 'RED',
        participants: [
          { scopeEntry: { pseudonym: 'Interviewee 01' } },
          { scopeEntry: { pseudonym: 'Interviewee 02' } },
          { scopeEntry: { pseudonym: 'Interviewee 03' } },
        ],
      })
    })

    it('records ratings, replacing an earlier rating of the same driver', async () => {
      const audit = await auditCursor(suite.db)
      const rate = (ratings: unknown[]) =>
        suite.run<Payload>(RATE, { input: { sessionId, scopeEntryId: scope[0], ratings } })
      await rate([
        { driverId: 'D1', answer: 'LIKELY_YES' },
        { driverId: 'D8', answer: 'NO', note: 'Two vacancies unfilled' },
      ])
      const data = await rate([{ driverId: 'D1', answer: 'YES', note: 'Goals reviewed yearly' }])
      const interview = data.recordInterviewRatings?.interview as {
        participants: { ratings: unknown[] }[]
      }
      expect(interview.participants[0]?.ratings).toEqual([
        { driverId: 'D1', answer: 'YES', note: 'Goals reviewed yearly' },
        { driverId: 'D8', answer: 'NO', note: 'Two vacancies unfilled' },
      ])
      expect(await audit.added()).toEqual([
        ['interview.ratings', 'InterviewSession'],
        ['interview.ratings', 'InterviewSession'],
      ])
    })

    it('validates rated drivers against the method, listing every bad one', async () => {
      const data = await suite.run<Payload>(RATE, {
        input: {
          sessionId,
          scopeEntryId: scope[1],
          ratings: [
            { driverId: 'D11', answer: 'YES' },
            { driverId: 'D2', answer: 'NO' },
            { driverId: 'D2', answer: 'YES' },
          ],
        },
      })
      expect(data.recordInterviewRatings).toEqual({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'input.ratings.0.driverId',
            message: 'D11 is not a driver of immd-1.0 (D1, D2, D3, D4, D5, D6, D7, D8, D9, D10).',
          },
          { path: 'input.ratings.2.driverId', message: 'D2 is rated twice.' },
        ],
      })
    })

    it('answers NotFoundError when the interviewee is not in the session', async () => {
      const data = await suite.run<Payload>(RATE, {
        input: { sessionId, scopeEntryId: scope[5], ratings: [{ driverId: 'D1', answer: 'NO' }] },
      })
      expect(data.recordInterviewRatings).toEqual({
        __typename: 'NotFoundError',
        entity: 'InterviewParticipant',
        entityId: globalId('ScopeEntry', rowId(scope[5] ?? '')),
      })
    })

    it('removes a participant together with their ratings', async () => {
      const ratings = () =>
        suite.db.prisma.interviewRating.count({
          where: {
            participant: { sessionId: rowId(sessionId), scopeEntryId: rowId(scope[0] ?? '') },
          },
        })
      expect(await ratings()).toBe(2)
      const audit = await auditCursor(suite.db)
      const data = await suite.run<Payload>(REMOVE_PARTICIPANT, { sessionId, id: scope[0] })
      const interview = data.removeInterviewParticipant?.interview as { participants: unknown[] }
      expect(interview.participants).toEqual([
        { scopeEntry: { pseudonym: 'Interviewee 02' }, ratings: [] },
        { scopeEntry: { pseudonym: 'Interviewee 03' }, ratings: [] },
      ])
      expect(await ratings()).toBe(0)
      expect(await audit.added()).toEqual([['interview.participants.remove', 'InterviewSession']])
    })

    it('adds a document and walks it through requested, received and reviewed', async () => {
      const added = await suite.run<Payload>(ADD_DOCUMENT, {
        input: {
          engagementId,
          title: 'Incident escalation procedure v3',
          kind: 'procedure',
          owner: 'CSIRT manager',
        },
      })
      const document = added.addDocument?.document as { id: string; version: number }
      documentId = document.id
      const audit = await auditCursor(suite.db)
      const early = await suite.run<Payload>(mark('markDocumentReviewed'), {
        id: documentId,
        version: 1,
      })
      expect(early.markDocumentReviewed).toEqual({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'id',
            message: 'Incident escalation procedure v3 must be received before it is reviewed.',
            // Clients write the sentence in their language from the code and the title.
            code: 'DOCUMENT_NOT_RECEIVED',
            subject: 'Incident escalation procedure v3',
          },
        ],
      })
      await suite.run(mark('markDocumentRequested'), {
        id: documentId,
        version: 1,
        at: '2026-03-01T08:00:00Z',
      })
      await suite.run(mark('markDocumentReceived'), {
        id: documentId,
        version: 2,
        at: '2026-03-02T08:00:00Z',
      })
      const reviewed = await suite.run<Payload>(mark('markDocumentReviewed'), {
        id: documentId,
        version: 3,
        at: '2026-03-04T16:00:00Z',
      })
      expect(reviewed.markDocumentReviewed?.document).toMatchObject({
        requestedAt: '2026-03-01T08:00:00.000Z',
        receivedAt: '2026-03-02T08:00:00.000Z',
        reviewedAt: '2026-03-04T16:00:00.000Z',
        reviewer: { name: 'Lena Lead' },
        version: 4,
      })
      expect(await audit.added()).toEqual([
        ['document.requested', 'Document'],
        ['document.received', 'Document'],
        ['document.reviewed', 'Document'],
      ])
    })

    it('refuses a document edit with a stale version', async () => {
      const data = await suite.run<Payload>(UPDATE_DOCUMENT, {
        input: { id: documentId, version: 2, owner: 'Deputy manager' },
      })
      expect(data.updateDocument).toEqual({ __typename: 'ConflictError', currentVersion: 4 })
    })

    it('records data items from an interview and from a document', async () => {
      const audit = await auditCursor(suite.db)
      const fromInterview = await suite.run<Payload>(ADD_ITEM, {
        input: {
          engagementId,
          text: 'Mission and goals are published to every constituent',
          effect: 'SUCCESS',
          interviewSessionId: sessionId,
          driverIds: ['D1', 'D2'],
        },
      })
      expect(fromInterview.addDataItem?.dataItem).toMatchObject({
        effect: 'SUCCESS',
        effectCode: '+',
        sourceKind: 'interview',
        drivers: ['D1', 'D2'],
        interviewSession: { title: 'IMC manager and backup' },
        document: null,
        createdBy: { name: 'Lena Lead' },
      })
      const fromDocument = await suite.run<Payload>(ADD_ITEM, {
        input: {
          engagementId,
          text: 'Escalation to legal is not described',
          effect: 'FAILURE',
          documentId,
          driverIds: ['D5'],
        },
      })
      expect(fromDocument.addDataItem?.dataItem).toMatchObject({
        effectCode: '-',
        sourceKind: 'document',
        document: { title: 'Incident escalation procedure v3' },
      })
      expect(await audit.added()).toEqual([
        ['data-item.add', 'DataItem'],
        ['data-item.add', 'DataItem'],
      ])
    })

    it('refuses a data item with two sources, a foreign source or an unknown driver', async () => {
      const input = {
        engagementId,
        text: 'Staffing is stretched',
        effect: 'FAILURE',
        driverIds: ['D8'],
      }
      const both = await suite.run<Payload>(ADD_ITEM, {
        input: { ...input, interviewSessionId: sessionId, documentId },
      })
      expect(both.addDataItem).toEqual({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'input.interviewSessionId',
            message: 'Give exactly one source: an interview session or a document.',
          },
        ],
      })
      const foreignDocument = await suite.db.prisma.document.findFirstOrThrow({
        where: { engagementId: suite.demo.finishedEngagementId },
      })
      const foreign = await suite.run<Payload>(ADD_ITEM, {
        input: { ...input, documentId: globalId('Document', foreignDocument.id) },
      })
      expect(foreign.addDataItem).toEqual({
        __typename: 'NotFoundError',
        entity: 'Document',
        entityId: globalId('Document', foreignDocument.id),
      })
      const driver = await suite.run<Payload>(ADD_ITEM, {
        input: { ...input, documentId, driverIds: ['D8', 'D12'] },
      })
      expect(driver.addDataItem).toEqual({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'input.driverIds.1',
            message: 'D12 is not a driver of immd-1.0 (D1, D2, D3, D4, D5, D6, D7, D8, D9, D10).',
          },
        ],
      })
    })

    it('links, unlinks and re-sources a data item, keeping at least one driver', async () => {
      const item = await suite.db.prisma.dataItem.findFirstOrThrow({
        where: { engagementId: rowId(engagementId), effect: '-' },
      })
      const id = globalId('DataItem', item.id)
      const linked = await suite.run<Payload>(LINK, { id, driverIds: ['D7', 'D5'] })
      expect(linked.linkDataItemDrivers?.dataItem).toMatchObject({ drivers: ['D5', 'D7'] })
      const unlinked = await suite.run<Payload>(UNLINK, { id, driverIds: ['D5'] })
      expect(unlinked.unlinkDataItemDrivers?.dataItem).toMatchObject({ drivers: ['D7'] })
      const last = await suite.run<Payload>(UNLINK, { id, driverIds: ['D7'] })
      expect(last.unlinkDataItemDrivers).toEqual({
        __typename: 'ValidationError',
        issues: [
          { path: 'driverIds', message: 'A data item must stay linked to at least one driver.' },
        ],
      })
      const moved = await suite.run<Payload>(UPDATE_ITEM, {
        input: {
          id,
          // Linking and unlinking each changed the item: version 1 + 2.
          version: 3,
          interviewSessionId: sessionId,
          effect: 'UNKNOWN',
          driverIds: ['D5', 'D9'],
        },
      })
      expect(moved.updateDataItem?.dataItem).toMatchObject({
        effectCode: '?',
        sourceKind: 'interview',
        document: null,
        drivers: ['D5', 'D9'],
      })
    })

    it('removes a data item; a document that is a source cannot be removed first', async () => {
      const fromDocument = await suite.run<Payload>(ADD_ITEM, {
        input: {
          engagementId,
          text: 'RFC 2350 is outdated',
          effect: 'NEUTRAL',
          documentId,
          driverIds: ['D2'],
        },
      })
      const item = fromDocument.addDataItem?.dataItem as { id: string }
      const refused = await suite.run<Payload>(REMOVE_DOCUMENT, { id: documentId, version: 4 })
      expect(refused.removeDocument).toEqual({
        __typename: 'InUseError',
        message:
          '“Incident escalation procedure v3” cannot be removed while 1 data item(s) come from it (remove them or give them another source first). Nothing was removed.',
        dependants: [{ kind: 'DataItem', count: 1 }],
      })
      const audit = await auditCursor(suite.db)
      const removed = await suite.run<Payload>(REMOVE_ITEM, { id: item.id, version: 1 })
      expect(removed.removeDataItem).toMatchObject({ removedId: item.id })
      const gone = await suite.run<Payload>(REMOVE_DOCUMENT, { id: documentId, version: 4 })
      expect(gone.removeDocument).toEqual({
        __typename: 'RemoveDocumentPayload',
        removedId: documentId,
      })
      expect(await audit.added()).toEqual([
        ['data-item.remove', 'DataItem'],
        ['document.remove', 'Document'],
      ])
    })
  },
)
