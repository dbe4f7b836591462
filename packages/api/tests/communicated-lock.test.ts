/**
 * A communicated result stays as communicated: every mutation of the schema has a decision below,
 * and on an engagement whose results are communicated (PAA1 completed) every mutation whose data
 * feeds the result or the communicated worksheets is refused with the one typed error of the
 * engagement-write helper (GateNotSatisfiedError on PAA1, transition `edit`) and writes nothing.
 * The fields come from the schema, so a new mutation without a decision fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  buildOperation,
  createSampleContext,
  MUTATION_SAMPLES,
} from './support/operation-samples.js'
import { request, type SecuritySuite, setupSecuritySuite } from './support/security.js'

/**
 * `locked`: feeds the result or a communicated worksheet (refused after PAA1);
 * `open`: an engagement write that stays allowed (its own gates decide);
 * `account`: not engagement data (accounts, tokens, organizations, new engagements, inventory).
 * The same list, with reasons, is in docs/api.md ("Communicated results are locked").
 */
const DECISIONS: Record<string, 'locked' | 'open' | 'account'> = {
  // Scope List, interviews and ratings, documents, data items, evaluations: the evidence and answers.
  addScopeEntry: 'locked',
  updateScopeEntry: 'locked',
  markScopeEntryInterviewed: 'locked',
  removeScopeEntry: 'locked',
  overridePlanItem: 'locked',
  createInterviewSession: 'locked',
  updateInterviewSession: 'locked',
  removeInterviewSession: 'locked',
  addInterviewParticipants: 'locked',
  removeInterviewParticipant: 'locked',
  recordInterviewRatings: 'locked',
  addDocument: 'locked',
  updateDocument: 'locked',
  markDocumentRequested: 'locked',
  markDocumentReceived: 'locked',
  markDocumentReviewed: 'locked',
  removeDocument: 'locked',
  addDataItem: 'locked',
  updateDataItem: 'locked',
  linkDataItemDrivers: 'locked',
  unlinkDataItemDrivers: 'locked',
  removeDataItem: 'locked',
  evaluateDriver: 'locked',
  // A respondent's answers become ratings and data items; an evidence file is a reviewed document's.
  issueRespondentLink: 'locked',
  deleteEvidenceFile: 'locked',
  // The scored set, the method, the threshold and the sponsor the result names.
  rerunScoring: 'locked',
  excludeDriver: 'locked',
  includeDriver: 'locked',
  tailorMethod: 'locked',
  setSuccessThreshold: 'locked',
  recordSponsorship: 'locked',
  // The improvement plan is communicated with the result (PAI1 "results and plans"); tracking
  // progress (status, owner, due date) stays open, see updateImprovement's own test.
  addImprovement: 'locked',
  updateImprovement: 'locked',
  removeImprovement: 'locked',
  // Engagement writes that stay open after PAA1.
  updateEngagement: 'open',
  startActivity: 'open',
  completeActivity: 'open',
  skipActivity: 'open',
  communicateResults: 'open',
  reopenResults: 'open',
  addChecklistItem: 'open',
  updateChecklistItem: 'open',
  removeChecklistItem: 'open',
  reorderChecklistItems: 'open',
  addLessonLearned: 'open',
  updateLessonLearned: 'open',
  removeLessonLearned: 'open',
  setEngagementMember: 'open',
  removeEngagementMember: 'open',
  // Ending a link writes nothing the result was made from.
  revokeRespondentLink: 'open',
  // Not engagement data.
  login: 'account',
  setBenchmarkParticipation: 'account',
  logout: 'account',
  changePassword: 'account',
  // The user's console language: a personal preference, not engagement data.
  setPreferredLocale: 'account',
  createApiToken: 'account',
  revokeApiToken: 'account',
  inviteUser: 'account',
  acceptInvitation: 'account',
  acceptInvitationWithPassword: 'account',
  setMembershipRole: 'account',
  removeMembership: 'account',
  createEngagement: 'account',
  importEngagement: 'account',
  importTeams: 'account',
  // Organization integrations (webhook endpoints and their deliveries), not engagement data.
  createWebhookEndpoint: 'account',
  updateWebhookEndpoint: 'account',
  deleteWebhookEndpoint: 'account',
  replayWebhookDelivery: 'account',
}

const MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()
const LOCKED = MUTATIONS.filter((name) => DECISIONS[name] === 'locked')

const OPERATION_SELECTION =
  '{ __typename ... on Error { message } ... on GateNotSatisfiedError { activityId transition } }'

describe.each(TEST_ENGINES)('communicated results are locked (%s)', (engine) => {
  let suite: SecuritySuite

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
  })
  afterAll(() => suite?.db.close())

  /** Completes or restores PAA1 of the demo's active engagement directly (the walk's switch). */
  const setPaa1 = (status: string) =>
    suite.db.prisma.activityRecord.updateMany({
      where: { engagementId: suite.demo.activeEngagementId, activityId: 'PAA1' },
      data: { status },
    })

  it('has a decision for every mutation field of the schema', () => {
    expect(MUTATIONS.filter((name) => !DECISIONS[name])).toEqual([])
    expect(Object.keys(DECISIONS).filter((name) => !MUTATIONS.includes(name))).toEqual([])
  })

  it.each(LOCKED)('%s: refused after PAA1, with nothing written', async (name) => {
    const sample = MUTATION_SAMPLES[name]
    if (!sample) throw new Error(`no sample for ${name}`)
    // Prepared while the engagement is open (samples may write through the API), then locked.
    const variables = await sample.prepare(createSampleContext(suite, 'policy'))
    const query = buildOperation(schema, 'Mutation', name, variables, OPERATION_SELECTION)
    const before = await suite.db.prisma.activityRecord.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId, activityId: 'PAA1' },
    })
    await setPaa1('completed')
    try {
      const events = await suite.db.prisma.auditEvent.count()
      const version = await suite.db.prisma.engagement.findUniqueOrThrow({
        where: { id: suite.demo.activeEngagementId },
        select: { dataVersion: true },
      })
      const { body } = await request(suite.yoga, {
        query,
        variables,
        credential: { kind: 'token', token: suite.demo.leadToken },
      })
      expect(body.errors, JSON.stringify(body)).toBeUndefined()
      expect(body.data?.[name], JSON.stringify(body)).toMatchObject({
        __typename: 'GateNotSatisfiedError',
        activityId: 'PAA1',
        transition: 'edit',
      })
      expect(await suite.db.prisma.auditEvent.count()).toBe(events)
      expect(
        await suite.db.prisma.engagement.findUniqueOrThrow({
          where: { id: suite.demo.activeEngagementId },
          select: { dataVersion: true },
        }),
      ).toEqual(version)
    } finally {
      await setPaa1(before.status)
    }
  })
  it('keeps tracking the improvement plan open: status, owner and due date', async () => {
    const improvement = await suite.db.prisma.improvement.findFirstOrThrow({
      where: { engagementId: suite.demo.finishedEngagementId },
    })
    const query = `mutation ($input: UpdateImprovementInput!) { updateImprovement(input: $input) {
      __typename ... on Error { message } } }`
    const progress = await request<{ updateImprovement: { __typename: string } }>(suite.yoga, {
      query,
      variables: {
        input: {
          id: globalId('Improvement', improvement.id),
          version: improvement.version,
          status: 'DONE',
        },
      },
      credential: { kind: 'token', token: suite.demo.leadToken },
    })
    expect(progress.body.data?.updateImprovement.__typename).toBe('ImprovementPayload')
    const plan = await request<{ updateImprovement: { __typename: string } }>(suite.yoga, {
      query,
      variables: {
        input: {
          id: globalId('Improvement', improvement.id),
          version: improvement.version + 1,
          proposal: 'Changed',
        },
      },
      credential: { kind: 'token', token: suite.demo.leadToken },
    })
    expect(plan.body.data?.updateImprovement.__typename).toBe('GateNotSatisfiedError')
  })
})
