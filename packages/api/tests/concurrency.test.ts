/**
 * Optimistic concurrency on driver evaluations, checklist items and improvements: a stale
 * `version` is answered with a typed ConflictError carrying the current version and value, and of
 * several writers sending the same version at once exactly one wins (no lost update).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { request, type SecuritySuite, setupSecuritySuite } from './support/security.js'

type Result = { __typename: string; currentVersion?: number; currentValue?: unknown }

describe.each(TEST_ENGINES)('optimistic concurrency (%s)', (engine) => {
  let suite: SecuritySuite

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
  })
  afterAll(() => suite?.db.close())

  const run = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await request<Record<string, Result>>(suite.yoga, {
      query,
      variables,
      credential: { kind: 'token', token: suite.demo.leadToken },
    })
    if (body.errors) throw new Error(JSON.stringify(body.errors))
    return Object.values(body.data ?? {})[0] as Result
  }

  /** Sends `writers` updates with the same version at once; then one stale update. */
  async function race(
    query: string,
    variables: (writer: number, version: number) => Record<string, unknown>,
    version: number,
    writers = 4,
  ) {
    const results = await Promise.all(
      Array.from({ length: writers }, (_, writer) => run(query, variables(writer, version))),
    )
    const winners = results.filter((result) => !result.__typename.endsWith('Error'))
    const losers = results.filter((result) => result.__typename === 'ConflictError')
    return { winners, losers, stale: await run(query, variables(99, version)) }
  }

  /** Columns ending in `Id` that are method codes, not database ids. */
  const CODES = new Set(['driverId', 'activityId'])
  /** `ConflictError.currentValue`: the current row as a JSON object, without raw database ids. */
  const currentValueOf = (result: Result): Record<string, unknown> => {
    expect(result.__typename).toBe('ConflictError')
    const value = result.currentValue as Record<string, unknown>
    expect(typeof value).toBe('object')
    expect(Object.keys(value).filter((key) => key.endsWith('Id') && !CODES.has(key))).toEqual([])
    return value
  }

  const CONFLICT = '... on ConflictError { currentVersion currentValue }'

  it('driver evaluations', async () => {
    const evaluation = await suite.db.prisma.driverEvaluation.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId, driverId: 'D7' },
    })
    const answers = ['NO', 'LIKELY_NO', 'EQUALLY_LIKELY', 'LIKELY_YES', 'YES']
    const { winners, losers, stale } = await race(
      `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename ${CONFLICT} } }`,
      (writer, version) => ({
        input: {
          engagementId: globalId('Engagement', suite.demo.activeEngagementId),
          driverId: 'D7',
          answer: answers[writer % answers.length],
          rationale: `writer ${writer}`,
          version,
        },
      }),
      evaluation.version,
    )
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(3)
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: evaluation.version + 1,
    })
    const after = await suite.db.prisma.driverEvaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
    })
    expect(after.version).toBe(evaluation.version + 1)
    // The conflict carries the row the stale writer lost to.
    expect(currentValueOf(stale)).toMatchObject({
      id: globalId('DriverEvaluation', after.id),
      driverId: 'D7',
      answer: after.answer,
      rationale: after.rationale,
      version: after.version,
    })
    expect(currentValueOf(losers[0] as Result)).toMatchObject({ version: after.version })
  })

  it('checklist items', async () => {
    const item = await suite.db.prisma.checklistItem.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId },
    })
    const { winners, losers, stale } = await race(
      `mutation ($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { __typename ${CONFLICT} } }`,
      (writer, version) => ({
        input: {
          id: globalId('ChecklistItem', item.id),
          version,
          text: `Text of writer ${writer}`,
        },
      }),
      item.version,
    )
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(3)
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: item.version + 1 })
    const after = await suite.db.prisma.checklistItem.findUniqueOrThrow({ where: { id: item.id } })
    expect(after.text).toMatch(/^Text of writer [0-3]$/)
    expect(currentValueOf(stale)).toMatchObject({
      id: globalId('ChecklistItem', item.id),
      text: after.text,
      version: item.version + 1,
    })
  })

  it('improvements', async () => {
    const improvement = await suite.db.prisma.improvement.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        driverId: 'D8',
        proposal: 'Hire',
        priority: 'high',
      },
    })
    const { winners, losers, stale } = await race(
      `mutation ($input: UpdateImprovementInput!) { updateImprovement(input: $input) { __typename ${CONFLICT} } }`,
      (writer, version) => ({
        input: { id: globalId('Improvement', improvement.id), version, proposal: `Plan ${writer}` },
      }),
      improvement.version,
    )
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(3)
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: improvement.version + 1,
    })
    const after = await suite.db.prisma.improvement.findUniqueOrThrow({
      where: { id: improvement.id },
    })
    expect(after.proposal).toMatch(/^Plan [0-3]$/)
    expect(currentValueOf(stale)).toMatchObject({
      id: globalId('Improvement', improvement.id),
      driverId: 'D8',
      proposal: after.proposal,
      version: improvement.version + 1,
    })
  })
})
