/**
 * `Engagement.staleResult` and `rerunScoring` (#21): after A4 stored a result, a changed answer
 * marks it stale with the changed driver; re-running puts A4/A5 back in progress (audited) and the
 * next A4 completion stores the current result. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { activityVersionOf, executeOk, executeOperation, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const STALE = `query ($id: ID!) { engagement(id: $id) {
  latestTotal staleResult { activityId storedTotal storedBand changedDrivers reason } } }`
const TRANSITION = (verb: 'start' | 'complete') =>
  `mutation ($id: ID!, $a: ActivityId!, $v: Int!) { ${verb}Activity(input: { engagementId: $id, activityId: $a, version: $v }) { __typename ... on Error { message } } }`
const EVALUATE = `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename ... on Error { message } } }`
const RERUN = `mutation ($id: ID!) { rerunScoring(input: { engagementId: $id }) { __typename ... on Error { message } ... on RerunScoringPayload { engagement { staleResult { activityId } } } } }`

describe.each(TEST_ENGINES)('stale stored results (%s) (#21)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  let id: string
  /** The activity's version, which transitions send (the mutation convention of #17). */
  const versionOf = (activityId: string) => activityVersionOf(db.prisma, id, activityId)

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
    id = globalId('Engagement', demo.activeEngagementId)
  })
  afterAll(() => db?.close())

  const run = <T = Record<string, { __typename: string; message?: string }>>(
    query: string,
    variables: Record<string, unknown>,
    token = demo.leadToken,
  ) => executeOk<T>(yoga, { token, query, variables })
  const stale = async () =>
    (await run<{ engagement: { staleResult: Record<string, unknown> | null } }>(STALE, { id }))
      .engagement.staleResult

  it('is null until the answers change after A4 stored the result', async () => {
    const rows = await db.prisma.driverEvaluation.findMany({
      where: { engagementId: demo.activeEngagementId },
      select: { driverId: true, answer: true, version: true },
    })
    const missing = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'].filter(
      (driverId) => !rows.some((row) => row.driverId === driverId && row.answer),
    )
    for (const driverId of missing) {
      const version = rows.find((row) => row.driverId === driverId)?.version ?? 1
      const data = await run(EVALUATE, {
        input: { engagementId: id, driverId, answer: 'YES', version },
      })
      expect(data.evaluateDriver?.__typename).toBe('EvaluateDriverPayload')
    }
    for (const [verb, activity] of [
      ['complete', 'A3'],
      ['start', 'A4'],
      ['complete', 'A4'],
    ] as const) {
      const data = await run(TRANSITION(verb), { id, a: activity, v: await versionOf(activity) })
      expect(Object.values(data)[0], `${verb} ${activity}: ${JSON.stringify(data)}`).toMatchObject({
        __typename: 'ActivityTransitionPayload',
      })
    }
    expect(await stale()).toBeNull()
  })

  it('names the changed driver once an answer changes, and what to do', async () => {
    const evaluation = await db.prisma.driverEvaluation.findFirstOrThrow({
      where: { engagementId: demo.activeEngagementId, driverId: 'D1' },
    })
    const data = await run(EVALUATE, {
      input: { engagementId: id, driverId: 'D1', answer: 'NO', version: evaluation.version },
    })
    expect(data.evaluateDriver?.__typename).toBe('EvaluateDriverPayload')
    const result = await stale()
    expect(result).toMatchObject({ activityId: 'A4', changedDrivers: ['D1'] })
    expect(result?.reason).toContain('D1 changed after A4 stored the result')
  })

  it('is refused to a viewer, and re-runs A4/A5 for a lead, audited', async () => {
    const refused = await executeOperation(yoga, {
      token: demo.viewerToken,
      query: RERUN,
      variables: { id },
    })
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const data = await run<{ rerunScoring: { __typename: string; engagement?: unknown } }>(RERUN, {
      id,
    })
    expect(data.rerunScoring).toEqual({
      __typename: 'RerunScoringPayload',
      engagement: { staleResult: null },
    })
    const a4 = await db.prisma.activityRecord.findFirstOrThrow({
      where: { engagementId: demo.activeEngagementId, activityId: 'A4' },
    })
    expect(a4.status).toBe('in-progress')
    const audit = await db.prisma.auditEvent.findFirst({ where: { operation: 'results.rerun' } })
    expect(JSON.stringify(audit?.after)).toContain('D1')
    const again = await run(RERUN, { id })
    expect(again.rerunScoring?.__typename).toBe('ValidationError')
    const completed = await run(TRANSITION('complete'), { id, a: 'A4', v: await versionOf('A4') })
    expect(completed.completeActivity?.__typename).toBe('ActivityTransitionPayload')
    expect(await stale()).toBeNull()
  })
})
