/**
 * The whole assessment through the API, as an assessor team would do it: plan, prepare, gather
 * evidence, evaluate all ten drivers, score (A4), profile against the threshold (A5), next steps
 * (A6), communicate (PAA1), postmortem (PAA2) and close (PAA3 skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { activityVersionOf } from './support/execute.js'
import {
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const TRANSITION = (
  name: string,
) => `mutation ($id: ID!, $activityId: ActivityId!, $version: Int!) {
  ${name}(input: { engagementId: $id, activityId: $activityId, version: $version }) { __typename
    ... on ActivityTransitionPayload { engagement { state latestTotal latestBand latestScoredDrivers latestMethodDrivers }
      resultSnapshot { activityId total band successThreshold differential } }
    ... on GateNotSatisfiedError { message } } }`

const ANSWERS: Record<string, string> = {
  D1: 'LIKELY_YES',
  D2: 'LIKELY_YES',
  D3: 'LIKELY_YES',
  D4: 'LIKELY_YES',
  D5: 'LIKELY_YES',
  D6: 'LIKELY_YES',
  D7: 'LIKELY_YES',
  D8: 'EQUALLY_LIKELY',
  D9: 'LIKELY_YES',
  D10: 'EQUALLY_LIKELY',
}

type Data = Record<string, { __typename: string; [key: string]: unknown }>

describe.each(TEST_ENGINES)('the full assessor flow (%s)', (engine) => {
  let suite: MutationSuite
  let id: string
  let row: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  /** Runs a mutation and expects its payload type (not an error). */
  async function ok(query: string, variables: Record<string, unknown>): Promise<Data> {
    const data = await suite.run<Data>(query, variables)
    const [result] = Object.values(data)
    if (!result?.__typename.endsWith('Payload')) {
      throw new Error(`${JSON.stringify(variables)} failed: ${JSON.stringify(result)}`)
    }
    return data
  }
  const move = async (name: string, activityId: string) => {
    const version = await activityVersionOf(suite.db.prisma, id, activityId)
    return ok(TRANSITION(name), { id, activityId, version })
  }
  const engagementVersion = async () =>
    (await suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: row } })).version

  it('creates the engagement from the inventory and prepares it (PRA1-PRA6)', async () => {
    ;({ id, rowId: row } = await createPlannedEngagement(suite, 'ACME IMC assessment 2026'))
    await ok(
      `mutation ($id: ID!, $name: String!, $version: Int!) {
        recordSponsorship(input: { engagementId: $id, sponsorName: $name, version: $version }) { __typename } }`,
      { id, name: 'CIO, ACME Corp', version: await engagementVersion() },
    )
    for (const activity of ['PRA1', 'PRA2', 'PRA3', 'PRA4']) {
      await move('startActivity', activity)
      await move('completeActivity', activity)
    }
    await move('startActivity', 'PRA5')
    await move('skipActivity', 'PRA6')
    const done = await move('completeActivity', 'PRA5')
    expect(done.completeActivity?.engagement).toMatchObject({ state: 'PREPARING' })
  })

  it('gathers data from people (A1) and documentation (A2)', async () => {
    await move('startActivity', 'A1')
    const scope = await suite.db.prisma.scopeEntry.findMany({
      where: { engagementId: row },
      orderBy: { ordinal: 'asc' },
      take: 2,
    })
    const participants = scope.map((entry) => globalId('ScopeEntry', entry.id))
    const session = await ok(
      `mutation ($input: CreateInterviewSessionInput!) { createInterviewSession(input: $input) {
        __typename ... on InterviewPayload { interview { id } } } }`,
      {
        input: {
          engagementId: id,
          title: 'CSIRT manager and deputy',
          heldAt: '2026-03-03T09:00:00.000Z',
          participantIds: participants,
        },
      },
    )
    const sessionId =
      (session.createInterviewSession?.interview as { id: string } | undefined)?.id ?? ''
    await ok(
      `mutation ($input: RecordInterviewRatingsInput!) { recordInterviewRatings(input: $input) { __typename } }`,
      {
        input: {
          sessionId,
          scopeEntryId: participants[0],
          ratings: Object.entries(ANSWERS).map(([driverId, answer]) => ({ driverId, answer })),
        },
      },
    )
    for (const participant of participants) {
      await ok(
        `mutation ($id: ID!) { markScopeEntryInterviewed(input: { id: $id, interviewed: true }) { __typename } }`,
        { id: participant },
      )
    }
    await move('completeActivity', 'A1')

    await move('startActivity', 'A2')
    const document = await suite.db.prisma.document.findFirstOrThrow({
      where: { engagementId: row },
      orderBy: { ordinal: 'asc' },
    })
    const documentId = globalId('Document', document.id)
    for (const [step, version] of [
      ['markDocumentRequested', 1],
      ['markDocumentReceived', 2],
      ['markDocumentReviewed', 3],
    ] as const) {
      await ok(
        `mutation ($id: ID!, $version: Int!) { ${step}(input: { id: $id, version: $version }) { __typename } }`,
        {
          id: documentId,
          version,
        },
      )
    }
    await move('completeActivity', 'A2')

    const items: [string, string, string[], string][] = [
      ['+', 'Mission and goals are published to all constituents', ['D1', 'D3'], sessionId],
      ['-', 'Two of five analyst positions are vacant', ['D8'], sessionId],
      ['?', 'Crisis procedures were never exercised', ['D10'], documentId],
    ]
    for (const [effect, text, driverIds, source] of items) {
      await ok(
        `mutation ($input: AddDataItemInput!) { addDataItem(input: $input) { __typename } }`,
        {
          input: {
            engagementId: id,
            text,
            effect: { '+': 'SUCCESS', '-': 'FAILURE', '?': 'UNKNOWN' }[effect],
            driverIds,
            ...(source === sessionId ? { interviewSessionId: source } : { documentId: source }),
          },
        },
      )
    }
  })

  it('evaluates all ten drivers (A3) and sets the success threshold', async () => {
    await move('startActivity', 'A3')
    let last: Data = {}
    for (const [driverId, answer] of Object.entries(ANSWERS)) {
      last = await ok(
        `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename
          ... on EvaluateDriverPayload { engagement { result { total band complete } } } } }`,
        {
          input: {
            engagementId: id,
            driverId,
            answer,
            version: 1,
            rationale: `Evidence for ${driverId}`,
          },
        },
      )
    }
    expect(last.evaluateDriver?.engagement).toEqual({
      result: { total: 70, band: 'HIGH', complete: true },
    })
    await move('completeActivity', 'A3')
    await ok(
      `mutation ($id: ID!, $version: Int!) { setSuccessThreshold(input: { engagementId: $id, threshold: EXCELLENT, version: $version }) { __typename } }`,
      { id, version: await engagementVersion() },
    )
  })

  it('scores (A4) and establishes the success profile (A5), storing both results', async () => {
    await move('startActivity', 'A4')
    const a4 = await move('completeActivity', 'A4')
    expect(a4.completeActivity).toMatchObject({
      engagement: {
        state: 'SCORED',
        latestTotal: 70,
        latestBand: 'HIGH',
        latestScoredDrivers: 10,
        latestMethodDrivers: 10,
      },
      resultSnapshot: {
        activityId: 'A4',
        total: 70,
        band: 'HIGH',
        successThreshold: 'EXCELLENT',
        differential: 1,
      },
    })
    await move('startActivity', 'A5')
    const a5 = await move('completeActivity', 'A5')
    expect(a5.completeActivity).toMatchObject({
      resultSnapshot: { activityId: 'A5', total: 70, band: 'HIGH', differential: 1 },
    })
  })

  it('determines next steps (A6) and communicates the results (PAA1)', async () => {
    await move('startActivity', 'A6')
    const item = await suite.db.prisma.dataItem.findFirstOrThrow({
      where: { engagementId: row, effect: '-' },
    })
    await ok(
      `mutation ($input: AddImprovementInput!) { addImprovement(input: $input) { __typename } }`,
      {
        input: {
          engagementId: id,
          driverId: 'D8',
          dataItemIds: [globalId('DataItem', item.id)],
          proposal: 'Fill the two vacant analyst positions',
          priority: 'HIGH',
          ownerName: 'CISO',
          expectedAnswer: 'LIKELY_YES',
        },
      },
    )
    const a6 = await move('completeActivity', 'A6')
    expect(a6.completeActivity?.engagement).toMatchObject({ state: 'NEXT_STEPS' })
    const communicated = await ok(
      `mutation ($input: CommunicateResultsInput!) { communicateResults(input: $input) { __typename
        ... on ActivityTransitionPayload { activity { activityId status }
          engagement { state } resultSnapshot { activityId } } } }`,
      { input: { engagementId: id, audience: 'CIO and IMC managers', medium: 'briefing' } },
    )
    expect(communicated.communicateResults).toEqual({
      __typename: 'ActivityTransitionPayload',
      activity: { activityId: 'PAA1', status: 'COMPLETED' },
      engagement: { state: 'COMMUNICATED' },
      resultSnapshot: { activityId: 'A5' },
    })
  })

  it('closes after the postmortem, with band and profile as computed by the method', async () => {
    await move('startActivity', 'PAA2')
    await ok(
      `mutation ($input: AddLessonLearnedInput!) { addLessonLearned(input: $input) { __typename } }`,
      {
        input: { engagementId: id, text: 'Send the handout a week before the interviews' },
      },
    )
    await move('completeActivity', 'PAA2')
    await move('skipActivity', 'PAA3')
    const data = await suite.run<{ engagement: unknown }>(
      `query ($id: ID!) { engagement(id: $id) { state latestTotal latestBand successThreshold
        result { total roundedTotal band derivation
          profile { current threshold differentialBands differentialPoints meetsThreshold }
          effectTally { success failure neutral unknown } }
        resultSnapshots { totalCount } } }`,
      { id },
    )
    expect(data.engagement).toEqual({
      state: 'CLOSED',
      latestTotal: 70,
      latestBand: 'HIGH',
      successThreshold: 'EXCELLENT',
      result: {
        total: 70,
        roundedTotal: 70,
        band: 'HIGH',
        derivation: expect.stringContaining('= 70'),
        profile: {
          current: 'HIGH',
          threshold: 'EXCELLENT',
          differentialBands: 1,
          differentialPoints: 15,
          meetsThreshold: false,
        },
        effectTally: { success: 2, failure: 1, neutral: 0, unknown: 1 },
      },
      resultSnapshots: { totalCount: 2 },
    })
  })
})
