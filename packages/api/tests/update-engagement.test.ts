/**
 * `updateEngagement`: title and planned/actual dates with optimistic concurrency on the
 * engagement's version, audited; typed ValidationError (end before start, with its path),
 * NotFoundError (unknown or another tenant's) and ConflictError (stale version, current row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const UPDATE = `mutation ($input: UpdateEngagementInput!) { updateEngagement(input: $input) {
  __typename
  ... on UpdateEngagementPayload { engagement { id title version plannedStart plannedEnd actualStart actualEnd } }
  ... on ValidationError { issues { path message } }
  ... on NotFoundError { entity entityId }
  ... on ConflictError { code currentVersion currentValue } } }`

type Payload = { updateEngagement: Record<string, any> }

describe.each(TEST_ENGINES)('updateEngagement (%s)', (engine) => {
  let suite: MutationSuite
  let engagement: { id: string; rowId: string }

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    engagement = await createPlannedEngagement(suite, 'Update test IMC')
  })
  afterAll(() => suite?.db.close())

  const version = async () =>
    (await suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: engagement.rowId } }))
      .version

  it('changes title and dates, bumps the version, audits and publishes', async () => {
    const audit = await auditCursor(suite.db)
    const events = suite.events.length
    const before = await version()
    const data = await suite.run<Payload>(UPDATE, {
      input: {
        id: engagement.id,
        version: before,
        title: '  Renamed IMC  ',
        plannedStart: '2026-03-02T09:00:00.000Z',
        plannedEnd: '2026-04-30T17:00:00.000Z',
      },
    })
    expect(data.updateEngagement).toEqual({
      __typename: 'UpdateEngagementPayload',
      engagement: {
        id: engagement.id,
        title: 'Renamed IMC',
        version: before + 1,
        plannedStart: '2026-03-02T09:00:00.000Z',
        plannedEnd: '2026-04-30T17:00:00.000Z',
        actualStart: null,
        actualEnd: null,
      },
    })
    expect(await audit.added()).toEqual([['engagement.update', 'Engagement']])
    const row = await suite.db.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'engagement.update', targetId: engagement.rowId },
    })
    expect(JSON.stringify(row.after)).toContain('Renamed IMC')
    expect(suite.events.length).toBeGreaterThan(events)
  })

  it('refuses an end before its start, with the path', async () => {
    const current = await version()
    const data = await suite.run<Payload>(UPDATE, {
      input: { id: engagement.id, version: current, plannedEnd: '2026-01-01T00:00:00Z' },
    })
    expect(data.updateEngagement.__typename).toBe('ValidationError')
    expect(data.updateEngagement.issues).toEqual([
      { path: 'input.plannedEnd', message: expect.stringContaining('before plannedStart') },
    ])
    const actual = await suite.run<Payload>(UPDATE, {
      input: {
        id: engagement.id,
        version: current,
        actualStart: '2026-03-05T00:00:00Z',
        actualEnd: '2026-03-04T00:00:00Z',
      },
    })
    expect(actual.updateEngagement.issues?.[0]?.path).toBe('input.actualEnd')
    expect(await version()).toBe(current)
  })

  it('answers a stale version with a ConflictError carrying the current row', async () => {
    const current = await version()
    const data = await suite.run<Payload>(UPDATE, {
      input: { id: engagement.id, version: current - 1, title: 'Lost update' },
    })
    expect(data.updateEngagement).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      currentVersion: current,
    })
    // A JSON object (not a string of JSON), with the global id and no raw database ids.
    expect(data.updateEngagement.currentValue).toMatchObject({
      id: engagement.id,
      title: 'Renamed IMC',
      version: current,
      plannedEnd: '2026-04-30T17:00:00.000Z',
    })
    expect(
      Object.keys(data.updateEngagement.currentValue).filter(
        (key) => key.endsWith('Id') && key !== 'imcId',
      ),
    ).toEqual([])
    expect(await version()).toBe(current)
  })

  it('answers NotFoundError for unknown and foreign engagements alike', async () => {
    const missing = await suite.run<Payload>(UPDATE, {
      input: { id: globalId('Engagement', 'nope'), version: 1, title: 'x' },
    })
    expect(missing.updateEngagement).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', 'nope'),
    })
    const foreign = await suite.run<Payload>(
      UPDATE,
      { input: { id: engagement.id, version: await version(), title: 'Hijack' } },
      suite.foreign.token,
    )
    expect(foreign.updateEngagement).toEqual({
      __typename: 'NotFoundError',
      entity: 'Engagement',
      entityId: globalId('Engagement', engagement.rowId),
    })
    const viewer = await suite.raw(
      UPDATE,
      { input: { id: engagement.id, version: await version(), title: 'x' } },
      suite.demo.viewerToken,
    )
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})
