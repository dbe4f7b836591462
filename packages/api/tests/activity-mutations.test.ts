import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { activityVersionOf } from './support/execute.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const RESULT = `__typename
  ... on ActivityTransitionPayload { activity { activityId status version }
    engagement { state } resultSnapshot { total } }
  ... on GateNotSatisfiedError { activityId transition missing { code activityId count minimum actual } }
  ... on ConflictError { currentVersion currentValue }
  ... on NotFoundError { entity entityId }`
const transition = (
  name: string,
) => `mutation ($id: ID!, $activityId: ActivityId!, $version: Int!) {
  ${name}(input: { engagementId: $id, activityId: $activityId, version: $version }) { ${RESULT} } }`
const SPONSOR = `mutation ($id: ID!, $name: String!, $version: Int!) {
  recordSponsorship(input: { engagementId: $id, sponsorName: $name, version: $version }) { __typename
    ... on RecordSponsorshipPayload { engagement { version } } ... on ConflictError { currentVersion } } }`
const COMMUNICATE = `mutation ($input: CommunicateResultsInput!) { communicateResults(input: $input) { ${RESULT} } }`

type Result = Record<string, { __typename: string; [key: string]: unknown }>

describe.each(TEST_ENGINES)('activity lifecycle mutations (%s)', (engine) => {
  let suite: MutationSuite
  let id: string
  let row: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    const created = await createPlannedEngagement(suite, 'Lifecycle test IMC')
    id = created.id
    row = created.rowId
  })
  afterAll(() => suite?.db.close())

  /** Runs a transition with `version` (required, #17): the activity's current one unless given. */
  const run = async (name: string, activityId: string, version?: number) =>
    suite.run<Result>(transition(name), {
      id,
      activityId,
      version: version ?? (await activityVersionOf(suite.db.prisma, id, activityId)),
    })

  it('starts PRA1, which moves the engagement to preparing', async () => {
    const audit = await auditCursor(suite.db)
    const data = await run('startActivity', 'PRA1')
    expect(data.startActivity).toEqual({
      __typename: 'ActivityTransitionPayload',
      activity: { activityId: 'PRA1', status: 'IN_PROGRESS', version: 2 },
      engagement: { state: 'PREPARING' },
      resultSnapshot: null,
    })
    expect(await audit.added()).toEqual([['activity.start', 'ActivityRecord']])
    expect(suite.events.at(-1)).toMatchObject({ engagementId: row, operation: 'activity.start' })
  })

  it('refuses to complete PRA1 before sponsorship is recorded', async () => {
    const data = await run('completeActivity', 'PRA1')
    expect(data.completeActivity).toEqual({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PRA1',
      transition: 'complete',
      missing: [
        {
          code: 'SPONSORSHIP_NOT_RECORDED',
          activityId: null,
          count: null,
          minimum: null,
          actual: null,
        },
      ],
    })
  })

  it('records sponsorship with the engagement version, then completes PRA1', async () => {
    const { version } = await suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: row } })
    const stale = await suite.run<Result>(SPONSOR, { id, name: 'CIO', version: version - 1 })
    expect(stale.recordSponsorship).toEqual({
      __typename: 'ConflictError',
      currentVersion: version,
    })
    const audit = await auditCursor(suite.db)
    const recorded = await suite.run<Result>(SPONSOR, { id, name: 'CIO, ACME Corp', version })
    expect(recorded.recordSponsorship).toEqual({
      __typename: 'RecordSponsorshipPayload',
      engagement: { version: version + 1 },
    })
    const done = await run('completeActivity', 'PRA1', 2)
    expect(done.completeActivity).toMatchObject({ activity: { status: 'COMPLETED', version: 3 } })
    expect(await audit.added()).toEqual([
      ['engagement.sponsorship', 'Engagement'],
      ['activity.complete', 'ActivityRecord'],
    ])
  })

  it('answers ConflictError when the activity changed since it was read', async () => {
    const data = await run('startActivity', 'PRA2', 5)
    expect(data.startActivity).toEqual({
      __typename: 'ConflictError',
      currentVersion: 1,
      currentValue: 'not-started',
    })
  })

  it('lists every missing prerequisite before A1 can start', async () => {
    const audit = await auditCursor(suite.db)
    const data = await run('startActivity', 'A1')
    expect(data.startActivity).toMatchInlineSnapshot(`
      {
        "__typename": "GateNotSatisfiedError",
        "activityId": "A1",
        "missing": [
          {
            "activityId": "PRA2",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
          {
            "activityId": "PRA3",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
          {
            "activityId": "PRA4",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
          {
            "activityId": "PRA5",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
          {
            "activityId": "PRA6",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
        ],
        "transition": "start",
      }
    `)
    expect(await audit.added()).toEqual([])
  })

  it('refuses to skip an activity the method requires', async () => {
    const data = await run('skipActivity', 'PRA2')
    expect(data.skipActivity).toMatchInlineSnapshot(`
      {
        "__typename": "GateNotSatisfiedError",
        "activityId": "PRA2",
        "missing": [
          {
            "activityId": "PRA2",
            "actual": null,
            "code": "ACTIVITY_NOT_SKIPPABLE",
            "count": null,
            "minimum": null,
          },
        ],
        "transition": "skip",
      }
    `)
  })

  it('skips PRA6 (the standard method is used as is)', async () => {
    const data = await run('skipActivity', 'PRA6')
    expect(data.skipActivity).toMatchObject({ activity: { activityId: 'PRA6', status: 'SKIPPED' } })
  })

  it('refuses to complete an activity that was never started', async () => {
    const data = await run('completeActivity', 'PRA3')
    expect(data.completeActivity).toMatchInlineSnapshot(`
      {
        "__typename": "GateNotSatisfiedError",
        "activityId": "PRA3",
        "missing": [
          {
            "activityId": "PRA3",
            "actual": null,
            "code": "INVALID_ACTIVITY_STATUS",
            "count": null,
            "minimum": null,
          },
          {
            "activityId": "PRA2",
            "actual": null,
            "code": "ACTIVITY_NOT_COMPLETED",
            "count": null,
            "minimum": null,
          },
        ],
        "transition": "complete",
      }
    `)
  })

  it('communicateResults writes nothing when the PAA1 gate is closed', async () => {
    const audit = await auditCursor(suite.db)
    const data = await suite.run<Result>(COMMUNICATE, {
      input: { engagementId: id, audience: 'sponsor', summary: 'Too early' },
    })
    expect(data.communicateResults).toMatchObject({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PAA1',
      transition: 'start',
    })
    // The communication row was inserted before the gate refused; the transaction rolled it back.
    expect(await suite.db.prisma.resultCommunication.count({ where: { engagementId: row } })).toBe(
      0,
    )
    expect(await audit.added()).toEqual([])
  })

  it('answers NotFoundError for an unknown engagement', async () => {
    const data = await suite.run<Result>(transition('startActivity'), {
      id: globalId('Engagement', 'unknown'),
      activityId: 'PRA1',
      version: 1,
    })
    expect(data.startActivity).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', 'unknown'),
    })
  })
})
