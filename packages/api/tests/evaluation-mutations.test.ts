import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOT_APPLICABLE_REFUSED } from '../src/mutations/evaluations.js'
import { TEST_ENGINES } from './support/database.js'
import { walkToEvaluation } from './support/lifecycle-walk.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  rowId,
  setupMutationSuite,
} from './support/mutations.js'

const EVALUATE = `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename
  ... on EvaluateDriverPayload {
    evaluation { driverId answer notApplicable rationale version evaluator { name } }
    engagement { result { total band complete missing notApplicable
      drivers { driverId value tally { success failure } } } } }
  ... on ValidationError { issues { path message } }
  ... on NotFoundError { entity entityId }
  ... on ConflictError { currentVersion }
  ... on GateNotSatisfiedError { activityId transition missing { code activityId message } } } }`

interface Evaluated {
  evaluateDriver: {
    __typename: string
    evaluation?: Record<string, unknown>
    engagement?: { result: Record<string, unknown> & { drivers: Record<string, unknown>[] } }
    [key: string]: unknown
  }
}

describe.each(TEST_ENGINES)('evaluateDriver (%s)', (engine) => {
  let suite: MutationSuite
  let engagementId: string
  let engagementRow: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    const created = await createPlannedEngagement(suite, 'Evaluation test IMC')
    engagementId = created.id
    engagementRow = created.rowId
    await walkToEvaluation(suite.run, suite.db, engagementId, engagementRow)
  })
  afterAll(() => suite?.db.close())

  const evaluate = (input: Record<string, unknown>, id = engagementId) =>
    suite.run<Evaluated>(EVALUATE, { input: { engagementId: id, ...input } })
  const version = async (driverId: string, engagement = engagementRow) =>
    (
      await suite.db.prisma.driverEvaluation.findUniqueOrThrow({
        where: { engagementId_driverId: { engagementId: engagement, driverId } },
      })
    ).version

  it('records an answer and returns the recomputed result', async () => {
    const audit = await auditCursor(suite.db)
    const data = await evaluate({
      driverId: 'D1',
      answer: 'LIKELY_YES',
      rationale: 'Goals are published; funding is stretched.',
      version: 1,
    })
    expect(data.evaluateDriver.evaluation).toEqual({
      driverId: 'D1',
      answer: 'LIKELY_YES',
      notApplicable: false,
      rationale: 'Goals are published; funding is stretched.',
      version: 2,
      evaluator: { name: 'Lena Lead' },
    })
    const { drivers, ...result } = data.evaluateDriver.engagement?.result ?? { drivers: [] }
    expect(result).toEqual({
      total: 75,
      band: 'HIGH',
      complete: false,
      missing: ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'],
      notApplicable: [],
    })
    expect(drivers[0]).toEqual({ driverId: 'D1', value: 75, tally: { success: 0, failure: 0 } })
    // @immd/db's repository writes the row; the API only publishes it.
    expect(await audit.added()).toEqual([['evaluation.record', 'DriverEvaluation']])
    expect(suite.events.at(-1)).toMatchObject({
      engagementId: engagementRow,
      operation: 'evaluation.record',
    })
  })

  it('answers ConflictError with the current version for a stale version', async () => {
    const audit = await auditCursor(suite.db)
    const data = await evaluate({ driverId: 'D1', answer: 'NO', version: 1 })
    expect(data.evaluateDriver).toEqual({ __typename: 'ConflictError', currentVersion: 2 })
    expect(await version('D1')).toBe(2)
    expect(await audit.added()).toEqual([])
  })

  it('validates the driver and refuses an answer together with not-applicable', async () => {
    const unknown = await evaluate({ driverId: 'D11', answer: 'YES', version: 1 })
    expect(unknown.evaluateDriver).toEqual({
      __typename: 'ValidationError',
      issues: [
        {
          path: 'input.driverId',
          message: 'D11 is not a driver of immd-1.0 (D1, D2, D3, D4, D5, D6, D7, D8, D9, D10).',
        },
      ],
    })
    const both = await evaluate({ driverId: 'D2', answer: 'YES', notApplicable: true, version: 1 })
    expect(both.evaluateDriver).toEqual({
      __typename: 'ValidationError',
      issues: [NOT_APPLICABLE_REFUSED],
    })
  })

  it('refuses evaluation-time not-applicable with a typed error that says how to tailor', async () => {
    const data = await evaluate({ driverId: 'D2', notApplicable: true, version: 1 })
    expect(data.evaluateDriver).toEqual({
      __typename: 'ValidationError',
      issues: [NOT_APPLICABLE_REFUSED],
    })
    expect(NOT_APPLICABLE_REFUSED.message).toContain('excludeDriver')
    expect(await version('D2')).toBe(1)
  })

  it('adds existing data items to the rationale, which feed the tallies', async () => {
    const session = await suite.db.prisma.interviewSession.create({
      data: { engagementId: engagementRow, title: 'Staffing interview', heldAt: new Date() },
    })
    const item = await suite.db.prisma.dataItem.create({
      data: {
        engagementId: engagementRow,
        text: 'Two of five positions are vacant',
        effect: '-',
        sourceKind: 'interview',
        interviewSessionId: session.id,
        drivers: { create: [{ driverId: 'D7' }] },
      },
    })
    const data = await evaluate({
      driverId: 'D8',
      answer: 'LIKELY_NO',
      version: 1,
      dataItemIds: [globalId('DataItem', item.id)],
    })
    const d8 = data.evaluateDriver.engagement?.result.drivers.find((d) => d.driverId === 'D8')
    expect(d8).toEqual({ driverId: 'D8', value: 25, tally: { success: 0, failure: 1 } })
    const links = await suite.db.prisma.dataItemDriver.findMany({ where: { dataItemId: item.id } })
    expect(links.map((link) => link.driverId).sort()).toEqual(['D7', 'D8'])
  })

  it('rolls everything back when a step fails mid-mutation', async () => {
    const before = await version('D3')
    const audit = await auditCursor(suite.db)
    // The evaluation row is updated first; the unknown data item fails afterwards.
    const data = await evaluate({
      driverId: 'D3',
      answer: 'YES',
      version: before,
      dataItemIds: [globalId('DataItem', 'no-such-item')],
    })
    expect(data.evaluateDriver).toMatchObject({ __typename: 'NotFoundError', entity: 'DataItem' })
    const row = await suite.db.prisma.driverEvaluation.findUniqueOrThrow({
      where: { engagementId_driverId: { engagementId: engagementRow, driverId: 'D3' } },
    })
    expect({ answer: row.answer, version: row.version }).toEqual({ answer: null, version: before })
    expect(await audit.added()).toEqual([])
  })

  it('refuses an answer before A3 has started, saying to start A3, with nothing written', async () => {
    const early = await createPlannedEngagement(suite, 'Answered too early IMC')
    const audit = await auditCursor(suite.db)
    const data = await evaluate({ driverId: 'D1', answer: 'YES', version: 1 }, early.id)
    expect(data.evaluateDriver).toEqual({
      __typename: 'GateNotSatisfiedError',
      activityId: 'A3',
      transition: 'edit',
      missing: [
        {
          code: 'ACTIVITY_NOT_STARTED',
          activityId: 'A3',
          message:
            'Drivers are answered in A3 (evaluate the drivers), which has not started: start A3 first (`startActivity` with A3).',
        },
      ],
    })
    expect(await version('D1', early.rowId)).toBe(1)
    expect(await audit.added()).toEqual([])
  })

  it('answers NotFoundError for an unknown engagement', async () => {
    const data = await evaluate(
      { driverId: 'D1', answer: 'YES', version: 1 },
      globalId('Engagement', 'nope'),
    )
    expect(data.evaluateDriver).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', 'nope'),
    })
  })

  it('refuses to change evaluations once the results are communicated', async () => {
    const finished = suite.demo.finishedEngagementId
    const data = await evaluate(
      { driverId: 'D4', answer: 'NO', version: await version('D4', finished) },
      globalId('Engagement', finished),
    )
    expect(data.evaluateDriver).toEqual({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PAA1',
      transition: 'edit',
      missing: [
        {
          code: 'INVALID_ACTIVITY_STATUS',
          activityId: 'PAA1',
          message:
            'The results are communicated (PAA1 completed): the data they were computed from is final. ' +
            'A lead assessor can re-open them with `reopenResults` and a reason.',
        },
      ],
    })
  })

  it('refuses viewers of the organization', async () => {
    const result = await suite.raw(
      EVALUATE,
      { input: { engagementId, driverId: 'D5', answer: 'YES', version: 1 } },
      suite.demo.viewerToken,
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(await version('D5')).toBe(1)
    expect(rowId(engagementId)).toBe(engagementRow)
  })
})
