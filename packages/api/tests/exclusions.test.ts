/**
 * Exclusion is a tailoring decision: `excludeDriver` / `includeDriver` by a lead assessor (audited,
 * visible on the engagement, leaving the driver out of the result), late changes need a rationale
 * and re-open A4/A5, and a communicated result stays as communicated until `reopenResults`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { createApiToken } from './support/fixtures.js'
import { walkToEvaluation } from './support/lifecycle-walk.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const PAYLOAD = `__typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
  ... on GateNotSatisfiedError { activityId transition }
  ... on NotFoundError { entity entityId }`

const EXCLUDE = `mutation ($input: ExcludeDriverInput!) { excludeDriver(input: $input) { ${PAYLOAD}
  ... on ExcludeDriverPayload { engagement { dataVersion
    exclusions { totalCount edges { node { driverId reason origin decidedBy { name } decidedAt } } }
    result { total notApplicable } } } } }`
const INCLUDE = `mutation ($input: IncludeDriverInput!) { includeDriver(input: $input) { ${PAYLOAD}
  ... on IncludeDriverPayload { engagement { exclusions { totalCount } result { total } } } } }`
const REOPEN = `mutation ($input: ReopenResultsInput!) { reopenResults(input: $input) { ${PAYLOAD}
  ... on ReopenResultsPayload { engagement { state
    resultSnapshots { edges { node { dataVersion supersededAt supersededReason } } } } } } }`
const EVALUATE = `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { ${PAYLOAD} } }`

type Result = Record<string, { __typename: string; [key: string]: unknown }>

describe.each(TEST_ENGINES)('driver exclusions (%s)', (engine) => {
  let suite: MutationSuite
  let assessorToken: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    const assessor = await suite.db.prisma.user.findUniqueOrThrow({
      where: { email: 'assessor@example.org' },
    })
    assessorToken = await createApiToken(suite.db.prisma, {
      userId: assessor.id,
      organizationId: suite.demo.organizationId,
    })
  })
  afterAll(() => suite?.db.close())

  const active = () => globalId('Engagement', suite.demo.activeEngagementId)
  const finished = () => globalId('Engagement', suite.demo.finishedEngagementId)
  const statusOf = async (engagementId: string, activityId: string) =>
    (
      await suite.db.prisma.activityRecord.findUniqueOrThrow({
        where: { engagementId_activityId: { engagementId, activityId } },
      })
    ).status

  it('accepts a lead’s exclusion before A3 with a reason, audits it and shows who and why', async () => {
    const { id, rowId } = await createPlannedEngagement(suite, 'Exclusion before A3')
    const audit = await auditCursor(suite.db)
    const data = await suite.run<Result>(EXCLUDE, {
      input: { engagementId: id, driverId: 'D7', reason: 'No external partners to coordinate.' },
    })
    expect(data.excludeDriver).toMatchObject({
      __typename: 'ExcludeDriverPayload',
      engagement: {
        dataVersion: expect.any(Number),
        exclusions: {
          totalCount: 1,
          edges: [
            {
              node: {
                driverId: 'D7',
                reason: 'No external partners to coordinate.',
                origin: 'TAILORING',
                decidedBy: { name: 'Lena Lead' },
              },
            },
          ],
        },
        result: { notApplicable: ['D7'] },
      },
    })
    expect(await audit.added()).toEqual([['exclusion.add', 'DriverExclusion']])
    // Once A3 has started, evaluating the excluded driver is refused; re-including it is the way back.
    await walkToEvaluation(suite.run, suite.db, id, rowId)
    const evaluation = await suite.run<Result>(EVALUATE, {
      input: { engagementId: id, driverId: 'D7', answer: 'YES', version: 1 },
    })
    expect(evaluation.evaluateDriver).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.driverId', message: expect.stringContaining('includeDriver') }],
    })
    const included = await suite.run<Result>(INCLUDE, {
      input: {
        engagementId: id,
        driverId: 'D7',
        lateChangeRationale: 'The sponsor asked to score partner coordination after all.',
      },
    })
    expect(included.includeDriver).toMatchObject({ engagement: { exclusions: { totalCount: 0 } } })
  })

  it('refuses an assessor who is not a lead, and an unknown driver', async () => {
    const notLead = await suite.run<Result>(
      EXCLUDE,
      { input: { engagementId: active(), driverId: 'D7', reason: 'r', lateChangeRationale: 'x' } },
      assessorToken,
    )
    expect(notLead.excludeDriver).toMatchObject({
      __typename: 'NotAuthorizedError',
      message: 'Only a lead assessor of the engagement may exclude a driver.',
    })
    const unknown = await suite.run<Result>(EXCLUDE, {
      input: { engagementId: active(), driverId: 'D42', reason: 'r', lateChangeRationale: 'x' },
    })
    expect(unknown.excludeDriver).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.driverId', message: expect.stringContaining('D42 is not a driver') }],
    })
  })

  it('after A3 started needs a rationale, then re-opens A4/A5 and is audited', async () => {
    const engagementId = suite.demo.activeEngagementId
    expect(await statusOf(engagementId, 'A3')).toBe('in-progress')
    const missing = await suite.run<Result>(EXCLUDE, {
      input: { engagementId: active(), driverId: 'D10', reason: 'Out of scope' },
    })
    expect(missing.excludeDriver).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.lateChangeRationale' }],
    })
    const audit = await auditCursor(suite.db)
    const done = await suite.run<Result>(EXCLUDE, {
      input: {
        engagementId: active(),
        driverId: 'D10',
        reason: 'Out of scope',
        lateChangeRationale: 'Agreed with the sponsor on 12 October.',
      },
    })
    expect(done.excludeDriver).toMatchObject({ __typename: 'ExcludeDriverPayload' })
    expect(await audit.added()).toEqual([['exclusion.add', 'DriverExclusion']])
    const event = await suite.db.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'exclusion.add' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    })
    expect(event.after).toMatchObject({
      driverId: 'D10',
      lateChangeRationale: 'Agreed with the sponsor on 12 October.',
      reopening: { reopened: [] },
    })
  })

  it('keeps a communicated result as communicated until a lead re-opens it with a reason', async () => {
    const engagementId = suite.demo.finishedEngagementId
    const locked = await suite.run<Result>(EXCLUDE, {
      input: { engagementId: finished(), driverId: 'D9', reason: 'r', lateChangeRationale: 'x' },
    })
    expect(locked.excludeDriver).toMatchObject({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PAA1',
      transition: 'edit',
    })
    const notLead = await suite.run<Result>(
      REOPEN,
      { input: { engagementId: finished(), reason: 'D4 was misread' } },
      assessorToken,
    )
    expect(notLead.reopenResults).toMatchObject({ __typename: 'NotAuthorizedError' })
    const audit = await auditCursor(suite.db)
    const reopened = await suite.run<Result>(REOPEN, {
      input: { engagementId: finished(), reason: 'D4 was misread' },
    })
    expect(reopened.reopenResults).toMatchObject({ __typename: 'ReopenResultsPayload' })
    const snapshots = (
      reopened.reopenResults as unknown as {
        engagement: { resultSnapshots: { edges: { node: Record<string, unknown> }[] } }
      }
    ).engagement.resultSnapshots.edges.map((edge) => edge.node)
    expect(snapshots.length).toBeGreaterThan(0)
    for (const snapshot of snapshots) {
      expect(snapshot).toMatchObject({ supersededReason: 'D4 was misread' })
      expect(snapshot.supersededAt).not.toBeNull()
    }
    expect(await audit.added()).toEqual([['results.reopen', 'Engagement']])
    for (const activity of ['A4', 'A5', 'PAA1']) {
      expect(await statusOf(engagementId, activity)).toBe('in-progress')
    }
    // The lock is lifted: a late exclusion goes through now, and A4 stores a fresh result that
    // records the data version it was computed from.
    const late = await suite.run<Result>(EXCLUDE, {
      input: {
        engagementId: finished(),
        driverId: 'D9',
        reason: 'No sustainment function in this IMC.',
        lateChangeRationale: 'Correction agreed with the sponsor.',
      },
    })
    expect(late.excludeDriver).toMatchObject({ __typename: 'ExcludeDriverPayload' })
    const complete = await suite.run<{ completeActivity: { __typename: string } }>(
      `mutation ($id: ID!, $version: Int!) { completeActivity(input: { engagementId: $id, activityId: A4, version: $version }) { __typename
        ... on Error { message } } }`,
      {
        id: finished(),
        version: (
          await suite.db.prisma.activityRecord.findUniqueOrThrow({
            where: {
              engagementId_activityId: {
                engagementId: suite.demo.finishedEngagementId,
                activityId: 'A4',
              },
            },
          })
        ).version,
      },
    )
    expect(complete.completeActivity.__typename).toBe('ActivityTransitionPayload')
    const [fresh] = await suite.db.prisma.resultSnapshot.findMany({
      where: { engagementId },
      orderBy: [{ computedAt: 'desc' }, { id: 'desc' }],
      take: 1,
    })
    const engagement = await suite.db.prisma.engagement.findUniqueOrThrow({
      where: { id: engagementId },
    })
    expect(fresh).toMatchObject({ supersededAt: null, dataVersion: engagement.dataVersion })
    expect(fresh?.profile).toMatchObject({
      exclusions: [{ driverId: 'D9', reason: 'No sustainment function in this IMC.' }],
    })
    // The portfolio's band travels with the coverage it now rests on: 9 of the method's 10.
    const listed = await suite.run<{
      engagement: { latestBand: string; latestScoredDrivers: number; latestMethodDrivers: number }
    }>(
      `query ($id: ID!) { engagement(id: $id) { latestBand latestScoredDrivers latestMethodDrivers } }`,
      { id: finished() },
    )
    expect(listed.engagement).toMatchObject({ latestScoredDrivers: 9, latestMethodDrivers: 10 })
    expect(listed.engagement.latestBand).toBe(String(fresh?.band).toUpperCase())
  })
})
